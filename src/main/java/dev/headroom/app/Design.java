package dev.headroom.app;

import dev.headroom.analysis.Sweep;
import dev.headroom.model.Component;
import dev.headroom.model.Growth;
import dev.headroom.model.Model;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One design over a growth range, as the Projection view, the comparison and the report show
 * it: a point (solution and bill) at each growth step for the tables, a finer curve over the
 * same range for the charts, where it breaks, and what each break's fixes do. Every figure is
 * the engine's; nothing here re-derives one.
 *
 * @param analysis the model it was made from
 * @param range the growth range
 * @param points a point at each of the range's steps
 * @param curve {@value #CURVE_POINTS} evenly spaced points over the same range, for the charts
 * @param breaks where it breaks (one definition everywhere)
 * @param fixes what breaks, in the engine's order, each with the fixes an engineer would try
 * @param latencyAdvice advice when a slow dependency misses the p95 objective within the range,
 *     or null
 */
public record Design(Analysis analysis, Growth range, List<Point> points, List<Point> curve,
        Breaks breaks, List<Fixes.BreakFixes> fixes, Fixes.LatencyAdvice latencyAdvice) {

    /** Points on each chart curve. */
    public static final int CURVE_POINTS = 61;

    public Design {
        Objects.requireNonNull(analysis);
        points = List.copyOf(points);
        curve = List.copyOf(curve);
        fixes = List.copyOf(fixes);
    }

    static Design of(Analysis a, Growth range) {
        List<Point> points = a.points(range);
        double from = range.from();
        double to = range.to();
        List<Point> curve = new ArrayList<>();
        for (int i = 0; i < CURVE_POINTS; i++) {
            double m = i == CURVE_POINTS - 1 ? to : from + (to - from) * i / (CURVE_POINTS - 1);
            curve.add(a.at(m));
        }
        Breaks breaks = a.breaks();
        Point top = points.get(points.size() - 1);
        return new Design(a, range, points, curve, breaks, Fixes.of(a, breaks, top),
                Fixes.latencyAdvice(a, breaks, top));
    }

    public Model model() {
        return analysis.model();
    }

    public String name() {
        return model().name();
    }

    /** The engine's sweep of the range's steps, for the JSON and CSV of {@code sweep}. */
    public Sweep sweep() {
        return new Sweep(name(), points.stream().map(Point::solution).toList(),
                breaks.components(), breaks.sloBreachedAt());
    }

    /** The top of the range, where fixes are sized. */
    public Point top() {
        return points.get(points.size() - 1);
    }

    /** The point at one multiplier (a step of the range, or solved anew). */
    public Point at(double m) {
        for (Point p : points) {
            if (p.multiplier() == m) {
                return p;
            }
        }
        return analysis.at(m);
    }

    /** Whether the design is priced. */
    public boolean priced() {
        return analysis.pricing().priced();
    }

    /** Where the design breaks: see {@link Breaks#breaksAt()}. */
    public Double breaksAt() {
        return breaks.breaksAt();
    }

    /** Autoscaled components, in the model's order. */
    public List<Component> autoscaled() {
        return model().components().stream().filter(Component::isAutoscaled).toList();
    }
}
