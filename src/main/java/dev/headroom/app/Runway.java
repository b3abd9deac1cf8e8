package dev.headroom.app;

import dev.headroom.model.Model;
import java.time.YearMonth;

/**
 * When a design needs its fix, and how sure that is, in words (docs/model-format.md "Growth by
 * the calendar" and "Uncertainty"): written once for the app, the command line and the report,
 * like {@link Words}. "Most likely" is always the design's own figure: every input at its most
 * likely value, the peak of its range.
 */
public final class Runway {
    private Runway() {}

    /** Who needs the fix: the component that saturates, or the class that misses its objective. */
    public static String who(Model model, Breaks b) {
        if (b.cause() == Breaks.Cause.SATURATION) {
            return model.component(b.component()).map(c -> c.displayName())
                    .orElse(b.component());
        }
        return b.requestClass() == null ? "The design" : b.requestClass();
    }

    /** "it saturates at 3.4x" or "its p95 passes 800 ms at 1.4x". */
    private static String what(Breaks b) {
        if (b.cause() == Breaks.Cause.SATURATION) {
            return "it saturates at " + Format.breakPoint(b.breaksAt());
        }
        String objective = b.percentile() == null || b.limitMs() == null
                ? "it misses its latency objective"
                : "its p" + b.percentile() + " passes " + Format.ms(b.limitMs());
        return objective + " at " + Format.breakPoint(b.breaksAt());
    }

    /**
     * The month a design needs its fix by: "September 2027", "now" (it breaks at or below
     * today's load), "not within 100 years"; null when it does not break within the search.
     */
    public static String month(Months months, Double breaksAt) {
        if (breaksAt == null) {
            return null;
        }
        Integer n = months.monthOf(breaksAt);
        return n == null ? "not within " + Months.MAX_MONTH / 12 + " years"
                : n == 0 ? "now" : months.label(n);
    }

    /**
     * The runway: "PostgreSQL needs its fix by September 2027: it saturates at 3.4x." /
     * "checkout needs its fix now: its p95 passes 800 ms at 0.8x, below today's load." /
     * "Nothing needs a fix: nothing breaks within 1,000x."
     */
    public static String runway(Model model, Breaks b, Months months) {
        if (b.breaksAt() == null) {
            return "Nothing needs a fix: " + Words.breaksWhat(model, b, model.growth().to())
                    + ".";
        }
        String who = who(model, b);
        Integer n = months.monthOf(b.breaksAt());
        if (n == null) {
            return who + " needs its fix in more than " + Months.MAX_MONTH / 12 + " years: "
                    + what(b) + ".";
        }
        if (n == 0) {
            return who + " needs its fix now: " + what(b) + (b.breaksAt() > 0
                    && b.breaksAt() < 1 ? ", below today's load." : ".");
        }
        return who + " needs its fix by " + months.label(n) + ": " + what(b) + ".";
    }

    /**
     * The runway with the months the draws give it: the sentence of {@link #runway} and, when
     * the ranges move the month, "With the ranges given, between July and October 2027."
     */
    public static String runway(Model model, Breaks b, Months months, Spread range) {
        String s = runway(model, b, months);
        String between = monthsBetween(months, range);
        return between == null ? s : s + " With the inputs' ranges: " + between + ".";
    }

    /**
     * The months of a range of growth multiples: "July to October 2027"; null when the range
     * has no width in months (or there is no range).
     */
    public static String monthsBetween(Months months, Spread range) {
        if (range == null || range.p10() == null) {
            return null;
        }
        Integer lo = months.monthOf(range.p10());
        Integer hi = months.monthOf(range.p90());
        if (lo != null && lo.equals(hi)) {
            return null;
        }
        if (lo == null) {
            return "not within " + Months.MAX_MONTH / 12 + " years";
        }
        if (hi == null) {
            return (lo == 0 ? "now" : months.label(lo)) + " or later";
        }
        if (lo == 0) {
            return "now to " + months.label(hi);
        }
        return Months.between(months.month(lo), months.month(hi));
    }

