package dev.headroom.report;

import java.util.Locale;

/** Axis tick labels (the figures in tables use {@link Figures}). */
final class LineChartFormats {
    private LineChartFormats() {}

    static String times(double m) {
        return m == Math.rint(m) ? String.format(Locale.ROOT, "%.0fx", m)
                : String.format(Locale.ROOT, "%.1fx", m);
    }

    static String plain(double v) {
        if (v == Math.rint(v)) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        return String.format(Locale.ROOT, Math.abs(v) >= 10 ? "%,.1f" : "%.2f", v);
    }

    static String usdAxis(double v) {
        if (Math.abs(v) >= 10_000) {
            return "$" + plain(v / 1000) + "k";
        }
        return "$" + plain(v);
    }
}
