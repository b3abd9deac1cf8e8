package dev.headroom.ui.projection;

import dev.headroom.analysis.Solution;
import dev.headroom.model.Component;
import dev.headroom.model.Model;
import dev.headroom.model.Workload;
import dev.headroom.app.Design;
import dev.headroom.app.Fixes;
import dev.headroom.app.Format;
import dev.headroom.app.Point;
import dev.headroom.cost.Bill;
import dev.headroom.report.Series;
import dev.headroom.report.chart.Palette;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.paint.Color;

/**
 * The six projection charts of a {@link Design} as {@link Plot}s, over its curve (evenly spaced
 * engine solutions over the growth range). Every value is copied from the design; colours are the
 * report's (a request class or a component keeps its colour by its index in the model).
 */
final class ProjectionPlots {
    static final String LATENCY = "latency";
    static final String THROUGHPUT = "throughput";
    static final String BILL = "bill";
    static final String COST_PER_USERS = "cost-per-1000-users";
    static final String UTILIZATION = "utilization";
    static final String INSTANCES = "instances";

    /** Chart ids in the order the view shows them. */
    static final List<String> IDS = List.of(LATENCY, THROUGHPUT, BILL, COST_PER_USERS,
            UTILIZATION, INSTANCES);

    static final Color LIMIT = fx(Palette.LIMIT);
    static final Color MARK = fx(Palette.MARK);
    static final Color MUTED = fx(Palette.MUTED);
    static final Color NEUTRAL = fx(Palette.AXIS);

    private ProjectionPlots() {}

    /** All six, in {@link #IDS} order; those that do not apply say why. */
    static List<Plot> of(Design d) {
        return List.of(latency(d), throughput(d), bill(d), costPerThousandUsers(d),
                utilization(d), instances(d));
    }

    static Color fx(java.awt.Color c) {
        return Color.rgb(c.getRed(), c.getGreen(), c.getBlue());
    }

    /** The colour of the {@code i}-th class or component, as everywhere in Headroom's charts. */
    static Color series(int i) {
        return fx(Palette.series(i));
    }

    // ---- the growth axis ------------------------------------------------------------------------

    private static double[] multipliers(Design d) {
        return d.curve().stream().mapToDouble(Point::multiplier).toArray();
    }

    /** A plot over growth multiples: x ticks "3x" with the users there underneath. */
    private static Plot growthPlot(String id, String title, Design d, String yLabel) {
        Workload w = d.model().workload();
        boolean users = w.usersAt(1) != null;
        String xLabel = !users ? "Growth (× today's load)" : w.isClosed()
                ? "Growth (× today) and concurrent users" : "Growth (× today) and users";
        return new Plot(id, title).axes(xLabel, yLabel)
                .x(multipliers(d))
                .hover(i -> pointTitle(d, i), i -> null)
                .cursor(m -> m)
                .xTicks(v -> Format.timesTick(v) + (users ? "\n" + Format.count(w.usersAt(v)) : ""))
                .yTicks(Format::tick).values(Format::tick);
    }

    /** "3.2x · 96,000 users" (the engine's users at that point). */
    static String pointTitle(Design d, int i) {
        Solution s = d.curve().get(i).solution();
        String users = s.users() == null ? ""
                : " \u00b7 " + Format.count(s.users())
                        + (d.model().workload().isClosed() ? " concurrent users" : " users");
        return Format.times(s.multiplier()) + users;
    }

    private static double nan(Double v) {
        return v == null ? Double.NaN : v;
    }

    private static boolean inRange(Design d, Double m) {
        return m != null && m >= d.range().from() && m <= d.range().to();
    }

    /** Marks where the first component saturates, when that is within the range. */
    private static void saturationMarker(Plot p, Design d) {
        d.breaks().firstSaturation().filter(b -> inRange(d, b.saturatesAt())).ifPresent(b ->
                p.marker(d.model().component(b.component()).map(c -> c.displayName())
                        .orElse(b.component()) + " saturates " + Format.times(b.saturatesAt()),
                        b.saturatesAt(), Double.NaN, MARK));
    }

