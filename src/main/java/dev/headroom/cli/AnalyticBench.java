package dev.headroom.cli;

import dev.headroom.analysis.AnalyticSolver;
import dev.headroom.analysis.BreakFinder;
import dev.headroom.analysis.Sweeps;
import dev.headroom.model.Autoscale;
import dev.headroom.model.Component;
import dev.headroom.model.Connection;
import dev.headroom.model.Growth;
import dev.headroom.model.Kind;
import dev.headroom.model.Layout;
import dev.headroom.model.Model;
import dev.headroom.model.PerClass;
import dev.headroom.model.RequestClass;
import dev.headroom.model.Slo;
import dev.headroom.model.Workload;
import dev.headroom.model.WorkloadType;
import dev.headroom.network.Network;
import dev.headroom.network.NetworkCompiler;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Times the analytic engine on a synthetic 50-component, 5-class architecture (the size the
 * issue names): compiling it, a 10-point sweep, and what-breaks-first. Each figure is the median
 * of repeated timed batches after a warm-up, on the calling thread.
 */
final class AnalyticBench {
    static final int COMPONENTS = 50;
    static final int CLASSES = 5;

    private AnalyticBench() {}

    /** A layered service graph: LB → 4 gateways → services → caches/databases/queues/APIs. */
    static Model syntheticModel() {
        SplittableRandom rnd = new SplittableRandom(42);
        List<RequestClass> classes = new ArrayList<>();
        for (int r = 0; r < CLASSES; r++) {
            classes.add(new RequestClass("class" + r, 1.0 / CLASSES, "lb"));
        }
        Kind[] kinds = {Kind.SERVICE, Kind.SERVICE, Kind.CACHE, Kind.DATABASE, Kind.QUEUE,
                Kind.WORKER, Kind.EXTERNAL, Kind.STORAGE};
        List<Component> cs = new ArrayList<>();
        cs.add(Component.of("lb", Kind.LOAD_BALANCER, 0.5).withConcurrency(10_000));
        for (int i = 1; i < COMPONENTS; i++) {
            Kind kind = i <= 4 ? Kind.SERVICE : kinds[rnd.nextInt(kinds.length)];
            Map<String, Double> ms = new LinkedHashMap<>();
            for (RequestClass rc : classes) {
                ms.put(rc.name(), 0.5 + rnd.nextDouble() * (kind == Kind.EXTERNAL ? 200 : 8));
            }
            Component c = Component.of("c" + i, kind, 1).withServiceTimeMs(PerClass.of(ms))
                    .withConcurrency(1 + rnd.nextInt(16))
                    .withServiceTimeCv(PerClass.of(0.5 + rnd.nextDouble()));
            if (kind == Kind.CACHE) {
                c = c.withHitRatio(0.7 + 0.25 * rnd.nextDouble());
            }
            if (kind == Kind.SERVICE && rnd.nextBoolean()) {
                c = c.withAutoscale(new Autoscale(2, 40, 0.6));
            } else {
                c = c.withInstances(2 + rnd.nextInt(6));
            }
            cs.add(c);
        }
        List<Connection> es = new ArrayList<>();
        for (int g = 1; g <= 4; g++) {
            // the load balancer routes each request to one gateway, a quarter each
            es.add(new Connection("lb", "c" + g, 1, false, false, List.of(), 0.1));
        }
        for (int i = 1; i < COMPONENTS; i++) {
            int children = 1 + rnd.nextInt(3);
            for (int j = 0; j < children; j++) {
                int to = i + 1 + rnd.nextInt(Math.max(1, Math.min(12, COMPONENTS - i - 1)));
                if (to >= COMPONENTS) {
                    continue;
                }
                boolean onMiss = cs.get(i).kind() == Kind.CACHE;
                boolean async = !onMiss && rnd.nextInt(8) == 0;
                List<String> only = rnd.nextInt(4) == 0
                        ? List.of(classes.get(rnd.nextInt(CLASSES)).name()) : List.of();
                es.add(new Connection("c" + i, "c" + to, 0.3 + rnd.nextDouble(), onMiss, async,
                        only, rnd.nextDouble()));
            }
        }
        Workload w = new Workload(WorkloadType.OPEN, 50_000.0, 200.0, 3, null, 0, classes,
                List.of());
        return new Model(1, "synthetic 50 x 5", null, w, Growth.DEFAULT,
                new Slo(800.0, 0.75), null, cs, es, Layout.EMPTY);
    }

