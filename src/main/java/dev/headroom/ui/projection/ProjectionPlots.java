package dev.headroom.ui.projection;

import dev.headroom.analysis.Solution;
import dev.headroom.model.Component;
import dev.headroom.model.Model;
import dev.headroom.model.Workload;
import dev.headroom.app.Design;
import dev.headroom.app.Fixes;
import dev.headroom.app.Format;
import dev.headroom.app.Months;
import dev.headroom.app.Uncertainty;
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

    /** All six along growth multiples, without bands; those that do not apply say why. */
    static List<Plot> of(Design d) {
        return of(d, Axis.MULTIPLES, null);
    }

    /**
     * All six, in {@link #IDS} order, along {@code axis}, with the P10–P90 bands of
     * {@code spread} when it was drawn over the design's curve (null: no bands).
     */
    static List<Plot> of(Design d, Axis axis, Uncertainty.Result spread) {
        View v = new View(d, axis, spread != null && spread.drawn()
                && java.util.Arrays.equals(spread.multipliers(), multipliers(d)) ? spread : null);
        return List.of(latency(v), throughput(v), bill(v), costPerThousandUsers(v),
                utilization(v), instances(v));
    }

    /**
     * How the growth charts' x axis runs: along growth multiples (3x), or along the months of
     * the model's calendar (a multiple m at {@code ln m / ln(1 + rate)} months, so the months
     * tick evenly and every curve keeps its points).
     */
    record Axis(Months months) {
        static final Axis MULTIPLES = new Axis(null);

        boolean byMonth() {
            return months != null;
        }

        /** Where multiple {@code m} lies on the axis. */
        double x(double m) {
            return months == null ? m : months.monthsAt(m);
        }

        /** The multiple at a place on the axis. */
        double multiple(double x) {
            return months == null ? x : months.multiplierAtMonths(x);
        }
    }

    /** A design as the charts show it: along an axis, with its bands when drawn. */
    private record View(Design d, Axis axis, Uncertainty.Result spread) {
        /** The band of a figure over the curve, if drawn. */
        Optional<Uncertainty.Band> band(String key) {
            return spread == null ? Optional.empty() : spread.band(key);
        }
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

    /**
     * A plot over growth: x ticks "3x" (or "Sep 2027", by the month) with the users there
     * underneath.
     */
    private static Plot growthPlot(String id, String title, View v, String yLabel) {
        Design d = v.d();
        Axis axis = v.axis();
        Workload w = d.model().workload();
        boolean users = w.usersAt(1) != null;
        String along = axis.byMonth() ? "Month" : "Growth (× today)";
        String xLabel = !users ? (axis.byMonth() ? "Month" : "Growth (× today's load)")
                : w.isClosed() ? along + " and concurrent users" : along + " and users";
        double[] xs = multipliers(d);
        for (int i = 0; i < xs.length; i++) {
            xs[i] = axis.x(xs[i]);
        }
        Plot p = new Plot(id, title).axes(xLabel, yLabel)
                .x(xs)
                .hover(i -> pointTitle(v, i), i -> null)
                .cursor(axis::x)
                .yTicks(Format::tick).values(Format::tick);
        if (axis.byMonth()) {
            Months months = axis.months();
            p.xStep(ProjectionPlots::monthStep).xTicks(x -> {
                long n = Math.round(x);
                String month = Months.shortLabel(months.start().plusMonths(n));
                return month + (users ? "\n" + Format.compactCount(w.usersAt(axis.multiple(n)))
                        : "");
            });
        } else {
            p.xTicks(x -> Format.timesTick(x) + (users ? "\n" + Format.count(w.usersAt(x)) : ""));
        }
        if (v.spread() != null) {
            p.bandNote("P10\u2013P90 of " + Format.count((long) v.spread().draws()) + " draws");
        }
        return p;
    }

    /** Whole months between ticks ({@link Months#tickStep}). */
    static double monthStep(double raw) {
        return Months.tickStep(raw);
    }

    /** "3.2x · 96,000 users" (the engine's users at that point), "… · in Sep 2027" by month. */
    static String pointTitle(Design d, int i) {
        Solution s = d.curve().get(i).solution();
        String users = s.users() == null ? ""
                : " \u00b7 " + Format.count(s.users())
                        + (d.model().workload().isClosed() ? " concurrent users" : " users");
        return Format.times(s.multiplier()) + users;
    }

    private static String pointTitle(View v, int i) {
        String t = pointTitle(v.d(), i);
        if (!v.axis().byMonth()) {
            return t;
        }
        Integer n = v.axis().months().monthOf(v.d().curve().get(i).multiplier());
        return n == null ? t : t + " \u00b7 reached in "
                + Months.shortLabel(v.axis().months().month(n));
    }

    /** A marker's label: "… 3.4x", and its month by the calendar: "… 3.4x (Oct 2027)". */
    private static String at(View v, double m) {
        String times = Format.times(m);
        if (!v.axis().byMonth()) {
            return times;
        }
        Integer n = v.axis().months().monthOf(m);
        return n == null ? times : times + " (" + Months.shortLabel(v.axis().months().month(n))
                + ")";
    }

    /**
     * Adds the band of figure {@code key} to the line called {@code line}, NaN where the line
     * itself has no value (the bill past saturation), so the band ends where the line does.
     */
    private static void band(Plot p, View v, String key, String line, Color color) {
        v.band(key).ifPresent(b -> {
            double[] y = p.line(line).y();
            double[] lo = b.p10();
            double[] hi = b.p90();
            for (int i = 0; i < y.length; i++) {
                if (Double.isNaN(y[i])) {
                    lo[i] = Double.NaN;
                    hi[i] = Double.NaN;
                }
            }
            p.band(line, color, lo, hi);
        });
    }

    private static double nan(Double v) {
        return v == null ? Double.NaN : v;
    }

    private static boolean inRange(Design d, Double m) {
        return m != null && m >= d.range().from() && m <= d.range().to();
    }

    /** Marks where the first component saturates, when that is within the range. */
    private static void saturationMarker(Plot p, View v) {
        Design d = v.d();
        d.breaks().firstSaturation().filter(b -> inRange(d, b.saturatesAt())).ifPresent(b ->
                p.marker(d.model().component(b.component()).map(c -> c.displayName())
                        .orElse(b.component()) + " saturates " + at(v, b.saturatesAt()),
                        v.axis().x(b.saturatesAt()), Double.NaN, MARK));
    }

    // ---- the charts -----------------------------------------------------------------------------

    static Plot latency(View v) {
        Design d = v.d();
        Model model = d.model();
        List<Point> pts = d.curve();
        Plot p = growthPlot(LATENCY, "Latency per request class", v, "Latency (ms)");
        p.values(Format::ms);
        boolean gap = false;
        double worstAt1 = 0;
        for (Series.Latency l : Series.latency(d, pts)) {
            gap |= l.hasGap();
            worstAt1 = Math.max(worstAt1, Double.isNaN(l.p95()[0]) ? 0 : l.p95()[0]);
            p.line(l.name() + " p95", series(l.index()), Plot.Style.SOLID, l.p95());
            p.line(l.name() + " mean", series(l.index()), Plot.Style.DASHED, l.mean());
            band(p, v, Uncertainty.p95(l.name()), l.name() + " p95", series(l.index()));
        }
        Double slo = model.slo().p95LatencyMs();
        if (slo != null) {
            p.limit("p95 SLO " + Format.ms(slo), slo, LIMIT);
            p.yCap(Series.latencyCap(slo, worstAt1));
            Double at = d.breaks().sloBreachedAt();
            if (inRange(d, at)) {
                p.marker("p95 SLO breached " + at(v, at), v.axis().x(at), slo, MARK);
            }
        } else if (worstAt1 > 0) {
            p.yCap(Series.latencyCap(null, worstAt1));
        }
        saturationMarker(p, v);
        if (gap) {
            p.note("Where a line stops, the class's path crosses a saturated component: "
                    + "requests queue without bound.");
        }
        return p;
    }

    static Plot throughput(View v) {
        Design d = v.d();
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
                    .values(Format::rate)
                    .hover(i -> pointTitle(d, i), i -> null)
                    .cursor(m -> nan(w.usersAt(m)));
            p.line("throughput", series(0), Plot.Style.SOLID, served);
            band(p, v, Uncertainty.THROUGHPUT, "throughput", series(0));
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
                .values(Format::rate)
                .hover(i -> pointTitle(d, i), i -> null)
                .cursor(w::peakArrivalRate);
        p.line("offered load (no loss)", NEUTRAL, Plot.Style.DASHED, offered);
        p.line("throughput", series(0), Plot.Style.SOLID, served);
        band(p, v, Uncertainty.THROUGHPUT, "throughput", series(0));
        sat.ifPresent(b -> {
            double rate = w.peakArrivalRate(b.brk().saturatesAt());
            p.marker(b.name() + " saturates at " + Format.rate(rate) + " req/s", rate, rate,
                    MARK);
        });
        return p;
    }

    static Plot bill(View v) {
        Design d = v.d();
        String title = "Monthly bill by component";
        if (!d.priced()) {
            return Plot.unavailable(BILL, title, "No pricing for this model.");
        }
        List<Point> pts = d.curve();
        Plot p = growthPlot(BILL, title, v, "USD per month").yTicks(Format::usdTick)
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
            if (b == null || i >= Series.served(pts)) {
                return null;
            }
            String range = v.band(Uncertainty.BILL).map(x -> x.at(i))
                    .filter(r -> !r.collapsed() && r.p10() != null && r.p90() != null)
                    .map(r -> " (" + dev.headroom.app.Runway.usdRange(r.p10(), r.p90()) + ")")
                    .orElse("");
            return "Total " + Format.usd(b.totalUsd()) + " / month" + range;
        });
        totalBand(p, v, pts);
        saturationMarker(p, v);
        unservedNote(p, d, pts);
        return p;
    }

    /** The band of the whole bill, around the top of the stack, up to saturation. */
    private static void totalBand(Plot p, View v, List<Point> pts) {
        v.band(Uncertainty.BILL).ifPresent(b -> {
            int served = Series.served(pts);
            double[] lo = b.p10();
            double[] hi = b.p90();
            for (int i = served; i < lo.length; i++) {
                lo[i] = Double.NaN;
                hi[i] = Double.NaN;
            }
            p.band(TOTAL, NEUTRAL, lo, hi);
        });
    }

    /** The name the bill's band goes by: the stack's total, which has no line of its own. */
    static final String TOTAL = "total";

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

    static Plot costPerThousandUsers(View v) {
        Design d = v.d();
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
        Plot p = growthPlot(COST_PER_USERS, title, v, "USD per 1,000 users per month")
                .yTicks(Format::usdTick).values(Format::usd);
        p.line("cost per 1,000 users", series(0), Plot.Style.SOLID, y);
        band(p, v, Uncertainty.PER_THOUSAND_USERS, "cost per 1,000 users", series(0));
        saturationMarker(p, v);
        unservedNote(p, d, pts);
        return p;
    }

    static Plot utilization(View v) {
        Design d = v.d();
        List<Point> pts = d.curve();
        double target = d.model().slo().maxUtilization();
        Plot p = growthPlot(UTILIZATION, "Utilization per component", v, "Utilization")
                .yTicks(x -> String.format(Locale.US, "%.0f%%", x * 100))
                .values(Format::percent).yCap(1.2);
        for (Series.Line l : Series.utilization(d, pts)) {
            p.line(l.name(), series(l.index()), Plot.Style.SOLID, l.y());
            band(p, v, Uncertainty.utilization(d.model().components().get(l.index()).id()),
                    l.name(), series(l.index()));
        }
        p.limit("target " + Format.percent(target), target, LIMIT);
        for (Fixes.BreakFixes b : d.fixes()) {
            Double over = b.brk().overUtilizationAt();
            if (inRange(d, over)) {
                int k = d.model().indexOf(b.componentId());
                p.marker(b.name() + " passes " + Format.percent(target) + " at "
                        + at(v, over), v.axis().x(over), target, series(k).darker());
            }
        }
        return p;
    }

    static Plot instances(View v) {
        Design d = v.d();
        String title = "Instances per autoscaled tier";
        List<Component> scaled = d.autoscaled();
        if (scaled.isEmpty()) {
            return Plot.unavailable(INSTANCES, title, "No tier autoscales: instance counts "
                    + "stay as set.");
        }
        List<Point> pts = d.curve();
        Plot p = growthPlot(INSTANCES, title, v, "Instances").integerY()
                .values(x -> String.format(Locale.US, "%.0f", x));
        for (Series.Line l : Series.instances(d, pts)) {
            p.line(l.name(), series(l.index()), Plot.Style.STEP, l.y());
            band(p, v, Uncertainty.instances(d.model().components().get(l.index()).id()),
                    l.name(), series(l.index()));
        }
        Series.autoscaleMaxima(d).forEach((max, label) -> p.limit(label, max, MUTED));
        saturationMarker(p, v);
        return p;
    }
}
