package dev.headroom.ui.projection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.Fixtures;
import dev.headroom.app.Analysis;
import dev.headroom.app.Design;
import dev.headroom.app.Format;
import dev.headroom.app.Timeline;
import dev.headroom.app.Uncertainty;
import dev.headroom.model.Bounds;
import dev.headroom.model.Model;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * What the Projection's breaks table and spend card say by the calendar (docs/model-format.md
 * "Worked example: months"): the worked example growing 15% a month from January 2027, whose
 * breaks by hand are app 2x / 2.5x (June, August 2027) and db 3.33x / 4.17x (October,
 * December 2027), the design breaking at 1.49x in April 2027.
 */
class CalendarRowsTest {
    static Model byTheMonth(double rate) {
        Model m = Fixtures.model(Fixtures.WORKED);
        return m.withGrowth(m.growth().withMonthlyRate(rate)
                .withStartMonth(YearMonth.of(2027, 1)));
    }

    @Test
    void theBreaksTableGivesEachBreakItsHandWorkedMonth() {
        Design d = Fixtures.design(byTheMonth(0.15));
        BreakRows rows = BreakRows.of(d, null);
        BreakRows.Row app = rows.rows().stream().filter(r -> r.componentId().equals("app"))
                .findFirst().orElseThrow();
        BreakRows.Row db = rows.rows().stream().filter(r -> r.componentId().equals("db"))
                .findFirst().orElseThrow();
        assertThat(app.passesMonth()).isEqualTo("Jun 2027");
        assertThat(app.saturatesMonth()).isEqualTo("Aug 2027");
        assertThat(db.passesMonth()).isEqualTo("Oct 2027");
        assertThat(db.saturatesMonth()).isEqualTo("Dec 2027");
        assertThat(rows.runway()).isEqualTo("default needs its fix by April 2027: its p95 passes "
                + "200 ms at 1.49x.");
        assertThat(rows.range()).isNull();
        assertThat(app.saturatesRange()).isEmpty();
    }

    @Test
    void withoutACalendarTheTableHasNoMonths() {
        BreakRows rows = BreakRows.of(Fixtures.design(Fixtures.model(Fixtures.WORKED)), null);
        assertThat(rows.runway()).isNull();
        assertThat(rows.rows()).allSatisfy(r -> {
            assertThat(r.passesMonth()).isEmpty();
            assertThat(r.saturatesMonth()).isEmpty();
        });
    }

    @Test
    void withRangesTheTableGivesEachSaturationItsDrawnRange() {
        Model m = byTheMonth(0.15).withUncertainty(new dev.headroom.model.Uncertainty(
                new Bounds(0.8, 1.25), null, null));
        Design d = Fixtures.design(m);
        double[] curve = d.curve().stream().mapToDouble(dev.headroom.app.Point::multiplier)
                .toArray();
        Uncertainty.Result u = d.analysis().uncertainty(curve, Uncertainty.DEFAULT_DRAWS);
        BreakRows rows = BreakRows.of(d, u);
        BreakRows.Row db = rows.rows().stream().filter(r -> r.componentId().equals("db"))
                .findFirst().orElseThrow();
        // db saturates at 4.17x / T, T triangular on (0.8, 1, 1.25): P10 and P90 lie inside
        // (4.17 / 1.25, 4.17 / 0.8) and around 4.17x
        var sat = u.of("db").orElseThrow().saturatesAt();
        assertThat(sat.p10()).isBetween(4.1667 / 1.25, 4.1667);
        assertThat(sat.p90()).isBetween(4.1667, 4.1667 / 0.8);
        assertThat(db.saturatesRange()).isEqualTo(Format.breakPoint(sat.p10()).replace("x", "")
                + "\u2013" + Format.breakPoint(sat.p90()));
        assertThat(rows.range()).startsWith("Breaks between ").contains("(most likely 1.49x).");
        assertThat(rows.runway()).startsWith("default needs its fix by April 2027")
                .contains("With the inputs' ranges: ");
    }

    @Test
    void theSpendCardSumsTheMonthsBillsOverAYearAndTwo() {
        // 3% a month: 1.03²³ = 1.97x, short of app's 2x, so nothing saturates in 24 months
        Analysis a = Fixtures.service().analyze(byTheMonth(0.03));
        Timeline t = a.timeline().orElseThrow();
        SpendRows rows = SpendRows.of(t, true);
        assertThat(rows.pace()).isEqualTo("3% more users a month from January 2027");
        double year = 0;
        double two = 0;
        for (int n = 0; n < 24; n++) {
            double bill = a.at(Math.pow(1.03, n)).bill().totalUsd();
            two += bill;
            if (n < 12) {
                year += bill;
            }
        }
        assertThat(rows.spans()).extracting(SpendRows.Span::label).containsExactly(
                "Spend over 12 months (January to December 2027)",
                "Spend over 24 months (January 2027 to December 2028)");
        assertThat(rows.spans()).extracting(SpendRows.Span::amount).containsExactly(
                Format.usd(year), Format.usd(two));
        assertThat(rows.note()).isNull();
        assertThat(rows.months().get(0).month()).isEqualTo("Jan 2027");
        assertThat(rows.months().get(0).growth()).isEqualTo("1x");
    }

    @Test
    void withRangesTheSpendCardGivesEachSpanItsDrawnRange() {
        Model m = byTheMonth(0.03).withUncertainty(new dev.headroom.model.Uncertainty(
                new Bounds(0.8, 1.25), null, null));
        Analysis a = Fixtures.service().analyze(m);
        Uncertainty.Result u = a.uncertainty(new double[] {1}, Uncertainty.MIN_DRAWS);
        SpendRows rows = SpendRows.of(a.timeline().orElseThrow(), true, u);
        for (int k = 0; k < Timeline.SPEND_MONTHS.length; k++) {
            var s = u.spendOver(Timeline.SPEND_MONTHS[k]).orElseThrow();
            assertThat(rows.spans().get(k).range()).isEqualTo("P10\u2013P90: "
                    + dev.headroom.app.Runway.usdRange(s.p10(), s.p90()));
        }
        assertThat(SpendRows.of(a.timeline().orElseThrow(), true).spans())
                .allSatisfy(s -> assertThat(s.range()).isEmpty());
    }

    @Test
    void theSpendCardSaysWhyASpanThatSaturatesHasNoSpend() {
        Analysis a = Fixtures.service().analyze(byTheMonth(0.15));
        SpendRows rows = SpendRows.of(a.timeline().orElseThrow(), true);
        assertThat(rows.spans()).extracting(SpendRows.Span::amount)
                .containsOnly(Format.UNKNOWN);
        // app saturates at 2.5x: month 7, August 2027 (the hand-worked months)
        assertThat(rows.note()).startsWith("No spend from August 2027: a component saturates");
        assertThat(rows.months().get(7).served()).isFalse();
        assertThat(rows.months().get(6).served()).isTrue();
    }
}
