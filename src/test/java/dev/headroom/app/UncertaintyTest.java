package dev.headroom.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.headroom.Fixtures;
import dev.headroom.analysis.Break;
import dev.headroom.analysis.ClassResult;
import dev.headroom.analysis.StationResult;
import dev.headroom.model.Bounds;
import dev.headroom.model.Component;
import dev.headroom.model.Connection;
import dev.headroom.model.Growth;
import dev.headroom.model.Kind;
import dev.headroom.model.Layout;
import dev.headroom.model.Model;
import dev.headroom.model.Slo;
import dev.headroom.model.Workload;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

/**
 * The draws of the inputs' ranges (docs/model-format.md "Uncertainty") against closed forms:
 * an M/M/1 station saturates at {@code m* = c / (λ₁·S)} (utilization {@code λ₁·m·S/c} reaches 1),
 * so with today's load T times the model's, or its service time s times, it saturates at
 * {@code m* / T} or {@code m* / s}: a decreasing function of a triangular variable, whose quantiles
 * are {@code m*} over the variable's opposite quantiles. The triangular quantile is the inverse
 * of its distribution function (Kotz and van Dorp, <i>Beyond Beta</i>, 2004, §1.2), computed in
 * the test from the formula, not from {@link Uncertainty}.
 */
class UncertaintyTest {
    /** λ₁ = 10/s on one server of 20 ms: m* = 1 / (10 × 0.020) = 5x, 80% busy at 4x. */
    static Model mm1(dev.headroom.model.Uncertainty u) {
        Workload w = Workload.open(10);
        return new Model(Model.CURRENT_FORMAT, "M/M/1", null, w, new Growth(1, 10, 10),
                new Slo(null, 0.8), null,
                List.of(Component.builder("server", Kind.SERVICE).serviceTimeMs(20)
                        .concurrency(1).build()),
                List.of(), Layout.EMPTY, dev.headroom.model.Networking.DEFAULT, null, u);
    }

    /** The triangular (a, c, b) quantile at p, by the closed form. */
    static double triangularQuantile(double a, double c, double b, double p) {
        double split = (c - a) / (b - a);
        return p < split ? a + Math.sqrt(p * (b - a) * (c - a))
                : b - Math.sqrt((1 - p) * (b - a) * (b - c));
    }

    /** The triangular (a, c, b) density at x. */
    static double triangularDensity(double a, double c, double b, double x) {
        return x < c ? 2 * (x - a) / ((b - a) * (c - a)) : 2 * (b - x) / ((b - a) * (b - c));
    }

    /**
     * Five standard errors of the sample p-quantile of {@code m* / X}, X triangular (a, 1, b),
     * over n draws: {@code √(p(1−p)/n) / f(x_p)} with f the density of m* / X (Serfling,
     * <i>Approximation Theorems of Mathematical Statistics</i>, 1980, §2.3.3).
     */
    static double tolerance(double mStar, double a, double b, double p, int n) {
        double x = triangularQuantile(a, 1, b, 1 - p);
        double breakAt = mStar / x;
        double density = triangularDensity(a, 1, b, x) * mStar / (breakAt * breakAt);
        return 5 * Math.sqrt(p * (1 - p) / n) / density;
    }

    static final int DRAWS = 20_000;

    @Test
    void theSaturationRangeOfAnMm1UnderUncertainTrafficIsItsClosedForm() {
        double a = 0.7;
        double b = 1.6;
        Analysis an = Fixtures.analysis(mm1(new dev.headroom.model.Uncertainty(
                new Bounds(a, b), null, null)));
        assertThat(an.breaks().breaksAt()).isCloseTo(5, within(1e-9));
        Uncertainty.Result r = an.uncertainty(new double[0], DRAWS);
        assertThat(r.draws()).isEqualTo(DRAWS);
        Spread sat = r.of("server").orElseThrow().saturatesAt();
        Spread over = r.of("server").orElseThrow().overUtilizationAt();
        double[] got = {sat.p10(), sat.p50(), sat.p90()};
        double[] gotOver = {over.p10(), over.p50(), over.p90()};
        double[] ps = {0.1, 0.5, 0.9};
        for (int i = 0; i < 3; i++) {
            // P(5/T ≤ x) = P(T ≥ 5/x): the p-quantile of 5/T is 5 over T's (1 − p)-quantile
            double exact = 5 / triangularQuantile(a, 1, b, 1 - ps[i]);
            assertThat(got[i]).as("P%.0f", ps[i] * 100)
                    .isCloseTo(exact, within(tolerance(5, a, b, ps[i], DRAWS)));
            assertThat(gotOver[i]).isCloseTo(0.8 * exact, within(0.8 * tolerance(5, a, b,
                    ps[i], DRAWS)));
        }
        // the design breaks where the server saturates: the same range
        assertThat(r.breaksAt()).isEqualTo(sat);
    }