    /** A closed workload of 5,000 users on a web tier and a database (issue 11's case). */
    static Model closedModel() {
        Workload w = new Workload(WorkloadType.CLOSED, 5_000.0, null, 1, null, 5_000,
                List.of(), List.of());
        List<Component> cs = List.of(
                Component.builder("web", Kind.SERVICE).serviceTimeMs(20).concurrency(8)
                        .instances(4).build(),
                Component.builder("db", Kind.DATABASE).serviceTimeMs(5).concurrency(4).build());
        List<Connection> es = List.of(new Connection("web", "db", 2, false, false, List.of(), 0));
        return new Model(Model.CURRENT_FORMAT, "closed 5,000", null, w, Growth.DEFAULT,
                new Slo(800.0, 0.75), null, cs, es, Layout.EMPTY);
    }

    static void run(PrintWriter out, boolean quick) {
        Model model = syntheticModel();
        Network net = NetworkCompiler.compile(model);
        double[] ms = model.growth().multipliers();
        Runnable compile = () -> NetworkCompiler.compile(model);
        Runnable points = () -> {
            for (double m : ms) {
                AnalyticSolver.solve(net, m);
            }
        };
        Runnable breaks = () -> {
            BreakFinder.breaks(net, model.slo(), model.growth().to());
            BreakFinder.sloBreachedAt(net,
                    dev.headroom.analysis.Objectives.of(model.slo(), model.requestClasses()),
                    model.growth().to());
        };
        Runnable sweep = () -> Sweeps.sweep(model, net, model.growth());
        out.printf(Locale.ROOT, "Analytic engine, %d components x %d classes, %d edges "
                + "(%s; one thread):%n", COMPONENTS, CLASSES, model.connections().size(),
                quick ? "--quick: 3 runs, not warmed up, not a measurement"
                        : "15 batches once warm: 5 in a row within 5%");
        out.printf(Locale.ROOT, "  %-26s %10s %10s%n", "", "median", "best");
        row(out, "compile model", time(compile, quick));
        row(out, "10-point sweep (points)", time(points, quick));
        row(out, "what breaks first + SLO", time(breaks, quick));
        row(out, "full sweep (both)", time(sweep, quick));
        Model closed = closedModel();
        Network closedNet = NetworkCompiler.compile(closed);
        row(out, "closed 5,000 users: sweep", time(() -> Sweeps.sweep(closed, closedNet,
                closed.growth()), quick));
        out.flush();
    }

    private static void row(PrintWriter out, String what, double[] ms) {
        out.printf(Locale.ROOT, "  %-26s %7.3f ms %7.3f ms%n", what, ms[0], ms[1]);
    }

    /** Batches whose times must agree before the warm-up ends. */
    static final int STABLE_BATCHES = 5;
    /** How closely: the slowest of them within this of the fastest. */
    static final double STABLE_SPREAD = 0.05;

    /**
     * Milliseconds per call over 15 batches after a warm-up that lasts until the JIT is done:
     * at least a second, then until {@value #STABLE_BATCHES} batches in a row (of at least
     * 20 ms each) agree within 5%, at most 20 seconds. Reports the median and the best batch
     * (the figure least disturbed by other work on a busy machine).
     */
    static double[] time(Runnable task, boolean quick) {
        if (quick) {
            double[] runs = new double[3];
            for (int i = 0; i < runs.length; i++) {
                long t0 = System.nanoTime();
                task.run();
                runs[i] = (System.nanoTime() - t0) / 1e6;
            }
            Arrays.sort(runs);
            return new double[] {runs[1], runs[0]};
        }
        return time(task);
    }

    static double[] time(Runnable task) {
        long start = System.nanoTime();
        int perBatch = 1;
        double[] recent = new double[STABLE_BATCHES];
        int filled = 0;
        while (true) {
            long t0 = System.nanoTime();
            for (int i = 0; i < perBatch; i++) {
                task.run();
            }
            long took = System.nanoTime() - t0;
            if (took < 20_000_000L) {
                perBatch *= 2;
                filled = 0;
                continue;
            }
            recent[filled++ % STABLE_BATCHES] = took / (double) perBatch;
            long elapsed = System.nanoTime() - start;
            if (filled >= STABLE_BATCHES && elapsed > 1_000_000_000L) {
                double lo = Arrays.stream(recent).min().orElse(0);
                double hi = Arrays.stream(recent).max().orElse(0);
                if (hi <= lo * (1 + STABLE_SPREAD) || elapsed > 20_000_000_000L) {
                    break;
                }
            }
        }
        double[] batches = new double[15];
        for (int b = 0; b < batches.length; b++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < perBatch; i++) {
                task.run();
            }
            batches[b] = (System.nanoTime() - t0) / 1e6 / perBatch;
        }
        Arrays.sort(batches);
        return new double[] {batches[batches.length / 2], batches[0]};
    }
}
