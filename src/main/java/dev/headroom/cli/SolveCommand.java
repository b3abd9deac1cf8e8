package dev.headroom.cli;

import dev.headroom.analysis.ClassResult;
import dev.headroom.analysis.Solution;
import dev.headroom.analysis.StationResult;
import dev.headroom.app.Analysis;
import dev.headroom.app.Breaks;
import dev.headroom.app.Format;
import dev.headroom.app.Point;
import dev.headroom.app.Words;
import dev.headroom.cost.Bill;
import dev.headroom.cost.LineItem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
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

    @Option(names = "--json", description = "Print JSON (docs/cli.md) instead of tables.")
    boolean json;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Cli.requireMultiplier(spec, "--at", at);
        return run(spec.commandLine().getOut());
    }

    /**
     * {@code solve MODEL [--at M] [--json]} read without picocli, when the arguments are exactly
     * that: one model file (not starting with {@code -} or {@code @}), each flag at most once and
     * a multiplier written as plain digits ({@code 2}, {@code 1.5}) within range. Anything else
     * (help, a mistake, {@code --at=2}, an argument file) returns null, and picocli reads it with
     * its usual messages. Picocli's own start-up (loading its classes, reading every annotation
     * of the command) is about a fifth of a cold {@code solve}; the output is the same either
     * way, since both run {@link #run}.
     */
    static SolveCommand plain(String[] args) {
        if (args.length < 2 || args.length > 5 || !"solve".equals(args[0])) {
            return null;
        }
        SolveCommand c = new SolveCommand();
        c.at = 1;
        boolean atSeen = false;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if ("--json".equals(a) && !c.json) {
                c.json = true;
            } else if ("--at".equals(a) && !atSeen && i + 1 < args.length
                    && isPlainNumber(args[i + 1])) {
                atSeen = true;
                c.at = Double.parseDouble(args[++i]);
            } else if (c.file == null && plainFile(a) != null) {
                c.file = plainFile(a);
            } else {
                return null;
            }
        }
        if (c.file == null || !Cli.isMultiplier(c.at)) {
            return null;
        }
        return c;
    }

    /**
     * A file argument as picocli would read it, when it cannot be anything else: not empty, not
     * an option ({@code -}) or an argument file ({@code @}), and a valid path; else null.
     */
    static Path plainFile(String a) {
        if (a.isEmpty() || a.charAt(0) == '-' || a.charAt(0) == '@') {
            return null;
        }
        try {
            return Path.of(a);
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    /** Digits, optionally with a point and more digits: read alike by picocli and here. */
    static boolean isPlainNumber(String s) {
        int point = s.indexOf('.');
        if (s.isEmpty() || s.length() > 20 || point == 0 || point == s.length() - 1) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (!(ch >= '0' && ch <= '9') && i != point) {
                return false;
            }
        }
        return true;
    }

    /** Solves and prints to {@code out}; model and input problems are thrown. */
    int run(PrintWriter out) {
        Analysis a = Models.load(file);
        Point p = a.at(at);
        Breaks breaks = a.breaks();
        if (json) {
            out.println(JsonOut.solution(a, p, breaks).pretty());
        } else {
            print(out, a, p, breaks);
            printBill(out, a, p.bill());
        }
        return Cli.OK;
    }

    static void printBill(PrintWriter out, Analysis a, Bill bill) {
        out.println();
        if (bill == null) {
            out.println("Monthly bill: " + Format.UNKNOWN + " (" + a.pricing().why() + ")");
            return;
        }
        String perUsers = bill.perThousandUsersUsd() == null ? ""
                : " (" + Format.usd(bill.perThousandUsersUsd()) + " per 1,000 users)";
        String unpriced = Words.unpriced(a.model(), bill.unpricedComponents());
        out.println("Monthly bill: " + (bill.lowerBound() ? "at least " : "")
                + Format.usd(bill.totalUsd()) + perUsers);
        Table t = new Table("component", "item", "$/month", "arithmetic").left(1, 3);
        for (LineItem i : bill.lines()) {
            t.row(Cli.clean(i.componentId() == null ? "(all)" : i.componentId()),
                    Cli.clean(i.item()) + (i.unconfirmed() ? " *" : ""),
                    Format.usdCents(i.monthlyUsd()), Cli.clean(i.arithmetic()));
        }
        t.row("total", "", Format.usdCents(bill.totalUsd()), "");
        t.print(out);
        if (a.pricedWith() != null) {
            out.println("Catalog prices from " + Cli.clean(a.pricedWith())
                    + "; typed prices from the model file.");
        }
        if (bill.hasUnconfirmed()) {
            out.println("* " + Words.unconfirmed(bill.unconfirmedUsd())
                    + ": check them (docs/pricing.md).");
        }
        if (!unpriced.isEmpty()) {
            out.println(Cli.clean(unpriced) + ": the total leaves "
                    + (bill.unpricedComponents().size() == 1 ? "it" : "them") + " out.");
        }
        for (Bill.Unpriced u : bill.unpriced()) {
            if (!u.whole()) {
                out.println("not priced: " + Cli.clean(u.componentId()) + " " + Cli.clean(u.what())
                        + ": " + Cli.clean(u.why()));
            }
        }
        bill.warnings().forEach(w -> out.println("note: " + Cli.clean(w)));
    }

    static void print(PrintWriter out, Analysis a, Point p, Breaks breaks) {
        Solution s = p.solution();
        out.printf("%s at %s%s, %s requests/s%n", Cli.clean(s.model()), Format.times(s.multiplier()),
                s.users() == null ? "" : " (" + Format.count(s.users()) + " users)",
                Format.rate(s.arrivalRatePerSecond()));
        StringBuilder status = new StringBuilder(s.stable() ? "Stable." : "SATURATED:");
        if (!s.stable()) {
            s.components().stream().filter(StationResult::saturated)
                    .forEach(c -> status.append(' ').append(Cli.clean(c.id())));
            status.append('.');
        }
        if (s.bottleneck() != null) {
            s.component(s.bottleneck()).ifPresent(b -> status.append(" Bottleneck: ")
                    .append(Cli.clean(b.id())).append(" (").append(Format.percent(b.utilization()))
                    .append(" busy)."));
        }
        if (s.maxArrivalRatePerSecond() != null) {
            status.append(" Capacity: ").append(Format.rate(s.maxArrivalRatePerSecond()))
                    .append(" requests/s");
            if (s.maxUsers() != null) {
                status.append(" (").append(Format.count(s.maxUsers())).append(" users)");
            }
            status.append('.');
        }
        if (p.bill() != null) {
            status.append(" Bill: ").append(Format.usd(p.bill().totalUsd())).append(" a month.");
        }
        out.println(status);
        String slo = sloLine(a, s);
        if (slo != null) {
            out.println(slo);
        }
        out.println(Cli.clean(Words.breaks(a.model(), breaks, a.model().growth().to())));
        s.warnings().forEach(w -> out.println("note: " + w));
        out.println();
        Table classes = new Table("class", "req/s", "done/s", "mean", "p50", "p95", "p99");
        for (ClassResult c : s.classes()) {
            classes.row(Cli.clean(c.name()), Format.rate(c.arrivalRatePerSecond()),
                    Format.rate(c.throughputPerSecond()), Format.ms(c.latencyMeanMs()),
                    Format.ms(c.latencyP50Ms()), Format.ms(c.latencyP95Ms()),
                    Format.ms(c.latencyP99Ms()));
        }
        classes.print(out);
        out.println();
        Table comps = new Table("component", "kind", "visits/s", "util", "inst", "servers",
                "wait ms", "resp ms", "queue", "$/month").left(1);
        for (StationResult c : s.components()) {
            comps.row(Cli.clean(c.id()), c.kind().json(), Format.rate(c.arrivalRatePerSecond()),
                    c.servers() == null ? "delay" : Format.percent(c.utilization()),
                    Integer.toString(c.instances()),
                    c.servers() == null ? "\u221e" : Integer.toString(c.servers()),
                    c.saturated() ? "saturated" : Format.plainMs(c.waitMs()),
                    c.saturated() ? "saturated" : Format.plainMs(c.responseMs()),
                    Format.plainMs(c.queueLength()),
                    p.bill() == null || !p.bill().prices(c.id()) ? Format.UNKNOWN
                            : Format.usdCents(p.bill().componentUsd(c.id())));
        }
        comps.print(out);
        for (StationResult c : s.components()) {
            String shed = Words.sheds(c.id(), c.lossProbability(), a.model().component(c.id())
                    .map(dev.headroom.model.Component::maxQueue).orElse(null));
            if (shed != null) {
                out.println(Cli.clean(shed) + ".");
            }
        }
    }

    /**
     * The p95 objective at this point, in the words of the app's header: "p95 612 ms: over the
     * 400 ms objective (checkout)", or null without an objective.
     */
    static String sloLine(Analysis a, Solution s) {
        Double slo = a.model().slo().p95LatencyMs();
        if (slo == null) {
            return null;
        }
        Optional<Double> worst = s.worstP95Ms();
        if (worst.isEmpty()) {
            return s.classes().isEmpty() ? null : "p95 saturated: over the " + Format.ms(slo)
                    + " objective (requests pile up faster than they are served).";
        }
        String cls = s.classes().stream().filter(c -> c.latencyP95Ms() != null
                && c.latencyP95Ms() > slo).map(ClassResult::name).reduce((x, y) -> x + ", " + y)
                .orElse(null);
        return "p95 " + Format.ms(worst.get()) + ": " + (cls == null ? "within" : "over")
                + " the " + Format.ms(slo) + " objective" + (cls == null ? "."
                        : " (" + Cli.clean(cls) + ").");
    }
}
