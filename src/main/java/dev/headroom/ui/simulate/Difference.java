package dev.headroom.ui.simulate;

import dev.headroom.sim.Estimate;

/**
 * One figure two ways: the analytic engine's and the simulator's, and how far apart they are.
 * The simulator is the reference (docs/simulator.md), so the difference is relative to it:
 * {@code percent = (analytic − simulated) / |simulated| × 100}.
 *
 * <p>The flag rule (issue 5): a difference of more than {@value #WARN_PERCENT}% is flagged
 * {@link Flag#WARN}, more than {@value #SEVERE_PERCENT}% {@link Flag#SEVERE}. A latency the
 * analytic engine reports as saturated (null) while the simulator measured one is
 * {@link Flag#SEVERE}. Only the point estimates are compared: whether the analytic figure lies
 * inside the simulated 95% interval is reported ({@link #insideInterval()}) but not flagged.
 *
 * @param analytic the analytic figure, or null (saturated, or not computed)
 * @param simulated the simulated estimate with its 95% half-width
 * @param percent the relative difference, or null when it cannot be formed
 * @param flag how far apart they are
 * @param analyticSaturated the analytic figure is null because the engine found it saturated
 */
public record Difference(Double analytic, Estimate simulated, Double percent, Flag flag,
        boolean analyticSaturated) {
    /** Differences beyond this many percent are flagged. */
    public static final double WARN_PERCENT = 10;
    /** Differences beyond this many percent are flagged red. */
    public static final double SEVERE_PERCENT = 25;

    /** How a difference is shown. */
    public enum Flag {
        /** Within 10%. */
        NONE,
        /** Over 10%: amber. */
        WARN,
        /** Over 25%, or the analytic engine says saturated: red. */
        SEVERE;

        public boolean flagged() {
            return this != NONE;
        }
    }

    /**
     * Compares an analytic figure with a simulated one.
     *
     * @param analyticSaturated whether a null {@code analytic} means "saturated" (a latency of a
     *     class whose path crosses a saturated component)
     */
    public static Difference of(Double analytic, Estimate simulated, boolean analyticSaturated) {
        Double s = simulated.value();
        if (analytic == null) {
            boolean sat = analyticSaturated && s != null;
            return new Difference(null, simulated, null, sat ? Flag.SEVERE : Flag.NONE, sat);
        }
        if (s == null) {
            return new Difference(analytic, simulated, null, Flag.NONE, false);
        }
        if (s == 0) {
            // Nothing to be relative to: equal zeros agree, anything else is as far off as it gets.
            return analytic == 0 ? new Difference(analytic, simulated, 0.0, Flag.NONE, false)
                    : new Difference(analytic, simulated, null, Flag.SEVERE, false);
        }
        double p = (analytic - s) / Math.abs(s) * 100;
        return new Difference(analytic, simulated, p, flagFor(p), false);
    }

    /** The flag for a relative difference in percent. */
    public static Flag flagFor(double percent) {
        double a = Math.abs(percent);
        return a > SEVERE_PERCENT ? Flag.SEVERE : a > WARN_PERCENT ? Flag.WARN : Flag.NONE;
    }

    /** Whether the analytic figure lies within the simulated value ± its 95% half-width. */
    public boolean insideInterval() {
        return analytic != null && simulated.covers(analytic);
    }
}
