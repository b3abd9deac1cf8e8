package dev.headroom.report;

import dev.headroom.analysis.ClassResult;
import dev.headroom.analysis.StationResult;
import dev.headroom.app.Design;
import dev.headroom.app.Point;
import dev.headroom.cost.Bill;
import dev.headroom.cost.LineItem;
import dev.headroom.model.Component;
import dev.headroom.model.RequestClass;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The numbers behind a design's charts, one array per line over a list of points: what the
 * report draws with Java2D ({@link ReportCharts}) and the app with JavaFX charts. Kept in one
 * place so that the picture a client keeps and the one on screen cannot drift apart. A value
 * the engine does not have (a saturated class's latency, no bill) is NaN, so that a line stops
 * there.
 */
public final class Series {
    private Series() {}

    /**
     * One line: its name and values; {@code index} is the component's or the request class's
     * position in the model (its colour), or the order of a model-wide charge.
     */
    public record Line(String name, int index, double[] y) {}

    /** A request class's p95 and mean latency (ms) at each point. */
    public record Latency(String name, int index, double[] p95, double[] mean) {
        /** Whether the line stops somewhere: the class crosses a saturated component there. */
        public boolean hasGap() {
            for (double v : p95) {
                if (Double.isNaN(v)) {
                    return true;
                }
            }
            return false;
        }
    }

    public static List<Latency> latency(Design d, List<Point> pts) {
        List<RequestClass> classes = d.model().requestClasses();
        List<Latency> out = new ArrayList<>();
        for (int i = 0; i < classes.size(); i++) {
            String name = classes.get(i).name();
            double[] p95 = new double[pts.size()];
            double[] mean = new double[pts.size()];
            for (int j = 0; j < pts.size(); j++) {
                ClassResult r = pts.get(j).solution().requestClass(name).orElseThrow();
                p95[j] = nan(r.latencyP95Ms());
                mean[j] = nan(r.latencyMeanMs());
            }
            out.add(new Latency(name, i, p95, mean));
        }
        return out;
    }

    /** Each component's monthly bill (USD), for the components that cost anything. */
    public static List<Line> billByComponent(Design d, List<Point> pts) {
        int served = served(pts);
        List<Component> comps = d.model().components();
        List<Line> out = new ArrayList<>();
        for (int k = 0; k < comps.size(); k++) {
            String id = comps.get(k).id();
            double[] v = new double[pts.size()];
            boolean any = false;
            for (int j = 0; j < pts.size(); j++) {
                Bill b = pts.get(j).bill();
                v[j] = j >= served ? Double.NaN : b == null ? 0 : b.componentUsd(id);
                any |= v[j] > 0;
            }
            if (any) {
                out.add(new Line(comps.get(k).displayName(), k, v));
            }
        }
        return out;
    }

    /** Model-wide charges (egress, NAT, zones, support): one line per item, in order. */
    public static List<Line> billModelWide(List<Point> pts) {
        int served = served(pts);
        Set<String> labels = new LinkedHashSet<>();
        for (Point p : pts) {
            if (p.bill() != null) {
                p.bill().lines().stream().filter(i -> i.componentId() == null)
                        .forEach(i -> labels.add(i.item()));
            }
        }
        List<Line> out = new ArrayList<>();
        for (String label : labels) {
            double[] v = new double[pts.size()];
            for (int j = 0; j < pts.size(); j++) {
                Bill b = pts.get(j).bill();
                v[j] = j >= served ? Double.NaN : b == null ? 0 : b.lines().stream()
                        .filter(i -> i.componentId() == null && i.item().equals(label))
                        .mapToDouble(LineItem::monthlyUsd).sum();
            }
            out.add(new Line(label, out.size(), v));
        }
        return out;
    }

    /**
     * Cost per 1,000 users (USD a month); NaN without a bill or without users, and past the
     * point where the design stops serving them ({@link #served}).
     */
    public static double[] costPerThousandUsers(List<Point> pts) {
        int served = served(pts);
        double[] out = new double[pts.size()];
        for (int j = 0; j < out.length; j++) {
            Point p = pts.get(j);
            out[j] = j >= served || p.bill() == null ? Double.NaN
                    : nan(p.bill().perThousandUsersUsd());
        }
        return out;
    }

    /**
     * The index of the first point where a component has saturated, or the number of points:
     * from there on the design no longer serves the load of its users, so a bill for them
     * would price a service it does not give, and the bill charts stop.
     */
    public static int served(List<Point> pts) {
        for (int j = 0; j < pts.size(); j++) {
            if (!pts.get(j).solution().stable()) {
                return j;
            }
        }
        return pts.size();
    }

    /** Each point's components by id (a model may have a thousand: no search per lookup). */
    private static List<java.util.Map<String, StationResult>> byId(List<Point> pts) {
        List<java.util.Map<String, StationResult>> out = new ArrayList<>();
        for (Point p : pts) {
            java.util.Map<String, StationResult> m = new java.util.HashMap<>();
            p.solution().components().forEach(c -> m.put(c.id(), c));
            out.add(m);
        }
        return out;
    }

    /** Utilization (0–1) of each queueing component that carries any load. */
    public static List<Line> utilization(Design d, List<Point> pts) {
        List<Component> comps = d.model().components();
        List<java.util.Map<String, StationResult>> byId = byId(pts);
        List<Line> out = new ArrayList<>();
        for (int k = 0; k < comps.size(); k++) {
            Component comp = comps.get(k);
            if (comp.isDelay()) {
                continue;
            }
            double[] y = new double[pts.size()];
            boolean loaded = false;
            for (int j = 0; j < pts.size(); j++) {
                StationResult s = byId.get(j).get(comp.id());
                y[j] = s.utilization();
                loaded |= s.utilization() > 0;
            }
            if (loaded) {
                out.add(new Line(comp.displayName(), k, y));
            }
        }
        return out;
    }

    /** Instances of each autoscaled tier. */
    public static List<Line> instances(Design d, List<Point> pts) {
        List<Line> out = new ArrayList<>();
        List<java.util.Map<String, StationResult>> byId = byId(pts);
        for (Component comp : d.autoscaled()) {
            double[] y = new double[pts.size()];
            for (int j = 0; j < pts.size(); j++) {
                y[j] = byId.get(j).get(comp.id()).instances();
            }
            out.add(new Line(comp.displayName(), d.model().indexOf(comp.id()), y));
        }
        return out;
    }

    /**
     * The autoscaling maxima to draw, one line per distinct maximum so that tiers sharing one
     * do not overprint: its label ("max 12", or "max 12: api, web" when they differ) by value.
     */
    public static Map<Integer, String> autoscaleMaxima(Design d) {
        List<Component> scaled = d.autoscaled();
        Map<Integer, List<String>> byMax = new TreeMap<>();
        for (Component comp : scaled) {
            byMax.computeIfAbsent(comp.autoscale().max(), x -> new ArrayList<>())
                    .add(comp.displayName());
        }
        Map<Integer, String> out = new TreeMap<>();
        byMax.forEach((max, names) -> out.put(max, "max " + max
                + (byMax.size() == 1 && names.size() == scaled.size() ? ""
                        : ": " + String.join(", ", names))));
        return out;
    }

    /**
     * Where a latency chart's axis stops, so that the climb near saturation does not flatten
     * every other line: 2.5 × the p95 objective or 1.5 × the worst p95 at the start, whichever
     * is higher; without an objective 6 × that p95.
     */
    public static double latencyCap(Double slo, double worstAtStart) {
        return slo != null ? Math.max(slo * 2.5, worstAtStart * 1.5) : worstAtStart * 6;
    }

    /**
     * The same for the comparison's worst-p95 chart: 2.5 × the highest of the designs'
     * objectives and p95s at the start.
     */
    public static double compareLatencyCap(double highestAtStart) {
        return highestAtStart * 2.5;
    }

    private static double nan(Double v) {
        return v == null ? Double.NaN : v;
    }
}
