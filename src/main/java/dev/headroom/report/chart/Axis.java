package dev.headroom.report.chart;

import java.util.ArrayList;
import java.util.List;

/** "Nice" axis ticks: steps of 1, 2, 2.5 or 5 times a power of ten, covering 0..max. */
final class Axis {
    private Axis() {}

    /** About {@code target} ticks from {@code min} to at least {@code max}. */
    static List<Double> ticks(double min, double max, int target) {
        if (!(max > min)) {
            max = min + 1;
        }
        double step = niceStep((max - min) / Math.max(1, target));
        double first = Math.floor(min / step) * step;
        List<Double> out = new ArrayList<>();
        for (double v = first; v < max + step * 0.999; v += step) {
            out.add(Math.abs(v) < step * 1e-9 ? 0.0 : v);
            if (out.size() > 40) {
                break;
            }
        }
        return out;
    }

    static double niceStep(double raw) {
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / p;
        double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
        return nice * p;
    }

    /** Whole-number ticks from 0 to at least {@code max}. */
    static List<Double> integerTicks(double max, int target) {
        double step = Math.max(1, Math.ceil(niceStep(Math.max(max, 1) / Math.max(1, target))));
        List<Double> out = new ArrayList<>();
        for (double v = 0; v < max + step * 0.999; v += step) {
            out.add(v);
        }
        return out;
    }
}
