package dev.headroom.sim.drill;

import dev.headroom.io.ModelReader;
import dev.headroom.network.NetworkCompiler;
import java.nio.file.Files;
import java.nio.file.Path;

public class DrillBenchScratch {
    public static void main(String[] args) throws Exception {
        var r = ModelReader.parse(Files.readString(Path.of(
                "src/main/resources/dev/headroom/sim/bench/drill10.json")));
        if (!r.ok()) {
            throw new IllegalStateException(r.problems().toString());
        }
        var m = r.model();
        var net = NetworkCompiler.compile(m);
        var d = m.drills().get(0);
        for (int i = 0; i < Integer.parseInt(args[0]); i++) {
            var e = new DrillEngine(net, d, 1, 800.0, DrillOptions.defaults().withReplications(1)
                    .withSeed(i + 1).withThreads(1));
            var mx = java.lang.management.ManagementFactory.getThreadMXBean();
            long c0 = mx.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            DrillResult res = e.runOnCallingThread();
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf("cpu %.2f s  ", (mx.getCurrentThreadCpuTime() - c0) / 1e9);
            System.out.printf("run %d: %.2f s, %,d requests, %,.0f req/s; failed %.4f, p95 %.1f, recovered %d, amp %.3f%n",
                    i, s, res.simulatedRequests(), res.simulatedRequests() / s,
                    res.failedFraction().value(), res.latencyP95Ms().value(), res.recoveredReplications(), res.retryAmplification().value());
        }
    }
}
