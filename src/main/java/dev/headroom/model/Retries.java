package dev.headroom.model;

/**
 * How a caller retries a failed call (docs/model-format.md "Timeouts and retries"): a failed
 * attempt (timed out, rejected or errored) is tried again up to {@code max} times, the n-th retry
 * waiting {@code backoffMs × multiplier^(n−1)}, or a uniform draw below that with {@code jitter}
 * ("full jitter"). With a {@code budgetRatio}, retries in the trailing 10 s may not exceed that
 * ratio of the first attempts in the same window (gRPC and Finagle retry throttling); a retry the
 * budget refuses fails the call at once.
 *
 * @param max retries after the first attempt (0: none)
 * @param backoffMs wait before the first retry, in ms (0: at once)
 * @param multiplier growth of the wait from one retry to the next (default 2)
 * @param jitter draw each wait uniformly between 0 and its value
 * @param budgetRatio retries allowed per first attempt over the trailing 10 s, or null for no
 *     budget
 */
public record Retries(int max, double backoffMs, double multiplier, boolean jitter,
        Double budgetRatio) {
    public static final double DEFAULT_MULTIPLIER = 2;

    /** The retry budget's trailing window, in seconds (Finagle's default TTL). */
    public static final double BUDGET_WINDOW_SECONDS = 10;

    public static Retries of(int max) {
        return new Retries(max, 0, DEFAULT_MULTIPLIER, false, null);
    }

    public Retries withBudgetRatio(Double ratio) {
        return new Retries(max, backoffMs, multiplier, jitter, ratio);
    }

    public Retries withBackoff(double ms, boolean withJitter) {
        return new Retries(max, ms, multiplier, withJitter, budgetRatio);
    }

    public Retries withMultiplier(double m) {
        return new Retries(max, backoffMs, m, jitter, budgetRatio);
    }

    public Retries withMax(int n) {
        return new Retries(n, backoffMs, multiplier, jitter, budgetRatio);
    }
}
