package dev.headroom.report;

import dev.headroom.analysis.AnalyticSolver;
import dev.headroom.analysis.Break;
import dev.headroom.analysis.Solution;
import dev.headroom.analysis.StationResult;
import dev.headroom.analysis.Sweep;
import dev.headroom.analysis.Sweeps;
import dev.headroom.model.Autoscale;
import dev.headroom.model.Component;
import dev.headroom.model.Model;
import dev.headroom.network.Network;
import dev.headroom.network.NetworkCompiler;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One design as the report shows it: the engine's sweep over the model's growth range (the
 * tables), a finer sweep over the same range (the curves of the charts), the bill at each point,
 * and what breaks first with its fix. Every figure is the engine's; nothing here re-derives one.
 *
 * @param sweep the engine's sweep at the model's own growth points
 * @param points those points with their bills
 * @param curve {@value #CURVE_POINTS} evenly spaced points over the same range, for the charts
 */
public record Design(Model model, Network network, Costing costing, Sweep sweep,
        List<Point> points, List<Point> curve, List<BreakFix> breaks) {

    /** Points on each chart curve. */
    public static final int CURVE_POINTS = 61;

    /** A solution and its monthly bill ({@code bill} null when the design has no pricing). */
    public record Point(Solution solution, MonthlyCost bill) {
        public Point {
            Objects.requireNonNull(solution);
        }

        public double multiplier() {
            return solution.multiplier();
        }
    }

    public Design {
        Objects.requireNonNull(model);
        points = List.copyOf(points);
        curve = List.copyOf(curve);
        breaks = List.copyOf(breaks);
    }

    /** Solves {@code model} over its growth range and prices every point with {@code costing}. */
    public static Design of(Model model, Network net, Costing costing) {
        Sweep sweep = Sweeps.sweep(model, net, model.growth());
        List<Point> points = new ArrayList<>();
        for (Solution s : sweep.points()) {
            points.add(new Point(s, costing.bill(model, net, s.multiplier()).orElse(null)));
        }
        double from = model.growth().from();
        double to = model.growth().to();
        List<Point> curve = new ArrayList<>();
        for (int i = 0; i < CURVE_POINTS; i++) {
            double m = i == CURVE_POINTS - 1 ? to : from + (to - from) * i / (CURVE_POINTS - 1);
            Solution s = AnalyticSolver.solve(net, m);
            curve.add(new Point(s, costing.bill(model, net, m).orElse(null)));
        }
        Point top = points.get(points.size() - 1);
        List<BreakFix> fixes = new ArrayList<>();
        for (Break b : sweep.breaks()) {
            fixes.add(fix(model, costing, b, top));
        }
        return new Design(model, net, costing, sweep, points, curve, fixes);
    }

    /**
     * Sizes the fix of one break at the top of the range: the instances that keep the
     * component's utilization under {@code slo.maxUtilization} there,
     * {@code ceil(λ·S̄ / (concurrency × maxUtilization))} from its arrival rate and mean service
     * time. Its price is the cost engine's: the component's line in the bill of the model with
     * the fix applied (fixed tiers: that many instances; autoscaled: that maximum) less its line
     * today at the same load.
     */
    static BreakFix fix(Model model, Costing costing, Break b, Point top) {
        StationResult st = top.solution().component(b.component()).orElseThrow();
        Component c = model.component(b.component()).orElseThrow();
        double busyServers = st.arrivalRatePerSecond() * st.meanServiceMs() / 1000.0;
        int needed = (int) Math.ceil(
                busyServers / (c.concurrency() * model.slo().maxUtilization()) - 1e-9);
        needed = Math.max(needed, 1);
        int extra = Math.max(0, needed - st.instances());
        Double cost = null;
        if (top.bill() != null) {
            if (extra == 0) {
                cost = 0.0;
            } else {
                Component fixed = c.isAutoscaled()
                        ? c.withAutoscale(new Autoscale(c.autoscale().min(), needed,
                                c.autoscale().targetUtilization()))
                        : c.withInstances(needed);
                Model variant = model.withComponent(model.indexOf(c.id()), fixed);
                cost = costing.bill(variant, NetworkCompiler.compile(variant), top.multiplier())
                        .map(bill -> bill.componentUsd(c.id()) - top.bill().componentUsd(c.id()))
                        .orElse(null);
            }
        }
        return new BreakFix(b.component(), c.displayName(), b.overUtilizationAt(),
                b.saturatesAt(), top.multiplier(), st.utilization(), st.instances(), needed,
                c.isAutoscaled(), cost);
    }

    public String name() {
        return model.name();
    }

    /** The engine's solution and bill at one multiplier (not necessarily a sweep point). */
    public Point at(double m) {
        for (Point p : points) {
            if (p.multiplier() == m) {
                return p;
            }
        }
        Solution s = AnalyticSolver.solve(network, m);
        return new Point(s, costing.bill(model, network, m).orElse(null));
    }

    /** Whether any point has a bill (the design is priced). */
    public boolean priced() {
        return points.stream().anyMatch(p -> p.bill() != null);
    }

    /** The first multiplier at which any component saturates, or null within the search limit. */
    public Double firstSaturationAt() {
        return firstSaturating().map(BreakFix::saturatesAt).orElse(null);
    }

    /** The component that saturates first, if any does within the engine's search. */
    public java.util.Optional<BreakFix> firstSaturating() {
        BreakFix first = null;
        for (BreakFix b : breaks) {
            if (b.saturatesAt() != null
                    && (first == null || b.saturatesAt() < first.saturatesAt())) {
                first = b;
            }
        }
        return java.util.Optional.ofNullable(first);
    }

    /**
     * Where the design breaks: the first multiplier at which a component saturates or the p95
     * SLO is breached, whichever comes first; null when neither happens within the engine's
     * search limit.
     */
    public Double breaksAt() {
        Double sat = firstSaturationAt();
        Double slo = sweep.sloBreachedAt();
        if (sat == null) {
            return slo;
        }
        return slo == null ? sat : Math.min(sat, slo);
    }

    /** Autoscaled components, in the model's order. */
    public List<Component> autoscaled() {
        return model.components().stream().filter(Component::isAutoscaled).toList();
    }
}
