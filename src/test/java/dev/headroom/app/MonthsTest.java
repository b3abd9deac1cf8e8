package dev.headroom.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.Fixtures;
import dev.headroom.analysis.Break;
import dev.headroom.model.Growth;
import dev.headroom.model.Model;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

/**
 * Month ↔ multiple (docs/model-format.md "Growth by the calendar"): the hand-worked table of
 * "Worked example: months" read from the document, against the engine's breaks and
 * {@link Months}; and the law that defines a break's month.
 */
class MonthsTest {
    private static final Path DOC = Path.of("docs", "model-format.md");
    private static final Pattern ROW = Pattern.compile("^\\| ([^|]+) \\| ([0-9.]+)x \\| "
            + "([0-9.]+) \\| ([0-9]+) \\| ([0-9.]+)x \\| ([A-Z][a-z]+ [0-9]{4}) \\|$");

    record Row(String what, String multiple, double exact, int month, String reached,
            String label) {}

    static List<Row> handWorked() throws IOException {
        String doc = Files.readString(DOC);
        int start = doc.indexOf("### Worked example: months");
        assertThat(start).as("docs/model-format.md has the hand-worked months").isNotNegative();
        int end = doc.indexOf("\n## ", start);
        List<Row> rows = new ArrayList<>();
        for (String line : doc.substring(start, end).split("\n")) {
            Matcher m = ROW.matcher(line);
            if (m.matches()) {
                rows.add(new Row(m.group(1), m.group(2), Double.parseDouble(m.group(3)),
                        Integer.parseInt(m.group(4)), m.group(5), m.group(6)));
            }
        }
        return rows;
    }

    static Analysis workedExampleByTheMonth() {
        Model m = Fixtures.model(Fixtures.WORKED);
        return Fixtures.service().analyze(m.withGrowth(m.growth().withMonthlyRate(0.15)
                .withStartMonth(YearMonth.of(2027, 1))));
    }

    @Test
    void theHandWorkedMonthsAreTheEnginesBreaksInTheirMonths() throws IOException {
        Analysis a = workedExampleByTheMonth();
        Months months = Months.of(a.model()).orElseThrow();
        Breaks b = a.breaks();
        Break app = b.of("app").orElseThrow();
        Break db = b.of("db").orElseThrow();
        List<Double> engine = List.of(b.breaksAt(), app.overUtilizationAt(), app.saturatesAt(),
                db.overUtilizationAt(), db.saturatesAt());
        List<Row> rows = handWorked();
        assertThat(rows).hasSize(engine.size());
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            double m = engine.get(i);
            assertThat(Format.times(m)).as(r.what()).isEqualTo(r.multiple() + "x");
            assertThat(Math.log(m) / Math.log(1.15)).as(r.what())
                    .isCloseTo(r.exact(), org.assertj.core.data.Offset.offset(0.0005));
            assertThat(months.monthOf(m)).as(r.what()).isEqualTo(r.month());
            assertThat(Format.times(months.multiplier(r.month()))).as(r.what())
                    .isEqualTo(r.reached() + "x");
            assertThat(months.label(r.month())).as(r.what()).isEqualTo(r.label());
        }
        assertThat(Runway.runway(a.model(), b, months)).isEqualTo("default needs its fix by "
                + "April 2027: its p95 passes 200 ms at 1.49x.");
    }

    @Property
    void aMultipleIsReachedInTheFirstMonthWhoseMultiplierIsAtLeastIt(
            @ForAll @DoubleRange(min = 0.001, max = 2) @Scale(6) double rate,
            @ForAll @DoubleRange(min = 0.01, max = 1000) @Scale(6) double m) {
        Months months = Months.of(new Growth(1, 10, 10, rate, YearMonth.of(2027, 1)))
                .orElseThrow();
        Integer n = months.monthOf(m);
        if (n == null) {
            assertThat(Math.log(m) / Math.log1p(rate)).isGreaterThan(Months.MAX_MONTH - 1);
            return;
        }
        assertThat(months.multiplier(n)).isGreaterThanOrEqualTo(m);
        if (n > 0) {
            assertThat(months.multiplier(n - 1)).isLessThan(m);
        } else {
            assertThat(m).isLessThanOrEqualTo(1);
        }
    }

    @Property
    void monthNIsReachedInMonthN(@ForAll @DoubleRange(min = 0.001, max = 2) @Scale(6) double rate,
            @ForAll @IntRange(min = 0, max = 240) int n) {
        Months months = Months.of(new Growth(1, 10, 10, rate, YearMonth.of(2027, 1)))
                .orElseThrow();
        assertThat(months.monthOf(months.multiplier(n))).isEqualTo(n);
    }

    @Test
    void monthsAreCalendarMonthsFromTheStart() {
        Months months = Months.of(new Growth(1, 10, 10, 0.1, YearMonth.of(2027, 11)))
                .orElseThrow();
        assertThat(months.month(0)).isEqualTo(YearMonth.of(2027, 11));
        assertThat(months.label(3)).isEqualTo("February 2028");
        assertThat(months.monthOf(null)).isNull();
        assertThat(months.monthOf(0.0)).isZero();
        assertThat(Months.between(YearMonth.of(2027, 7), YearMonth.of(2027, 10)))
                .isEqualTo("July to October 2027");
        assertThat(Months.between(YearMonth.of(2027, 11), YearMonth.of(2028, 2)))
                .isEqualTo("November 2027 to February 2028");
        // through the first month that reaches 10x: 1.1^24 = 9.85, 1.1^25 = 10.83
        assertThat(months.through(10)).hasSize(26).endsWith(25);
        assertThat(Months.of(Growth.DEFAULT)).isEmpty();
    }
}
