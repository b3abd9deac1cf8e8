package dev.headroom.ui.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleFunction;
import java.util.function.DoubleUnaryOperator;
import java.util.function.IntFunction;
import javafx.scene.paint.Color;

/**
 * What one projection chart shows, as data: the x of every point (shared by all lines), the
 * lines with a y per point (NaN where the engine has no value: the line breaks there), the limits
 * (horizontal reference lines), the break markers, and how to label axes and the hover readout.
 * No nodes: {@link ChartPanel} draws it; tests read it.
 */
final class Plot {
    /** How a line is drawn. {@code AREA} lines are stacked on one another. */
    enum Style { SOLID, DASHED, DOTTED, STEP, AREA }

    /** One series: a y per x (NaN: no value there). */
    record Line(String name, Color color, Style style, double[] y) {
        Line {
            Objects.requireNonNull(name);
            y = y.clone();
        }

        @Override
        public double[] y() {
            return y.clone();
        }

        double y(int i) {
            return y[i];
        }
    }

    /**
     * Where a line's figure lies over the draws of the model's ranges: P10 to P90 at each x,
     * drawn as a shaded band (NaN: no band there; +∞: the band runs off the top).
     *
     * @param line the name of the line it belongs to
     */
    record Band(String line, Color color, double[] lo, double[] hi) {
        Band {
            lo = lo.clone();
            hi = hi.clone();
        }

        @Override
        public double[] lo() {
            return lo.clone();
        }

        @Override
        public double[] hi() {
            return hi.clone();
        }

        double lo(int i) {
            return lo[i];
        }

        double hi(int i) {
            return hi[i];
        }
    }

    /** A horizontal reference line (an SLO, a target, an autoscaling maximum). */
    record Limit(String label, double y, Color color) {}

    /**
     * A break point: a vertical line at {@code x} labelled at the top, ringed at {@code y} when
     * that is a number.
     */
    record Marker(String label, double x, double y, Color color) {}

    final String id;
    final String title;
    private String unavailable;
    private String xLabel = "";
    private String yLabel = "";
    private double[] x = new double[0];
    private final List<Line> lines = new ArrayList<>();
    private final List<Band> bands = new ArrayList<>();
    private String bandNote;
    private DoubleUnaryOperator xStep = ChartPanel::niceStep;
    private final List<Limit> limits = new ArrayList<>();
    private final List<Marker> markers = new ArrayList<>();
    private DoubleFunction<String> xTick = v -> Double.toString(v);
    private DoubleFunction<String> yTick = v -> Double.toString(v);
    private DoubleFunction<String> value = v -> Double.toString(v);
    private IntFunction<String> hoverTitle = i -> "";
    private IntFunction<String> hoverFooter = i -> null;
    private DoubleUnaryOperator cursorX = m -> m;
    private double yCap = Double.POSITIVE_INFINITY;
    private boolean integerY;
    private String note;

    Plot(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /** A chart that does not apply to this design, with the reason shown in its place. */
    static Plot unavailable(String id, String title, String why) {
        Plot p = new Plot(id, title);
        p.unavailable = why;
        return p;
    }

    Plot axes(String xLabel, String yLabel) {
        this.xLabel = xLabel;
        this.yLabel = yLabel;
        return this;
    }

    Plot x(double[] xs) {
        this.x = xs.clone();
        return this;
    }

    Plot line(String name, Color color, Style style, double[] y) {
        if (y.length != x.length) {
            throw new IllegalArgumentException(name + ": " + y.length + " values for "
                    + x.length + " points");
        }
        lines.add(new Line(name, color, style, y));
        return this;
    }

    /** A P10–P90 band for the line called {@code line}. */
    Plot band(String line, Color color, double[] lo, double[] hi) {
        if (lo.length != x.length || hi.length != x.length) {
            throw new IllegalArgumentException(line + ": a band needs a value per point");
        }
        bands.add(new Band(line, color, lo, hi));
        return this;
    }

    /** What the bands are, for the legend ("P10–P90 of 1,000 draws"). */
    Plot bandNote(String text) {
        this.bandNote = text;
        return this;
    }

    /** How the x axis picks its tick step from a raw tenth of its span (months: whole ones). */
    Plot xStep(DoubleUnaryOperator rule) {
        this.xStep = rule;
        return this;
    }

    Plot limit(String label, double y, Color color) {
        limits.add(new Limit(label, y, color));
        return this;
    }

    Plot marker(String label, double atX, double atY, Color color) {
        markers.add(new Marker(label, atX, atY, color));
        return this;
    }

    Plot xTicks(DoubleFunction<String> format) {
        this.xTick = format;
        return this;
    }

    Plot yTicks(DoubleFunction<String> format) {
        this.yTick = format;
        return this;
    }

    /** How the hover readout prints a value. */
    Plot values(DoubleFunction<String> format) {
        this.value = format;
        return this;
    }

    Plot hover(IntFunction<String> title, IntFunction<String> footer) {
        this.hoverTitle = title;
        this.hoverFooter = footer;
        return this;
    }

    /** Where the growth multiple {@code m} lies on this chart's x axis. */
    Plot cursor(DoubleUnaryOperator multiplierToX) {
        this.cursorX = multiplierToX;
        return this;
    }

    /** Values above {@code cap} run off the top (latency near saturation). */
    Plot yCap(double cap) {
        this.yCap = cap;
        return this;
    }

    Plot integerY() {
        this.integerY = true;
        return this;
    }

    Plot note(String text) {
        this.note = text;
        return this;
    }

    boolean available() {
        return unavailable == null;
    }

    String unavailableReason() {
        return unavailable;
    }

    boolean stacked() {
        return lines.stream().anyMatch(l -> l.style() == Style.AREA);
    }

    String xLabel() {
        return xLabel;
    }

    String yLabel() {
        return yLabel;
    }

    double[] x() {
        return x.clone();
    }

    double x(int i) {
        return x[i];
    }

    int size() {
        return x.length;
    }

    List<Line> lines() {
        return List.copyOf(lines);
    }

    /** The line called {@code name}. */
    Line line(String name) {
        return lines.stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow(
                () -> new IllegalArgumentException("no line " + name + " in " + id));
    }

    List<Band> bands() {
        return List.copyOf(bands);
    }

    /** The band of the line called {@code name}, if it has one. */
    java.util.Optional<Band> band(String name) {
        return bands.stream().filter(b -> b.line().equals(name)).findFirst();
    }

    String bandNote() {
        return bandNote;
    }

    double xStep(double raw) {
        return xStep.applyAsDouble(raw);
    }

    List<Limit> limits() {
        return List.copyOf(limits);
    }

    List<Marker> markers() {
        return List.copyOf(markers);
    }

    String xTick(double v) {
        return xTick.apply(v);
    }

    String yTick(double v) {
        return yTick.apply(v);
    }

    String value(double v) {
        return Double.isNaN(v) ? "—" : value.apply(v);
    }

    String hoverTitle(int i) {
        return hoverTitle.apply(i);
    }

    String hoverFooter(int i) {
        return hoverFooter.apply(i);
    }

    double cursorX(double multiplier) {
        return cursorX.applyAsDouble(multiplier);
    }

    double yCap() {
        return yCap;
    }

    boolean isIntegerY() {
        return integerY;
    }

    String note() {
        return note;
    }

    /** The index of the point nearest {@code v} on the x axis. */
    int nearest(double v) {
        int best = 0;
        for (int i = 1; i < x.length; i++) {
            if (Math.abs(x[i] - v) < Math.abs(x[best] - v)) {
                best = i;
            }
        }
        return best;
    }
}
