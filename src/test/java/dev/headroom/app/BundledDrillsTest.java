package dev.headroom.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.headroom.Fixtures;
import dev.headroom.analysis.ThreadDemand;
import dev.headroom.model.Connection;
import dev.headroom.model.Drill;
import dev.headroom.model.Model;
import dev.headroom.sim.drill.DrillOptions;
import dev.headroom.sim.drill.DrillResult;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.analysis.integration.SimpsonIntegrator;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.junit.jupiter.api.Test;

/**
 * The two bundled drill examples do what their descriptions say, checked against fluid limits and
 * Little's law rather than against figures a run once printed: the retry storm never recovers,
 * recovers with a retry budget and degrades gracefully with shedding; the slow payment API
 * exhausts a shared thread pool and fails pages that never call it, and a bulkhead or a timeout
 * confines it.
 */
class BundledDrillsTest {
    static final DrillOptions OPTIONS = DrillOptions.defaults().withReplications(3).withSeed(5);

    static DrillOutcome run(Model m, DrillPolicy policy) {
        return run(m, policy, m.drills().get(0).durationSeconds());
    }

    /** The model's drill, cut short where the checks need no more. */
    static DrillOutcome run(Model m, DrillPolicy policy, double seconds) {
        Analysis a = Fixtures.analysis(m);
        Drill d = m.drills().get(0).withDurationSeconds(seconds);
        return a.drills().run(d, policy, 1, OPTIONS);
    }

    static double mean(DrillResult r, double from, double to,
            ToDoubleFunction<DrillResult.Bucket> f) {
        return r.timeline().stream().filter(b -> b.t() >= from && b.t() + r.bucketSeconds() <= to)
                .mapToDouble(f).average().orElseThrow();
    }

