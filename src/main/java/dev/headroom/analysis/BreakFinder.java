package dev.headroom.analysis;

import dev.headroom.model.Slo;
import dev.headroom.network.Network;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.DoubleFunction;
import java.util.function.DoublePredicate;

/**
 * What breaks first (docs/engine.md): for each queueing component the smallest growth multiplier at
 * which its utilization exceeds the SLO's limit and at which it saturates, and the multiplier at
 * which the p95 SLO is first breached. Found by bisection on the condition, not read off the
 * sweep grid: a geometric scan brackets the first crossing, then 60 halvings pin it to about
 * 1e-12 relative. For a fixed tier utilization is linear in the multiplier, so this is exact;
 * for an autoscaled tier it finds the first crossing the scan brackets.
 */
public final class BreakFinder {
    /** Searches up to this many times the end of the growth range. */
    public static final double SEARCH_LIMIT = 100;
    private static final int SCAN_POINTS = 400;
    static final int SLO_SCAN_POINTS = 80;
    private static final int HALVINGS = 60;

    private BreakFinder() {}

    /** Breaks of every loaded queueing component, in the order they break. */
    public static List<Break> breaks(Network net, Slo slo, double growthEnd) {
        double hi = growthEnd * SEARCH_LIMIT;
        if (net.isClosed() && !anyAutoscaled(net)) {
            return sorted(ClosedBreaks.of(net, slo, hi));
        }
        List<Break> out = new ArrayList<>();
        for (int k = 0; k < net.stationCount(); k++) {
            if (net.isDelay(k) || net.demandPerUnitRate(k) <= 0) {
                continue;
            }
            int station = k;
            // in an open network a fixed tier's utilization grows in proportion to the load (an
            // autoscaled tier's is tested at every point: a test costs no more than finding
            // the tier's size there)
            DoubleFunction<Object> size = net.isClosed() || net.isAutoscaled(k) ? null
                    : m -> FIXED;
            Double over = firstTrue(m -> utilization(net, station, m) > slo.maxUtilization(), hi,
                    SCAN_POINTS, size);
            Double sat = net.isClosed() ? closedKnee(net, k)
                    : firstTrue(m -> utilization(net, station, m) >= AnalyticSolver.SATURATION,
                            hi, SCAN_POINTS, size);
            out.add(new Break(net.id(k), over, sat));
        }
        return sorted(out);
    }

    private static List<Break> sorted(List<Break> out) {
        List<Break> copy = new ArrayList<>(out);
        copy.sort(Comparator.comparingDouble((Break b) -> orMax(b.overUtilizationAt()))
                .thenComparingDouble(b -> orMax(b.saturatesAt())));
        return copy;
    }

