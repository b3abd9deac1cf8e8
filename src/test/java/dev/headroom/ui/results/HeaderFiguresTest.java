package dev.headroom.ui.results;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.Fixtures;
import dev.headroom.app.Analysis;
import dev.headroom.app.Breaks;
import dev.headroom.app.Format;
import dev.headroom.model.Model;
import dev.headroom.ui.document.Results;
import org.junit.jupiter.api.Test;

/** What the header says, tested on the view-model's records, without a display. */
class HeaderFiguresTest {
    static Results at(Model m, double x) {
        return Results.of(Fixtures.analysis(m), x);
    }

    static Model shop() {
        return Fixtures.example("monolith-redis-replica.json");
    }

    @Test
    void breaksAtIsTheUsersAtTheFirstOfSaturationAndTheObjectiveWithUsersStillToGo() {
        Model m = shop(); // without its calendar, the break is given in users still to go
        m = m.withGrowth(m.growth().withMonthlyRate(null).withStartMonth(null));
        Results r = at(m, 1);
        Breaks b = r.breaks();
        assertThat(b.breaksAt()).isLessThan(b.firstSaturation().orElseThrow().saturatesAt());
        HeaderFigures.Figure f = HeaderFigures.of(r).breaks();
        assertThat(f.value()).isEqualTo(Format.compactCount(30_000 * b.breaksAt()) + " users");
        assertThat(f.detail()).isEqualTo("checkout's p95 passes 800 ms at "
                + Format.times(b.breaksAt()) + " \u00b7 "
                + Format.compactCount(30_000 * (b.breaksAt() - 1)) + " users still to go");
        assertThat(f.state()).isEqualTo(HeaderFigures.State.GOOD);
    }

    @Test
    void byTheCalendarTheBreakSaysWhoNeedsItsFixByWhen() {
        Model m = shop();
        m = m.withGrowth(m.growth().withMonthlyRate(0.15)
                .withStartMonth(java.time.YearMonth.of(2027, 1)));
        Results r = at(m, 1);
        Breaks b = r.breaks();
        dev.headroom.app.Months months = dev.headroom.app.Months.of(m).orElseThrow();
        int n = months.monthOf(b.breaksAt());
        // the first month whose 1.15^n reaches the break
        assertThat(Math.pow(1.15, n)).isGreaterThanOrEqualTo(b.breaksAt());
        assertThat(Math.pow(1.15, n - 1)).isLessThan(b.breaksAt());
        HeaderFigures.Figure f = HeaderFigures.of(r).breaks();
        assertThat(f.value()).isEqualTo(Format.compactCount(30_000 * b.breaksAt()) + " users");
        assertThat(f.detail()).isEqualTo("checkout needs its fix by " + months.label(n));
        assertThat(f.tooltip()).startsWith("checkout needs its fix by " + months.label(n)
                + ": its p95 passes 800 ms at " + Format.times(b.breaksAt()))
                .contains("users still to go").endsWith("(15% a month from January 2027).");
    }

    @Test
    void pastTheBreakButStableItSaysSo() {
        Results r = at(shop(), 8);
        assertThat(r.solution().stable()).isTrue();
        HeaderFigures.Figure f = HeaderFigures.of(r).breaks();
        assertThat(f.value()).isEqualTo("past its limit");
        assertThat(f.state()).isEqualTo(HeaderFigures.State.BAD);
    }

    @Test
    void aSaturatedDesignIsBrokenNowAndItsP95Saturated() {
        HeaderFigures h = HeaderFigures.of(at(shop(), 10));
        assertThat(h.breaks().value()).isEqualTo("broken now");
        assertThat(h.breaks().detail()).isEqualTo("PostgreSQL primary is saturated at 10x");
        assertThat(h.p95().value()).isEqualTo("saturated");
        assertThat(h.p95().state()).isEqualTo(HeaderFigures.State.BAD);
    }

    @Test
    void theP95IsJudgedAgainstTheObjective() {
        Results r = at(shop(), 1);
        double p95 = r.solution().worstP95Ms().orElseThrow();
        HeaderFigures.Figure f = HeaderFigures.of(r).p95();
        assertThat(f.value()).isEqualTo(Format.ms(p95));
        assertThat(f.detail()).isEqualTo("within the 800 ms objective");
    }

    @Test
    void anUnpricedModelSaysWhyInsteadOfShowingNoughtDollars() {
        Model m = Fixtures.parse("""
                {"format": 2, "name": "unpriced", "workload": {"arrivalRatePerSecond": 10},
                 "components": [{"id": "a", "serviceTimeMs": 5}]}""");
        HeaderFigures.Figure f = HeaderFigures.of(at(m, 1)).cost();
        assertThat(f.value()).isEqualTo(Format.UNKNOWN);
        assertThat(f.detail()).isEqualTo(Analysis.Pricing.NOTHING_PRICED);
    }

    @Test
    void theGrowthBarNamesWhatIsSaturatedOrOverTheLimit() {
        GrowthWords calm = GrowthWords.of(at(shop(), 1), 1);
        assertThat(calm.status()).isEqualTo("Everything runs below 75% utilization.");
        assertThat(calm.load()).isEqualTo("30,000 users \u00b7 62.5/s at peak");
        GrowthWords full = GrowthWords.of(at(shop(), 10), 10);
        assertThat(full.status()).startsWith("PostgreSQL primary is saturated");
        assertThat(full.state()).isEqualTo(HeaderFigures.State.BAD);
        assertThat(full.multiplier()).isEqualTo("10x");
    }
}
