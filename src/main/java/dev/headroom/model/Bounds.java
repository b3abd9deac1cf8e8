package dev.headroom.model;

/**
 * How far an input may be from the value the model gives it (docs/model-format.md
 * "Uncertainty"): {@code low} and {@code high} of a triangular distribution whose peak is the
 * model's own value. Multipliers for traffic and service times (1 is the model's value), absolute
 * values for a hit ratio.
 */
public record Bounds(double low, double high) {
    /** Whether the input cannot move: low and high are the same. */
    public boolean zeroWidth() {
        return low == high;
    }

    /** Whether {@code v} lies within the bounds, both ends included. */
    public boolean contains(double v) {
        return v >= low && v <= high;
    }
}
