package dev.headroom.cli;

import dev.headroom.analysis.Break;
import dev.headroom.analysis.Solution;
import dev.headroom.analysis.Sweep;
import dev.headroom.analysis.Sweeps;
import dev.headroom.io.ResultJson;
import dev.headroom.model.Growth;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
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

    @ArgGroup(exclusive = true)
    Format format = new Format();

    static final class Format {
        @Option(names = "--json", description = "Print JSON (DESIGN §5).")
        boolean json;

        @Option(names = "--csv", description = "Print one CSV row per point and class.")
        boolean csv;
    }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Models m = Models.load(file);
        Growth g = m.model().growth();
        Growth growth = new Growth(from == null ? g.from() : from, to == null ? g.to() : to,
                steps == null ? g.steps() : steps);
        if (!(growth.from() > 0) || !(growth.to() >= growth.from()) || growth.steps() < 1
                || growth.steps() > 10_000) {
            throw new ParameterException(spec.commandLine(),
                    "need 0 < --from <= --to and 1 <= --steps <= 10000");
        }
        Sweep sw = Sweeps.sweep(m.model(), m.network(), growth);
        PrintWriter out = spec.commandLine().getOut();
        if (format.json) {
            out.println(ResultJson.pretty(ResultJson.sweep(sw, s -> Bills.costs(m, s))));
        } else if (format.csv) {
            out.print(SweepCsv.csv(sw, s -> Bills.costs(m, s)));
        } else {
            print(out, m, sw);
        }
        return Cli.OK;
    }

    private static void print(PrintWriter out, Models m, Sweep sw) {
        out.println(sw.model());
        out.println();
        Table t = new Table("growth", "users", "req/s", "worst p95", "bottleneck", "util",
                "$/month").left(4);
        for (Solution s : sw.points()) {
            String util = s.bottleneck() == null ? "—"
                    : Fmt.pct(s.component(s.bottleneck()).orElseThrow().utilization());
            t.row(Fmt.times(s.multiplier()), Fmt.count(s.users()),
                    Fmt.rate(s.arrivalRatePerSecond()), Fmt.ms(s.worstP95Ms().orElse(null)),
                    s.bottleneck() == null ? "—" : s.bottleneck(), util,
                    Fmt.usd(Bills.costs(m, s).totalUsd()));
        }
        t.print(out);
        out.println();
        out.println("What breaks first (utilization limit "
                + Fmt.pct(m.model().slo().maxUtilization()) + "):");
        Table b = new Table("component", "over limit at", "saturates at");
        for (Break br : sw.breaks()) {
            b.row(br.component(), Fmt.times(br.overUtilizationAt()), Fmt.times(br.saturatesAt()));
        }
        b.print(out);
        if (m.model().slo().p95LatencyMs() != null) {
            out.printf(Locale.ROOT, "%np95 SLO (%s) %s%n", Fmt.ms(m.model().slo().p95LatencyMs()),
                    sw.sloBreachedAt() == null ? "holds"
                            : sw.sloBreachedAt() == 0 ? "is breached at any load: service and "
                                    + "network times alone exceed it"
                            : "breached at " + Fmt.times(sw.sloBreachedAt()));
        }
    }
}
