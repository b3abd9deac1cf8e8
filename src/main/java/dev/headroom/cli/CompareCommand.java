package dev.headroom.cli;

import dev.headroom.app.Comparison;
import dev.headroom.app.Design;
import dev.headroom.app.Format;
import dev.headroom.app.Words;
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
            designs.add(Models.load(f).design());
        }
        Comparison cmp = Comparison.of(designs);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonOut.comparison(cmp).pretty());
        } else {
            print(out, cmp, designs);
        }
        return Cli.OK;
    }

    static void print(PrintWriter out, Comparison cmp, List<Design> designs) {
        List<Comparison.Column> cols = cmp.designs();
        for (int i = 0; i < cols.size(); i++) {
            out.printf("%c  %s%n", (char) ('A' + i), Cli.clean(cols.get(i).model()));
        }
        out.println();
        String[] header = new String[cols.size() + 1];
        header[0] = "";
        for (int i = 0; i < cols.size(); i++) {
            header[i + 1] = String.valueOf((char) ('A' + i));
        }
        Table t = new Table(header);
        String[] breaksRow = new String[cols.size() + 1];
        breaksRow[0] = "breaks at";
        for (int i = 0; i < cols.size(); i++) {
            Comparison.Column c = cols.get(i);
            String users = c.breaks().breaksAtUsers() == null || c.breaksAt() == null
                    || c.breaksAt() == 0 ? ""
                    : " (" + Format.compactCount(c.breaks().breaksAtUsers()) + " users)";
            breaksRow[i + 1] = Words.breaksAt(c.breaks()) + users
                    + (c.breaksLatest() ? " *" : "  ");
        }
        t.row(breaksRow);
        boolean priced = cols.stream().flatMap(c -> c.kpis().stream())
                .anyMatch(k -> k.monthlyUsd() != null);
        for (int j = 0; j < cmp.multipliers().size(); j++) {
            int point = j;
            List<Comparison.Kpi> row = cols.stream().map(c -> c.kpis().get(point)).toList();
            String[] group = new String[cols.size() + 1];
            java.util.Arrays.fill(group, "");
            group[0] = "at " + Format.times(cmp.multipliers().get(j));
            t.row(group);
            t.row(cells("  users", row, k -> Format.count(k.users()), null));
            if (priced) {
                t.row(cells("  bill/month", row, k -> Format.usd(k.monthlyUsd()),
                        Comparison.Metric.MONTHLY_BILL));
                t.row(cells("  per 1,000 users", row, k -> Format.usd(k.perThousandUsersUsd()),
                        Comparison.Metric.COST_PER_THOUSAND_USERS));
            }
            t.row(cells("  worst p95", row, k -> Format.ms(k.worstP95Ms()),
                    Comparison.Metric.P95));
            t.row(cells("  users still to go", row, k -> k.broken() ? "broken here"
                    : k.usersToGo() == null ? (k.users() == null ? Format.UNKNOWN
                            : "no limit found") : Format.count(k.usersToGo()), null));
            t.row(cells("  bottleneck", row, k -> k.bottleneck() == null ? "—"
                    : Cli.clean(k.bottleneck()) + (k.bottleneckUtilization() >= 1 ? " (saturated)"
                            : " (" + Format.percent(k.bottleneckUtilization()) + ")"), null));
        }
        t.print(out);
        out.println();
        for (int i = 0; i < cols.size(); i++) {
            Comparison.Column c = cols.get(i);
            out.println((char) ('A' + i) + " " + Cli.clean(Words.breaks(designs.get(i).model(),
                    c.breaks(), designs.get(i).range().to())));
        }
        out.println("* the better figure at that growth point; a design that is saturated or "
                + "over its p95 objective there is never marked."
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
