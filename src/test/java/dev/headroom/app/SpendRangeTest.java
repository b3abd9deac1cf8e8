package dev.headroom.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.Fixtures;
import dev.headroom.model.Bounds;
import dev.headroom.model.Model;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * The spend over 12 and 24 months as a range (docs/model-format.md "Uncertainty"): exactly the
 * timeline's spend when the ranges have no width, and, under a traffic range alone, bracketed by
 * the closed form. A draw's spend is then a non-decreasing function f(T) of its traffic factor
 * alone (more load never lowers a bill), so the sample p-quantile of the spend lies between
 * f(Q(p − δ)) and f(Q(p + δ)), Q the triangular quantile (Kotz and van Dorp, <i>Beyond Beta</i>,
 * §1.2) and δ five standard deviations of the empirical distribution function at p,
 * √(p(1 − p)/n), plus 1/n for the interpolation between order statistics: distribution-free.
 */
class SpendRangeTest {
    /** The worked example at 3% a month: 1.03²³ = 1.97x, short of app's 2x limit. */
    static Model slowGrowth(dev.headroom.model.Uncertainty u) {
        Model m = Fixtures.model(Fixtures.WORKED);
        return m.withGrowth(m.growth().withMonthlyRate(0.03)
                .withStartMonth(YearMonth.of(2027, 1))).withUncertainty(u);
    }

    /** The spend over {@code span} months at traffic factor t, summed as Timeline sums it. */
    static double spendAt(Analysis a, int span, double t) {
        double sum = 0;
        for (int n = 0; n < span; n++) {
            sum += a.at(Math.pow(1.03, n) * t).bill().totalUsd();
        }
        return sum;
    }

    @Test
    void zeroWidthRangesGiveTheTimelinesSpendExactly() {
        Analysis a = Fixtures.analysis(slowGrowth(new dev.headroom.model.Uncertainty(
                new Bounds(1, 1), new Bounds(1, 1), null)));
        Uncertainty.Result r = a.uncertainty(new double[] {1}, Uncertainty.MIN_DRAWS);
        assertThat(r.drawn()).isTrue();
        Timeline t = a.timeline().orElseThrow();
        assertThat(r.spend()).hasSize(Timeline.SPEND_MONTHS.length);
        for (Timeline.Spend s : t.spend()) {
            assertThat(s.totalUsd()).isNotNull();
            assertThat(r.spendOver(s.months()).orElseThrow())
                    .isEqualTo(Spread.exactly(s.totalUsd()));
        }
    }

    @Test
    void underATrafficRangeTheSpendsPercentilesAreBracketedByTheClosedForm() {
        double lo = 0.8;
        double hi = 1.25;
        int n = 2000;
        Analysis a = Fixtures.analysis(slowGrowth(new dev.headroom.model.Uncertainty(
                new Bounds(lo, hi), null, null)));
        Uncertainty.Result r = a.uncertainty(new double[] {1}, n);
        for (int span : Timeline.SPEND_MONTHS) {
            Spread s = r.spendOver(span).orElseThrow();
            double[] got = {s.p10(), s.p50(), s.p90()};
            double[] ps = {0.10, 0.50, 0.90};
            for (int i = 0; i < ps.length; i++) {
                double p = ps[i];
                double delta = 5 * Math.sqrt(p * (1 - p) / n) + 1.0 / n;
                double below = spendAt(a, span,
                        UncertaintyTest.triangularQuantile(lo, 1, hi, p - delta));
                double above = spendAt(a, span,
                        UncertaintyTest.triangularQuantile(lo, 1, hi, p + delta));
                assertThat(got[i]).as("P%d of %d months", Math.round(p * 100), span)
                        .isBetween(below, above);
            }
            assertThat(s.p10()).isLessThan(a.timeline().orElseThrow().spendOver(span)
                    .orElseThrow().totalUsd());
        }
    }

    @Test
    void aDrawThatSaturatesWithinTheSpanHasNoSpend() {
        // 15% a month: app saturates in month 7 (August 2027) whatever the draw within ±5%
        Model m = Fixtures.model(Fixtures.WORKED);
        Model fast = m.withGrowth(m.growth().withMonthlyRate(0.15)
                .withStartMonth(YearMonth.of(2027, 1))).withUncertainty(
                        new dev.headroom.model.Uncertainty(new Bounds(0.95, 1.05), null, null));
        Uncertainty.Result r = Fixtures.analysis(fast).uncertainty(new double[] {1}, 200);
        assertThat(r.spendOver(12).orElseThrow()).isEqualTo(new Spread(null, null, null));
    }
}
