package dev.headroom.cli;

import java.util.Locale;

/** Number formats for the human-readable tables (the JSON prints full precision). */
final class Fmt {
    private Fmt() {}

    static String ms(Double v) {
        if (v == null) {
            return "saturated";
        }
        if (v >= 100) {
            return String.format(Locale.ROOT, "%,.0f ms", v);
        }
        return String.format(Locale.ROOT, v >= 10 ? "%.1f ms" : "%.2f ms", v);
    }

    static String plainMs(Double v) {
        return v == null ? "—" : String.format(Locale.ROOT, v >= 100 ? "%,.0f" : "%.2f", v);
    }

    static String rate(double v) {
        return String.format(Locale.ROOT, v >= 100 ? "%,.0f" : v >= 10 ? "%.1f" : "%.2f", v);
    }

    static String pct(double v) {
        return String.format(Locale.ROOT, "%.1f%%", v * 100);
    }

    static String count(Double v) {
        return v == null ? "—" : String.format(Locale.ROOT, "%,.0f", v);
    }

    static String usd(Double v) {
        return v == null ? "—" : String.format(Locale.ROOT, "$%,.2f", v);
    }

    static String times(Double m) {
        if (m == null) {
            return "—";
        }
        return String.format(Locale.ROOT, m >= 10 ? "%.1fx" : "%.2fx", m);
    }

    static String queue(Double v) {
        return v == null ? "—" : String.format(Locale.ROOT, v >= 100 ? "%,.0f" : "%.2f", v);
    }
}
