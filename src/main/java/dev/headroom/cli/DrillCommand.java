package dev.headroom.cli;

import dev.headroom.app.Analysis;
import dev.headroom.app.DrillOutcome;
import dev.headroom.app.DrillPolicy;
import dev.headroom.app.DrillRun;
import dev.headroom.app.DrillWords;
import dev.headroom.app.Drills;
import dev.headroom.app.Format;
import dev.headroom.model.Drill;
import dev.headroom.model.ModelException;
import dev.headroom.model.Problem;
import dev.headroom.report.DrillCsv;
import dev.headroom.sim.Estimate;
import dev.headroom.sim.drill.DrillOptions;
import dev.headroom.sim.drill.DrillResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "drill", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "Run a spike or failure drill (docs/drills.md): traffic steps, lost "
                + "instances, slow or failing dependencies, with the model's timeouts, retries, "
                + "queues and thread pools; whether and when it recovers, with 95%% confidence "
                + "intervals from independent replications.")
final class DrillCommand implements Callable<Integer> {
    @Parameters(paramLabel = "MODEL", description = "Model file (.json).")
    Path file;

    @Option(names = "--drill", paramLabel = "NAME",
            description = "The model's drill to run (default: its first).")
    String drillName;

    @Option(names = "--preset", paramLabel = "ID",
            description = "Run a preset instead: spike, lose-one, slow, zone, errors "
                    + "(lose-one, slow and errors act on --component).")
    String preset;

    @Option(names = "--component", paramLabel = "ID",
            description = "The component a preset acts on.")
    String component;

    @Option(names = "--policy", paramLabel = "ID", defaultValue = "as-modelled",
            description = "Policy set: as-modelled, naive-retries, no-retries, backoff, "
                    + "retry-budget, shedding, budget-and-shedding, bulkheads (default: "
                    + "${DEFAULT-VALUE}).")
    String policy;

    @Option(names = "--at", paramLabel = "M", defaultValue = "1",
            description = "Growth multiplier of the base traffic (default: ${DEFAULT-VALUE}).")
    double at;

    @Option(names = "--replications", paramLabel = "R", defaultValue = "5",
            description = "Independent replications (default: ${DEFAULT-VALUE}).")
    int replications;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Random seed; the same seed gives the same numbers (default: "
                    + "${DEFAULT-VALUE}).")
    long seed;

    @ArgGroup(exclusive = true)
    Output format = new Output();

    static final class Output {
        @Option(names = "--json", description = "Print JSON: the summary, the components and "
                + "the timeline.")
        boolean json;

