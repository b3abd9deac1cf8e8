package dev.headroom.analysis;

import dev.headroom.model.Kind;

/**
 * A component at one operating point.
 *
 * @param arrivalRatePerSecond visits per second offered to it (all classes)
 * @param utilization busy fraction of its servers, {@code λ·S̄/c}; may exceed 1 when saturated
 *     (0 for delay stations)
 * @param instances instances running (autoscaled: as sized for this load)
 * @param servers parallel servers {@code instances × concurrency}, or null for a delay station
 * @param waitMs mean queueing delay per visit, or null when saturated
 * @param responseMs mean time per visit (wait + service), or null when saturated
 * @param queueLength mean number present (Little's law), or null when saturated
 * @param meanServiceMs mean service time per visit over the class mix
 * @param lossProbability share of visits turned away by a full bounded queue ({@code maxQueue})
 *     or thread-pool queue; 0 for an unbounded queue
 * @param threadsInUse mean threads held by its visits ({@code threads}), or null without pools
 */
public record StationResult(
        String id,
        String name,
        Kind kind,
        double arrivalRatePerSecond,
        double utilization,
        int instances,
        Integer servers,
        Double waitMs,
        Double responseMs,
        Double queueLength,
        boolean saturated,
        double meanServiceMs,
        double lossProbability,
        Double threadsInUse) {

    public StationResult(String id, String name, Kind kind, double arrivalRatePerSecond,
            double utilization, int instances, Integer servers, Double waitMs, Double responseMs,
            Double queueLength, boolean saturated, double meanServiceMs) {
        this(id, name, kind, arrivalRatePerSecond, utilization, instances, servers, waitMs,
                responseMs, queueLength, saturated, meanServiceMs, 0, null);
    }
}
