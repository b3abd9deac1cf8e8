package dev.headroom.queueing;

/**
 * The Erlang loss (B) and delay (C) formulas for {@code c} identical servers offered
 * {@code a = λ·S} Erlangs of Poisson traffic.
 *
 * <p>Both are computed through the Erlang-B recurrence, which needs no factorials or powers and is
 * stable for any number of servers (every step is a ratio of positive numbers in (0, 1]).
 * Reference: L. Kleinrock, <i>Queueing Systems, Vol. 1</i> (1975), §3.5 eq. (3.40)–(3.46) for the
 * formulas; D. L. Jagerman, "Some properties of the Erlang loss function", <i>Bell System
 * Technical Journal</i> 53(3), 1974, for the recurrence; the same route is taken by Octave
 * {@code queueing} {@code erlangc.m}.
 */
public final class ErlangC {

    /** A blocking probability this small is 0 for every figure built on it. */
    static final double NEGLIGIBLE = 1e-30;

    private ErlangC() {
    }

    /**
     * Erlang B: the probability that an arrival finds all {@code c} servers busy in an M/M/c/c loss
     * system, by the recurrence {@code B(0) = 1, B(k) = a·B(k−1) / (k + a·B(k−1))}.
     *
     * @param c servers, {@code c ≥ 1}
     * @param a offered load in Erlangs, finite and {@code ≥ 0}
     * @return {@code B(c, a)} in [0, 1); 0 when {@code a = 0}
     * @throws IllegalArgumentException outside the domain
     */
    public static double erlangB(int c, double a) {
        Checks.positive("servers c", c);
        Checks.finiteNonNegative("offered load a", a);
        double b = 1.0;
        for (int k = 1; k <= c; k++) {
            double ab = a * b;
            b = ab / (k + ab);
            if (b < NEGLIGIBLE && k > a) {
                // Past k = a, B only shrinks (B(k) < a·B(k−1)/k): below 1e-30 it can move no
                // figure built on it by a representable amount, so it is 0. Keeps a pool of
                // thousands of servers at a fraction of their load from costing a step each.
                return 0;
            }
        }
        return b;
    }

    /**
     * Erlang C: the probability that an arrival waits in an M/M/c queue,
     * {@code C = c·B / (c − a·(1 − B))} with {@code B = erlangB(c, a)}.
     *
     * @param c servers, {@code c ≥ 1}
     * @param a offered load in Erlangs, {@code 0 ≤ a < c} (a stable queue)
     * @return {@code C(c, a)} in [0, 1); 0 when {@code a = 0}; equals {@code a} when {@code c = 1}
     * @throws IllegalArgumentException outside the domain, in particular when {@code a ≥ c}
     */
    public static double erlangC(int c, double a) {
        Checks.positive("servers c", c);
        Checks.finiteNonNegative("offered load a", a);
        if (a >= c) {
            throw new IllegalArgumentException(
                    "offered load a must be below the server count c (stable queue), was a=" + a
                            + " with c=" + c);
        }
        double b = erlangB(c, a);
        // c − a(1 − B) > c − a > 0, so the division is safe and the result is below 1.
        double pWait = c * b / (c - a * (1 - b));
        return Math.min(pWait, 1.0);
    }
}
