package dev.headroom.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * A line chart on a white ground: thin grid, labelled axes with units, series that break where
 * a value is unknown (NaN), dashed horizontal limits (SLO, utilization target), and labelled
 * markers where something breaks.
 */
public final class LineChart {
    /** How a series is drawn. */
    public enum Style { SOLID, DOTTED, DASHED, STEP }

    record Series(String name, Color color, double[] x, double[] y, Style style) {}

    record Limit(String label, double y, Color color) {}

    record Marker(String label, double x, double y, Color color) {}

    /** A shaded range (P10 to P90) around a line: NaN ends a run, +∞ runs off the top. */
    record Band(Color color, double[] x, double[] lo, double[] hi) {}

    /** A shaded span of x (a drill's event) behind everything, labelled above the plot. */
    record Span(String label, double from, double to, Color color) {}

    /** The height of a row of band labels above the plot. */
    private static final double BAND_ROW = 13;

    private final String title;
    private final String xLabel;
    private final String yLabel;
    private DoubleFunction<String> xFormat = v -> trim(v);
    private DoubleFunction<String> yFormat = v -> trim(v);
    private double yCap = Double.POSITIVE_INFINITY;
    private double xMin = Double.NaN;
    private double xMax = Double.NaN;
    private final List<Series> series = new ArrayList<>();
    private final List<Limit> limits = new ArrayList<>();
    private final List<Marker> markers = new ArrayList<>();
    private final List<Band> bands = new ArrayList<>();
    private final List<Span> spans = new ArrayList<>();
    private String note;
    private boolean integerTicks;

    public LineChart(String title, String xLabel, String yLabel) {
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
    }

    public LineChart xFormat(DoubleFunction<String> f) {
        this.xFormat = f;
        return this;
    }

    public LineChart yFormat(DoubleFunction<String> f) {
        this.yFormat = f;
        return this;
    }

    /** Values above {@code cap} run off the top of the plot instead of squashing the rest. */
    public LineChart yCap(double cap) {
        this.yCap = cap;
        return this;
    }

    public LineChart xRange(double min, double max) {
        this.xMin = min;
        this.xMax = max;
        return this;
    }

    /** Y ticks at whole numbers only (counts such as instances). */
    public LineChart integerTicks() {
        this.integerTicks = true;
        return this;
    }

    /** A short line under the plot (e.g. what a gap in a line means). */
    public LineChart note(String text) {
        this.note = text;
        return this;
    }

    /** A series; NaN in {@code y} leaves a gap (saturated, no figure). */
    public LineChart series(String name, Color color, double[] x, double[] y, Style style) {
        series.add(new Series(name, color, x.clone(), y.clone(), style));
        return this;
    }

    /** A dashed horizontal limit with its label. */
    /**
     * A shaded band from {@code lo} to {@code hi} at each x, in a light tint of {@code color},
     * drawn under the lines (NaN: no band there; +∞: the band runs off the top).
     */
    public LineChart band(Color color, double[] x, double[] lo, double[] hi) {
        if (lo.length != x.length || hi.length != x.length) {
            throw new IllegalArgumentException("a band needs a value per x");
        }
        bands.add(new Band(color, x.clone(), lo.clone(), hi.clone()));
        return this;
    }

    public LineChart limit(String label, double y, Color color) {
        limits.add(new Limit(label, y, color));
        return this;
    }

    /**
     * A labelled break marker at {@code x}: a vertical dashed rule, and a ring on the curve when
     * {@code y} is a number (NaN: the rule alone).
     */
    public LineChart marker(String label, double x, double y, Color color) {
        markers.add(new Marker(label, x, y, color));
        return this;
    }

    /**
     * A shaded span of x (a drill's event) drawn behind the lines, its label at the top; the
     * colour is drawn translucent.
     */
    public LineChart span(String label, double from, double to, Color color) {
        spans.add(new Span(label, from, to, color));
        return this;
    }

