package dev.headroom.cli;

import dev.headroom.io.ModelReader;
import dev.headroom.model.Drill;
import dev.headroom.model.Model;
import dev.headroom.network.Network;
import dev.headroom.network.NetworkCompiler;
import dev.headroom.sim.drill.DrillEngine;
import dev.headroom.sim.drill.DrillOptions;
import dev.headroom.sim.drill.DrillResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * The drill engine's speed (docs/drills.md "Speed"): the hour-long drill of the ten-component
 * benchmark model (1,000 requests/s, a spike, a lost instance, a slow dependency, client
 * timeouts and retries, a thread pool, network latency), one replication on one thread, after
 * two untimed runs that let the JIT compile the loop. Each timed run reports its wall-clock time
 * and the CPU time of its thread; the CPU time is the figure to read on a shared machine.
 */
final class DrillBench {
    static final String MODEL = "/dev/headroom/sim/bench/drill10.json";
    static final int WARMUP_RUNS = 2;
    static final int TIMED_RUNS = 5;

    private DrillBench() {}

    static void run(PrintWriter out, boolean quick, long seed) {
        Model m = load();
        Network net = NetworkCompiler.compile(m);
        Drill d = m.drills().get(0);
        int warmups = WARMUP_RUNS;
        int timed = TIMED_RUNS;
        if (quick) {
            // a smoke test, like the rest of bench --quick: not warmed up, not a measurement
            d = d.withDurationSeconds(120);
            warmups = 0;
            timed = 3;
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        out.printf(Locale.ROOT, "Drill engine: \"%s\" of %s (%d components, %,.0f requests/s), "
                + "%s simulated, one replication on one thread; %d warm-up runs, then %d "
                + "timed.%n", d.name(), m.name(), m.components().size(),
                net.arrivalRate(1), dev.headroom.app.Format.duration(d.durationSeconds()),
                warmups, timed);
        if (quick) {
            out.println("--quick: a two-minute drill, not warmed up, not a measurement.");
        }
        for (int i = 0; i < warmups; i++) {
            once(net, d, seed + 100 + i);
        }
        double[] wall = new double[timed];
        double[] cpu = new double[timed];
        long requests = 0;
        Table t = new Table("run", "requests", "wall s", "cpu s", "requests/s (cpu)");
        for (int i = 0; i < timed; i++) {
            long c0 = mx.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            DrillResult r = once(net, d, seed + i);
            wall[i] = (System.nanoTime() - t0) / 1e9;
            cpu[i] = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
            requests = r.simulatedRequests();
            t.row(Integer.toString(i + 1), String.format(Locale.ROOT, "%,d", requests),
                    String.format(Locale.ROOT, "%.2f", wall[i]),
                    String.format(Locale.ROOT, "%.2f", cpu[i]),
                    String.format(Locale.ROOT, "%,.0f", requests / cpu[i]));
            out.flush();
        }
        t.print(out);
        Arrays.sort(wall);
        Arrays.sort(cpu);
        out.printf(Locale.ROOT, "Median %.2f s wall, %.2f s CPU (best %.2f s CPU) for %,d "
                + "requests, the warm-up before time 0 included.%n", wall[timed / 2],
                cpu[timed / 2], cpu[0], requests);
    }

    private static DrillResult once(Network net, Drill d, long seed) {
        return new DrillEngine(net, d, 1, 800.0, DrillOptions.defaults().withReplications(1)
                .withSeed(seed).withThreads(1)).runOnCallingThread();
    }

    static Model load() {
        try (InputStream in = DrillBench.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + MODEL);
            }
            ModelReader.Result r = ModelReader.parse(new String(in.readAllBytes(),
                    StandardCharsets.UTF_8));
            if (!r.ok()) {
                throw new IllegalStateException(MODEL + ": " + r.problems());
            }
            return r.model();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
