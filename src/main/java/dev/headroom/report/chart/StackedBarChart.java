package dev.headroom.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * Stacked vertical bars, one per category (a growth point), one colour per layer (a component),
 * with the total printed over each bar.
 */
public final class StackedBarChart {
    record Layer(String name, Color color, double[] values) {}

    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final List<String> categories;
    private final List<Layer> layers = new ArrayList<>();
    private DoubleFunction<String> yFormat = LineChart::trim;
    private DoubleFunction<String> totalFormat = LineChart::trim;
    private double[] givenTotals;

    public StackedBarChart(String title, String xLabel, String yLabel, List<String> categories) {
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
        this.categories = List.copyOf(categories);
    }

    public StackedBarChart yFormat(DoubleFunction<String> axis, DoubleFunction<String> total) {
        this.yFormat = axis;
        this.totalFormat = total;
        return this;
    }

    /** A value as a bar height: NaN (no bar) and negatives are 0. */
    private static double positive(double v) {
        return Double.isNaN(v) ? 0 : Math.max(0, v);
    }

    /**
     * The figure printed over each bar, when it is not just the sum of the layers drawn (a
     * bill's total, say, which the chart must print as the bill has it); NaN prints
     * "saturated" over an empty slot.
     */
    public StackedBarChart totals(double[] totals) {
        this.givenTotals = totals.clone();
        return this;
    }

    /** A layer with one value per category. */
    public StackedBarChart layer(String name, Color color, double[] values) {
        layers.add(new Layer(name, color, values.clone()));
        return this;
    }

    public BufferedImage render(int width, int height) {
        BufferedImage img = Canvas.image(width, height);
        Graphics2D g = Canvas.graphics(img);
        Font small = Canvas.font(Font.PLAIN, 11f);
        g.setColor(Palette.INK);
        g.setFont(Canvas.font(Font.BOLD, 14f));
        g.drawString(title, 16, 24);

        g.setFont(small);
        List<double[]> legendPos = new ArrayList<>();
        double lx = 64;
        double row = 0;
        for (Layer l : layers) {
            double w = 18 + g.getFontMetrics().stringWidth(l.name()) + 18;
            if (lx + w > width - 16 && lx > 64) {
                lx = 64;
                row++;
            }
            legendPos.add(new double[] {lx, row});
            lx += w;
        }
        int legendRows = layers.isEmpty() ? 0 : (int) row + 1;
        double right = width - 22;
        double top = 50;
        double bottom = height - 46 - legendRows * 18;

        int n = categories.size();
        double[] totals = new double[n];
        for (Layer l : layers) {
            for (int i = 0; i < n; i++) {
                totals[i] += positive(l.values()[i]);
            }
        }
        if (givenTotals != null) {
            for (int i = 0; i < n; i++) {
                totals[i] = Math.max(totals[i], positive(givenTotals[i]));
            }
        }
        double max = 0;
        for (double t : totals) {
            max = Math.max(max, t);
        }
        List<Double> ticks = Axis.ticks(0, max <= 0 ? 1 : max * 1.08, 5);
        double y1 = ticks.get(ticks.size() - 1);
        g.setFont(small);
        double left = Axis.plotLeft(g, ticks, yFormat);
        java.util.function.DoubleUnaryOperator py = v -> bottom - v / y1 * (bottom - top);

        Axis.drawYGrid(g, ticks, py, left, right, yFormat);
        double slot = (right - left) / Math.max(1, n);
        double bar = Math.min(56, slot * 0.62);
        for (int i = 0; i < n; i++) {
            double cx = left + slot * (i + 0.5);
            double base = 0;
            for (Layer l : layers) {
                double v = positive(l.values()[i]);
                if (v <= 0) {
                    continue;
                }
                double yTop = py.applyAsDouble(base + v);
                double yBot = py.applyAsDouble(base);
                g.setColor(l.color());
                g.fill(new Rectangle2D.Double(cx - bar / 2, yTop, bar, yBot - yTop));
                g.setColor(Color.WHITE);
                g.setStroke(new BasicStroke(0.6f));
                g.draw(new Line2D.Double(cx - bar / 2, yTop, cx + bar / 2, yTop));
                base += v;
            }
            g.setColor(Palette.INK);
            g.setFont(Canvas.font(Font.PLAIN, 10f));
            double total = givenTotals != null ? givenTotals[i] : totals[i];
            // a NaN total is a step with no bar: the design no longer serves its load there
            String t = Double.isNaN(total) ? "saturated" : totalFormat.apply(total);
            if (Double.isNaN(total)) {
                g.setColor(Palette.MUTED);
            }
            int tw = g.getFontMetrics().stringWidth(t);
            if (tw < slot - 2) {
                g.drawString(t, (float) (cx - tw / 2.0), (float) (py.applyAsDouble(totals[i]) - 5));
            }
            g.setFont(small);
            g.setColor(Palette.MUTED);
            String c = categories.get(i);
            g.drawString(c, (float) (cx - g.getFontMetrics().stringWidth(c) / 2.0),
                    (float) (bottom + 16));
        }
        g.setColor(Palette.AXIS);
        g.setStroke(new BasicStroke(1.1f));
        g.draw(new Line2D.Double(left, bottom, right, bottom));
        g.setFont(Canvas.font(Font.PLAIN, 11.5f));
        g.setColor(Palette.INK);
        g.drawString(xLabel, (float) ((left + right) / 2 - g.getFontMetrics().stringWidth(xLabel)
                / 2.0), (float) (bottom + 34));
        Graphics2D gr = (Graphics2D) g.create();
        gr.rotate(-Math.PI / 2);
        gr.drawString(yLabel, (float) (-(top + bottom) / 2 - gr.getFontMetrics()
                .stringWidth(yLabel) / 2.0), 16f);
        gr.dispose();

        g.setFont(small);
        double ly0 = height - 18 - (legendRows - 1) * 18;
        for (int i = 0; i < layers.size(); i++) {
            double[] p = legendPos.get(i);
            double y = ly0 + p[1] * 18;
            g.setColor(layers.get(i).color());
            g.fill(new Rectangle2D.Double(p[0], y - 10, 11, 11));
            g.setColor(Palette.INK);
            Canvas.drawName(g, layers.get(i).name(), (float) (p[0] + 17), (float) y);
        }
        g.dispose();
        return img;
    }
}
