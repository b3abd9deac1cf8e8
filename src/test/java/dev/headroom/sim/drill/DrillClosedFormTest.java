package dev.headroom.sim.drill;

import static dev.headroom.sim.drill.DrillModels.drill;
import static dev.headroom.sim.drill.DrillModels.single;
import static dev.headroom.sim.drill.DrillModels.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.headroom.model.CallPolicy;
import dev.headroom.model.DrillEvent;
import dev.headroom.model.Model;
import dev.headroom.model.Retries;
import dev.headroom.model.Slo;
import dev.headroom.queueing.BoundedQueue;
import dev.headroom.queueing.ErlangC;
import dev.headroom.sim.Estimate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The drill engine against closed forms: queues in steady state, losses of bounded queues,
 * timeouts whose abandoned work still runs, retries of failing calls. Every expected figure is
 * computed in the test from its formula; each simulated figure must lie within its 95%
 * confidence interval of it (a few figures with a second, wider bound where the interval of a
 * ratio is not the whole story).
 */
class DrillClosedFormTest {

    static void covers(Estimate e, double exact) {
        assertThat(e.value()).as("estimate").isNotNull();
        assertThat(Math.abs(e.value() - exact))
                .as("|%s − %s| within the 95%% half-width %s", e.value(), exact, e.ci95())
                .isLessThanOrEqualTo(e.ci95());
    }

    /** M/M/1 at ρ = 0.7 with no events: latency exponential with rate μ − λ (Kleinrock §3.2). */
    @Test
    void aDrillWithoutEventsIsTheMm1Queue() {
        double lambda = 700;
        double mu = 1000;
        Model m = single(lambda, 1, 1, 1, null);
        DrillResult r = DrillModels.run(m, drill(300, 5, List.of(), List.of()), 8, 11);
        covers(r.latencyMeanMs(), 1000 / (mu - lambda));
        covers(r.latencyP95Ms(), 1000 * Math.log(20) / (mu - lambda));
        covers(r.failedFraction(), 0);
        assertThat(r.failed().value()).isZero();
        double util = r.timeline().stream().mapToDouble(b -> b.components().get(0).utilization())
                .average().orElseThrow();
        assertThat(util).isCloseTo(0.7, within(0.01));
        assertThat(r.retryAmplification().value()).isEqualTo(1.0);
        assertThat(r.recoveredReplications()).isEqualTo(8);
    }

    /**
     * A bounded queue sheds what does not fit: M/M/1/K loses (1−ρ)ρ^K/(1−ρ^(K+1)) of arrivals,
     * below and above ρ = 1 (Gross &amp; Harris §2.5).
     */
    @ParameterizedTest(name = "rho={0}, K={1}")
    @CsvSource({"0.9, 5", "1.5, 5", "0.6, 2"})
    void mm1kLosesTheClosedFormShare(double rho, int k) {
        Model m = single(rho * 1000, 1, 1, 1, k - 1);
        DrillResult r = DrillModels.run(m, drill(120, 5, List.of(), List.of()), 8, 3);
        double loss = (1 - rho) * Math.pow(rho, k) / (1 - Math.pow(rho, k + 1));
        covers(r.failedFraction(), loss);
        // the admitted requests' mean latency is L/(λ(1 − p_K)), Little on the admitted stream
        BoundedQueue.Result q = BoundedQueue.of(1, rho * 1000, 0.001, k - 1);
        covers(r.latencyMeanMs(), 1000 * q.meanPresent() / (rho * 1000 * (1 - loss)));
    }

    /** No waiting room on eight servers is Erlang's loss system: B(8, 6) of arrivals lost. */
    @Test
    void noWaitingRoomLosesErlangB() {
        Model m = single(600, 1, 8, 10, 0);
        DrillResult r = DrillModels.run(m, drill(120, 5, List.of(), List.of()), 8, 5);
        covers(r.failedFraction(), ErlangC.erlangB(8, 6));
    }

