package dev.headroom.report.chart;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import java.util.function.DoubleUnaryOperator;

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

    /** Left edge of the plot: room for the widest y tick label, at least 56 px. */
    static double plotLeft(Graphics2D g, List<Double> ticks, DoubleFunction<String> format) {
        double widest = 0;
        for (double t : ticks) {
            widest = Math.max(widest, g.getFontMetrics().stringWidth(format.apply(t)));
        }
        return Math.max(56, 30 + widest + 10);
    }

    /** Horizontal grid lines at the y ticks, each labelled right-aligned left of the plot. */
    static void drawYGrid(Graphics2D g, List<Double> ticks, DoubleUnaryOperator py, double left,
            double right, DoubleFunction<String> format) {
        g.setStroke(new BasicStroke(0.8f));
        for (double t : ticks) {
            double y = py.applyAsDouble(t);
            g.setColor(Palette.GRID);
            g.draw(new Line2D.Double(left, y, right, y));
            g.setColor(Palette.MUTED);
            String s = format.apply(t);
            g.drawString(s, (float) (left - 8 - g.getFontMetrics().stringWidth(s)),
                    (float) (y + 4));
        }
    }
}