    @Test
    void theUtilizationBandOfAnMm1UnderUncertainTrafficIsItsClosedForm() {
        // utilization at growth m with today's load T times the model's: ρ = λ₁·m·T·S = 0.2·m·T,
        // increasing in T, so its p-quantile is 0.2·m times T's p-quantile
        double a = 0.7;
        double b = 1.6;
        Analysis an = Fixtures.analysis(mm1(new dev.headroom.model.Uncertainty(
                new Bounds(a, b), null, null)));
        double[] ms = {1, 2, 3, 4};
        Uncertainty.Result r = an.uncertainty(ms, DRAWS);
        Uncertainty.Band u = r.band(Uncertainty.utilization("server")).orElseThrow();
        double[][] got = {u.p10(), u.p50(), u.p90()};
        double[] ps = {0.1, 0.5, 0.9};
        for (int j = 0; j < ms.length; j++) {
            for (int i = 0; i < 3; i++) {
                double q = triangularQuantile(a, 1, b, ps[i]);
                // five standard errors of T's sample quantile, carried through 0.2·m·T
                double se = Math.sqrt(ps[i] * (1 - ps[i]) / DRAWS)
                        / triangularDensity(a, 1, b, q);
                assertThat(got[i][j]).as("P%.0f at %.0fx", ps[i] * 100, ms[j])
                        .isCloseTo(0.2 * ms[j] * q, within(0.2 * ms[j] * 5 * se));
            }
        }
    }

    @Test
    void theSaturationRangeUnderUncertainServiceTimeIsItsClosedForm() {
        double a = 0.5;
        double b = 1.25;
        Analysis an = Fixtures.analysis(mm1(new dev.headroom.model.Uncertainty(null,
                new Bounds(a, b), null)));
        Uncertainty.Result r = an.uncertainty(new double[0], DRAWS);
        Spread sat = r.breaksAt();
        double[] got = {sat.p10(), sat.p50(), sat.p90()};
        double[] ps = {0.1, 0.5, 0.9};
        for (int i = 0; i < 3; i++) {
            double exact = 5 / triangularQuantile(a, 1, b, 1 - ps[i]);
            assertThat(got[i]).isCloseTo(exact, within(tolerance(5, a, b, ps[i], DRAWS)));
        }
    }

    @Test
    void aCachesHitRatioRangeMovesTheDatabaseBehindItByItsClosedForm() {
        // app → cache (hit h) → db on a miss: λ_db = 10·m·(1 − h), one 10 ms server, so the
        // database saturates at m* = 1 / (10 × 0.010 × (1 − h)) = 10 / (1 − h): 50x at h = 0.8.
        // m* grows with h, so its p-quantile is that of h.
        double lo = 0.6;
        double mode = 0.8;
        double hi = 0.9;
        Model m = new Model(Model.CURRENT_FORMAT, "cache", null, Workload.open(10),
                new Growth(1, 10, 10), new Slo(null, 0.8), null,
                List.of(Component.builder("app", Kind.SERVICE).serviceTimeMs(1)
                                .concurrency(100).build(),
                        Component.builder("cache", Kind.CACHE).serviceTimeMs(0.1)
                                .concurrency(100).hitRatio(mode).build(),
                        Component.builder("db", Kind.DATABASE).serviceTimeMs(10)
                                .concurrency(1).build()),
                List.of(new Connection("app", "cache", 1, false, false, List.of(), 0),
                        new Connection("cache", "db", 1, true, false, List.of(), 0)),
                Layout.EMPTY, dev.headroom.model.Networking.DEFAULT, null,
                new dev.headroom.model.Uncertainty(null, null, new Bounds(lo, hi)));
        Analysis an = Fixtures.analysis(m);
        assertThat(an.breaks().of("db").orElseThrow().saturatesAt()).isCloseTo(50, within(1e-6));
        Uncertainty.Result r = an.uncertainty(new double[0], 4000);
        Spread db = r.of("db").orElseThrow().saturatesAt();
        double[] got = {db.p10(), db.p50(), db.p90()};
        double[] ps = {0.1, 0.5, 0.9};
        for (int i = 0; i < 3; i++) {
            double h = triangularQuantile(lo, mode, hi, ps[i]);
            double exact = 10 / (1 - h);
            // the quantile of h within 5 standard errors, carried through 10/(1 − h)
            double se = Math.sqrt(ps[i] * (1 - ps[i]) / 4000)
                    / triangularDensity(lo, mode, hi, h);
            double tol = 10 / (1 - h - 5 * se) - exact;
            assertThat(got[i]).isCloseTo(exact, within(tol));
        }
    }

