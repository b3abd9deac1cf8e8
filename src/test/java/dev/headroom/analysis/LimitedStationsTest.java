package dev.headroom.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.headroom.io.ModelReader;
import dev.headroom.network.Network;
import dev.headroom.network.NetworkCompiler;
import dev.headroom.queueing.BoundedQueue;
import dev.headroom.queueing.ErlangC;
import org.junit.jupiter.api.Test;

/**
 * Bounded queues and thread pools in the steady-state engine, against the closed forms they are
 * made of (docs/engine.md "Bounded queues and thread pools").
 */
class LimitedStationsTest {
    static Network parse(String json) {
        ModelReader.Result r = ModelReader.parse(json);
        assertThat(r.problems()).isEmpty();
        return NetworkCompiler.compile(r.model());
    }

    static Network single(double rate, int servers, double serviceMs, String extra) {
        return parse("""
            {"format": 2, "name": "s", "workload": {"arrivalRatePerSecond": %s},
             "components": [{"id": "s", "kind": "service", "concurrency": %d,
                             "serviceTimeMs": %s %s}]}""".formatted(rate, servers, serviceMs,
                extra));
    }

    /** M/M/1/K, K = 5: loss (1−ρ)ρ^K/(1−ρ^(K+1)), throughput λ(1 − p_K), Little's latency. */
    @Test
    void aBoundedSingleServerIsTheMm1kQueue() {
        for (double rho : new double[] {0.5, 0.9, 1.5, 3}) {
            Solution s = AnalyticSolver.solve(single(rho * 100, 1, 10, ", \"maxQueue\": 4"), 1);
            double loss = (1 - rho) * Math.pow(rho, 5) / (1 - Math.pow(rho, 6));
            StationResult st = s.components().get(0);
            assertThat(st.lossProbability()).isCloseTo(loss, within(1e-12));
            assertThat(st.saturated()).isFalse();
            assertThat(st.utilization()).isCloseTo(rho * (1 - loss), within(1e-12));
            assertThat(s.stable()).isTrue();
            ClassResult c = s.classes().get(0);
            assertThat(c.throughputPerSecond()).isCloseTo(rho * 100 * (1 - loss), within(1e-9));
            double l = rho / (1 - rho) - 6 * Math.pow(rho, 6) / (1 - Math.pow(rho, 6));
            assertThat(c.latencyMeanMs()).isCloseTo(1000 * l / (rho * 100 * (1 - loss)),
                    within(1e-6));
            assertThat(st.queueLength()).isCloseTo(l, within(1e-9));
        }
    }

    /** A loss upstream thins the traffic downstream: B sees A's admitted visits only. */
    @Test
    void aBoundedStationThinsTheTrafficItPassesOn() {
        Network net = parse("""
            {"format": 2, "name": "ab", "workload": {"arrivalRatePerSecond": 150},
             "components": [{"id": "a", "kind": "service", "concurrency": 1, "serviceTimeMs": 10,
                             "maxQueue": 3},
                            {"id": "b", "kind": "service", "concurrency": 4, "serviceTimeMs": 5}],
             "connections": [{"from": "a", "to": "b", "calls": 2}]}""");
        Solution s = AnalyticSolver.solve(net, 1);
        double loss = BoundedQueue.of(1, 150, 0.010, 3).lossProbability();
        assertThat(s.components().get(0).lossProbability()).isCloseTo(loss, within(1e-12));
        assertThat(s.components().get(1).arrivalRatePerSecond())
                .isCloseTo(2 * 150 * (1 - loss), within(1e-9));
        assertThat(s.classes().get(0).throughputPerSecond())
                .isCloseTo(150 * (1 - loss), within(1e-9));
    }