    static boolean anyAutoscaled(Network net) {
        for (int k = 0; k < net.stationCount(); k++) {
            if (net.isAutoscaled(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The multiplier at which some class first misses a latency objective, p95 or p99 (a
     * saturated class misses); 0 when one is missed even with (almost) no traffic; null when
     * there is none or every one holds up to the search limit.
     */
    public static Double sloBreachedAt(Network net, Objectives objectives, double growthEnd) {
        if (!objectives.anyLatency()) {
            return null;
        }
        double hi = growthEnd * SEARCH_LIMIT;
        if (net.isClosed()) {
            // Some class's mean is at least the overall mean, so once the overall mean passes
            // every class's tightest limit, some class misses its objective.
            double limit = 0;
            for (int r = 0; r < objectives.classCount(); r++) {
                limit = Math.max(limit, Math.min(objectives.p95Ms(r), objectives.p99Ms(r)));
            }
            if (Double.isFinite(limit)) {
                hi = Math.min(hi, ClosedBreaks.certainLatencyBreach(net, limit));
            }
        }
        DoublePredicate breached = m -> AnalyticSolver.missesLatency(net, m, objectives);
        if (breached.test(hi * 1e-9)) {
            return 0.0;
        }
        // Open, while every tier keeps its size: each station's load, and so every wait and
        // every class's latency, only grows with the multiplier. An autoscaled tier adds
        // instances in steps, and a latency can fall after a step. Bounded queues and thread
        // pools size the tiers behind them on the traffic they let through, and couple the
        // stations, so there every point is tested.
        boolean stretches = !net.isClosed() && !LimitedStations.any(net);
        return firstTrue(breached, hi, SLO_SCAN_POINTS, stretches ? m -> sizes(net, m) : null);
    }

    /** The one segment of a tier that keeps its size. */
    private static final Object FIXED = "fixed";

    /** The instances of station k at multiplier m (an open network), as the solver sizes it. */
    static int instances(Network net, int k, double m) {
        return net.instancesAt(k, dev.headroom.network.OperatingPoint.offeredLoad(net, k,
                dev.headroom.network.OperatingPoint.classRates(net, m)));
    }

    /** The instances of every autoscaled station at multiplier m (an open network). */
    static List<Integer> sizes(Network net, double m) {
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < net.stationCount(); k++) {
            if (net.isAutoscaled(k)) {
                out.add(instances(net, k, m));
            }
        }
        return out;
    }

    /**
     * A closed network never reaches utilization 1 (its users wait instead), so a station
     * "saturates" at the knee of its asymptotic bound: {@code N*_k = c_k·(D + Z)/D_k} users, past
     * which throughput can no longer grow with users (Lazowska et al., <i>Quantitative System
     * Performance</i>, §5.2). As a multiplier of today's users.
     */
    static Double closedKnee(Network net, int k) {
        double total = 0;
        for (int j = 0; j < net.stationCount(); j++) {
            total += net.demandPerUnitRate(j);
        }
        double knee = net.maxInstances(k) * net.concurrency(k) * (total + net.thinkTimeSec())
                / net.demandPerUnitRate(k);
        return knee / net.users(1);
    }

    private static double orMax(Double v) {
        return v == null ? Double.MAX_VALUE : v;
    }

    /** Utilization of station k at multiplier m, from the operating point alone. */
    static double utilization(Network net, int k, double m) {
        if (net.isClosed()) {
            return AnalyticSolver.solve(net, m).components().get(k).utilization();
        }
        double offered = dev.headroom.network.OperatingPoint.offeredLoad(net, k,
                dev.headroom.network.OperatingPoint.classRates(net, m));
        int servers = net.instancesAt(k, offered) * net.concurrency(k);
        return offered / servers;
    }

    /**
     * The smallest m in (0, hi] where {@code condition} holds, assuming it is false near 0:
     * the first point of a geometric grid from hi·1e-6 where it holds, then bisected inside the
     * bracket that point closes.
     *
     * <p>With {@code segment} null every grid point is tested in turn. Otherwise
     * {@code segment(m)} names the stretch of multipliers m lies in (the sizes of the autoscaled
     * tiers, say), inside which the condition, once true, stays true: the grid is cut where the
     * name changes, and of each stretch only its last point is tested until one holds, inside
     * which a binary search finds the first point that does. The same point as testing them
     * all, so the same bracket and the same answer, in far fewer tests.
     */
    static Double firstTrue(DoublePredicate condition, double hi, int points,
            DoubleFunction<Object> segment) {
        double lo = hi * 1e-6;
        if (condition.test(lo)) {
            return lo;
        }
        double ratio = Math.pow(hi / lo, 1.0 / points);
        int first = segment == null ? firstByScan(condition, lo, hi, ratio, points)
                : firstBySegments(condition, segment, lo, hi, ratio, points);
        if (first < 0) {
            return null;
        }
        double a = gridPoint(lo, hi, ratio, points, first - 1);
        double b = gridPoint(lo, hi, ratio, points, first);
        for (int j = 0; j < HALVINGS && b - a > 1e-13 * b; j++) {
            double mid = 0.5 * (a + b);
            if (condition.test(mid)) {
                b = mid;
            } else {
                a = mid;
            }
        }
        return b;
    }

    /** The first grid point (1..points) where the condition holds, or -1. */
    private static int firstByScan(DoublePredicate condition, double lo, double hi, double ratio,
            int points) {
        for (int i = 1; i <= points; i++) {
            if (condition.test(gridPoint(lo, hi, ratio, points, i))) {
                return i;
            }
        }
        return -1;
    }

    /** {@link #firstByScan}'s answer, where the condition only grows inside each segment. */
    private static int firstBySegments(DoublePredicate condition, DoubleFunction<Object> segment,
            double lo, double hi, double ratio, int points) {
        int start = 1;
        Object name = segment.apply(gridPoint(lo, hi, ratio, points, 1));
        while (start <= points) {
            int end = start; // the last point of the segment that starts at start
            Object next = null;
            while (end < points) {
                next = segment.apply(gridPoint(lo, hi, ratio, points, end + 1));
                if (!next.equals(name)) {
                    break;
                }
                end++;
            }
            if (condition.test(gridPoint(lo, hi, ratio, points, end))) {
                int no = start - 1; // false there: the end of the segment before (or lo)
                int yes = end;
                while (yes - no > 1) {
                    int mid = (no + yes) >>> 1;
                    if (condition.test(gridPoint(lo, hi, ratio, points, mid))) {
                        yes = mid;
                    } else {
                        no = mid;
                    }
                }
                return yes;
            }
            start = end + 1;
            name = next;
        }
        return -1;
    }

    /** Point i of the geometric grid: lo at 0, exactly hi at the last. */
    private static double gridPoint(double lo, double hi, double ratio, int points, int i) {
        return i == 0 ? lo : i == points ? hi : lo * Math.pow(ratio, i);
    }
}
