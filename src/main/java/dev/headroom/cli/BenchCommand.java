package dev.headroom.cli;

import dev.headroom.analysis.AnalyticSolver;
import dev.headroom.analysis.Solution;
import dev.headroom.io.ModelReader;
import dev.headroom.model.ModelException;
import dev.headroom.network.Network;
import dev.headroom.network.NetworkCompiler;
import dev.headroom.sim.Estimate;
import dev.headroom.sim.SimOptions;
import dev.headroom.sim.SimResult;
import dev.headroom.sim.Simulator;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: the analytic engine's speed on a 50-component, 5-class model
 * ({@link AnalyticBench}), then the simulator's speed on the three models of shared/bench (M/M/1 at ρ = 0.9, a
 * three-station line, a closed two-station network), each on one thread, 10 replications of
 * 1,000,000 completed requests (10 million in all), with the simulated mean against the exact
 * value (the analytic engine, exact for these product-form networks). Then the drill engine on
 * a ten-component model ({@link DrillBench}).
 */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "Measure the analytic engine (a 50-component, 5-class sweep) and the "
                + "simulator (completed requests per second, one thread, on the three benchmark "
                + "models).")
final class BenchCommand implements Callable<Integer> {
    static final List<String> MODELS = List.of("mm1", "tandem", "closed");

    @Option(names = "--quick", description = "A smoke test: 200,000 requests per model instead of "
            + "10 million, and each timing run 3 times without a warm-up.")
    boolean quick;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--startup", description = "Only cold starts instead: java -version, "
            + "solve through the jar and the app image, and the window's first frame (with a "
            + "display), each a new process.")
    boolean startup;

    @Option(names = "--image", paramLabel = "DIR", defaultValue = "target/dist/headroom",
            description = "The app image --startup times (default: ${DEFAULT-VALUE}, what "
                    + "mvn -Pdist package makes).")
    java.nio.file.Path image;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (startup) {
            StartupBench.run(out, quick, image.toAbsolutePath());
            return Cli.OK;
        }
        AnalyticBench.run(out, quick);
        out.println();
        UncertaintyBench.run(out, quick);
        out.println();
        PlanBench.run(out, quick);
        out.println();
        long perRep = quick ? 20_000 : 1_000_000;
        out.printf(Locale.ROOT, "One thread, 10 replications × %,d completed requests per "
                + "model (first 10%% of each dropped as warm-up), seed %d.%n", perRep, seed);
        Table t = new Table("model", "requests/s", "simulated", "exact", "95% CI covers");
        for (String name : MODELS) {
            Network net = load(name);
            Solution exact = AnalyticSolver.solve(net, 1);
            SimResult r = new Simulator(net, 1, SimOptions.defaults().withRequests(perRep)
                    .withReplications(10).withSeed(seed).withThreads(1)).runOnCallingThread();
            String speed = String.format(Locale.ROOT, "%,.0f", r.requestsPerSecond());
            if (net.isClosed()) {
                t.row(name + " throughput", speed, est(r.throughputPerSecond(), "/s"),
                        String.format(Locale.ROOT, "%.4f /s", exact.throughputPerSecond()),
                        yes(r.throughputPerSecond(), exact.throughputPerSecond()));
                double resp = exact.classes().get(0).latencyMeanMs();
                t.row(name + " response", "", est(r.latencyMeanMs(), " ms"),
                        String.format(Locale.ROOT, "%,.3f ms", resp), yes(r.latencyMeanMs(), resp));
            } else {
                double mean = exact.classes().get(0).latencyMeanMs();
                t.row(name + " latency", speed, est(r.latencyMeanMs(), " ms"),
                        String.format(Locale.ROOT, "%,.3f ms", mean), yes(r.latencyMeanMs(), mean));
            }
            out.flush();
        }
        t.print(out);
        out.println();
        DrillBench.run(out, quick, seed);
        return Cli.OK;
    }

    private static String yes(Estimate e, double exact) {
        return e.covers(exact) ? "yes" : "no";
    }

    private static String est(Estimate e, String unit) {
        String f = unit.equals(" ms") ? "%,.2f ± %,.2f%s" : "%.4f ± %.4f%s";
        return String.format(Locale.ROOT, f, e.value(), e.ci95(), unit);
    }

    /** A bench model from the jar's resources. */
    static Network load(String name) {
        String path = "/dev/headroom/sim/bench/" + name + ".json";
        try (InputStream in = BenchCommand.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            ModelReader.Result r = ModelReader.parse(new String(in.readAllBytes(),
                    StandardCharsets.UTF_8));
            if (!r.ok()) {
                throw new IllegalStateException(path + ": " + r.problems());
            }
            return NetworkCompiler.compile(r.model());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ModelException e) {
            throw new IllegalStateException(path + ": " + e.problems(), e);
        }
    }
}
