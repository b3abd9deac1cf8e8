package dev.headroom.model;

/**
 * Autoscaling: at load λ the tier runs {@code clamp(ceil(λ·S̄ / (concurrency × target)), min, max)}
 * instances (docs/model-format.md).
 *
 * @param scaleOutSeconds drills only: how long a scale-out takes from the load change to the new
 *     instances serving (detection plus boot), or null for {@link #DEFAULT_SCALE_OUT_SECONDS}
 */
public record Autoscale(int min, int max, double targetUtilization, Double scaleOutSeconds) {
    /**
     * Three minutes: a minute or more for the scaling alarm to see the load on one-minute
     * metrics, then a new instance's boot and health checks (docs/drills.md "Autoscaling").
     */
    public static final double DEFAULT_SCALE_OUT_SECONDS = 180;

    public Autoscale(int min, int max, double targetUtilization) {
        this(min, max, targetUtilization, null);
    }

    /** The scale-out delay in force: the given one or the default. */
    public double scaleOutSecondsOrDefault() {
        return scaleOutSeconds == null ? DEFAULT_SCALE_OUT_SECONDS : scaleOutSeconds;
    }

    public Autoscale withMin(int n) {
        return new Autoscale(n, max, targetUtilization, scaleOutSeconds);
    }

    public Autoscale withMax(int n) {
        return new Autoscale(min, n, targetUtilization, scaleOutSeconds);
    }

    public Autoscale withTargetUtilization(double t) {
        return new Autoscale(min, max, t, scaleOutSeconds);
    }

    public Autoscale withScaleOutSeconds(Double s) {
        return new Autoscale(min, max, targetUtilization, s);
    }

    /** Instances needed to carry {@code offeredLoad = λ·S̄} (in busy servers). */
    public int instancesFor(double offeredLoad, int concurrency) {
        double needed = Math.ceil(offeredLoad / (concurrency * targetUtilization) - 1e-9);
        if (needed < min) {
            return min;
        }
        return needed > max ? max : (int) needed;
    }
}