    public BufferedImage render(int width, int height) {
        BufferedImage img = Canvas.image(width, height);
        Graphics2D g = Canvas.graphics(img);
        draw(g, width, height);
        g.dispose();
        return img;
    }

    private void draw(Graphics2D g, int width, int height) {
        Font small = Canvas.font(Font.PLAIN, 11f);
        Font label = Canvas.font(Font.PLAIN, 11.5f);
        g.setColor(Palette.INK);
        g.setFont(Canvas.font(Font.BOLD, 14f));
        g.drawString(title, 16, 24);

        // Legend layout first: it decides how tall the plot can be.
        g.setFont(small);
        List<double[]> legendPos = new ArrayList<>();
        List<Object> legendItems = new ArrayList<>();
        legendItems.addAll(series);
        legendItems.addAll(limits);
        double lx = 64;
        double row = 0;
        for (Object o : legendItems) {
            String name = o instanceof Series s ? s.name() : ((Limit) o).label();
            double w = 28 + g.getFontMetrics().stringWidth(name) + 18;
            if (lx + w > width - 16 && lx > 64) {
                lx = 64;
                row++;
            }
            legendPos.add(new double[] {lx, row});
            lx += w;
        }
        int legendRows = legendItems.isEmpty() ? 0 : (int) row + 1;
        double noteH = note == null ? 0 : 16;
        double right = width - 22;
        double bottom = height - 46 - legendRows * 18 - noteH;

        // Ranges.
        double x0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double yMaxData = 0;
        for (Series s : series) {
            for (int i = 0; i < s.x().length; i++) {
                x0 = Math.min(x0, s.x()[i]);
                x1 = Math.max(x1, s.x()[i]);
                if (!Double.isNaN(s.y()[i])) {
                    yMaxData = Math.max(yMaxData, Math.min(s.y()[i], yCap));
                }
            }
        }
        if (!Double.isNaN(xMin)) {
            x0 = xMin;
            x1 = xMax;
        }
        for (Limit l : limits) {
            yMaxData = Math.max(yMaxData, l.y() * 1.12);
        }
        if (!Double.isFinite(x0)) {
            x0 = 0;
        }
        if (!(x1 > x0)) {
            x1 = x0 + 1;
        }
        if (yMaxData <= 0) {
            yMaxData = 1;
        }
        List<Double> yTicks = integerTicks ? Axis.integerTicks(yMaxData * 1.04, 5)
                : Axis.ticks(0, yMaxData * 1.04, 5);
        double y1 = yTicks.get(yTicks.size() - 1);
        g.setFont(small);
        double left = Axis.plotLeft(g, yTicks, yFormat);
        List<Double> xTicks = Axis.ticks(x0, x1, 9);
        double fx0 = x0;
        double fx1 = x1;
        java.util.function.DoubleUnaryOperator px = v -> left + (v - fx0) / (fx1 - fx0)
                * (right - left);
        // The bands' labels above the plot, in rows where events overlap.
        g.setFont(small);
        double[] bandX = new double[spans.size()];
        double[] bandW = new double[spans.size()];
        for (int i = 0; i < spans.size(); i++) {
            Span b = spans.get(i);
            bandW[i] = g.getFontMetrics().stringWidth(b.label());
            bandX[i] = Math.min(Math.max(left, px.applyAsDouble(b.from())) + 4,
                    right - 4 - bandW[i]);
        }
        int[] bandRow = dev.headroom.app.LabelRows.rows(bandX, bandW, 3, 8);
        double top = 44 + BAND_ROW * (dev.headroom.app.LabelRows.count(bandRow) - 1);
        java.util.function.DoubleUnaryOperator py = v -> bottom - v / y1 * (bottom - top);

        // Event spans, behind everything else.
        for (int i = 0; i < spans.size(); i++) {
            Span b = spans.get(i);
            double bx0 = Math.max(left, px.applyAsDouble(b.from()));
            double bx1 = Math.min(right, px.applyAsDouble(b.to()));
            if (bx1 <= bx0) {
                continue;
            }
            g.setColor(Palette.alpha(b.color(), 34));
            g.fill(new Rectangle2D.Double(bx0, top, bx1 - bx0, bottom - top));
            g.setColor(b.color().darker());
            int rowsUp = dev.headroom.app.LabelRows.count(bandRow) - 1 - bandRow[i];
            g.drawString(b.label(), (float) bandX[i], (float) (top - 4 - BAND_ROW * rowsUp));
        }

        // Grid and axes.
        g.setFont(small);
        Axis.drawYGrid(g, yTicks, py, left, right, yFormat);
        for (double t : xTicks) {
            if (t < x0 - 1e-9 || t > x1 + 1e-9) {
                continue;
            }
            double x = px.applyAsDouble(t);
            g.setColor(Palette.GRID);
            g.draw(new Line2D.Double(x, top, x, bottom));
            g.setColor(Palette.MUTED);
            String s = xFormat.apply(t);
            g.drawString(s, (float) (x - g.getFontMetrics().stringWidth(s) / 2.0),
                    (float) (bottom + 16));
        }
        g.setColor(Palette.AXIS);
        g.setStroke(new BasicStroke(1.1f));
        g.draw(new Line2D.Double(left, bottom, right, bottom));
        g.draw(new Line2D.Double(left, top, left, bottom));
        g.setFont(label);
        g.setColor(Palette.INK);
        g.drawString(xLabel, (float) ((left + right) / 2 - g.getFontMetrics().stringWidth(xLabel)
                / 2.0), (float) (bottom + 34));
        Graphics2D gr = (Graphics2D) g.create();
        gr.rotate(-Math.PI / 2);
        gr.drawString(yLabel, (float) (-(top + bottom) / 2 - gr.getFontMetrics()
                .stringWidth(yLabel) / 2.0), 16f);
        gr.dispose();

        // Limits.
        Shape clip = new Rectangle2D.Double(left, top - 1, right - left, bottom - top + 2);
        for (Limit l : limits) {
            double y = py.applyAsDouble(l.y());
            g.setColor(l.color());
            g.setStroke(Canvas.DASHED);
            g.draw(new Line2D.Double(left, y, right, y));
            g.setFont(small);
            String s = l.label();
            g.drawString(s, (float) (right - 4 - g.getFontMetrics().stringWidth(s)),
                    (float) (y - 5));
        }

        // Series, over their bands.
        Graphics2D gs = (Graphics2D) g.create();
        gs.clip(clip);
        for (Band b : bands) {
            Color tint = new Color(b.color().getRed(), b.color().getGreen(), b.color().getBlue(),
                    46);
            int i = 0;
            while (i < b.x().length) {
                if (Double.isNaN(b.lo()[i]) || Double.isNaN(b.hi()[i])) {
                    i++;
                    continue;
                }
                int start = i;
                while (i < b.x().length && !Double.isNaN(b.lo()[i]) && !Double.isNaN(b.hi()[i])) {
                    i++;
                }
                if (i - start < 2) {
                    continue;
                }
                Path2D.Double area = new Path2D.Double();
                for (int j = start; j < i; j++) {
                    double x = px.applyAsDouble(b.x()[j]);
                    double y = py.applyAsDouble(Math.min(b.lo()[j], y1 * 1.5));
                    if (j == start) {
                        area.moveTo(x, y);
                    } else {
                        area.lineTo(x, y);
                    }
                }
                for (int j = i - 1; j >= start; j--) {
                    area.lineTo(px.applyAsDouble(b.x()[j]),
                            py.applyAsDouble(Math.min(b.hi()[j], y1 * 1.5)));
                }
                area.closePath();
                gs.setColor(tint);
                gs.fill(area);
            }
        }
        for (Series s : series) {
            gs.setColor(s.color());
            gs.setStroke(stroke(s.style()));
            Path2D.Double path = new Path2D.Double();
            boolean pen = false;
            double prevY = 0;
            for (int i = 0; i < s.x().length; i++) {
                double yv = s.y()[i];
                if (Double.isNaN(yv)) {
                    pen = false;
                    continue;
                }
                double x = px.applyAsDouble(s.x()[i]);
                double y = py.applyAsDouble(Math.min(yv, y1 * 1.5));
                if (!pen) {
                    path.moveTo(x, y);
                    pen = true;
                } else if (s.style() == Style.STEP) {
                    path.lineTo(x, prevY);
                    path.lineTo(x, y);
                } else {
                    path.lineTo(x, y);
                }
                prevY = y;
            }
            gs.draw(path);
        }
        gs.dispose();

        // Break markers: rule, ring and a label stacked so that neighbours do not collide.
        g.setFont(small);
        List<double[]> placed = new ArrayList<>();
        for (Marker m : markers) {
            if (m.x() < x0 - 1e-9 || m.x() > x1 + 1e-9) {
                continue;
            }
            double x = px.applyAsDouble(m.x());
            g.setColor(Palette.alpha(m.color(), 150));
            g.setStroke(Canvas.DOTTED);
            g.draw(new Line2D.Double(x, top + 4, x, bottom));
            if (!Double.isNaN(m.y()) && m.y() <= y1) {
                double y = py.applyAsDouble(m.y());
                g.setStroke(new BasicStroke(2f));
                g.setColor(Color.WHITE);
                g.fill(new java.awt.geom.Ellipse2D.Double(x - 5, y - 5, 10, 10));
                g.setColor(m.color());
                g.draw(new java.awt.geom.Ellipse2D.Double(x - 5, y - 5, 10, 10));
            }
            int tw = g.getFontMetrics().stringWidth(m.label());
            double lxm = x + tw + 8 > right ? x - tw - 6 : x + 5;
            int level = 0;
            boolean clash = true;
            while (clash && level < 6) {
                clash = false;
                for (double[] p : placed) {
                    if (p[2] == level && lxm < p[1] + 4 && lxm + tw > p[0] - 4) {
                        clash = true;
                        level++;
                        break;
                    }
                }
            }
            placed.add(new double[] {lxm, lxm + tw, level});
            double ly = top + 12 + level * 14;
            g.setColor(new Color(255, 255, 255, 220));
            g.fill(new Rectangle2D.Double(lxm - 2, ly - 10, tw + 4, 13));
            g.setColor(m.color());
            g.drawString(m.label(), (float) lxm, (float) ly);
        }

        // Legend.
        g.setFont(small);
        double ly0 = height - 18 - noteH - (legendRows - 1) * 18;
        for (int i = 0; i < legendItems.size(); i++) {
            Object o = legendItems.get(i);
            double[] p = legendPos.get(i);
            double y = ly0 + p[1] * 18;
            Color c;
            Stroke st;
            String name;
            if (o instanceof Series s) {
                c = s.color();
                st = stroke(s.style());
                name = s.name();
            } else {
                Limit l = (Limit) o;
                c = l.color();
                st = Canvas.DASHED;
                name = l.label();
            }
            g.setColor(c);
            g.setStroke(st);
            g.draw(new Line2D.Double(p[0], y - 4, p[0] + 22, y - 4));
            g.setColor(Palette.INK);
            Canvas.drawName(g, name, (float) (p[0] + 28), (float) y);
        }
        if (note != null) {
            g.setColor(Palette.MUTED);
            g.setFont(Canvas.font(Font.ITALIC, 10.5f));
            g.drawString(note, 64f, (float) (height - 8));
        }
    }

    private static Stroke stroke(Style s) {
        return switch (s) {
            case SOLID, STEP -> new BasicStroke(2.2f, BasicStroke.CAP_ROUND,
                    BasicStroke.JOIN_ROUND);
            case DOTTED -> new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND,
                    10f, new float[] {2f, 4f}, 0f);
            case DASHED -> Canvas.DASHED;
        };
    }

    static String trim(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(java.util.Locale.ROOT, "%,.0f", v);
        }
        return String.format(java.util.Locale.ROOT, "%.2f", v).replaceAll("0+$", "")
                .replaceAll("\\.$", "");
    }
}
