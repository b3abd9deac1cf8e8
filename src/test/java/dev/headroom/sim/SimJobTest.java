package dev.headroom.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.headroom.io.ModelReader;
import dev.headroom.network.Network;
import dev.headroom.network.NetworkCompiler;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The simulation as a job: deterministic whatever the threads, progress, cancel. */
@org.junit.jupiter.api.parallel.Isolated // it counts the simulator's threads
class SimJobTest {

    static Network shop() {
        return NetworkCompiler.compile(
                ModelReader.read(Path.of("src/test/resources/models/shop.json")).model());
    }

    static SimResult withoutTiming(SimResult r) {
        return new SimResult(r.model(), r.multiplier(), r.closed(), r.users(),
                r.arrivalRatePerSecond(), r.throughputPerSecond(), r.latencyMeanMs(),
                r.classes(), r.components(), r.replications(), r.requestsPerReplication(),
                r.warmupFraction(), r.seed(), r.completedRequests(), 0);
    }

    @Test
    void sameSeedGivesTheSameNumbersOnOneThreadOrFour() {
        SimOptions o = SimModels.options(20_000, 6).withSeed(42);
        SimResult one = new Simulator(shop(), 1, o.withThreads(1)).run();
        SimResult four = new Simulator(shop(), 1, o.withThreads(4)).run();
        SimResult caller = new Simulator(shop(), 1, o).runOnCallingThread();
        SimJob inline = new Simulator(shop(), 1, o).start(Runnable::run);
        assertThat(inline.result()).isDone();
        assertThat(withoutTiming(four)).isEqualTo(withoutTiming(one));
        assertThat(withoutTiming(caller)).isEqualTo(withoutTiming(one));
        assertThat(withoutTiming(inline.join())).isEqualTo(withoutTiming(one));
        SimResult other = new Simulator(shop(), 1, o.withSeed(43)).run();
        assertThat(other.latencyMeanMs()).isNotEqualTo(one.latencyMeanMs());
    }

    @Test
    void progressReachesOneWhenDone() {
        SimJob job = new Simulator(SimModels.station(0.5, 1, 1, 1), 1,
                SimModels.options(10_000, 4)).start();
        SimResult r = job.join();
        assertThat(job.progress()).isEqualTo(1.0);
        assertThat(r.completedRequests()).isEqualTo(40_000);
    }

    @Test
    void cancelStopsTheRun() throws Exception {
        SimJob job = new Simulator(SimModels.station(0.5, 1, 1, 1), 1,
                SimModels.options(2_000_000_000L, 4).withThreads(2)).start();
        while (job.progress() == 0) {
            Thread.sleep(5);
        }
        job.cancel();
        assertThat(job.isCancelled()).isTrue();
        assertThatThrownBy(job::join).isInstanceOf(CancellationException.class);
        double stopped = job.progress();
        assertThat(stopped).isLessThan(0.01);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (simThreadsAlive() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(simThreadsAlive()).as("simulation threads still running").isFalse();
    }

    private static boolean simThreadsAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().startsWith("headroom-sim-") && t.isAlive());
    }
}
