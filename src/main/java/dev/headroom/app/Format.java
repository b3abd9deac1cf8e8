package dev.headroom.app;

import java.util.Locale;

/**
 * How every front end prints a figure: the app, the command line's tables and the client report
 * all format through these named styles, so that one figure reads the same everywhere (a
 * multiplier of 2.64 is "2.64x" on screen, in the terminal and on paper). JSON output prints
 * plain numbers and does not come here.
 *
 * <p>Rules (docs/ui.md "Figures"):
 * <ul>
 * <li>multipliers: three significant digits, whole multiples without decimals ("3x", "2.64x",
 *     "12.6x", "126x");</li>
 * <li>money: whole dollars from $100 up, cents below ("$4,210", "$73.00"); {@link #usdCents}
 *     keeps the cents for the lines of a bill;</li>
 * <li>latency: "4.25 ms", "42.5 ms", "1,234 ms", then seconds from 10 s ("12.3 s");</li>
 * <li>percentages: whole percent, unless rounding would print 0% for something above zero or
 *     100% for something below one ("99.6%", "0.4%");</li>
 * <li>counts: grouped thousands ("41,234"); {@link #compactCount} abbreviates for tight spaces
 *     ("41k", "1.2M").</li>
 * </ul>
 * An unknown figure (null) prints as an em dash, except a latency, which is unknown only when
 * its path is saturated.
 */
public final class Format {
    /** What an unknown figure prints as. */
    public static final String UNKNOWN = "\u2014";

    /** From here on a figure prints in scientific notation rather than as 16+ digits. */
    private static final double HUGE = 1e15;

    private Format() {}

    /** A growth multiplier: "3x", "2.64x", "12.6x", "126x"; "—" when unknown. */
    public static String times(Double m) {
        if (m == null || !Double.isFinite(m)) {
            return UNKNOWN;
        }
        if (Math.abs(m) >= 1e6) {
            return scientific(m) + "x";
        }
        return significant(m, 3) + "x";
    }

    /**
     * Where something breaks, as a multiplier: "any load" for 0 (the objective is missed even
     * without traffic), "—" when it does not break within the search.
     */
    public static String breakPoint(Double m) {
        if (m != null && m == 0) {
            return "any load";
        }
        return times(m);
    }

    /** Monthly money: whole dollars from $100 up, cents below; "—" when unknown. */
    public static String usd(Double v) {
        if (v == null || !Double.isFinite(v)) {
            return UNKNOWN;
        }
        if (Math.abs(v) >= HUGE) {
            return "$" + scientific(v);
        }
        return signed(v, String.format(Locale.ROOT, Math.abs(v) >= 100 ? "$%,.0f" : "$%,.2f",
                Math.abs(v)));
    }

    /**
     * A credit's sign before the dollar, as an invoice prints it ("−$85.08"), unless what is
     * printed rounds to nothing.
     */
    private static String signed(double v, String magnitude) {
        return v < 0 && magnitude.matches(".*[1-9].*") ? "\u2212" + magnitude : magnitude;
    }

    /** Money to the cent, for the lines of a bill: "$1,234.56". */
    public static String usdCents(Double v) {
        if (v == null || !Double.isFinite(v)) {
            return UNKNOWN;
        }
        if (Math.abs(v) >= HUGE) {
            return "$" + scientific(v);
        }
        return signed(v, String.format(Locale.ROOT, "$%,.2f", Math.abs(v)));
    }

