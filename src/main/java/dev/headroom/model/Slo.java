package dev.headroom.model;

/**
 * Service-level objectives.
 *
 * @param p95LatencyMs the p95 latency every class must stay under, or null for none
 * @param maxUtilization the utilization a component should stay under (default 0.8)
 */
public record Slo(Double p95LatencyMs, double maxUtilization) {
    public static final double DEFAULT_MAX_UTILIZATION = 0.8;
    public static final Slo DEFAULT = new Slo(null, DEFAULT_MAX_UTILIZATION);
}
