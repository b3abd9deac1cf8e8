package dev.headroom.ui.compare;

/** Round tick spacings for the compare charts' axes. */
final class Ticks {
    private Ticks() {}

    /** A step of 1, 2, 2.5 or 5 × 10^k giving about {@code count} ticks over {@code span}. */
    static double unit(double span, int count) {
        if (!(span > 0) || !Double.isFinite(span)) {
            return 1;
        }
        double raw = span / count;
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double f : new double[] {1, 2, 2.5, 5, 10}) {
            if (f * p >= raw) {
                return f * p;
            }
        }
        return 10 * p;
    }
}
