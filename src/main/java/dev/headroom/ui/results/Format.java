package dev.headroom.ui.results;

import java.util.Locale;

/** Figures as a founder reads them: 1.2k, 340 ms, $4,210, 3.4x. */
public final class Format {
    private Format() {}

    public static String ms(Double v) {
        if (v == null) {
            return "saturated";
        }
        if (v >= 10_000) {
            return String.format(Locale.US, "%.1f s", v / 1000);
        }
        if (v >= 100) {
            return String.format(Locale.US, "%,.0f ms", v);
        }
        if (v >= 10) {
            return String.format(Locale.US, "%.1f ms", v);
        }
        return String.format(Locale.US, "%.2f ms", v);
    }

    public static String rate(double perSecond) {
        if (perSecond >= 10_000) {
            return String.format(Locale.US, "%.1fk/s", perSecond / 1000);
        }
        if (perSecond >= 100) {
            return String.format(Locale.US, "%.0f/s", perSecond);
        }
        if (perSecond >= 1) {
            return String.format(Locale.US, "%.1f/s", perSecond);
        }
        return String.format(Locale.US, "%.2f/s", perSecond);
    }

    public static String count(double v) {
        if (v >= 1e9) {
            return String.format(Locale.US, "%.1fB", v / 1e9);
        }
        if (v >= 1e6) {
            return String.format(Locale.US, "%.1fM", v / 1e6);
        }
        if (v >= 10_000) {
            return String.format(Locale.US, "%.0fk", v / 1e3);
        }
        return String.format(Locale.US, "%,.0f", v);
    }

    public static String usd(double v) {
        return v >= 100 ? String.format(Locale.US, "$%,.0f", v) : String.format(Locale.US,
                "$%,.2f", v);
    }

    public static String percent(double fraction) {
        return String.format(Locale.US, "%.0f%%", fraction * 100);
    }

    public static String times(double m) {
        return m >= 10 ? String.format(Locale.US, "%.0fx", m)
                : String.format(Locale.US, "%.1fx", m);
    }

    public static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.US, "%d", (long) v);
        }
        String s = String.format(Locale.US, "%.6f", v).replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
