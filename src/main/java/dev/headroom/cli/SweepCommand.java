package dev.headroom.cli;

import dev.headroom.analysis.Break;
import dev.headroom.analysis.Solution;
import dev.headroom.app.Analysis;
import dev.headroom.app.Breaks;
import dev.headroom.app.Format;
import dev.headroom.app.Point;
import dev.headroom.app.Uncertainty;
import dev.headroom.app.Words;
import dev.headroom.model.Growth;
import dev.headroom.io.Json;
import dev.headroom.model.Model;
import dev.headroom.report.SweepCsv;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "sweep", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "Solve a model over a growth range and say what breaks first.")
final class SweepCommand implements Callable<Integer> {
    @Parameters(paramLabel = "MODEL", description = "Model file (.json).")
    Path file;

    @Option(names = "--from", paramLabel = "M", description = "First multiplier (default: the model's growth.from).")
    Double from;

    @Option(names = "--to", paramLabel = "M", description = "Last multiplier (default: the model's growth.to).")
    Double to;

    @Option(names = "--steps", paramLabel = "N", description = "Points, both ends included (default: the model's growth.steps).")
    Integer steps;

    @Option(names = "--draws", paramLabel = "N", description = "Draws of the inputs' ranges "
            + "(the model's uncertainty) behind each range, 100 to 100,000 (default: "
            + "${DEFAULT-VALUE}; without ranges nothing is drawn).", defaultValue = "1000")
    int draws;

    @ArgGroup(exclusive = true)
    Output format = new Output();

    static final class Output {
        @Option(names = "--json", description = "Print JSON (docs/cli.md).")
        boolean json;

        @Option(names = "--csv", description = "Print one CSV row per point and class.")
        boolean csv;
    }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Analysis a = Models.load(file);
        Growth g = a.model().growth();
        Growth growth = new Growth(from == null ? g.from() : from, to == null ? g.to() : to,
                steps == null ? g.steps() : steps);
        if (!(growth.from() > 0) || !(growth.to() >= growth.from()) || growth.steps() < 1
                || growth.steps() > 10_000 || !(growth.to() <= Cli.MAX_MULTIPLIER)) {
            throw new ParameterException(spec.commandLine(), "need 0 < --from <= --to <= "
                    + "1,000,000 and 1 <= --steps <= 10,000");
        }
        if (draws < Uncertainty.MIN_DRAWS || draws > Uncertainty.MAX_DRAWS) {
            throw new ParameterException(spec.commandLine(), "need 100 <= --draws <= 100,000");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format.csv) {
            out.print(SweepCsv.csv(a.points(growth)));
            return Cli.OK;
        }
        List<Point> points = a.points(growth);
        Uncertainty.Result u = a.uncertainty(growth.multipliers(), draws);
        if (!u.problems().isEmpty()) {
            throw InputException.of(file, u.problems());
        }
        if (format.json) {
            Json o = JsonOut.sweep(a, points);
            CalendarJson.add(o, a, points, u);
            out.println(o.pretty());
        } else {
            print(out, a, points);
            CalendarText.print(out, a, points, u);
        }
        return Cli.OK;
    }

    private static void print(PrintWriter out, Analysis a, List<Point> points) {
        Model model = a.model();
        Breaks breaks = a.breaks();
        out.println(Cli.clean(model.name()));
        out.println();
        Table t = new Table("growth", "users", "req/s", "worst p95", "bottleneck", "util",
                "$/month").left(4);
        for (Point p : points) {
            Solution s = p.solution();
            String util = s.bottleneck() == null ? Format.UNKNOWN
                    : Format.percent(s.component(s.bottleneck()).orElseThrow().utilization());
            t.row(Format.times(s.multiplier()), Format.count(s.users()),
                    Format.rate(s.arrivalRatePerSecond()), Format.ms(s.worstP95Ms().orElse(null)),
                    s.bottleneck() == null ? Format.UNKNOWN : Cli.clean(s.bottleneck()), util,
                    Format.usd(p.monthlyUsd()));
        }
        t.print(out);
        if (!a.pricing().priced()) {
            out.println("No bill: " + Cli.clean(a.pricing().why()) + ".");
        }
        out.println();
        out.println("What breaks first (utilization limit "
                + Format.percent(model.slo().maxUtilization()) + "):");
        Table b = new Table("component", "over limit at", "saturates at");
        for (Break br : breaks.components()) {
            b.row(Cli.clean(br.component()), Format.breakPoint(br.overUtilizationAt()),
                    Format.breakPoint(br.saturatesAt()));
        }
        b.print(out);
        out.println();
        if (model.slo().p95LatencyMs() != null) {
            out.println(Words.slo(model, breaks, model.growth().to()).text());
        }
        out.println(Cli.clean(Words.breaks(model, breaks, model.growth().to())));
    }
}