    /** A signed difference in money: "+$120", "−$35.50", "$0". */
    public static String usdChange(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return "$0";
        }
        return (v > 0 ? "+" : "\u2212") + usd(Math.abs(v));
    }

    /** A unit price, four decimals: "$0.0960". */
    public static String unitPrice(double v) {
        return String.format(Locale.ROOT, "$%.4f", v);
    }

    /** A latency: "4.25 ms", "42.5 ms", "1,234 ms", "12.3 s"; "saturated" when unknown. */
    public static String ms(Double v) {
        if (v == null || !Double.isFinite(v)) {
            return "saturated";
        }
        if (v >= HUGE) {
            return scientific(v / 1000) + " s";
        }
        if (v >= 10_000) {
            return String.format(Locale.ROOT, "%,.1f s", v / 1000);
        }
        return plainMs(v) + " ms";
    }

    /** A time in ms without the unit, for table columns headed "ms"; "—" when unknown. */
    public static String plainMs(Double v) {
        if (v == null || !Double.isFinite(v)) {
            return UNKNOWN;
        }
        if (Math.abs(v) >= HUGE) {
            return scientific(v);
        }
        if (v >= 100) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        return String.format(Locale.ROOT, v >= 10 ? "%.1f" : "%.2f", v);
    }

    /** A rate or any measured quantity: "1,234", "42.5", "4.25". */
    public static String rate(double v) {
        if (!Double.isFinite(v)) {
            return UNKNOWN;
        }
        if (Math.abs(v) >= HUGE) {
            return scientific(v);
        }
        return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%,.0f"
                : Math.abs(v) >= 10 ? "%.1f" : "%.2f", v);
    }

    /** A rate per second for tight spaces: "12.3k/s", "340/s", "4.2/s". */
    public static String compactRate(double perSecond) {
        if (perSecond >= 10_000) {
            return String.format(Locale.ROOT, "%.1fk/s", perSecond / 1000);
        }
        if (perSecond >= 100) {
            return String.format(Locale.ROOT, "%.0f/s", perSecond);
        }
        if (perSecond >= 1) {
            return String.format(Locale.ROOT, "%.1f/s", perSecond);
        }
        return String.format(Locale.ROOT, "%.2f/s", perSecond);
    }

    /** A fraction as a percentage: "75%", and "99.6%" or "0.4%" where whole would mislead. */
    public static String percent(double fraction) {
        if (!Double.isFinite(fraction)) {
            return UNKNOWN;
        }
        double p = fraction * 100;
        if (Math.abs(p) >= HUGE) {
            return scientific(p) + "%";
        }
        long whole = Math.round(p);
        if ((whole == 100 && p < 100) || (whole == 0 && p > 0)) {
            return String.format(Locale.ROOT, p < 0.1 || p > 99.9 ? "%.2f%%" : "%.1f%%", p);
        }
        return String.format(Locale.ROOT, "%,d%%", whole);
    }

    /** A whole count with grouped thousands: "41,234"; "—" when unknown. */
    public static String count(Double v) {
        if (v == null || !Double.isFinite(v)) {
            return UNKNOWN;
        }
        if (Math.abs(v) >= HUGE) {
            return scientific(v);
        }
        return String.format(Locale.ROOT, "%,.0f", v);
    }

    /** A whole count with grouped thousands: "41,234". */
    public static String count(long v) {
        return String.format(Locale.ROOT, "%,d", v);
    }

    /** A count for tight spaces: "9,800", "41k", "1.2M", "3.4B". */
    public static String compactCount(double v) {
        if (!Double.isFinite(v)) {
            return UNKNOWN;
        }
        if (v >= HUGE) {
            return scientific(v);
        }
        if (v >= 1e9) {
            return String.format(Locale.ROOT, "%.1fB", v / 1e9);
        }
        if (v >= 1e6) {
            return String.format(Locale.ROOT, "%.1fM", v / 1e6);
        }
        if (v >= 10_000) {
            return String.format(Locale.ROOT, "%.0fk", v / 1e3);
        }
        return String.format(Locale.ROOT, "%,.0f", v);
    }

    /** A number as typed in a field: no grouping, no trailing zeros ("0.25", "1200"). */
    public static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = String.format(Locale.ROOT, "%.6f", v).replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /** An axis tick: "1,200", "12.5", "0.25". */
    public static String tick(double v) {
        if (v == Math.rint(v)) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        return String.format(Locale.ROOT, Math.abs(v) >= 10 ? "%,.1f" : "%.2f", v);
    }

    /** A money axis tick: "$800", "$12.5k". */
    public static String usdTick(double v) {
        if (Math.abs(v) >= 10_000) {
            return "$" + tick(v / 1000) + "k";
        }
        return "$" + tick(v);
    }

    /** A multiplier axis tick: "2x", "2.5x". */
    public static String timesTick(double m) {
        return m == Math.rint(m) ? String.format(Locale.ROOT, "%.0fx", m)
                : String.format(Locale.ROOT, "%.1fx", m);
    }

    /**
     * A span of time: "4.5 s", "45 s", "1 min 20 s", "12 min", "1 h 5 min"; "—" when unknown.
     * Drills print their recovery times and breach durations with it.
     */
    public static String duration(Double seconds) {
        if (seconds == null || !Double.isFinite(seconds)) {
            return UNKNOWN;
        }
        double s = Math.abs(seconds);
        String sign = seconds < 0 ? "−" : "";
        if (s < 9.95) {
            double r = Math.round(s * 10) / 10.0;
            return sign + (r == Math.rint(r) ? String.format(Locale.ROOT, "%.0f s", r)
                    : String.format(Locale.ROOT, "%.1f s", r));
        }
        long whole = Math.round(s);
        if (whole < 60) {
            return sign + whole + " s";
        }
        if (whole < 600) {
            long sec = whole % 60;
            return sign + (whole / 60) + " min" + (sec == 0 ? "" : " " + sec + " s");
        }
        long minutes = Math.round(s / 60);
        if (minutes < 60) {
            return sign + minutes + " min";
        }
        long min = minutes % 60;
        return sign + (minutes / 60) + " h" + (min == 0 ? "" : " " + min + " min");
    }

    /** A time axis tick or a moment of a drill: "0:45", "12:00", "1:05:00". */
    public static String clock(double seconds) {
        long s = Math.round(Math.abs(seconds));
        String sign = seconds < 0 && s > 0 ? "−" : "";
        if (s >= 3600) {
            return String.format(Locale.ROOT, "%s%d:%02d:%02d", sign, s / 3600, s % 3600 / 60,
                    s % 60);
        }
        return String.format(Locale.ROOT, "%s%d:%02d", sign, s / 60, s % 60);
    }

    /** "1.23e+18": for figures too large to print digit by digit. */
    static String scientific(double v) {
        return String.format(Locale.ROOT, "%.2e", v);
    }

    /**
     * {@code v} to {@code digits} significant digits without trailing zeros or exponent, whole
     * numbers grouped: 2.6404 → "2.64", 12.63 → "12.6", 126.3 → "126", 1234.5 → "1,235".
     */
    static String significant(double v, int digits) {
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        int magnitude = (int) Math.floor(Math.log10(a));
        int decimals = Math.max(0, digits - 1 - magnitude);
        double rounded = new java.math.BigDecimal(v).setScale(decimals,
                java.math.RoundingMode.HALF_EVEN).doubleValue();
        if (Math.abs(rounded) >= Math.pow(10, magnitude + 1) && decimals > 0) {
            decimals--; // 9.996 rounds to 10.00: one digit fewer after the point
        }
        String s = String.format(Locale.ROOT, "%,." + decimals + "f", v);
        if (s.indexOf('.') >= 0) {
            s = s.replaceAll("0+$", "");
            if (s.endsWith(".")) {
                s = s.substring(0, s.length() - 1);
            }
        }
        return s;
    }
}
