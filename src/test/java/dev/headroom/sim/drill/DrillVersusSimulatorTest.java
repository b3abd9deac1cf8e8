package dev.headroom.sim.drill;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.io.ModelReader;
import dev.headroom.model.Drill;
import dev.headroom.model.Model;
import dev.headroom.network.Network;
import dev.headroom.network.NetworkCompiler;
import dev.headroom.sim.Estimate;
import dev.headroom.sim.SimOptions;
import dev.headroom.sim.SimResult;
import dev.headroom.sim.Simulator;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A drill with no event and steady traffic is the steady state the simulator measures: the
 * same latency and the same utilization of every component, within the confidence interval of
 * the difference of the two independent estimates, {@code √(h₁² + h₂²)}.
 */
class DrillVersusSimulatorTest {

    static void agree(String what, Estimate drill, Estimate sim) {
        double h = Math.hypot(drill.ci95(), sim.ci95());
        assertThat(Math.abs(drill.value() - sim.value()))
                .as("%s: drill %s vs simulator %s (±%s)", what, drill.value(), sim.value(), h)
                .isLessThanOrEqualTo(h);
    }

    static Model read(String path) {
        ModelReader.Result r = ModelReader.read(Path.of(path));
        assertThat(r.problems()).isEmpty();
        return r.model();
    }

    static DrillResult steady(Network net, double seconds, int reps, long seed) {
        Drill d = new Drill("steady", seconds, 10, List.of(), List.of());
        return new DrillEngine(net, d, 1, null, DrillOptions.defaults().withReplications(reps)
                .withSeed(seed)).run();
    }

    /** Three stations in line, M/M/4 → M/M/1 → M/M/2 at 75%: the whole distribution. */
    @Test
    void aSteadyDrillOfTheLineIsTheSimulatedLine() {
        Network net = NetworkCompiler.compile(read("src/test/resources/models/tandem.json"));
        DrillResult d = steady(net, 4000, 8, 31);
        SimResult s = new Simulator(net, 1, SimOptions.defaults().withRequests(100_000)
                .withReplications(10).withSeed(31)).run();
        agree("mean", d.latencyMeanMs(), s.latencyMeanMs());
        agree("p95", d.latencyP95Ms(), s.classes().get(0).latencyP95Ms());
        agree("p99", d.latencyP99Ms(), s.classes().get(0).latencyP99Ms());
        for (int k = 0; k < net.stationCount(); k++) {
            agree("utilization of " + net.id(k), d.components().get(k).meanUtilization(),
                    s.components().get(k).utilization());
        }
    }

    /**
     * The shop: a load balancer, an autoscaled app tier, a cache whose misses go to the database,
     * an external API and an async worker, two classes.
     */
    @Test
    void aSteadyDrillOfTheShopIsTheSimulatedShop() {
        Network net = NetworkCompiler.compile(read("src/test/resources/models/shop.json"));
        DrillResult d = steady(net, 3000, 8, 32);
        SimResult s = new Simulator(net, 1, SimOptions.defaults().withRequests(100_000)
                .withReplications(10).withSeed(32)).run();
        agree("mean", d.latencyMeanMs(), s.latencyMeanMs());
        agree("throughput", new Estimate(d.succeeded().value() / 3000,
                d.succeeded().ci95() / 3000), s.throughputPerSecond());
        for (int k = 0; k < net.stationCount(); k++) {
            if (!net.isDelay(k)) {
                agree("utilization of " + net.id(k), d.components().get(k).meanUtilization(),
                        s.components().get(k).utilization());
            }
        }
    }
}
