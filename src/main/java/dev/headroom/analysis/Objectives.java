package dev.headroom.analysis;

import dev.headroom.model.RequestClass;
import dev.headroom.model.Slo;
import java.util.Arrays;
import java.util.List;

/**
 * The latency objectives of each request class, in the compiled network's class order: a p95
 * and a p99 limit in ms ({@link Double#POSITIVE_INFINITY} for none), and the utilization every
 * queueing component should stay under. Made from the model's {@link Slo} and classes
 * (docs/model-format.md "SLO"): the p95 limit is the SLO's, the p99 limit the class's own, else
 * the SLO's.
 */
public final class Objectives {
    private final double[] p95Ms;
    private final double[] p99Ms;
    private final double maxUtilization;

    private Objectives(double[] p95Ms, double[] p99Ms, double maxUtilization) {
        this.p95Ms = p95Ms;
        this.p99Ms = p99Ms;
        this.maxUtilization = maxUtilization;
    }

    /** The objectives of a model's SLO for its request classes (in the network's order). */
    public static Objectives of(Slo slo, List<RequestClass> classes) {
        int n = classes.size();
        double[] p95 = new double[n];
        double[] p99 = new double[n];
        for (int r = 0; r < n; r++) {
            p95[r] = orNone(slo.p95LatencyMs());
            p99[r] = orNone(classes.get(r).p99LatencyMs(slo));
        }
        return new Objectives(p95, p99, slo.maxUtilization());
    }

    /** Only a p95 limit for every one of {@code classes} classes (no p99). */
    public static Objectives p95Only(Slo slo, int classes) {
        double[] p95 = new double[classes];
        double[] p99 = new double[classes];
        Arrays.fill(p95, orNone(slo.p95LatencyMs()));
        Arrays.fill(p99, Double.POSITIVE_INFINITY);
        return new Objectives(p95, p99, slo.maxUtilization());
    }

    /** Only the utilization limit: no latency objective for any of {@code classes} classes. */
    public static Objectives utilizationOnly(double maxUtilization, int classes) {
        double[] none = new double[classes];
        Arrays.fill(none, Double.POSITIVE_INFINITY);
        return new Objectives(none, none.clone(), maxUtilization);
    }

    private static double orNone(Double v) {
        return v == null ? Double.POSITIVE_INFINITY : v;
    }

    /**
     * The same objectives with every class's p95 at most {@code capMs} (the points of a
     * cost–latency frontier).
     */
    public Objectives withP95Cap(double capMs) {
        double[] p95 = p95Ms.clone();
        for (int r = 0; r < p95.length; r++) {
            p95[r] = Math.min(p95[r], capMs);
        }
        return new Objectives(p95, p99Ms, maxUtilization);
    }

    public int classCount() {
        return p95Ms.length;
    }

    /** Class r's p95 limit in ms, or infinity for none. */
    public double p95Ms(int r) {
        return p95Ms[r];
    }

    /** Class r's p99 limit in ms, or infinity for none. */
    public double p99Ms(int r) {
        return p99Ms[r];
    }

    public double maxUtilization() {
        return maxUtilization;
    }

    /** Whether any class has a latency limit. */
    public boolean anyLatency() {
        for (int r = 0; r < p95Ms.length; r++) {
            if (Double.isFinite(p95Ms[r]) || Double.isFinite(p99Ms[r])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether class r's figures miss its objectives: a saturated class (null percentiles)
     * misses any latency limit.
     */
    public boolean missedBy(int r, Double p95, Double p99) {
        return over(p95, p95Ms[r]) || over(p99, p99Ms[r]);
    }

    private static boolean over(Double v, double limit) {
        return Double.isFinite(limit) && (v == null || v > limit);
    }
}
