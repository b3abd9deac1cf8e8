package dev.headroom.model;

/**
 * Service-level objectives (docs/model-format.md "SLO"). A latency objective is met when every
 * class's p95 is at most {@code p95LatencyMs} and its p99 at most its own
 * {@link RequestClass#p99LatencyMs()} or else {@code p99LatencyMs}.
 *
 * @param p95LatencyMs the p95 latency every class must stay under, or null for none
 * @param maxUtilization the utilization a component should stay under (default 0.8)
 * @param p99LatencyMs the p99 latency every class without its own must stay under, or null
 */
public record Slo(Double p95LatencyMs, double maxUtilization, Double p99LatencyMs) {
    public static final double DEFAULT_MAX_UTILIZATION = 0.8;
    public static final Slo DEFAULT = new Slo(null, DEFAULT_MAX_UTILIZATION);

    /** Objectives without a p99 objective. */
    public Slo(Double p95LatencyMs, double maxUtilization) {
        this(p95LatencyMs, maxUtilization, null);
    }

    public Slo withP95LatencyMs(Double v) {
        return new Slo(v, maxUtilization, p99LatencyMs);
    }

    public Slo withMaxUtilization(double v) {
        return new Slo(p95LatencyMs, v, p99LatencyMs);
    }

    public Slo withP99LatencyMs(Double v) {
        return new Slo(p95LatencyMs, maxUtilization, v);
    }
}
