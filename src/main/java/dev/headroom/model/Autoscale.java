package dev.headroom.model;

/**
 * Autoscaling: at load λ the tier runs {@code clamp(ceil(λ·S̄ / (concurrency × target)), min, max)}
 * instances (docs/model-format.md).
 */
public record Autoscale(int min, int max, double targetUtilization) {

    /** Instances needed to carry {@code offeredLoad = λ·S̄} (in busy servers). */
    public int instancesFor(double offeredLoad, int concurrency) {
        double needed = Math.ceil(offeredLoad / (concurrency * targetUtilization) - 1e-9);
        if (needed < min) {
            return min;
        }
        return needed > max ? max : (int) needed;
    }
}
