package dev.headroom.model;

/**
 * The default growth sweep: multipliers from {@code from} to {@code to} in {@code steps} points,
 * both ends included (1 → 10 in 10 steps is 1x, 2x, …, 10x).
 */
public record Growth(double from, double to, int steps) {
    public static final Growth DEFAULT = new Growth(1, 10, 10);

    /** The multipliers of the sweep, evenly spaced. */
    public double[] multipliers() {
        if (steps <= 1 || to == from) {
            return new double[] {from};
        }
        double[] m = new double[steps];
        for (int i = 0; i < steps; i++) {
            m[i] = from + (to - from) * i / (steps - 1);
        }
        m[steps - 1] = to;
        return m;
    }
}
