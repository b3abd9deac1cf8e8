package dev.headroom.cli;

import dev.headroom.io.CompareJson;
import dev.headroom.io.Json;
import dev.headroom.report.Comparison;
import dev.headroom.report.Design;
import dev.headroom.report.Figures;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "Compare two to four designs at 1x, 3x and 10x "
        + "(or their common growth end): bill, cost per 1,000 users, p95, users until it "
        + "breaks, bottleneck. The better figure is marked with *.")
final class CompareCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "MODEL", description = "Model files (.json), "
            + "two to four.")
    List<Path> files;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (files.size() < Comparison.MIN_DESIGNS || files.size() > Comparison.MAX_DESIGNS) {
            throw new ParameterException(spec.commandLine(),
                    "compare needs two to four model files, got " + files.size());
        }
        List<Design> designs = new ArrayList<>();
        for (Path f : files) {
            designs.add(ReportCommand.design(f));
        }
        Comparison cmp = Comparison.of(designs);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(json(cmp).pretty());
        } else {
            print(out, cmp);
        }
        return Cli.OK;
    }

    static Json json(Comparison cmp) {
        List<CompareJson.Design> ds = new ArrayList<>();
        for (Comparison.Column c : cmp.designs()) {
            List<CompareJson.Point> ps = new ArrayList<>();
            for (Comparison.Kpi k : c.kpis()) {
                List<String> best = new ArrayList<>();
                for (Comparison.Metric m : Comparison.Metric.values()) {
                    if (k.isBest(m)) {
                        best.add(m.json());
                    }
                }
                ps.add(new CompareJson.Point(k.multiplier(), k.users(), k.monthlyUsd(),
                        k.perThousandUsersUsd(), k.worstP95Ms(), k.usersUntilBreak(),
                        k.bottleneck(), k.bottleneck() == null ? null
                                : k.bottleneckUtilization(), best));
            }
            ds.add(new CompareJson.Design(c.model(), c.breaksAt(), ps));
        }
        return CompareJson.comparison(cmp.multipliers(), ds);
    }

    static void print(PrintWriter out, Comparison cmp) {
        List<Comparison.Column> cols = cmp.designs();
        for (int i = 0; i < cols.size(); i++) {
            out.printf("%c  %s%n", (char) ('A' + i), cols.get(i).model());
        }
        out.println();
        String[] header = new String[cols.size() + 1];
        header[0] = "";
        for (int i = 0; i < cols.size(); i++) {
            header[i + 1] = String.valueOf((char) ('A' + i));
        }
        Table t = new Table(header);
        boolean priced = cols.stream().flatMap(c -> c.kpis().stream())
                .anyMatch(k -> k.monthlyUsd() != null);
        for (int j = 0; j < cmp.multipliers().size(); j++) {
            int point = j;
            List<Comparison.Kpi> row = cols.stream().map(c -> c.kpis().get(point)).toList();
            String[] group = new String[cols.size() + 1];
            java.util.Arrays.fill(group, "");
            group[0] = "at " + Figures.times(cmp.multipliers().get(j));
            t.row(group);
            t.row(cells("  users", row, k -> Figures.count(k.users()), null));
            if (priced) {
                t.row(cells("  bill/month", row, k -> Figures.usd(k.monthlyUsd()),
                        Comparison.Metric.MONTHLY_BILL));
                t.row(cells("  per 1,000 users", row, k -> Figures.usd(k.perThousandUsersUsd()),
                        Comparison.Metric.COST_PER_THOUSAND_USERS));
            }
            t.row(cells("  worst p95", row, k -> Figures.ms(k.worstP95Ms()),
                    Comparison.Metric.P95));
            t.row(cells("  users until it breaks", row, k -> k.usersUntilBreak() == null
                    ? (k.users() == null ? "—" : "not found") : Figures.count(k.usersUntilBreak()),
                    Comparison.Metric.USERS_UNTIL_BREAK));
            t.row(cells("  bottleneck", row, k -> k.bottleneck() == null ? "—"
                    : k.bottleneck() + (k.bottleneckUtilization() >= 1 ? " (saturated)"
                            : " (" + Figures.pct(k.bottleneckUtilization()) + ")"), null));
        }
        t.print(out);
        out.println();
        StringBuilder breaks = new StringBuilder("Breaks (first saturation or p95 SLO breach):");
        for (int i = 0; i < cols.size(); i++) {
            Double at = cols.get(i).breaksAt();
            breaks.append(i == 0 ? " " : ", ").append((char) ('A' + i)).append(' ')
                    .append(at == null ? "not found" : at == 0 ? "at any load"
                            : "at " + Figures.times(at));
        }
        out.println(breaks.append('.'));
        out.println("* the better figure at that growth point."
                + (priced ? "" : " No design names a price list: no money figures."));
    }

    private static String[] cells(String label, List<Comparison.Kpi> row,
            Function<Comparison.Kpi, String> cell, Comparison.Metric metric) {
        String[] r = new String[row.size() + 1];
        r[0] = label;
        for (int i = 0; i < row.size(); i++) {
            Comparison.Kpi k = row.get(i);
            r[i + 1] = cell.apply(k) + (metric != null && k.isBest(metric) ? " *" : "  ");
        }
        return r;
    }
}
