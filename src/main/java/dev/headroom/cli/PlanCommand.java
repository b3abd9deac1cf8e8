package dev.headroom.cli;

import dev.headroom.analysis.StationResult;
import dev.headroom.app.Analysis;
import dev.headroom.app.Format;
import dev.headroom.app.Planning;
import dev.headroom.io.Json;
import dev.headroom.io.ModelWriter;
import dev.headroom.model.Growth;
import dev.headroom.plan.Plan;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "plan", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "The cheapest sizing that meets the SLO at each growth step, and what "
                + "10x really costs (docs/planner.md).")
final class PlanCommand implements Callable<Integer> {
    @Parameters(paramLabel = "MODEL", description = "Model file (.json).")
    Path file;

    @Option(names = "--at", paramLabel = "M",
            description = "Plan one growth multiplier only (default: every step of the model's "
                    + "growth range, detailed at its end).")
    Double at;

    @Option(names = "--structural", description = "Also try a read replica or a cache in front "
            + "of each database (each stated as an assumption).")
    boolean structural;

    @Option(names = "--json", description = "Print JSON (docs/cli.md) instead of tables.")
    boolean json;

    @Option(names = {"-o", "--output"}, paramLabel = "PLANNED.json",
            description = "Write the planned model (at --at, else the end of the range).")
    Path output;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (at != null) {
            Cli.requireMultiplier(spec, "--at", at);
        }
        Analysis a = Models.load(file);
        if (!a.planner().problems().isEmpty()) {
            throw InputException.of(file, a.planner().problems());
        }
        Growth range = a.model().growth();
        List<Planning.Step> steps = at != null ? List.of(a.plan(at, structural))
                : a.planSteps(range, structural);
        Planning.Step top = steps.get(steps.size() - 1);
        List<Planning.FrontierPoint> frontier = a.frontier(top);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(json(a, top, steps, frontier).pretty());
        } else {
            print(out, a, top, steps, frontier);
        }
        if (output != null) {
            if (!top.feasible()) {
                throw new InputException(List.of(file + ": nothing written to " + output
                        + ": no sizing meets the SLO at " + Format.times(top.multiplier())));
            }
            ModelWriter.save(top.planned(), output);
            if (!json) {
                out.println();
                out.println("Wrote the plan at " + Format.times(top.multiplier()) + " to "
                        + output + " (solve it with --at " + Format.number(top.multiplier())
                        + ").");
            }
        }
        return Cli.OK;
    }

    private static void print(PrintWriter out, Analysis a, Planning.Step top,
            List<Planning.Step> steps, List<Planning.FrontierPoint> frontier) {
        out.println(Cli.clean(a.model().name()) + ": the plan");
        out.println();
        out.println(Cli.clean(top.headline()) + ".");
        out.println();
        if (steps.size() > 1) {
            Table t = new Table("growth", "$/month", "\u00d7 today", "worst p95", "worst p99",
                    "busiest", "changes").left(5, 6);
            for (Planning.Step s : steps) {
                StationResult b = s.busiest();
                t.row(Format.times(s.multiplier()), s.feasible() ? Format.usd(s.monthlyUsd())
                        : "no plan", multiple(s.costMultiple()), Format.ms(s.p95Ms()),
                        Format.ms(s.p99Ms()), b == null ? Format.UNKNOWN
                                : Cli.clean(b.id()) + " " + Format.percent(b.utilization()),
                        s.feasible() ? Integer.toString(s.changes().size()
                                + s.structure().size()) : Format.UNKNOWN);
            }
            t.print(out);
            out.println();
        }
        out.println("At " + Format.times(top.multiplier()) + ":");
        if (!top.feasible()) {
            out.println("  no sizing meets the SLO: " + Cli.clean(top.whyNot()) + ".");
        } else {
            out.println("  monthly bill " + Format.usd(top.monthlyUsd()) + ", worst p95 "
                    + Format.ms(top.p95Ms()) + ", worst p99 " + Format.ms(top.p99Ms()));
            for (Planning.Structure s : top.structure()) {
                out.println("  " + Cli.clean(s.title()) + " (assumes " + Cli.clean(s.assumption())
                        + ")");
            }
            for (Planning.Change c : top.changes()) {
                out.println("  " + Cli.clean(c.words()));
            }
            if (top.changes().isEmpty() && top.structure().isEmpty()) {
                out.println("  nothing changes: the model as drawn is already the cheapest");
            }
            if (!top.plan().proven()) {
                out.println("  (the search ran out of evaluations: a cheaper sizing may exist)");
            }
        }
        List<Plan.Kept> kept = top.plan() == null ? List.of() : top.plan().kept();
        if (!kept.isEmpty()) {
            out.println("  left as drawn: " + String.join(", ", kept.stream()
                    .map(k -> Cli.clean(k.componentId()) + " (" + k.why() + ")").toList()));
        }
        if (!frontier.isEmpty()) {
            out.println();
            out.println("Cost against latency at " + Format.times(top.multiplier())
                    + " (each the cheapest sizing for its p95):");
            Table f = new Table("$/month", "worst p95", "worst p99", "sizing").left(3);
            for (Planning.FrontierPoint p : frontier) {
                f.row(Format.usd(p.monthlyUsd()), Format.ms(p.p95Ms()), Format.ms(p.p99Ms()),
                        Cli.clean(p.sizing()));
            }
            f.print(out);
        }
    }

    private static String multiple(Double x) {
        return x == null ? Format.UNKNOWN : String.format(java.util.Locale.ROOT, "%.2f\u00d7", x);
    }

    static Json json(Analysis a, Planning.Step top, List<Planning.Step> steps,
            List<Planning.FrontierPoint> frontier) {
        Json o = step(top);
        o.put("model", a.model().name());
        o.put("headline", top.headline());
        o.put("structuralAllowed", !top.structure().isEmpty() || steps.stream()
                .anyMatch(s -> !s.structure().isEmpty()));
        Json kept = Json.array();
        if (top.plan() != null) {
            for (Plan.Kept k : top.plan().kept()) {
                kept.add(Json.object().put("component", k.componentId()).put("why", k.why()));
            }
        }
        o.put("keptAsDrawn", kept);
        Json f = Json.array();
        for (Planning.FrontierPoint p : frontier) {
            f.add(Json.object().putNumber("monthlyCostUsd", p.monthlyUsd())
                    .putNumber("p95Ms", p.p95Ms()).putNumber("p99Ms", p.p99Ms())
                    .put("sizing", p.sizing()).put("today", p.today()));
        }
        o.put("frontier", f);
        Json all = Json.array();
        steps.forEach(s -> all.add(step(s)));
        o.put("steps", all);
        return o;
    }

    private static Json step(Planning.Step s) {
        Json o = Json.object();
        o.putNumber("multiplier", s.multiplier());
        o.put("feasible", s.feasible());
        o.put("whyNot", s.whyNot());
        o.putNumber("monthlyCostUsd", s.monthlyUsd());
        o.putNumber("todayMonthlyCostUsd", s.todayUsd());
        o.putNumber("costMultipleVsToday", s.costMultiple());
        o.putNumber("p95Ms", s.p95Ms());
        o.putNumber("p99Ms", s.p99Ms());
        o.put("proven", s.plan() == null || s.plan().proven());
        Json st = Json.array();
        for (Planning.Structure x : s.structure()) {
            st.add(Json.object().put("change", x.title()).put("assumption", x.assumption()));
        }
        o.put("structural", st);
        Json ch = Json.array();
        for (Planning.Change c : s.changes()) {
            ch.add(Json.object().put("component", c.componentId()).put("from", c.from())
                    .put("to", c.to()).put("added", c.added()));
        }
        o.put("changes", ch);
        return o;
    }
}