    /**
     * A timed-out attempt's work still runs, so the queue is the M/M/1 queue whatever the
     * timeout: a request fails exactly when its sojourn passes the timeout,
     * P = e^(−(μ−λ)τ), and the server stays ρ busy.
     */
    @Test
    void timeoutsAbandonTheWaitNotTheWork() {
        double lambda = 800;
        double mu = 1000;
        double tau = 0.008;
        Model m = single(lambda, 1, 1, 1, null);
        m = m.withWorkload(m.workload().withPolicy(new CallPolicy(tau * 1000, null)));
        DrillResult r = DrillModels.run(m, drill(120, 5, List.of(), List.of()), 8, 7);
        covers(r.failedFraction(), Math.exp(-(mu - lambda) * tau));
        double util = r.timeline().stream().mapToDouble(b -> b.components().get(0).utilization())
                .average().orElseThrow();
        assertThat(util).isCloseTo(0.8, within(0.01));
        // the answered ones are those quicker than τ: the exponential's mean below τ
        double rate = mu - lambda;
        double p = 1 - Math.exp(-rate * tau);
        double meanBelow = (1 / rate - Math.exp(-rate * tau) * (tau + 1 / rate)) / p;
        covers(r.latencyMeanMs(), meanBelow * 1000);
    }

    /**
     * A dependency failing a share e of visits, retried up to m times at once: a request fails
     * with probability e^(m+1) and makes (1 − e^(m+1))/(1 − e) attempts on average.
     */
    @Test
    void retriesOfFailingCallsFollowTheGeometricLaw() {
        double e = 0.4;
        int max = 2;
        Model m = single(200, 1, 4, 1, null);
        m = m.withWorkload(m.workload().withPolicy(new CallPolicy(null, Retries.of(max))));
        DrillResult r = DrillModels.run(m, drill(300, 5, List.of(),
                List.of(DrillEvent.errors(0, 300, "s", e))), 8, 9);
        covers(r.failedFraction(), Math.pow(e, max + 1));
        covers(r.retryAmplification(), (1 - Math.pow(e, max + 1)) / (1 - e));
    }

    /**
     * A retry budget caps retries at budgetRatio × first attempts over the trailing 10 s: with
     * every attempt failing, attempts per request fall from 1 + max to 1 + ratio.
     */
    @Test
    void aRetryBudgetCapsTheAmplification() {
        Model m = single(500, 1, 4, 1, null);
        Retries unlimited = Retries.of(3);
        var drill = drill(200, 5, List.of(), List.of(DrillEvent.errors(0, 200, "s", 1.0)));
        DrillResult free = DrillModels.run(m.withWorkload(m.workload().withPolicy(
                new CallPolicy(null, unlimited))), drill, 4, 1);
        DrillResult budget = DrillModels.run(m.withWorkload(m.workload().withPolicy(
                new CallPolicy(null, unlimited.withBudgetRatio(0.1)))), drill, 4, 1);
        assertThat(free.retryAmplification().value()).isEqualTo(4.0);
        // the cap holds in every window; over the drill the ratio of retries to first attempts
        // follows it within the arrivals' noise from one window to the next
        assertThat(budget.retryAmplification().value()).isCloseTo(1.1, within(0.005));
        assertThat(budget.failedFraction().value()).isEqualTo(1.0);
    }

    /** Same seed, same numbers, on one thread or on several. */
    @Test
    void theSameSeedGivesTheSameDrillOnAnyNumberOfThreads() {
        Model m = single(900, 2, 1, 2, 20);
        m = m.withWorkload(m.workload().withPolicy(new CallPolicy(30.0,
                Retries.of(2).withBackoff(5, true))));
        var d = drill(60, 5, List.of(step(20, 1.5), step(30, 1)),
                List.of(DrillEvent.loseInstances(40, 5, "s", 1)));
        var net = DrillModels.net(m);
        DrillResult one = new DrillEngine(net, d, 1, null, DrillOptions.defaults()
                .withReplications(3).withThreads(1)).runOnCallingThread();
        DrillResult many = new DrillEngine(net, d, 1, null, DrillOptions.defaults()
                .withReplications(3).withThreads(3)).run();
        assertThat(many.failed()).isEqualTo(one.failed());
        assertThat(many.latencyP99Ms()).isEqualTo(one.latencyP99Ms());
        assertThat(many.timeline()).isEqualTo(one.timeline());
    }

    static Model withSlo(Model m, double p95) {
        return m.withSlo(new Slo(p95, 0.8));
    }
}
