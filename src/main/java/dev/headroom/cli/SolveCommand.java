package dev.headroom.cli;

import dev.headroom.analysis.AnalyticSolver;
import dev.headroom.analysis.ClassResult;
import dev.headroom.analysis.Solution;
import dev.headroom.analysis.StationResult;
import dev.headroom.cost.Bill;
import dev.headroom.cost.LineItem;
import dev.headroom.io.ResultJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "solve", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "Solve a model analytically at one growth multiplier.")
final class SolveCommand implements Callable<Integer> {
    @Parameters(paramLabel = "MODEL", description = "Model file (.json).")
    Path file;

    @Option(names = "--at", paramLabel = "M", defaultValue = "1",
            description = "Growth multiplier (default: ${DEFAULT-VALUE}).")
    double at;

    @Option(names = "--json", description = "Print JSON (DESIGN §5) instead of tables.")
    boolean json;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!(at > 0) || !Double.isFinite(at)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--at must be a positive number");
        }
        Models m = Models.load(file);
        Solution s = AnalyticSolver.solve(m.network(), at);
        Bill bill = Bills.bill(m, s);
        ResultJson.Costs costs = Bills.costs(bill);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(ResultJson.pretty(ResultJson.solution(s, costs)));
        } else {
            print(out, s, costs);
            printBill(out, bill);
        }
        return Cli.OK;
    }

    static void printBill(PrintWriter out, Bill bill) {
        out.println();
        String perUsers = bill.perThousandUsersUsd() == null ? ""
                : " (" + Fmt.usd(bill.perThousandUsersUsd()) + " per 1,000 users)";
        out.println("Monthly bill: " + Fmt.usd(bill.totalUsd()) + perUsers);
        Table t = new Table("item", "$/month", "how").left(2);
        for (LineItem i : bill.items()) {
            t.row(i.componentId() == null ? i.label() : i.componentId(),
                    Fmt.usd(i.monthlyUsd()), i.basis());
        }
        t.print(out);
        bill.warnings().forEach(w -> out.println("note: " + w));
    }

    static void print(PrintWriter out, Solution s, ResultJson.Costs costs) {
        out.printf("%s at %s%s, %s requests/s%n", s.model(), Fmt.times(s.multiplier()),
                s.users() == null ? "" : " (" + Fmt.count(s.users()) + " users)",
                Fmt.rate(s.arrivalRatePerSecond()));
        StringBuilder status = new StringBuilder(s.stable() ? "Stable." : "SATURATED:");
        if (!s.stable()) {
            s.components().stream().filter(StationResult::saturated)
                    .forEach(c -> status.append(' ').append(c.id()));
            status.append('.');
        }
        if (s.bottleneck() != null) {
            s.component(s.bottleneck()).ifPresent(b -> status.append(" Bottleneck: ")
                    .append(b.id()).append(" (").append(Fmt.pct(b.utilization()))
                    .append(" busy)."));
        }
        if (s.maxArrivalRatePerSecond() != null) {
            status.append(" Capacity: ").append(Fmt.rate(s.maxArrivalRatePerSecond()))
                    .append(" requests/s");
            if (s.maxUsers() != null) {
                status.append(" (").append(Fmt.count(s.maxUsers())).append(" users)");
            }
            status.append('.');
        }
        if (costs.totalUsd() != null) {
            status.append(" Bill: ").append(Fmt.usd(costs.totalUsd())).append(" a month.");
        }
        out.println(status);
        out.println();
        Table classes = new Table("class", "req/s", "done/s", "mean", "p50", "p95", "p99");
        for (ClassResult c : s.classes()) {
            classes.row(c.name(), Fmt.rate(c.arrivalRatePerSecond()),
                    Fmt.rate(c.throughputPerSecond()), Fmt.ms(c.latencyMeanMs()),
                    Fmt.ms(c.latencyP50Ms()), Fmt.ms(c.latencyP95Ms()), Fmt.ms(c.latencyP99Ms()));
        }
        classes.print(out);
        out.println();
        Table comps = new Table("component", "kind", "visits/s", "util", "inst", "servers",
                "wait ms", "resp ms", "queue", "$/month").left(1);
        for (StationResult c : s.components()) {
            comps.row(c.id(), c.kind().json(), Fmt.rate(c.arrivalRatePerSecond()),
                    c.servers() == null ? "delay" : Fmt.pct(c.utilization()),
                    Integer.toString(c.instances()),
                    c.servers() == null ? "∞" : Integer.toString(c.servers()),
                    c.saturated() ? "saturated" : Fmt.plainMs(c.waitMs()),
                    c.saturated() ? "saturated" : Fmt.plainMs(c.responseMs()),
                    Fmt.queue(c.queueLength()), Fmt.usd(costs.byComponent().get(c.id())));
        }
        comps.print(out);
    }
}