    @Test
    void zeroWidthRangesCollapseToTodaysFiguresExactly() {
        Model shop = Fixtures.example("monolith-redis-replica.json");
        Model zero = shop.withUncertainty(new dev.headroom.model.Uncertainty(
                new Bounds(1, 1), new Bounds(1, 1), new Bounds(0.9, 0.9)));
        Analysis a = Fixtures.analysis(zero);
        Design d = a.design();
        double[] ms = d.curve().stream().mapToDouble(Point::multiplier).toArray();
        Uncertainty.Result r = a.uncertainty(ms, Uncertainty.MIN_DRAWS);
        assertThat(r.draws()).isEqualTo(Uncertainty.MIN_DRAWS);
        Breaks b = a.breaks();
        assertThat(r.breaksAt()).isEqualTo(Spread.exactly(b.breaksAt()));
        assertThat(r.sloBreachedAt()).isEqualTo(Spread.exactly(b.sloBreachedAt()));
        for (Break br : b.components()) {
            Uncertainty.ComponentRange c = r.of(br.component()).orElseThrow();
            assertThat(c.overUtilizationAt()).isEqualTo(Spread.exactly(br.overUtilizationAt()));
            assertThat(c.saturatesAt()).isEqualTo(Spread.exactly(br.saturatesAt()));
        }
        for (int j = 0; j < ms.length; j++) {
            Point p = d.curve().get(j);
            int at = j;
            for (ClassResult c : p.solution().classes()) {
                assertThat(r.band(Uncertainty.p95(c.name())).orElseThrow().at(at))
                        .isEqualTo(Spread.exactly(c.latencyP95Ms()));
                assertThat(r.band(Uncertainty.mean(c.name())).orElseThrow().at(at))
                        .isEqualTo(Spread.exactly(c.latencyMeanMs()));
            }
            for (StationResult s : p.solution().components()) {
                assertThat(r.band(Uncertainty.utilization(s.id())).orElseThrow().at(at))
                        .isEqualTo(Spread.exactly(s.utilization()));
            }
            assertThat(r.band(Uncertainty.BILL).orElseThrow().at(at))
                    .isEqualTo(Spread.exactly(p.monthlyUsd()));
            assertThat(r.band(Uncertainty.THROUGHPUT).orElseThrow().at(at))
                    .isEqualTo(Spread.exactly(p.solution().throughputPerSecond()));
        }
    }

    @Test
    void aModelWithoutRangesGivesItsOwnFiguresWithoutDrawing() {
        Analysis a = Fixtures.analysis(Fixtures.SHOP);
        Uncertainty.Result r = a.uncertainty(a.model().growth().multipliers(), 1000);
        assertThat(r.drawn()).isFalse();
        assertThat(r.breaksAt()).isEqualTo(Spread.exactly(a.breaks().breaksAt()));
        Point top = a.at(a.model().growth().to());
        assertThat(r.band(Uncertainty.BILL).orElseThrow().at(9))
                .isEqualTo(Spread.exactly(top.monthlyUsd()));
    }

    @Test
    void theSameRangesGiveTheSameFigures() {
        Model m = Fixtures.example("saas-search.json").withUncertainty(
                new dev.headroom.model.Uncertainty(new Bounds(0.8, 1.3), new Bounds(0.9, 1.2),
                        null));
        double[] ms = m.growth().multipliers();
        Uncertainty.Result a = Fixtures.analysis(m).uncertainty(ms, 200);
        Uncertainty.Result b = Fixtures.analysis(m).uncertainty(ms, 200);
        assertThat(a.breaksAt()).isEqualTo(b.breaksAt());
        assertThat(a.components()).isEqualTo(b.components());
        assertThat(a.band(Uncertainty.BILL).orElseThrow().p90())
                .isEqualTo(b.band(Uncertainty.BILL).orElseThrow().p90());
    }