    // ---- the charts -----------------------------------------------------------------------------

    static Plot latency(Design d) {
        Model model = d.model();
        List<Point> pts = d.curve();
        Plot p = growthPlot(LATENCY, "Latency per request class", d, "Latency (ms)");
        p.values(Format::ms);
        boolean gap = false;
        double worstAt1 = 0;
        for (Series.Latency l : Series.latency(d, pts)) {
            gap |= l.hasGap();
            worstAt1 = Math.max(worstAt1, Double.isNaN(l.p95()[0]) ? 0 : l.p95()[0]);
            p.line(l.name() + " p95", series(l.index()), Plot.Style.SOLID, l.p95());
            p.line(l.name() + " mean", series(l.index()), Plot.Style.DASHED, l.mean());
        }
        Double slo = model.slo().p95LatencyMs();
        if (slo != null) {
            p.limit("p95 SLO " + Format.ms(slo), slo, LIMIT);
            p.yCap(Series.latencyCap(slo, worstAt1));
            Double at = d.breaks().sloBreachedAt();
            if (inRange(d, at)) {
                p.marker("p95 SLO breached " + Format.times(at), at, slo, MARK);
            }
        } else if (worstAt1 > 0) {
            p.yCap(Series.latencyCap(null, worstAt1));
        }
        saturationMarker(p, d);
        if (gap) {
            p.note("Where a line stops, the class's path crosses a saturated component: "
                    + "requests queue without bound.");
        }
        return p;
    }

    static Plot throughput(Design d) {
        List<Point> pts = d.curve();
        Workload w = d.model().workload();
        double[] served = pts.stream().mapToDouble(pt -> pt.solution().throughputPerSecond())
                .toArray();
        Optional<Fixes.BreakFixes> sat = d.breaks().firstSaturation()
                .filter(b -> inRange(d, b.saturatesAt()))
                .flatMap(b -> d.fixes().stream().filter(f -> f.brk() == b).findFirst());
        if (w.isClosed()) {
            // A closed workload offers users, not a rate: throughput against concurrent users.
            double[] users = pts.stream().mapToDouble(pt -> pt.solution().users()).toArray();
            Plot p = new Plot(THROUGHPUT, "Throughput vs concurrent users")
                    .axes("Concurrent users", "Throughput (requests/s)").x(users)
                    .xTicks(Format::tick).yTicks(Format::tick)
                    .values(v -> Format.rate(v))
                    .hover(i -> pointTitle(d, i), i -> null)
                    .cursor(m -> nan(w.usersAt(m)));
            p.line("throughput", series(0), Plot.Style.SOLID, served);
            sat.ifPresent(b -> p.marker(b.name() + " saturates near "
                    + Format.count(w.usersAt(b.brk().saturatesAt())) + " users",
                    w.usersAt(b.brk().saturatesAt()), Double.NaN, MARK));
            return p;
        }
        double[] offered = pts.stream().mapToDouble(pt -> pt.solution().arrivalRatePerSecond())
                .toArray();
        Plot p = new Plot(THROUGHPUT, "Throughput vs offered load")
                .axes("Offered load (requests/s at peak)", "Throughput (requests/s)").x(offered)
                .xTicks(Format::tick).yTicks(Format::tick)
                .values(v -> Format.rate(v))
                .hover(i -> pointTitle(d, i), i -> null)
                .cursor(w::peakArrivalRate);
        p.line("offered load (no loss)", NEUTRAL, Plot.Style.DASHED, offered);
        p.line("throughput", series(0), Plot.Style.SOLID, served);
        sat.ifPresent(b -> {
            double rate = w.peakArrivalRate(b.brk().saturatesAt());
            p.marker(b.name() + " saturates at " + Format.rate(rate) + " req/s", rate, rate,
                    MARK);
        });
        return p;
    }

