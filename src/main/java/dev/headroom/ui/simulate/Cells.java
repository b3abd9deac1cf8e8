package dev.headroom.ui.simulate;

import dev.headroom.sim.Estimate;
import dev.headroom.app.Format;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * The numbers in the simulation tables. The units sit in the column headers, so a cell is the
 * bare number with {@link Format#ms}'s digits (340, 77.9, 4.21) but never switched to seconds;
 * half-widths get two significant digits; tooltips add the unit.
 */
final class Cells {
    /** Which figure a column shows: its scale and unit. */
    enum Unit {
        MS(1, " ms"),
        /** A fraction shown in percent. */
        FRACTION(100, "%"),
        PER_SECOND(1, "/s");

        private final double scale;
        private final String suffix;

        Unit(double scale, String suffix) {
            this.scale = scale;
            this.suffix = suffix;
        }

        String bare(double v) {
            return this == FRACTION ? String.format(Locale.US, "%.1f", v * scale) : digits(v);
        }

        String bareHalfWidth(double v) {
            return significant(v * scale);
        }

        String withUnit(double v) {
            return bare(v) + suffix;
        }

        String halfWidthWithUnit(double v) {
            return bareHalfWidth(v) + suffix;
        }
    }

    static final String NONE = "\u2014";

    private Cells() {}

    /** Format.ms's digits without the unit and without switching to seconds. */
    static String digits(double v) {
        double a = Math.abs(v);
        if (a >= 100) {
            return String.format(Locale.US, "%,.0f", v);
        }
        if (a >= 10) {
            return String.format(Locale.US, "%.1f", v);
        }
        return String.format(Locale.US, "%.2f", v);
    }

    /** Two significant digits, never in exponent form: 0.16, 7.7, 300. */
    static String significant(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return "0";
        }
        BigDecimal b = new BigDecimal(v).round(new MathContext(2));
        return b.abs().compareTo(BigDecimal.valueOf(1000)) >= 0
                ? String.format(Locale.US, "%,.0f", b.doubleValue()) : b.toPlainString();
    }

    /** "77.9 ± 0.16"; the bare value with one replication; a dash when nothing was observed. */
    static String estimate(Estimate e, Unit u) {
        if (e.value() == null) {
            return NONE;
        }
        return e.ci95() == null ? u.bare(e.value())
                : u.bare(e.value()) + " \u00b1 " + u.bareHalfWidth(e.ci95());
    }

    /** "77.9 ms ± 0.16 ms". */
    static String estimateWithUnit(Estimate e, Unit u) {
        if (e.value() == null) {
            return "nothing";
        }
        return e.ci95() == null ? u.withUnit(e.value())
                : u.withUnit(e.value()) + " \u00b1 " + u.halfWidthWithUnit(e.ci95());
    }

    /** "+7.2%", "−31.9%" (a real minus sign), "0.0%". */
    static String percent(double p) {
        String s = String.format(Locale.US, "%.1f%%", Math.abs(p));
        if (s.equals("0.0%")) {
            return s;
        }
        return (p < 0 ? "\u2212" : "+") + s;
    }

    /** The tooltip: the two figures in words, and for a flagged one, why and what to trust. */
    static String explain(Difference d, Unit unit) {
        String sim = estimateWithUnit(d.simulated(), unit);
        if (d.analyticSaturated()) {
            return "The analytic engine reports this class as saturated: a component on its path "
                    + "is at or past 100% busy, so it gives no latency. The simulator measured "
                    + sim + ". The simulator is the reference.";
        }
        if (d.analytic() == null || d.simulated().value() == null) {
            return "Analytic " + (d.analytic() == null ? "\u2014" : unit.withUnit(d.analytic()))
                    + ", simulated " + sim + ": nothing to compare.";
        }
        StringBuilder b = new StringBuilder("Analytic ").append(unit.withUnit(d.analytic()));
        if (d.percent() == null) {
            b.append(", simulated ").append(sim).append('.');
        } else if (percent(d.percent()).equals("0.0%")) {
            b.append(" matches the simulated ").append(sim).append('.');
        } else {
            b.append(" is ").append(percent(Math.abs(d.percent())).substring(1))
                    .append(d.percent() > 0 ? " above" : " below").append(" the simulated ")
                    .append(sim).append('.');
        }
        if (d.simulated().ci95() != null) {
            b.append(d.insideInterval() ? " It lies inside" : " It lies outside")
                    .append(" the simulation's 95% confidence interval.");
        }
        if (d.flag().flagged()) {
            b.append("\n\nFlagged: more than ").append(fmt(Difference.WARN_PERCENT))
                    .append("% apart (red beyond ").append(fmt(Difference.SEVERE_PERCENT))
                    .append("%). The analytic figure is an approximation (it treats the waits "
                            + "of repeated visits as independent, and is least accurate above "
                            + "about 80% utilization); the simulator is the reference.");
        }
        return b.toString();
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