    /** Two stations in line, one with a service-time range of its own, the other with none. */
    static Model tandem(double low, double high) {
        return new Model(Model.CURRENT_FORMAT, "tandem", null, Workload.open(20),
                new Growth(1, 5, 5), new Slo(200.0, 0.75), null,
                List.of(Component.builder("web", Kind.SERVICE).serviceTimeMs(30).concurrency(2)
                                .uncertainty(new dev.headroom.model.Uncertainty(null,
                                        new Bounds(0.7, 1.4), null)).build(),
                        Component.builder("db", Kind.DATABASE).serviceTimeMs(8).concurrency(1)
                                .build()),
                List.of(new Connection("web", "db", 2, false, false, List.of(), 0)),
                Layout.EMPTY, dev.headroom.model.Networking.DEFAULT, null,
                new dev.headroom.model.Uncertainty(new Bounds(low, high), null, null));
    }

    /**
     * The break range is monotone in the traffic range: with more traffic possible at either
     * end, every percentile of where it breaks (and of where each component saturates) comes
     * no later. Each draw's traffic factor is the triangular quantile of its own number, which
     * grows with both ends of the range, and every other input of the draw stays put.
     */
    @Property(tries = 25)
    void theBreakRangeIsMonotoneInTheTrafficRange(
            @ForAll @DoubleRange(min = 0.3, max = 1) @Scale(3) double low1,
            @ForAll @DoubleRange(min = 0, max = 1) @Scale(3) double lowShift,
            @ForAll @DoubleRange(min = 1, max = 3) @Scale(3) double high1,
            @ForAll @DoubleRange(min = 0, max = 2) @Scale(3) double highShift) {
        double low2 = low1 + (1 - low1) * lowShift;
        double high2 = high1 + highShift;
        double[] ms = {1, 3};
        Uncertainty.Result r1 = Fixtures.analysis(tandem(low1, high1)).uncertainty(ms, 100);
        Uncertainty.Result r2 = Fixtures.analysis(tandem(low2, high2)).uncertainty(ms, 100);
        assertNoLater(r2.breaksAt(), r1.breaksAt());
        assertNoLater(r2.sloBreachedAt(), r1.sloBreachedAt());
        for (String c : List.of("web", "db")) {
            assertNoLater(r2.of(c).orElseThrow().saturatesAt(),
                    r1.of(c).orElseThrow().saturatesAt());
            assertNoLater(r2.of(c).orElseThrow().overUtilizationAt(),
                    r1.of(c).orElseThrow().overUtilizationAt());
        }
    }

    private static void assertNoLater(Spread more, Spread less) {
        assertThat(orMax(more.p10())).isLessThanOrEqualTo(orMax(less.p10()));
        assertThat(orMax(more.p50())).isLessThanOrEqualTo(orMax(less.p50()));
        assertThat(orMax(more.p90())).isLessThanOrEqualTo(orMax(less.p90()));
    }

    private static double orMax(Double v) {
        return v == null ? Double.MAX_VALUE : v;
    }

    @Test
    void theTriangularDrawIsItsInverseDistributionFunction() {
        assertThat(Uncertainty.triangular(0.5, 1, 2, 0)).isEqualTo(0.5);
        assertThat(Uncertainty.triangular(0.5, 1, 2, 1)).isEqualTo(2);
        // F(c) = (c − a)/(b − a) = 1/3: the mode
        assertThat(Uncertainty.triangular(0.5, 1, 2, 1.0 / 3)).isCloseTo(1, within(1e-12));
        assertThat(Uncertainty.triangular(0.9, 0.9, 0.9, 0.37)).isEqualTo(0.9);
        for (double p : new double[] {0.05, 0.2, 0.5, 0.8, 0.95}) {
            assertThat(Uncertainty.triangular(0.5, 1, 2, p))
                    .isCloseTo(triangularQuantile(0.5, 1, 2, p), within(1e-12));
        }
    }

    @Test
    void percentilesInterpolateBetweenOrderStatistics() {
        // Hyndman and Fan type 7: h = (n − 1)p; 11 values 0..10 give P10 = 1, P90 = 9
        double[] v = {10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0};
        assertThat(Uncertainty.percentiles(v)).containsExactly(1, 5, 9);
        double[] w = {0, 1, 2, 3, Double.POSITIVE_INFINITY};
        // h = 0.4: 0.4 of the way from 0 to 1; h = 3.6: beyond the largest number
        assertThat(Uncertainty.percentiles(w)).containsExactly(0.4, 2,
                Double.POSITIVE_INFINITY);
    }
}