    /**
     * A pool held across a call: holding time = the local response + the call's latency + the
     * callee's time; the pool is Erlang C on it: P(wait) = C(T, λH), wait = C/(T/H − λ).
     */
    @Test
    void aThreadPoolWaitsByErlangCOnTheHoldingTime() {
        // a: 8 servers of 10 ms, 20 threads; b: an external API of 200 ms, 5 ms away
        Network net = parse("""
            {"format": 2, "name": "pool", "workload": {"arrivalRatePerSecond": 80},
             "components": [{"id": "a", "kind": "service", "concurrency": 8,
                             "serviceTimeMs": 10, "threads": 20},
                            {"id": "b", "kind": "external", "serviceTimeMs": 200}],
             "connections": [{"from": "a", "to": "b", "latencyMs": 5}]}""");
        Solution s = AnalyticSolver.solve(net, 1);
        double lambda = 80;
        double cpuWait = ErlangC.erlangC(8, lambda * 0.010) / (8 / 0.010 - lambda);
        double hold = cpuWait + 0.010 + 0.005 + 0.200;
        double c = ErlangC.erlangC(20, lambda * hold);
        double poolWait = c / (20 / hold - lambda);
        ClassResult r = s.classes().get(0);
        assertThat(r.latencyMeanMs()).isCloseTo(1000 * (poolWait + hold), within(1e-9));
        assertThat(s.components().get(0).threadsInUse()).isCloseTo(lambda * hold, within(1e-9));
        // 80/s × 0.215 s = 17.2 threads of 20: busy, not saturated; 100/s would be
        assertThat(s.stable()).isTrue();
        Solution over = AnalyticSolver.solve(net, 1.25);
        assertThat(over.components().get(0).saturated()).isTrue();
        assertThat(over.classes().get(0).latencyMeanMs()).isNull();
    }

    /**
     * A bulkhead: the class that never calls the slow dependency has a pool of its own, so its
     * latency does not see the other pool's wait.
     */
    @Test
    void aBulkheadKeepsTheOtherClassOutOfTheWait() {
        String json = """
            {"format": 2, "name": "bulkhead", "workload": {"arrivalRatePerSecond": 100,
               "classes": [{"name": "browse", "share": 0.8, "entry": "a"},
                           {"name": "pay", "share": 0.2, "entry": "a"}]},
             "components": [{"id": "a", "kind": "service", "concurrency": 8,
                             "serviceTimeMs": 10, "threads": THREADS},
                            {"id": "b", "kind": "external", "serviceTimeMs": 800}],
             "connections": [{"from": "a", "to": "b", "classes": ["pay"]}]}""";
        Solution shared = AnalyticSolver.solve(parse(json.replace("THREADS", "22")), 1);
        Solution split = AnalyticSolver.solve(parse(json.replace("THREADS",
                "{\"pay\": 18, \"browse\": 4}")), 1);
        double browseShared = shared.requestClass("browse").orElseThrow().latencyMeanMs();
        double browseSplit = split.requestClass("browse").orElseThrow().latencyMeanMs();
        // pay holds 20/s × 0.81 s = 16.2 threads: the shared pool of 22 is 80% busy and
        // browse waits for it; browse's own 4 threads hold 80/s × 0.0102 s = 0.8
        assertThat(browseShared).isGreaterThan(browseSplit * 1.2);
        double cpuWait = ErlangC.erlangC(8, 1.0) / (8 / 0.010 - 100);
        double browseHold = cpuWait + 0.010;
        double c = ErlangC.erlangC(4, 80 * browseHold);
        assertThat(browseSplit).isCloseTo(1000 * (browseHold + c / (4 / browseHold - 80)),
                within(1e-9));
    }

    /** Neither a bound nor a pool: the figures are exactly what they were. */
    @Test
    void ordinaryModelsAreUnchanged() {
        Network net = single(70, 1, 10, "");
        Solution s = AnalyticSolver.solve(net, 1);
        assertThat(s.components().get(0).lossProbability()).isZero();
        assertThat(s.components().get(0).threadsInUse()).isNull();
        assertThat(s.classes().get(0).latencyMeanMs()).isCloseTo(10 / 0.3, within(1e-9));
    }
}