    static DrillResult.ComponentPoint at(DrillResult.Bucket b, String id) {
        return b.components().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    static DrillResult.ClassPoint cls(DrillResult.Bucket b, String name) {
        return b.classes().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    // ---- the retry storm: λ0 = 400/s, capacity μ = 32 / 0.040 s = 800/s, three retries -------

    static final double LAMBDA0 = 400;
    static final double MU = 800;

    /**
     * Every attempt times out once the backlog is deep, so each request makes 1 + 3 attempts
     * and the queue grows at 4·λ0 − μ = 800 a second, for ever: it never recovers, though the
     * steady-state engine carries 400/s with room to spare.
     */
    @Test
    void theRetryStormNeverRecovers() {
        DrillOutcome o = run(Fixtures.example("retry-storm.json"), DrillPolicy.AS_MODELLED);
        DrillResult r = o.result();
        assertThat(r.recoveredReplications()).isZero();
        assertThat(o.stableAfter()).isTrue();
        assertThat(o.metastable()).isTrue();
        assertThat(o.verdict().ok()).isFalse();
        double q300 = mean(r, 300, 330, b -> at(b, "api").queueLength());
        double q800 = mean(r, 800, 830, b -> at(b, "api").queueLength());
        double growth = (q800 - q300) / 500;
        assertThat(growth).isCloseTo(4 * LAMBDA0 - MU, within(0.05 * (4 * LAMBDA0 - MU)));
        // and every request of the collapse fails after its four attempts
        assertThat(mean(r, 300, 900, DrillResult.Bucket::failedPerSecond))
                .isCloseTo(LAMBDA0, within(0.02 * LAMBDA0));
    }

    /**
     * With retries capped at 10% of first attempts, the collapsed state offers at most 1.1·λ0 =
     * 440 attempts a second against 800 of capacity, so the backlog left by the spike drains at
     * no less than 360 a second: recovery within peak backlog / 360 s (plus a bucket each side).
     */
    @Test
    void aRetryBudgetLetsItRecover() {
        DrillOutcome o = run(Fixtures.example("retry-storm.json"), DrillPolicy.RETRY_BUDGET);
        DrillResult r = o.result();
        assertThat(r.recovered()).isTrue();
        assertThat(o.metastable()).isFalse();
        double peak = r.component("api").orElseThrow().peakQueueLength().value();
        double bound = peak / (MU - 1.1 * LAMBDA0) + 2 * r.bucketSeconds();
        assertThat(r.recoverySeconds().value()).isLessThanOrEqualTo(bound);
        assertThat(r.retryAmplification().value()).isLessThanOrEqualTo(1.1);
    }

    /**
     * Shedding bounds each server's queue to half the timeout's worth (100 a server, 400 in
     * all): nothing waits long enough to time out, so only the spike's excess over capacity
     * fails, (λ1 − μ)·T less the 400 places the queue had free, and it is over when the spike is.
     */
    @Test
    void sheddingDegradesGracefully() {
        DrillOutcome o = run(Fixtures.example("retry-storm.json"), DrillPolicy.SHEDDING);
        DrillResult r = o.result();
        assertThat(o.model().component("api").orElseThrow().maxQueue()).isEqualTo(100);
        assertThat(r.recovered()).isTrue();
        assertThat(r.recoverySeconds().value()).isLessThanOrEqualTo(2 * r.bucketSeconds());
        double excess = (3 * LAMBDA0 - MU) * 30 - 400;
        assertThat(r.failed().value()).isCloseTo(excess, within(0.05 * excess));
    }

    // ---- the slow payment API: 400 threads, pages 85%, checkouts 15% at 1,000/s -------------

    static final double RATE = 1000;
    static final double THREADS = 400;
    /** The event runs 60 s to 360 s; measure well inside it, after the pools have filled. */
    static final double FROM = 120;
    static final double TO = 355;

    /** Mean holding times at 1x from the steady-state engine (Little: threads held / rate). */
    static double[] holding(Model m) {
        Analysis a = Fixtures.analysis(m);
        int k = a.network().indexOf("app");
        double[] held = ThreadDemand.byClass(a.network(), 1, k);
        return new double[] {held[0] / (0.85 * RATE), held[1] / (0.15 * RATE)};
    }

    /** The payment call is 10× slower: a checkout holds its thread 9 × 300 ms longer. */
    static final double SLOWER = 9 * 0.300;

    /**
     * The shared pool is exhausted: checkouts alone would hold 150 × 3 s of threads. Taken
     * first come, first served, the pools pass λ' requests a second with
     * λ'·(0.85·H_page + 0.15·H_checkout) = 400 threads, and the rest are refused: pages too,
     * in the same share, though they never call the payment API.
     */
    @Test
    void aSlowDependencyExhaustsTheSharedPoolAndFailsPagesThatNeverCallIt() {
        Model m = Fixtures.example("slow-dependency.json");
        double[] h = holding(m);
        DrillResult r = run(m, DrillPolicy.AS_MODELLED, 400).result();
        double base = mean(r, 0, 60, b -> at(b, "app").threadsInUse());
        assertThat(base).isCloseTo(RATE * (0.85 * h[0] + 0.15 * h[1]),
                within(0.05 * base));
        assertThat(mean(r, FROM, TO, b -> at(b, "app").threadsInUse()))
                .isCloseTo(THREADS, within(0.01 * THREADS));
        double passed = THREADS / (0.85 * h[0] + 0.15 * (h[1] + SLOWER));
        double refused = 1 - passed / RATE;
        double pagesFailing = mean(r, FROM, TO, b -> cls(b, "browse").failedPerSecond())
                / (0.85 * RATE);
        assertThat(pagesFailing).isCloseTo(refused, within(0.1 * refused));
        assertThat(pagesFailing).isGreaterThan(0.1);
    }

    /**
     * Bulkheads: pages keep a pool of their own, so they neither fail nor slow down; checkouts
     * are refused in the share their own pool cannot carry, 1 − T_checkout/(λ·H).
     */
    @Test
    void aBulkheadConfinesIt() {
        Model m = Fixtures.example("slow-dependency.json");
        double[] h = holding(m);
        DrillOutcome o = run(m, DrillPolicy.BULKHEADS, 400);
        DrillResult r = o.result();
        double checkoutThreads = 2 * o.model().component("app").orElseThrow().threads()
                .get("checkout");
        assertThat(mean(r, FROM, TO, b -> cls(b, "browse").failedPerSecond())).isZero();
        double before = mean(r, 0, 60, b -> cls(b, "browse").p95Ms());
        double during = mean(r, FROM, TO, b -> cls(b, "browse").p95Ms());
        assertThat(during).isCloseTo(before, within(0.1 * before));
        double refused = 1 - checkoutThreads / (0.15 * RATE * (h[1] + SLOWER));
        double checkoutsFailing = mean(r, FROM, TO, b -> cls(b, "checkout").failedPerSecond())
                / (0.15 * RATE);
        assertThat(checkoutsFailing).isCloseTo(refused, within(0.1 * refused));
    }

    /**
     * A 1 s timeout on the payment call: a checkout holds its thread for its own work plus
     * E[min(X, 1 s)] of the call, X = 20 ms + Gamma(mean 3 s, cv 0.5); far below 400 threads,
     * so pages do not notice.
     */
    @Test
    void aTimeoutConfinesIt() {
        Model m = Fixtures.example("slow-dependency.json");
        double[] h = holding(m);
        List<Connection> es = new ArrayList<>();
        for (Connection e : m.connections()) {
            es.add(e.to().equals("payments") ? e.withPolicy(e.policy().withTimeoutMs(1000.0)) : e);
        }
        Model fixed = m.withConnections(es);
        DrillResult r = run(fixed, DrillPolicy.AS_MODELLED, 400).result();
        assertThat(mean(r, FROM, TO, b -> cls(b, "browse").failedPerSecond())).isZero();
        double before = mean(r, 0, 60, b -> cls(b, "browse").p95Ms());
        double during = mean(r, FROM, TO, b -> cls(b, "browse").p95Ms());
        assertThat(during).isCloseTo(before, within(0.1 * before));
        // E[min(X, τ)] = ∫_0^τ P(X > x) dx with X = 0.02 + Gamma(shape 4, scale 0.75)
        GammaDistribution g = new GammaDistribution(4, 0.75);
        double call = new SimpsonIntegrator().integrate(100_000,
                x -> x < 0.02 ? 1 : 1 - g.cumulativeProbability(x - 0.02), 0, 1.0);
        double ownWork = h[1] - 0.020 - 0.300;
        double held = 0.85 * RATE * h[0] + 0.15 * RATE * (ownWork + call);
        assertThat(mean(r, FROM, TO, b -> at(b, "app").threadsInUse()))
                .isCloseTo(held, within(0.05 * held));
    }
}
