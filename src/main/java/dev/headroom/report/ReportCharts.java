package dev.headroom.report;

import dev.headroom.analysis.Break;
import dev.headroom.analysis.Solution;
import dev.headroom.app.Design;
import dev.headroom.app.Fixes;
import dev.headroom.app.Format;
import dev.headroom.app.Point;
import dev.headroom.app.Uncertainty;
import dev.headroom.model.Model;
import dev.headroom.report.chart.ArchitectureDiagram;
import dev.headroom.report.chart.Chart;
import dev.headroom.report.chart.LineChart;
import dev.headroom.report.chart.Palette;
import dev.headroom.report.chart.StackedBarChart;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The figures of a report, drawn from a {@link Design}'s points: a colour per request class and
 * per component (by its index in the model), limits dashed, break points marked.
 */
public final class ReportCharts {
    public static final int WIDTH = 800;
    public static final int HEIGHT = 370;

    private ReportCharts() {}

    /** Every chart of one design, in report order (those that do not apply are left out). */
    public static List<Chart> of(Design d) {
        return of(d, null);
    }

    /**
     * Every chart of one design, with the P10–P90 bands of {@code spread} when it was drawn at
     * the design's curve ({@link Design#curve()}; null or otherwise: no bands). The bill, drawn
     * as bars at the design's own steps, gets no band: its range is given in words.
     */
    public static List<Chart> of(Design d, Uncertainty.Result spread) {
        Uncertainty.Result u = spread != null && spread.drawn()
                && java.util.Arrays.equals(spread.multipliers(), xs(d.curve())) ? spread : null;
        List<Chart> out = new ArrayList<>();
        out.add(latency(d, u));
        out.add(throughput(d, u));
        if (d.priced()) {
            out.add(bill(d));
            if (d.points().get(0).solution().users() != null) {
                out.add(costPerThousandUsers(d, u));
            }
        }
        out.add(utilization(d, u));
        if (!d.autoscaled().isEmpty()) {
            out.add(instances(d, u));
        }
        return out;
    }

    /** The band of figure {@code key} along x, NaN where the line {@code y} has no value. */
    private static void band(LineChart c, Uncertainty.Result u, String key, java.awt.Color color,
            double[] x, double[] y) {
        if (u == null) {
            return;
        }
        u.band(key).ifPresent(b -> {
            double[] lo = b.p10();
            double[] hi = b.p90();
            for (int i = 0; i < y.length; i++) {
                if (Double.isNaN(y[i])) {
                    lo[i] = Double.NaN;
                    hi[i] = Double.NaN;
                }
            }
            c.band(color, x, lo, hi);
        });
    }

    public static Chart architecture(Model model) {
        return new Chart("architecture", "Architecture", ArchitectureDiagram.render(model));
    }

    static String x(double m) {
        return Format.timesTick(m);
    }

    private static double[] xs(List<Point> pts) {
        return pts.stream().mapToDouble(Point::multiplier).toArray();
    }

    private static String growthLabel(Design d) {
        Double users = d.points().get(0).solution().users();
        return users == null ? "Growth (× today's traffic)" : "Growth (× today's users)";
    }

    public static Chart latency(Design d) {
        return latency(d, null);
    }

    static Chart latency(Design d, Uncertainty.Result u) {
        Model model = d.model();
        List<Point> pts = d.curve();
        LineChart c = new LineChart("Latency per request class", growthLabel(d), "Latency (ms)")
                .xFormat(ReportCharts::x).yFormat(Format::tick);
        boolean gap = false;
        double worstAt1 = 0;
        // a model that names no request class has one, "default": its lines are "p95", "mean"
        boolean unnamed = model.workload().classes().isEmpty();
        for (Series.Latency l : Series.latency(d, pts)) {
            gap |= l.hasGap();
            worstAt1 = Math.max(worstAt1, Double.isNaN(l.p95()[0]) ? 0 : l.p95()[0]);
            String name = unnamed ? "" : l.name() + " ";
            c.series(name + "p95", Palette.series(l.index()), xs(pts), l.p95(),
                    LineChart.Style.SOLID);
            c.series(name + "mean", Palette.series(l.index()), xs(pts), l.mean(),
                    LineChart.Style.DOTTED);
            band(c, u, Uncertainty.p95(l.name()), Palette.series(l.index()), xs(pts), l.p95());
        }
        Double slo = model.slo().p95LatencyMs();
        if (slo != null) {
            c.limit("p95 SLO " + Format.ms(slo), slo, Palette.LIMIT);
            c.yCap(Series.latencyCap(slo, worstAt1));
            Double at = d.breaks().sloBreachedAt();
            if (at != null && at > 0) {
                c.marker("p95 SLO breached at " + Format.times(at), at, slo, Palette.MARK);
            }
        } else if (worstAt1 > 0) {
            c.yCap(Series.latencyCap(null, worstAt1));
        }
        Double sat = firstSaturationAt(d);
        if (sat != null) {
            c.marker(firstSaturating(d) + " saturates at " + Format.times(sat), sat, Double.NaN,
                    Palette.MARK);
        }
        if (gap) {
            c.note("Where a line stops, the class's path crosses a saturated component: "
                    + "requests queue without bound.");
        }
        return new Chart("latency", "Latency per request class",
                c.render(WIDTH, HEIGHT + 20));
    }