    static Plot bill(Design d) {
        String title = "Monthly bill by component";
        if (!d.priced()) {
            return Plot.unavailable(BILL, title, "No pricing for this model.");
        }
        List<Point> pts = d.curve();
        Plot p = growthPlot(BILL, title, d, "USD per month").yTicks(Format::usdTick)
                .values(Format::usd);
        for (Series.Line l : Series.billByComponent(d, pts)) {
            p.line(l.name(), series(l.index()), Plot.Style.AREA, l.y());
        }
        // Model-wide charges (egress) have no component: one grey layer per label.
        for (Series.Line l : Series.billModelWide(pts)) {
            p.line(l.name(), l.index() == 0 ? NEUTRAL : Color.web("#CBD5E1"), Plot.Style.AREA,
                    l.y());
        }
        p.hover(i -> pointTitle(d, i), i -> {
            Bill b = pts.get(i).bill();
            return b == null || i >= Series.served(pts) ? null
                    : "Total " + Format.usd(b.totalUsd()) + " / month";
        });
        saturationMarker(p, d);
        unservedNote(p, d, pts);
        return p;
    }

    /** Says why a bill stops where the design saturates. */
    private static void unservedNote(Plot p, Design d, List<Point> pts) {
        if (Series.served(pts) < pts.size()) {
            String where = d.breaks().firstSaturation()
                    .map(b -> d.model().component(b.component()).map(c -> c.displayName())
                            .orElse(b.component()) + " saturates at "
                            + Format.times(b.saturatesAt()))
                    .orElse("a component saturates");
            p.note("No bill past saturation: " + where + " and the design no longer serves its "
                    + "users. The Plan shows what a design that holds costs.");
        }
    }

    static Plot costPerThousandUsers(Design d) {
        String title = "Cost per 1,000 users";
        if (!d.priced()) {
            return Plot.unavailable(COST_PER_USERS, title, "No pricing for this model.");
        }
        if (d.curve().get(0).solution().users() == null) {
            return Plot.unavailable(COST_PER_USERS, title,
                    "The workload is given as a request rate, without users.");
        }
        List<Point> pts = d.curve();
        double[] y = Series.costPerThousandUsers(pts);
        Plot p = growthPlot(COST_PER_USERS, title, d, "USD per 1,000 users per month")
                .yTicks(Format::usdTick).values(Format::usd);
        p.line("cost per 1,000 users", series(0), Plot.Style.SOLID, y);
        saturationMarker(p, d);
        unservedNote(p, d, pts);
        return p;
    }

    static Plot utilization(Design d) {
        List<Point> pts = d.curve();
        double target = d.model().slo().maxUtilization();
        Plot p = growthPlot(UTILIZATION, "Utilization per component", d, "Utilization")
                .yTicks(v -> String.format(Locale.US, "%.0f%%", v * 100))
                .values(Format::percent).yCap(1.2);
        for (Series.Line l : Series.utilization(d, pts)) {
            p.line(l.name(), series(l.index()), Plot.Style.SOLID, l.y());
        }
        p.limit("target " + Format.percent(target), target, LIMIT);
        for (Fixes.BreakFixes b : d.fixes()) {
            Double over = b.brk().overUtilizationAt();
            if (inRange(d, over)) {
                int k = d.model().indexOf(b.componentId());
                p.marker(b.name() + " passes " + Format.percent(target) + " at "
                        + Format.times(over), over, target, series(k).darker());
            }
        }
        return p;
    }

    static Plot instances(Design d) {
        String title = "Instances per autoscaled tier";
        List<Component> scaled = d.autoscaled();
        if (scaled.isEmpty()) {
            return Plot.unavailable(INSTANCES, title, "No tier autoscales: instance counts "
                    + "stay as set.");
        }
        List<Point> pts = d.curve();
        Plot p = growthPlot(INSTANCES, title, d, "Instances").integerY()
                .values(v -> String.format(Locale.US, "%.0f", v));
        for (Series.Line l : Series.instances(d, pts)) {
            p.line(l.name(), series(l.index()), Plot.Style.STEP, l.y());
        }
        Series.autoscaleMaxima(d).forEach((max, label) -> p.limit(label, max, MUTED));
        saturationMarker(p, d);
        return p;
    }
}
