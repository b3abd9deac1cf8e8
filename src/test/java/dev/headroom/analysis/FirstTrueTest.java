package dev.headroom.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.DoublePredicate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * For a condition that stays true once true, BreakFinder's binary search over the grid finds
 * the same grid point as visiting every point, so the same bracket, bisected the same way,
 * gives bit for bit the same multiplier (or the same null).
 */
class FirstTrueTest {

    @Property(tries = 500)
    void aMonotoneConditionGivesTheSameAnswerEitherWay(
            @ForAll @DoubleRange(min = -11, max = 0.5) double log10Share,
            @ForAll @IntRange(min = 1, max = 500) int points,
            @ForAll @DoubleRange(min = 1, max = 5000) double hi,
            @ForAll @IntRange(min = 0, max = 2) int shape) {
        double t = hi * Math.pow(10, log10Share);
        DoublePredicate condition = switch (shape) {
            case 0 -> m -> m > t;
            case 1 -> m -> m >= t;
            default -> m -> m * m * m > t * t * t; // not linear, still increasing
        };
        Double scanned = BreakFinder.firstTrue(condition, hi, points, null);
        Double searched = BreakFinder.firstTrue(condition, hi, points, m -> "one");
        assertThat(searched).isEqualTo(scanned);
        if (scanned != null && t > hi * 1e-6) {
            // and the answer is the threshold, to the bisection's 1e-13
            // (the cube's rounding moves its threshold by a few parts in 1e13)
            assertThat(Math.abs(scanned - t)).isLessThanOrEqualTo(1e-12 * t);
        }
    }

    /** Counting the tests: a 400-point scan to a threshold near hi takes ~400; the search ~9. */
    @Property(tries = 50)
    void theSearchTestsFarFewerPoints(@ForAll @DoubleRange(min = 0.5, max = 0.99) double share) {
        double hi = 1000;
        int[] calls = new int[2];
        BreakFinder.firstTrue(m -> ++calls[0] > 0 && m > share * hi, hi, 400, null);
        BreakFinder.firstTrue(m -> ++calls[1] > 0 && m > share * hi, hi, 400, m -> "one");
        assertThat(calls[1]).isLessThan(calls[0] - 300);
    }

    /**
     * An autoscaled tier: n = ⌈m/w⌉ instances (at least min, at most max), utilization
     * m/(n·w)·t, a sawtooth that falls at each step. Cut at the steps, the segmented search
     * finds the scan's point.
     */
    @Property(tries = 500)
    void aSawtoothGivesTheScansAnswerWhenCutAtItsSteps(
            @ForAll @DoubleRange(min = 0.01, max = 50) double w,
            @ForAll @IntRange(min = 1, max = 5) int min,
            @ForAll @IntRange(min = 0, max = 40) int extra,
            @ForAll @DoubleRange(min = 0.3, max = 1.5) double limit,
            @ForAll @IntRange(min = 5, max = 400) int points) {
        int max = min + extra;
        double hi = 1000;
        java.util.function.DoubleToIntFunction n = m -> (int) Math.max(min,
                Math.min(max, Math.ceil(m / w)));
        DoublePredicate over = m -> m / (n.applyAsInt(m) * w) * 0.9 > limit;
        Double scanned = BreakFinder.firstTrue(over, hi, points, null);
        Double cut = BreakFinder.firstTrue(over, hi, points, m -> n.applyAsInt(m));
        assertThat(cut).isEqualTo(scanned);
    }
}
