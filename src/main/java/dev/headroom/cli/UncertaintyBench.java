package dev.headroom.cli;

import dev.headroom.app.Analysis;
import dev.headroom.app.Catalogs;
import dev.headroom.app.Headroom;
import dev.headroom.app.Uncertainty;
import dev.headroom.io.CatalogLoader;
import dev.headroom.io.ModelReader;
import dev.headroom.model.Bounds;
import dev.headroom.model.Model;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;

/**
 * Times a full sweep with ranges (docs/engine.md "Uncertainty"): the bundled shop with a cache
 * and a read replica, priced from the bundled catalogs, its traffic, service times and hit
 * ratio given ranges, swept over its 10 growth steps with where it breaks, and then 1,000 draws
 * of its inputs, each solved at the 10 steps with its own breaks: what {@code sweep --json}
 * computes. On every core (the common pool), and on one thread for comparison.
 */
final class UncertaintyBench {
    static final String MODEL = "monolith-redis-replica.json";
    static final int DRAWS = Uncertainty.DEFAULT_DRAWS;

    private UncertaintyBench() {}

    /** The bundled model with ranges a founder might give: traffic −20%/+30% and so on. */
    static Model model() {
        String path = "/models/" + MODEL;
        try (InputStream in = UncertaintyBench.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            ModelReader.Result r = ModelReader.parse(new String(in.readAllBytes(),
                    StandardCharsets.UTF_8));
            if (!r.ok()) {
                throw new IllegalStateException(path + ": " + r.problems());
            }
            return r.model().withUncertainty(new dev.headroom.model.Uncertainty(
                    new Bounds(0.8, 1.3), new Bounds(0.85, 1.25), new Bounds(0.85, 0.95)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void run(PrintWriter out, boolean quick) {
        Model model = model();
        Headroom service = Headroom.with(new Catalogs(CatalogLoader.loadBundled().library(),
                List.of()));
        double[] steps = model.growth().multipliers();
        Runnable sweep = () -> {
            Analysis a = service.analyze(model);
            a.points(model.growth());
            a.breaks();
            a.uncertainty(steps, DRAWS);
        };
        int cores = ForkJoinPool.getCommonPoolParallelism() + 1;
        out.printf(Locale.ROOT, "Sweep with ranges: %s, 10 steps, breaks, %,d draws each solved "
                + "at the 10 steps with its breaks (%s):%n", MODEL, DRAWS,
                quick ? "--quick: 3 runs, not warmed up, not a measurement"
                        : "15 batches once warm: 5 in a row within 5%");
        out.printf(Locale.ROOT, "  %-26s %10s %10s%n", "", "median", "best");
        row(out, "all cores (" + cores + " threads)", AnalyticBench.time(sweep, quick));
        ForkJoinPool one = new ForkJoinPool(1);
        try {
            row(out, "one thread", AnalyticBench.time(() -> inPool(one, sweep), quick));
        } finally {
            one.shutdown();
        }
        out.flush();
    }

    /** Runs {@code task} inside {@code pool}, so that its parallel streams use that pool. */
    private static void inPool(ForkJoinPool pool, Runnable task) {
        try {
            pool.submit(task).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private static void row(PrintWriter out, String what, double[] ms) {
        out.printf(Locale.ROOT, "  %-26s %7.0f ms %7.0f ms%n", what, ms[0], ms[1]);
    }
}