    /**
     * Where a design breaks with the inputs' ranges: "Breaks between 3.92x and 5.61x (most
     * likely 4.6x)."; "Breaks at up to 3.6x (most likely 1.4x): in one draw in ten or more it
     * breaks at any load." when P10 is 0 (an objective missed with no load at all); "Breaks at
     * 4.6x whatever the ranges." when they do not move it; null without a range.
     */
    public static String breaksRange(Breaks b, Spread range) {
        if (range == null) {
            return null;
        }
        String likely = b.breaksAt() == null ? "most likely not within the search"
                : "most likely " + Format.breakPoint(b.breaksAt());
        if (range.collapsed()) {
            return range.p10() == null ? null
                    : "Breaks at " + Format.breakPoint(range.p10()) + " whatever the ranges.";
        }
        if (range.p10() == null) {
            return "Does not break within the search in nine draws in ten (" + likely + ").";
        }
        if (range.p90() == null) {
            return "Breaks at " + Format.breakPoint(range.p10()) + " or later (" + likely
                    + "): one draw in ten or more does not break within the search.";
        }
        if (range.p10() == 0) {
            return "Breaks at up to " + Format.breakPoint(range.p90()) + " (" + likely
                    + "): in one draw in ten or more it breaks at any load.";
        }
        return "Breaks between " + Format.breakPoint(range.p10()) + " and "
                + Format.breakPoint(range.p90()) + " (" + likely + ").";
    }

    /**
     * A multiple's range for a table cell: "3.92–5.61x", "4.6x" when it has no width, "3.92x or
     * later" when the top is beyond the search, "up to 2x" when the bottom is any load, "—" when
     * neither end is known.
     */
    public static String timesRange(Spread range) {
        if (range == null || range.p10() == null) {
            return Format.UNKNOWN;
        }
        if (range.collapsed()) {
            return Format.breakPoint(range.p10());
        }
        if (range.p90() == null) {
            return Format.breakPoint(range.p10()) + " or later";
        }
        if (range.p10() == 0) {
            return "up to " + Format.breakPoint(range.p90());
        }
        String lo = Format.breakPoint(range.p10());
        return (lo.endsWith("x") ? lo.substring(0, lo.length() - 1) : lo) + "\u2013"
                + Format.breakPoint(range.p90());
    }

    /**
     * The bill at a multiple with its range: "The bill at 10x: $8.1–11k a month (most likely
     * $9,420)."; without a range "The bill at 10x: $9,420 a month."
     */
    public static String billRange(double multiplier, Double likely, Spread range) {
        String at = "The bill at " + Format.times(multiplier) + ": ";
        if (likely == null) {
            return at + "no bill.";
        }
        if (range == null || range.p10() == null || range.p90() == null
                || usdRange(range.p10(), range.p90()).equals(Format.usd(likely))) {
            return at + Format.usd(likely) + " a month.";
        }
        return at + usdRange(range.p10(), range.p90()) + " a month (most likely "
                + Format.usd(likely) + ").";
    }

    /**
     * A spend's range over the draws, for a line beside the spend: "$11–14k"; "from $11k, or the
     * design saturates within it" when one draw in ten or more saturates; null without width.
     */
    public static String spendRange(Spread range) {
        if (range == null || range.collapsed()) {
            return null;
        }
        if (range.p10() == null) {
            return "the design saturates within it in nine draws in ten or more";
        }
        if (range.p90() == null) {
            return "from " + compactUsd(range.p10()) + ", or the design saturates within it";
        }
        return usdRange(range.p10(), range.p90());
    }

    /**
     * A range of money, compact: "$420–$980", "$8.1–11k", "$950–$1.2k", "$1.2M–1.5M"; one
     * figure when both ends read the same.
     */
    public static String usdRange(double lo, double hi) {
        String a = compactUsd(lo);
        String b = compactUsd(hi);
        if (a.equals(b)) {
            return a;
        }
        String unitA = a.substring(a.length() - 1);
        String unitB = b.substring(b.length() - 1);
        boolean sameUnit = unitA.equals(unitB) && (unitA.equals("k") || unitA.equals("M"));
        return a.substring(0, sameUnit ? a.length() - 1 : a.length()) + "\u2013"
                + (sameUnit ? b.substring(1) : b);
    }

    /** "$420", "$8.1k", "$105k", "$1.2M": two significant digits from $1,000, three from $100k. */
    static String compactUsd(double v) {
        if (!Double.isFinite(v)) {
            return Format.UNKNOWN;
        }
        double a = Math.abs(v);
        if (a < 1000) {
            return Format.usd(v);
        }
        if (a < 1e6) {
            return "$" + Format.significant(v / 1000, a < 100_000 ? 2 : 3) + "k";
        }
        return "$" + Format.significant(v / 1e6, 2) + "M";
    }
}
