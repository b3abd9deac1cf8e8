package dev.headroom.report;

/**
 * One row of "what breaks first": when a component fails, and what keeps it under the
 * utilization limit at the top of the growth range.
 *
 * @param componentId the component
 * @param name its display name
 * @param overUtilizationAt multiplier at which it passes {@code slo.maxUtilization} (null: not
 *     within the engine's search limit)
 * @param saturatesAt multiplier at which it saturates (null: not within the search limit)
 * @param topMultiplier the top of the growth range, where the fix is sized
 * @param utilizationAtTop its utilization there
 * @param instancesAtTop instances it runs there (autoscaled: as sized, at most its max)
 * @param instancesNeeded instances that keep it under the limit there:
 *     {@code ceil(λ·S̄ / (concurrency × maxUtilization))}
 * @param autoscaled the fix raises an autoscaling maximum rather than a fixed count
 * @param fixMonthlyUsd what the extra instances cost a month, or null when the model has no
 *     price for them
 */
public record BreakFix(
        String componentId,
        String name,
        Double overUtilizationAt,
        Double saturatesAt,
        double topMultiplier,
        double utilizationAtTop,
        int instancesAtTop,
        int instancesNeeded,
        boolean autoscaled,
        Double fixMonthlyUsd) {

    /** Instances to add at the top of the range (0 when it stays under the limit). */
    public int extraInstances() {
        return Math.max(0, instancesNeeded - instancesAtTop);
    }

    /** Whether it passes the limit within the growth range. */
    public boolean breaksInRange() {
        return extraInstances() > 0;
    }
}
