package dev.headroom.app;

import dev.headroom.model.Growth;
import dev.headroom.model.Model;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Growth by the calendar (docs/model-format.md "Growth by the calendar"): month n after the
 * model's {@code growth.startMonth} carries {@code (1 + monthlyRate)ⁿ} times today's users, and
 * a growth multiple is reached in the first month whose multiplier is at least that multiple.
 * {@link Runway} says it in words.
 */
public final class Months {
    /** Months further away than this (100 years) are "not within 100 years": null. */
    public static final int MAX_MONTH = 1200;
    /** The most months a list of months ({@link #through}) holds: 20 years. */
    public static final int MAX_LISTED = 240;

    private final double rate;
    private final YearMonth start;
    private final double logGrowth;

    private Months(double rate, YearMonth start) {
        this.rate = rate;
        this.start = start;
        this.logGrowth = Math.log1p(rate);
    }

    /** The calendar of a growth range, or empty when it gives no monthly rate and start month. */
    public static Optional<Months> of(Growth g) {
        if (!g.hasCalendar() || !(g.monthlyRate() > 0) || !Double.isFinite(g.monthlyRate())) {
            return Optional.empty();
        }
        return Optional.of(new Months(g.monthlyRate(), g.startMonth()));
    }

    /** The calendar of a model's growth, or empty. */
    public static Optional<Months> of(Model m) {
        return of(m.growth());
    }

    /** Growth a month, as a fraction (0.15). */
    public double rate() {
        return rate;
    }

    /** Month 0: the month of today's figures. */
    public YearMonth start() {
        return start;
    }

    /** The growth multiple in month {@code n}: {@code (1 + rate)ⁿ}. */
    public double multiplier(int n) {
        return Math.pow(1 + rate, n);
    }

    /**
     * The first month whose multiplier reaches {@code m}: 0 for a multiple at or below today's
     * (the design is already there); null when {@code m} is null (nothing breaks within the
     * search) or further than {@value #MAX_MONTH} months away.
     */
    public Integer monthOf(Double m) {
        if (m == null || Double.isNaN(m)) {
            return null;
        }
        if (m <= 1) {
            return 0;
        }
        double exact = Math.log(m) / logGrowth;
        if (!(exact <= MAX_MONTH + 1)) {
            return null;
        }
        int n = (int) Math.ceil(exact);
        // The logarithms may round either way: step to the first month whose multiplier, as
        // multiplier(n) computes it, reaches m.
        while (n > 0 && multiplier(n - 1) >= m) {
            n--;
        }
        while (multiplier(n) < m) {
            n++;
        }
        return n > MAX_MONTH ? null : n;
    }

    /** The calendar month of month {@code n}. */
    public YearMonth month(int n) {
        return start.plusMonths(n);
    }

    /** The calendar month a multiple is reached in, or null (see {@link #monthOf}). */
    public YearMonth monthAt(Double m) {
        Integer n = monthOf(m);
        return n == null ? null : month(n);
    }

    /** Months from the start, as a real number, at which the multiple {@code m} is reached. */
    public double monthsAt(double m) {
        return Math.log(m) / logGrowth;
    }

    /** The multiple reached after {@code months} months, as a real number. */
    public double multiplierAtMonths(double months) {
        return Math.exp(months * logGrowth);
    }

    /**
     * Months 0, 1, … through the first month that reaches {@code to} (so the list covers a
     * growth range that ends at {@code to}), at most {@value #MAX_LISTED} of them.
     */
    public List<Integer> through(double to) {
        Integer last = monthOf(to);
        int n = last == null ? MAX_LISTED - 1 : Math.min(last, MAX_LISTED - 1);
        List<Integer> out = new ArrayList<>(n + 1);
        for (int i = 0; i <= n; i++) {
            out.add(i);
        }
        return out;
    }

    /**
     * Whole months between the ticks of a month axis, at least {@code raw}: 1, 2, 3, 6, 12, 24,
     * 60, 120, then multiples of 120 (so ticks fall on quarters and years).
     */
    public static double tickStep(double raw) {
        for (double step : new double[] {1, 2, 3, 6, 12, 24, 60, 120}) {
            if (raw <= step + 1e-9) {
                return step;
            }
        }
        return 120 * Math.ceil(raw / 120);
    }

    /** "September 2027". */
    public String label(int n) {
        return label(month(n));
    }

    /** "September 2027". */
    public static String label(YearMonth m) {
        return m.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + m.getYear();
    }

    /** "Sep 2027", for axis ticks and tight spaces. */
    public static String shortLabel(YearMonth m) {
        return m.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + m.getYear();
    }

    /** "2027-09", as the JSON writes a month. */
    public static String iso(YearMonth m) {
        return m == null ? null : m.toString();
    }

    /** "15% a month from January 2027". */
    public String pace() {
        return Format.percent(rate) + " a month from " + label(start);
    }

    /**
     * A range of months: "September 2027" when both ends are the same month, "July to October
     * 2027", "November 2027 to February 2028"; an unknown end reads "not within 100 years".
     */
    public static String between(YearMonth a, YearMonth b) {
        if (a == null && b == null) {
            return "not within " + MAX_MONTH / 12 + " years";
        }
        if (a == null || b == null) {
            YearMonth known = a == null ? b : a;
            return label(known) + " or later";
        }
        if (a.equals(b)) {
            return label(a);
        }
        if (a.getYear() == b.getYear()) {
            return a.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " to "
                    + label(b);
        }
        return label(a) + " to " + label(b);
    }
}
