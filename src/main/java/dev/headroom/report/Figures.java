package dev.headroom.report;

import java.util.Locale;

/**
 * How the report prints numbers. Every figure in the HTML, the PDF and the charts goes through
 * here, so a test can format an engine value the same way and find it in the document.
 */
public final class Figures {
    private Figures() {}

    /** A latency: "saturated" when the engine has none (its path crosses a saturated tier). */
    public static String ms(Double v) {
        if (v == null) {
            return "saturated";
        }
        if (v >= 100) {
            return String.format(Locale.ROOT, "%,.0f ms", v);
        }
        return String.format(Locale.ROOT, v >= 10 ? "%.1f ms" : "%.2f ms", v);
    }

    /** Monthly money, whole dollars from $100 up, cents below. */
    public static String usd(Double v) {
        if (v == null) {
            return "—";
        }
        return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "$%,.0f" : "$%,.2f", v);
    }

    public static String rate(double v) {
        return String.format(Locale.ROOT, v >= 100 ? "%,.0f" : v >= 10 ? "%.1f" : "%.2f", v);
    }

    public static String pct(double v) {
        return String.format(Locale.ROOT, "%.0f%%", v * 100);
    }

    public static String count(Double v) {
        return v == null ? "—" : String.format(Locale.ROOT, "%,.0f", v);
    }

    /** A growth multiplier such as "2.64x"; "—" when unknown. */
    public static String times(Double m) {
        if (m == null) {
            return "—";
        }
        if (m == Math.rint(m) && m < 1e6) {
            return String.format(Locale.ROOT, "%,.0fx", m);
        }
        return String.format(Locale.ROOT, m >= 10 ? "%.1fx" : "%.2fx", m);
    }
}
