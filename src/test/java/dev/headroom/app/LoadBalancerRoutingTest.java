package dev.headroom.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.headroom.Fixtures;
import dev.headroom.analysis.Solution;
import dev.headroom.model.Model;
import dev.headroom.sim.SimOptions;
import dev.headroom.sim.SimResult;
import dev.headroom.sim.Simulator;
import org.junit.jupiter.api.Test;

/**
 * A load balancer splits its traffic: each visit goes to one target, by weight. Checked against
 * the closed form of the split (rates λ·w_i/Σw) and, for latency, against the simulator.
 */
class LoadBalancerRoutingTest {
    static Model split(String w1, String w2) {
        return Fixtures.parse("""
                {"format": 2, "name": "split", "workload": {"arrivalRatePerSecond": 40},
                 "components": [
                   {"id": "lb", "kind": "load-balancer", "serviceTimeMs": 0.5, "queueing": false},
                   {"id": "app1", "kind": "service", "serviceTimeMs": 20, "concurrency": 1},
                   {"id": "app2", "kind": "service", "serviceTimeMs": 20, "concurrency": 1}],
                 "connections": [{"from": "lb", "to": "app1"%s}, {"from": "lb", "to": "app2"%s}]}
                """.formatted(w1, w2));
    }

    @Test
    void twoTargetsShareTheTrafficInsteadOfEachGettingAllOfIt() {
        Solution s = Fixtures.analysis(split("", "")).at(1).solution();
        assertThat(s.component("app1").orElseThrow().arrivalRatePerSecond())
                .isCloseTo(20, within(1e-12));
        assertThat(s.component("app2").orElseThrow().arrivalRatePerSecond())
                .isCloseTo(20, within(1e-12));
        // each M/M/1 at ρ = 20 × 0.02 = 0.4: response 20 / 0.6 = 33.33 ms, plus 0.5 ms at the LB
        assertThat(s.classes().get(0).latencyMeanMs()).isCloseTo(0.5 + 20 / 0.6,
                within(1e-9));
    }

    @Test
    void weightsSetTheShares() {
        Analysis a = Fixtures.analysis(split(", \"weight\": 3", ", \"weight\": 1"));
        Solution s = a.at(1).solution();
        assertThat(s.component("app1").orElseThrow().arrivalRatePerSecond())
                .isCloseTo(30, within(1e-12));
        assertThat(s.component("app2").orElseThrow().arrivalRatePerSecond())
                .isCloseTo(10, within(1e-12));
        var c = a.model().connections().get(0);
        assertThat(Analysis.routeShare(a.model(), c)).isEqualTo(0.75);
        // app1 saturates at λ1 = 50/s: 40 × 0.75 × m = 50 → m = 5/3
        assertThat(a.breaks().of("app1").orElseThrow().saturatesAt())
                .isCloseTo(5.0 / 3, within(1e-9));
    }

    @Test
    void callsOnALoadBalancersConnectionAreRefusedWithItsPath() {
        var r = dev.headroom.io.ModelReader.parse("""
                {"format": 2, "name": "x", "workload": {"arrivalRatePerSecond": 1},
                 "components": [{"id": "lb", "kind": "load-balancer", "serviceTimeMs": 1},
                                {"id": "a", "serviceTimeMs": 1}],
                 "connections": [{"from": "lb", "to": "a", "calls": 2}]}""");
        assertThat(r.problems()).singleElement().asString().startsWith("connections[0].calls: "
                + "a load balancer sends each request to one of its targets");
    }

    @Test
    void theSimulatorRoutesEachVisitToOneTarget() throws Exception {
        Model m = split(", \"weight\": 3", ", \"weight\": 1");
        Analysis a = Fixtures.analysis(m);
        SimResult r = new Simulator(a.network(), 1, SimOptions.defaults().withRequests(60_000)
                .withReplications(6).withSeed(11)).runOnCallingThread();
        Solution s = a.at(1).solution();
        for (String id : new String[] {"app1", "app2"}) {
            var sim = r.component(id).orElseThrow();
            double exact = s.component(id).orElseThrow().arrivalRatePerSecond();
            assertThat(Math.abs(sim.arrivalRatePerSecond().value() - exact))
                    .as(id + " visits per second").isLessThanOrEqualTo(
                            3 * sim.arrivalRatePerSecond().ci95() + 1e-9);
        }
        double exactMean = s.classes().get(0).latencyMeanMs();
        var cls = r.classes().get(0).latencyMeanMs();
        assertThat(Math.abs(cls.value() - exactMean)).isLessThanOrEqualTo(3 * cls.ci95());
    }
}
