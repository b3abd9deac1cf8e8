package dev.headroom.model;

import java.time.YearMonth;

/**
 * The default growth sweep: multipliers from {@code from} to {@code to} in {@code steps} points,
 * both ends included (1 → 10 in 10 steps is 1x, 2x, …, 10x); and, optionally, the calendar the
 * growth follows: month n after {@code startMonth} carries {@code (1 + monthlyRate)ⁿ} times
 * today's users (docs/model-format.md "Growth by the calendar").
 *
 * @param monthlyRate growth a month as a fraction (0.15 = 15% more users every month), or null
 *     when the model states no pace
 * @param startMonth the month of today's figures (month 0), or null
 */
public record Growth(double from, double to, int steps, Double monthlyRate,
        YearMonth startMonth) {
    public static final Growth DEFAULT = new Growth(1, 10, 10);

    /** A sweep without a calendar. */
    public Growth(double from, double to, int steps) {
        this(from, to, steps, null, null);
    }

    /** Whether the model says how fast it grows by the month (a rate and a start month). */
    public boolean hasCalendar() {
        return monthlyRate != null && startMonth != null;
    }

    public Growth withMonthlyRate(Double rate) {
        return new Growth(from, to, steps, rate, startMonth);
    }

    public Growth withStartMonth(YearMonth month) {
        return new Growth(from, to, steps, monthlyRate, month);
    }

    /** The same calendar over another sweep. */
    public Growth withRange(double newFrom, double newTo, int newSteps) {
        return new Growth(newFrom, newTo, newSteps, monthlyRate, startMonth);
    }

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