    private static String firstSaturating(Design d) {
        return d.breaks().firstSaturation().flatMap(b -> d.model().component(b.component()))
                .map(c -> c.displayName()).orElse("");
    }

    private static Double firstSaturationAt(Design d) {
        return d.breaks().firstSaturation().map(Break::saturatesAt).orElse(null);
    }

    public static Chart throughput(Design d) {
        return throughput(d, null);
    }

    static Chart throughput(Design d, Uncertainty.Result u) {
        List<Point> pts = d.curve();
        double[] served = pts.stream().mapToDouble(p -> p.solution().throughputPerSecond())
                .toArray();
        if (d.model().workload().isClosed()) {
            // A closed workload offers users, not a rate: throughput against concurrent users.
            double[] users = pts.stream().mapToDouble(p -> p.solution().users()).toArray();
            LineChart c = new LineChart("Throughput vs concurrent users", "Concurrent users",
                    "Throughput (requests/s)").xFormat(Format::tick)
                    .yFormat(Format::tick);
            c.series("throughput", Palette.series(0), users, served, LineChart.Style.SOLID);
            band(c, u, Uncertainty.THROUGHPUT, Palette.series(0), users, served);
            Double sat = firstSaturationAt(d);
            if (sat != null) {
                double at = d.model().workload().users() * sat;
                c.marker(firstSaturating(d) + " saturates near " + Format.count(at) + " users",
                        at, Double.NaN, Palette.MARK);
            }
            return new Chart("throughput", "Throughput vs concurrent users",
                    c.render(WIDTH, HEIGHT));
        }
        double[] offered = pts.stream().mapToDouble(p -> p.solution().arrivalRatePerSecond())
                .toArray();
        LineChart c = new LineChart("Throughput vs offered load", "Offered load (requests/s)",
                "Throughput (requests/s)").xFormat(Format::tick)
                .yFormat(Format::tick);
        c.series("offered load (no loss)", Palette.AXIS, offered, offered,
                LineChart.Style.DASHED);
        c.series("throughput", Palette.series(0), offered, served, LineChart.Style.SOLID);
        band(c, u, Uncertainty.THROUGHPUT, Palette.series(0), offered, served);
        Double sat = firstSaturationAt(d);
        if (sat != null) {
            double rate = d.model().workload().peakArrivalRate(sat);
            c.marker(firstSaturating(d) + " saturates at " + Format.rate(rate) + " req/s",
                    rate, rate, Palette.MARK);
        }
        return new Chart("throughput", "Throughput vs offered load", c.render(WIDTH, HEIGHT));
    }

    public static Chart bill(Design d) {
        List<Point> pts = d.points();
        List<String> cats = pts.stream().map(p -> Format.times(p.multiplier())).toList();
        StackedBarChart c = new StackedBarChart("Monthly bill by component", growthLabel(d),
                "USD per month", cats).yFormat(Format::usdTick, Format::usd);
        for (Series.Line l : Series.billByComponent(d, pts)) {
            c.layer(l.name(), Palette.series(l.index()), l.y());
        }
        // Model-wide charges (egress) have no component: one layer per label, in grey tones.
        for (Series.Line l : Series.billModelWide(pts)) {
            c.layer(l.name(), l.index() == 0 ? new java.awt.Color(0x94A3B8)
                    : new java.awt.Color(0xCBD5E1), l.y());
        }
        int served = Series.served(pts);
        double[] totals = new double[pts.size()];
        for (int j = 0; j < totals.length; j++) {
            Point p = pts.get(j);
            totals[j] = j >= served ? Double.NaN : p.bill() == null ? 0 : p.bill().totalUsd();
        }
        c.totals(totals);
        return new Chart("bill", "Monthly bill by component", c.render(WIDTH, HEIGHT + 20));
    }

    public static Chart costPerThousandUsers(Design d) {
        return costPerThousandUsers(d, null);
    }

    static Chart costPerThousandUsers(Design d, Uncertainty.Result u) {
        List<Point> pts = d.curve();
        double[] y = Series.costPerThousandUsers(pts);
        LineChart c = new LineChart("Cost per 1,000 users", growthLabel(d),
                "USD per 1,000 users per month").xFormat(ReportCharts::x)
                .yFormat(Format::usdTick);
        c.series("cost per 1,000 users", Palette.series(0), xs(pts), y, LineChart.Style.SOLID);
        band(c, u, Uncertainty.PER_THOUSAND_USERS, Palette.series(0), xs(pts), y);
        return new Chart("cost-per-1000-users", "Cost per 1,000 users",
                c.render(WIDTH, HEIGHT - 40));
    }

