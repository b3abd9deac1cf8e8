package dev.headroom.cli;

import dev.headroom.sim.Estimate;
import dev.headroom.sim.SimJob;
import dev.headroom.sim.SimOptions;
import dev.headroom.sim.SimResult;
import dev.headroom.sim.Simulator;
import dev.headroom.app.Analysis;
import dev.headroom.app.Format;
import dev.headroom.sim.UnstableModelException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "simulate", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "Simulate a model (discrete events) at one growth multiplier, with 95%% "
                + "confidence intervals from independent replications run on all cores.")
final class SimulateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "MODEL", description = "Model file (.json).")
    Path file;

    @Option(names = "--at", paramLabel = "M", defaultValue = "1",
            description = "Growth multiplier (default: ${DEFAULT-VALUE}).")
    double at;

    @Option(names = "--requests", paramLabel = "N", defaultValue = "200000",
            description = "Completed requests per replication, the first 10%% dropped as "
                    + "warm-up (default: ${DEFAULT-VALUE}).")
    long requests;

    @Option(names = "--replications", paramLabel = "R", defaultValue = "10",
            description = "Independent replications (default: ${DEFAULT-VALUE}).")
    int replications;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Random seed; the same seed gives the same numbers (default: "
                    + "${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--json", description = "Print JSON (solve's fields plus …Ci95 half-widths).")
    boolean json;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** Bounds that keep a run within memory and a working day (docs/simulator.md). */
    static final long MAX_REQUESTS = 100_000_000;
    static final int MAX_REPLICATIONS = 1_000;

    @Override
    public Integer call() {
        Cli.requireMultiplier(spec, "--at", at);
        if (requests < 10 || requests > MAX_REQUESTS) {
            throw new ParameterException(spec.commandLine(),
                    "--requests must be between 10 and 100,000,000 per replication");
        }
        if (replications < 1 || replications > MAX_REPLICATIONS) {
            throw new ParameterException(spec.commandLine(),
                    "--replications must be between 1 and 1,000");
        }
        Analysis m = Models.load(file);
        m.requireInRange(at);
        Simulator sim;
        try {
            sim = new Simulator(m.network(), at, SimOptions.defaults().withRequests(requests)
                    .withReplications(replications).withSeed(seed));
        } catch (UnstableModelException e) {
            throw new InputException(List.of(file + ": " + e.getMessage()));
        }
        SimJob job = sim.start();
        SimResult r = Terminal.await(job.result(), job::progress, job::cancel, "simulating");
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(SimJson.result(r).pretty());
        } else {
            print(out, r);
        }
        return Cli.OK;
    }

    static void print(PrintWriter out, SimResult s) {
        out.printf("%s at %s%s, simulated: %d replications × %,d requests (first %.0f%% "
                        + "dropped), seed %d%n", s.model(), Format.times(s.multiplier()),
                s.users() == null ? "" : " (" + Format.count(s.users()) + " users)",
                s.replications(), s.requestsPerReplication(), s.warmupFraction() * 100,
                s.seed());
        String bottleneck = s.bottleneck().map(b -> " Bottleneck: " + b.id() + " ("
                + pct(b.utilization()) + " busy).").orElse("");
        out.printf(Locale.ROOT, "Throughput %s requests/s, mean latency %s.%s%n",
                rate(s.throughputPerSecond()), ms(s.latencyMeanMs()), bottleneck);
        out.printf(Locale.ROOT, "± is a 95%% confidence half-width. %,.0f requests/s "
                + "simulated.%n", s.requestsPerSecond());
        out.println();
        Table classes = new Table("class", "done/s", "mean", "p50", "p95", "p99");
        for (SimResult.ClassStats c : s.classes()) {
            classes.row(c.name(), rate(c.throughputPerSecond()), ms(c.latencyMeanMs()),
                    ms(c.latencyP50Ms()), ms(c.latencyP95Ms()), ms(c.latencyP99Ms()));
        }
        classes.print(out);
        out.println();
        Table comps = new Table("component", "kind", "visits/s", "util", "inst", "servers",
                "wait ms", "resp ms", "queue");
        for (SimResult.StationStats c : s.components()) {
            comps.row(c.id(), c.kind().json(), rate(c.arrivalRatePerSecond()),
                    c.servers() == null ? "delay" : pct(c.utilization()),
                    Integer.toString(c.instances()),
                    c.servers() == null ? "∞" : Integer.toString(c.servers()),
                    plain(c.waitMs()), plain(c.responseMs()), plain(c.queueLength()));
        }
        comps.print(out);
    }

    static String ms(Estimate e) {
        if (e.value() == null) {
            return "—";
        }
        return e.ci95() == null ? Format.ms(e.value())
                : Format.plainMs(e.value()) + " ± " + Format.ms(e.ci95());
    }

    private static String plain(Estimate e) {
        if (e.value() == null) {
            return "—";
        }
        return e.ci95() == null ? Format.plainMs(e.value())
                : Format.plainMs(e.value()) + " ± " + Format.plainMs(e.ci95());
    }

    static String rate(Estimate e) {
        if (e.value() == null) {
            return "—";
        }
        return e.ci95() == null ? Format.rate(e.value())
                : Format.rate(e.value()) + " ± " + Format.rate(e.ci95());
    }

    private static String pct(Estimate e) {
        if (e.value() == null) {
            return "—";
        }
        return e.ci95() == null ? Format.percent(e.value())
                : Format.percent(e.value()) + " ± " + Format.percent(e.ci95());
    }

    /** Whether stderr is an interactive terminal (progress goes there only then). */
    static final class Terminal {
        private Terminal() {}

        /**
         * Waits for {@code result}, drawing "verb… 42%" on stderr when it is a terminal; an
         * interrupt cancels the work.
         */
        static <T> T await(java.util.concurrent.CompletableFuture<T> result,
                java.util.function.DoubleSupplier progress, Runnable cancel, String verb) {
            boolean tty = stderrIsTerminal();
            PrintStream err = System.err;
            try {
                while (true) {
                    try {
                        T r = result.get(200, TimeUnit.MILLISECONDS);
                        if (tty) {
                            err.print("\r\033[K");
                            err.flush();
                        }
                        return r;
                    } catch (TimeoutException e) {
                        if (tty) {
                            err.printf(Locale.ROOT, "\r%s\u2026 %3.0f%%", verb,
                                    progress.getAsDouble() * 100);
                            err.flush();
                        }
                    }
                }
            } catch (InterruptedException e) {
                cancel.run();
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted");
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                throw new IllegalStateException(e.getCause());
            }
        }

        static boolean stderrIsTerminal() {
            java.io.Console c = System.console();
            if (c == null) {
                return false;
            }
            try {
                // JDK 22+ returns a console even when redirected; ask it when it can say.
                return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(c);
            } catch (ReflectiveOperationException e) {
                return true;
            }
        }
    }
}
