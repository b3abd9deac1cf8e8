package dev.headroom.sim;

import static dev.headroom.sim.SimulatorClosedFormTest.assertWithin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import dev.headroom.network.Network;
import org.junit.jupiter.api.Test;

/** Calls, onMiss, async and network latency behave as docs/simulator.md says. */
class SimulatorSemanticsTest {

    @Test
    void synchronousCallsAddTheirTimeAndNetworkLatencyToTheRequest() {
        // constant delays: 10 + 2 × (5 + 20) + 1 × (2 + 7) = 69 ms, every time
        Network net = SimModels.parse("""
            {"format":1,"name":"calls","workload":{"arrivalRatePerSecond":50},
             "components":[{"id":"a","kind":"external","serviceTimeMs":10,"serviceTimeCv":0},
              {"id":"b","kind":"external","serviceTimeMs":20,"serviceTimeCv":0},
              {"id":"c","kind":"external","serviceTimeMs":7,"serviceTimeCv":0}],
             "connections":[{"from":"a","to":"b","calls":2,"latencyMs":5},
                            {"from":"a","to":"c","latencyMs":2}]}""");
        SimResult r = new Simulator(net, 1, SimModels.options(2_000, 4)).run();
        SimResult.ClassStats c = r.classes().get(0);
        assertThat(c.latencyMeanMs().value()).isCloseTo(69, offset(1e-6));
        assertThat(c.latencyP99Ms().value()).isCloseTo(69, offset(69 * 1e-3));
        assertThat(r.component("b").orElseThrow().arrivalRatePerSecond().value() / 50)
                .isCloseTo(2, offset(0.05));
    }

    @Test
    void asyncCallsAddLoadButNoLatency() {
        Network net = SimModels.parse("""
            {"format":1,"name":"async","workload":{"arrivalRatePerSecond":5},
             "components":[{"id":"web","kind":"service","concurrency":4,"serviceTimeMs":100},
              {"id":"worker","kind":"worker","serviceTimeMs":150},
              {"id":"slow","kind":"external","serviceTimeMs":2000}],
             "connections":[{"from":"web","to":"worker","async":true},
                            {"from":"worker","to":"slow"}]}""");
        SimResult r = new Simulator(net, 1, SimModels.options(50_000, 10)).run();
        double wq = dev.headroom.queueing.ErlangC.erlangC(4, 0.5) / (40 - 5);
        assertWithin(r.classes().get(0).latencyMeanMs(), 1000 * (wq + 0.1), "web only");
        SimResult.StationStats worker = r.component("worker").orElseThrow();
        assertWithin(worker.utilization(), 0.75, "worker utilization");
        assertWithin(worker.arrivalRatePerSecond(), 5, "worker throughput");
        assertWithin(r.component("slow").orElseThrow().queueLength(), 10, "slow in service");
    }

    @Test
    void onMissCallsFollowTheMissRatioAndFractionalCallsTheirMean() {
        Network net = SimModels.parse("""
            {"format":1,"name":"cache","workload":{"arrivalRatePerSecond":100},
             "components":[{"id":"app","kind":"external","serviceTimeMs":1},
              {"id":"cache","kind":"external","serviceTimeMs":1,"hitRatio":0.8},
              {"id":"db","kind":"external","serviceTimeMs":1}],
             "connections":[{"from":"app","to":"cache","calls":2.5},
                            {"from":"cache","to":"db","onMiss":true}]}""");
        SimResult r = new Simulator(net, 1, SimModels.options(50_000, 10)).run();
        assertWithin(r.component("cache").orElseThrow().arrivalRatePerSecond(), 250, "cache");
        assertWithin(r.component("db").orElseThrow().arrivalRatePerSecond(), 50, "db");
        // latency visits: 1 + 2.5 + 0.5 of 1 ms each
        assertWithin(r.classes().get(0).latencyMeanMs(), 4, "latency");
    }

    @Test
    void classesFollowOnlyTheirOwnConnections() {
        Network net = SimModels.parse("""
            {"format":1,"name":"two classes","workload":{"arrivalRatePerSecond":10,
              "classes":[{"name":"read","share":0.75,"entry":"app"},
                         {"name":"write","share":0.25,"entry":"app"}]},
             "components":[{"id":"app","kind":"external",
                            "serviceTimeMs":{"read":10,"write":30}},
              {"id":"db","kind":"external","serviceTimeMs":50}],
             "connections":[{"from":"app","to":"db","classes":["write"]}]}""");
        SimResult r = new Simulator(net, 1, SimModels.options(20_000, 10)).run();
        assertWithin(r.cls("read").orElseThrow().latencyMeanMs(), 10, "read");
        assertWithin(r.cls("write").orElseThrow().latencyMeanMs(), 80, "write");
        assertWithin(r.cls("write").orElseThrow().throughputPerSecond(), 2.5, "write rate");
    }

    @Test
    void unstableModelIsRefusedNamingTheStation() {
        Network net = SimModels.station(0.9, 1000, 1, 1);
        assertThatThrownBy(() -> new Simulator(net, 2, SimOptions.defaults()))
                .isInstanceOf(UnstableModelException.class)
                .hasMessage("s would be 180% busy at 2x: the simulation would never reach a "
                        + "steady state")
                .satisfies(e -> assertThat(((UnstableModelException) e).station())
                        .isEqualTo("s"));
        assertThatThrownBy(() -> new Simulator(SimModels.station(1, 1000, 1, 1), 1,
                SimOptions.defaults())).isInstanceOf(UnstableModelException.class);
    }
}