        @Option(names = "--csv", description = "Print the timeline as CSV, one row per bucket.")
        boolean csv;
    }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Cli.requireMultiplier(spec, "--at", at);
        if (replications < 1 || replications > DrillOptions.MAX_REPLICATIONS) {
            throw new ParameterException(spec.commandLine(),
                    "--replications must be between 1 and 100");
        }
        DrillPolicy p = DrillPolicy.fromId(policy).orElseThrow(() -> new ParameterException(
                spec.commandLine(), "--policy must be one of " + DrillPolicy.ids() + ", not "
                        + Cli.clean(policy)));
        if (drillName != null && preset != null) {
            throw new ParameterException(spec.commandLine(), "give --drill or --preset, not both");
        }
        Analysis a = Models.load(file);
        Drills drills = a.drills();
        Drill drill = choose(drills);
        DrillOutcome o;
        try {
            DrillRun run = drills.start(drill, p, at, DrillOptions.defaults()
                    .withReplications(replications).withSeed(seed));
            o = SimulateCommand.Terminal.await(run.outcome(), run::progress, run::cancel,
                    "drilling");
        } catch (ModelException e) {
            throw InputException.of(file, e.problems());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format.json) {
            out.println(DrillJson.of(o).pretty());
        } else if (format.csv) {
            out.print(DrillCsv.csv(o.result()));
        } else {
            print(out, o);
        }
        return Cli.OK;
    }

    private Drill choose(Drills drills) {
        if (preset != null) {
            List<Drills.Preset> all = drills.presets(component);
            Drills.Preset pr = all.stream().filter(x -> x.id().equals(preset)).findFirst()
                    .orElseThrow(() -> new ParameterException(spec.commandLine(),
                            "--preset must be one of " + String.join(", ", all.stream()
                                    .map(Drills.Preset::id).toList()) + ", not "
                                    + Cli.clean(preset)));
            if (!pr.available()) {
                // the app's words point at the canvas; here the component is a flag
                throw new InputException(List.of(file + ": preset " + preset + ": "
                        + (component == null && pr.id().equals("lose-one")
                                ? "give the component that loses an instance, --component ID"
                                : pr.unavailable())));
            }
            return pr.drill();
        }
        if (component != null) {
            throw new ParameterException(spec.commandLine(), "--component goes with --preset");
        }
        if (drills.defined().isEmpty()) {
            throw InputException.of(file, List.of(new Problem("drills", "the model defines no "
                    + "drill; add one (docs/drills.md) or run a --preset")));
        }
        if (drillName == null) {
            return drills.defined().get(0);
        }
        return drills.find(drillName).orElseThrow(() -> InputException.of(file, List.of(
                new Problem("drills", "no drill named \"" + Cli.clean(drillName) + "\"; the "
                        + "model has " + String.join(", ", drills.defined().stream()
                                .map(d -> "\"" + Cli.clean(d.name()) + "\"").toList())))));
    }

    static void print(PrintWriter out, DrillOutcome o) {
        DrillResult r = o.result();
        out.printf("%s: drill \"%s\" at %s, policy: %s%n", Cli.clean(r.model()),
                Cli.clean(r.drill()), Format.times(r.multiplier()), o.policy().title());
        String what = Cli.clean(DrillWords.describe(o.drill()));
        out.printf("%s%s Base traffic %s requests/s; %s simulated, %d replications, seed %d.%n",
                what, what.endsWith(".") ? "" : ".", Format.rate(r.baseRatePerSecond()),
                Format.duration(r.durationSeconds()), r.replications(), r.seed());
        if (r.refusedRequests() > 0) {
            out.printf("note: %s requests were refused at the door, and count as failed: the "
                    + "design held over %s jobs in flight, the engine's limit (docs/drills.md "
                    + "\"Limits\").%n", Format.count(r.refusedRequests()),
                    Format.compactCount(DrillResult.MAX_LIVE_JOBS));
        }
        out.println();
        out.println(o.verdict().text());
        out.println();
        java.util.List<String[]> t = new java.util.ArrayList<>();
        t.add(row("requests", count(r.requests())));
        t.add(row("failed", pct(r.failedFraction()) + " (" + count(r.failed()) + ")"));
        if (r.unfinished().value() != null && r.unfinished().value() >= 0.5) {
            t.add(row("unanswered at the end", count(r.unfinished())));
        }
        t.add(row("attempts per request", num(r.retryAmplification())));
        t.add(row("peak p99", ms(r.peakP99Ms())));
        t.add(row("p95 (answered)", ms(r.latencyP95Ms())));
        t.add(row("SLO breached", dur(r.sloBreachedSeconds())));
        t.add(row("recovery", r.triggerEndSeconds() == null ? "— (the traffic does not come back)"
                : r.recovered() ? dur(r.recoverySeconds()) + " (every run)"
                : "none in " + (r.replications() - r.recoveredReplications()) + " of "
                        + r.replications() + " runs"));
        t.add(row("metastable", o.metastable() ? "yes" : "no"));

        int w = 0;
        for (String[] kv : t) {
            w = Math.max(w, kv[0].length());
        }
        for (String[] kv : t) {
            out.println(kv[0] + " ".repeat(w - kv[0].length() + 2) + kv[1]);
        }
        out.printf("%s: p95 within %s and at most 1%% failing, for 60 s in a row. ± is a 95%% "
                + "confidence half-width.%n", "A good bucket", Format.ms(r.recoveryP95LimitMs())
                + (r.limitFromSlo() ? " (the SLO)" : " (twice the p95 before the drill)"));
        out.println();
        Table c = new Table("component", "peak queue", "peak util", "min inst", "rejected",
                "errors", "timeouts", "lost");
        for (DrillResult.ComponentSummary s : r.components()) {
            c.row(Cli.clean(s.id()), plain(s.peakQueueLength()),
                    s.peakUtilization().value() == null ? "—"
                            : Format.percent(s.peakUtilization().value()),
                    plain(s.minInstances()), plain(s.rejected()), plain(s.errors()),
                    plain(s.timeouts()), plain(s.lost()));
        }
        c.print(out);
        out.println();
        timeline(out, r);
    }

    /** The timeline in at most about 40 rows: rates averaged, the worst p95 of each group. */
    private static void timeline(PrintWriter out, DrillResult r) {
        List<DrillResult.Bucket> b = r.timeline();
        int group = Math.max(1, (int) Math.ceil(b.size() / 40.0));
        out.printf("Timeline, %s per row (rates averaged, worst bucket's p95):%n",
                Format.duration(group * r.bucketSeconds()));
        Table t = new Table("time", "offered/s", "answered/s", "failed/s", "worst p95");
        for (int i = 0; i < b.size(); i += group) {
            double off = 0;
            double good = 0;
            double bad = 0;
            Double p95 = null;
            int n = 0;
            for (int j = i; j < Math.min(b.size(), i + group); j++) {
                DrillResult.Bucket x = b.get(j);
                off += x.offeredPerSecond();
                good += x.goodputPerSecond();
                bad += x.failedPerSecond();
                if (x.p95Ms() != null && (p95 == null || x.p95Ms() > p95)) {
                    p95 = x.p95Ms();
                }
                n++;
            }
            t.row(Format.clock(b.get(i).t()), Format.rate(off / n), Format.rate(good / n),
                    Format.rate(bad / n), p95 == null ? "—" : Format.ms(p95));
        }
        t.print(out);
    }

    private static String[] row(String key, String value) {
        return new String[] {key, value};
    }

    private static String count(Estimate e) {
        if (e.value() == null) {
            return "—";
        }
        return Format.count(e.value()) + (e.ci95() == null ? "" : " ± " + Format.count(e.ci95()));
    }

    private static String plain(Estimate e) {
        if (e.value() == null) {
            return "—";
        }
        double v = e.value();
        return v >= 100 || v == Math.rint(v) ? Format.count(v)
                : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String pct(Estimate e) {
        if (e.value() == null) {
            return "—";
        }
        return Format.percent(e.value()) + (e.ci95() == null ? ""
                : " ± " + Format.percent(e.ci95()));
    }

    private static String num(Estimate e) {
        if (e.value() == null) {
            return "—";
        }
        return String.format(Locale.ROOT, "%.2f", e.value()) + (e.ci95() == null ? ""
                : String.format(Locale.ROOT, " ± %.2f", e.ci95()));
    }

    private static String ms(Estimate e) {
        if (e.value() == null) {
            return "—";
        }
        return Format.ms(e.value()) + (e.ci95() == null ? "" : " ± " + Format.ms(e.ci95()));
    }

    private static String dur(Estimate e) {
        if (e.value() == null) {
            return "—";
        }
        return Format.duration(e.value()) + (e.ci95() == null ? ""
                : " ± " + Format.duration(e.ci95()));
    }
}
