package dev.headroom.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.model.Growth;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The runway and the ranges in words (docs/model-format.md "Uncertainty": most likely). */
class RunwayTest {
    static final Months MONTHS = Months.of(new Growth(1, 10, 10, 0.15, YearMonth.of(2027, 1)))
            .orElseThrow();

    @Test
    void aBreakRangeSaysBothEndsAndTheMostLikely() {
        Breaks b = new Breaks(List.of(), null, 4.6, Breaks.Cause.SATURATION, "db", null, null,
                null, null, null);
        assertThat(Runway.breaksRange(b, new Spread(3.9, 4.5, 5.6)))
                .isEqualTo("Breaks between 3.9x and 5.6x (most likely 4.6x).");
        assertThat(Runway.breaksRange(b, Spread.exactly(4.6)))
                .isEqualTo("Breaks at 4.6x whatever the ranges.");
        assertThat(Runway.breaksRange(b, new Spread(3.9, 4.5, null))).startsWith(
                "Breaks at 3.9x or later (most likely 4.6x)");
        assertThat(Runway.timesRange(new Spread(3.91, 4.5, 5.62))).isEqualTo("3.91–5.62x");
        assertThat(Runway.timesRange(new Spread(0.0, 0.0, 2.0))).isEqualTo("up to 2x");
        Breaks slow = new Breaks(List.of(), 1.37, 1.37, Breaks.Cause.LATENCY, null, "checkout",
                null, null, 95, 800.0);
        assertThat(Runway.breaksRange(slow, new Spread(0.0, 1.2, 3.63))).isEqualTo(
                "Breaks at up to 3.63x (most likely 1.37x): in one draw in ten or more it "
                        + "breaks at any load.");
    }

    @Test
    void aSpendRangeIsCompactAndSaysWhenTheDesignSaturates() {
        assertThat(Runway.spendRange(new Spread(11_200.0, 12_000.0, 13_900.0)))
                .isEqualTo("$11\u201314k");
        assertThat(Runway.spendRange(Spread.exactly(12_000.0))).isNull();
        assertThat(Runway.spendRange(new Spread(11_200.0, 12_000.0, null)))
                .isEqualTo("from $11k, or the design saturates within it");
        assertThat(Runway.spendRange(new Spread(null, null, null))).isNull();
    }

    @Test
    void theMonthsOfARangeAreNamed() {
        // 1.15^6 = 2.31, 1.15^7 = 2.66, 1.15^9 = 3.52: 2.4x in August, 3.4x in October 2027
        assertThat(Runway.monthsBetween(MONTHS, new Spread(2.4, 3.0, 3.4)))
                .isEqualTo("August to October 2027");
        assertThat(Runway.monthsBetween(MONTHS, new Spread(2.4, 2.5, 2.6))).isNull();
        assertThat(Runway.monthsBetween(MONTHS, new Spread(0.9, 2.0, 3.4)))
                .isEqualTo("now to October 2027");
        assertThat(Runway.monthsBetween(MONTHS, new Spread(2.4, 3.0, null)))
                .isEqualTo("August 2027 or later");
    }

    @Test
    void theBillRangeIsCompact() {
        assertThat(Runway.billRange(10, 9_420.0, new Spread(8_123.0, 9_300.0, 11_020.0)))
                .isEqualTo("The bill at 10x: $8.1–11k a month (most likely $9,420).");
        assertThat(Runway.billRange(10, 9_420.0, null))
                .isEqualTo("The bill at 10x: $9,420 a month.");
        assertThat(Runway.usdRange(420, 980)).isEqualTo("$420–$980");
        assertThat(Runway.usdRange(950, 1_240)).isEqualTo("$950–$1.2k");
        assertThat(Runway.usdRange(104_600, 151_000)).isEqualTo("$105–151k");
        assertThat(Runway.usdRange(1_234_000, 1_520_000)).isEqualTo("$1.2–1.5M");
        assertThat(Runway.usdRange(8_120, 8_140)).isEqualTo("$8.1k");
    }

    @Test
    void theRunwayNamesWhoAndWhen() {
        dev.headroom.model.Model m = dev.headroom.Fixtures.model(dev.headroom.Fixtures.SHOP);
        String db = m.components().get(m.components().size() - 1).id();
        Breaks sat = new Breaks(List.of(), null, 3.4, Breaks.Cause.SATURATION, db, null, null,
                null, null, null);
        String name = m.component(db).orElseThrow().displayName();
        // 1.15^8 = 3.06, 1.15^9 = 3.52: October 2027
        assertThat(Runway.runway(m, sat, MONTHS)).isEqualTo(name + " needs its fix by October "
                + "2027: it saturates at 3.4x.");
        Breaks now = new Breaks(List.of(), 0.8, 0.8, Breaks.Cause.LATENCY, null, "checkout",
                null, null, 99, 1200.0);
        assertThat(Runway.runway(m, now, MONTHS)).isEqualTo("checkout needs its fix now: its p99 "
                + "passes 1,200 ms at 0.8x, below today's load.");
        assertThat(Runway.runway(m, sat, MONTHS, new Spread(2.4, 3.0, 3.4))).endsWith(
                "With the inputs' ranges: August to October 2027.");
    }
}
