package dev.headroom.app;

/**
 * Where a figure lies when the model's inputs carry ranges (docs/model-format.md
 * "Uncertainty"): its 10th, 50th and 90th percentiles over the draws. Null means beyond what the
 * engine finds: a break not within its search, a latency past saturation.
 *
 * @param p10 one draw in ten is at or below this
 * @param p50 the median draw
 * @param p90 nine draws in ten are at or below this
 */
public record Spread(Double p10, Double p50, Double p90) {
    /** Every percentile the same value: what a figure without uncertainty reads. */
    public static Spread exactly(Double v) {
        return new Spread(v, v, v);
    }

    /** Whether the range has no width: P10 and P90 are the same (or both unknown). */
    public boolean collapsed() {
        return java.util.Objects.equals(p10, p90);
    }
}