    public static Chart utilization(Design d) {
        return utilization(d, null);
    }

    static Chart utilization(Design d, Uncertainty.Result u) {
        List<Point> pts = d.curve();
        double limit = d.model().slo().maxUtilization();
        LineChart c = new LineChart("Utilization per component", growthLabel(d),
                "Utilization (%)").xFormat(ReportCharts::x)
                .yFormat(v -> String.format(Locale.ROOT, "%.0f%%", v * 100)).yCap(1.2);
        for (Series.Line l : Series.utilization(d, pts)) {
            c.series(l.name(), Palette.series(l.index()), xs(pts), l.y(), LineChart.Style.SOLID);
            band(c, u, Uncertainty.utilization(d.model().components().get(l.index()).id()),
                    Palette.series(l.index()), xs(pts), l.y());
        }
        c.limit("utilization limit " + Format.percent(limit), limit, Palette.LIMIT);
        for (Fixes.BreakFixes b : d.fixes()) {
            Double over = b.brk().overUtilizationAt();
            if (over != null) {
                int k = d.model().indexOf(b.componentId());
                c.marker(b.name() + " " + Format.times(over), over, limit,
                        Palette.series(k).darker());
            }
        }
        return new Chart("utilization", "Utilization per component",
                c.render(WIDTH, HEIGHT + 20));
    }

    public static Chart instances(Design d) {
        return instances(d, null);
    }

    static Chart instances(Design d, Uncertainty.Result u) {
        List<Point> pts = d.curve();
        LineChart c = new LineChart("Instances per autoscaled tier", growthLabel(d),
                "Instances").xFormat(ReportCharts::x).yFormat(Format::tick)
                .integerTicks();
        for (Series.Line l : Series.instances(d, pts)) {
            c.series(l.name(), Palette.series(l.index()), xs(pts), l.y(), LineChart.Style.STEP);
            band(c, u, Uncertainty.instances(d.model().components().get(l.index()).id()),
                    Palette.series(l.index()), xs(pts), l.y());
        }
        Series.autoscaleMaxima(d).forEach((max, label) -> c.limit(label, max, Palette.MUTED));
        return new Chart("instances", "Instances per autoscaled tier",
                c.render(WIDTH, HEIGHT - 40));
    }

    /** Worst p95 and the monthly bill of each design over the common growth range. */
    public static List<Chart> comparison(List<Design> designs) {
        double end = designs.stream().mapToDouble(d -> d.range().to()).min().orElse(10);
        double start = Math.min(1, end);
        int n = 46;
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            ms[i] = i == n - 1 ? end : start + (end - start) * i / (n - 1);
        }
        LineChart p95 = new LineChart("Worst p95 latency by design", "Growth (× today)",
                "Worst p95 (ms)").xFormat(ReportCharts::x)
                .yFormat(Format::tick);
        LineChart bill = new LineChart("Monthly bill by design", "Growth (× today)",
                "USD per month").xFormat(ReportCharts::x).yFormat(Format::usdTick);
        boolean priced = false;
        double cap = 0;
        for (int i = 0; i < designs.size(); i++) {
            Design d = designs.get(i);
            double[] lat = new double[n];
            double[] usd = new double[n];
            for (int j = 0; j < n; j++) {
                Point p = d.at(ms[j]);
                Solution s = p.solution();
                lat[j] = s.worstP95Ms().map(Double::doubleValue).orElse(Double.NaN);
                usd[j] = p.bill() == null ? Double.NaN : p.bill().totalUsd();
                priced |= p.bill() != null;
            }
            cap = Math.max(cap, Double.isNaN(lat[0]) ? 0 : lat[0]);
            Double slo = d.model().slo().p95LatencyMs();
            if (slo != null) {
                cap = Math.max(cap, slo);
            }
            String name = label(d.name(), i);
            p95.series(name, Palette.series(i), ms, lat, LineChart.Style.SOLID);
            Double sat = firstSaturationAt(d);
            if (sat != null && sat <= end) {
                String what = firstSaturating(d);
                what = dev.headroom.app.Words.shorten(what, 28);
                p95.marker((char) ('A' + i) + ": " + what + " saturates at "
                        + Format.times(sat), sat,
                        Double.NaN, Palette.series(i).darker());
            }
            bill.series(name, Palette.series(i), ms, usd, LineChart.Style.SOLID);
        }
        p95.yCap(Series.compareLatencyCap(cap));
        List<Chart> out = new ArrayList<>();
        out.add(new Chart("compare-p95", "Worst p95 latency by design",
                p95.render(WIDTH, HEIGHT)));
        if (priced) {
            out.add(new Chart("compare-bill", "Monthly bill by design",
                    bill.render(WIDTH, HEIGHT)));
        }
        return out;
    }

    /** A design's legend name: "A: name", shortened. */
    static String label(String name, int i) {
        String n = dev.headroom.app.Words.shorten(name, 48);
        return (char) ('A' + i) + ": " + n;
    }
}
