package dev.headroom.ui.drills;

import dev.headroom.app.Format;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * One drill chart card: title, legend, and the plot of a {@link TimelinePlot} drawn on a canvas
 * (hundreds of buckets per series redraw in well under a frame): the event bands behind, the
 * grid, the objective, the lines, the recovery marker, and on hover a readout of every series
 * at that moment.
 */
final class TimelineChart extends VBox {
    private static final double LEFT = 58;
    private static final double RIGHT = 14;
    /** The height of one row of band labels in the strip above the plot. */
    private static final double LABEL_ROW = 13;
    /** At most this many rows of band labels; more overlap. */
    private static final int LABEL_ROWS = 3;
    private static final double PLOT_HEIGHT = 210;
    private static final double BOTTOM = 26;
    private static final Color GRID = Color.web("#e2e8f0");
    private static final Color AXIS = Color.web("#94a3b8");
    private static final Color TICK = Color.web("#64748b");
    private static final Color INK = Color.web("#1f2328");
    private static final Font SMALL = Font.font("System", 11);
    private static final Font SMALL_BOLD = Font.font("System", FontWeight.BOLD, 11);

    private final Label title = new Label();
    private final FlowPane legend = new FlowPane(14, 4);
    private final Canvas canvas = new Canvas();
    private final Pane plotPane = new Pane(canvas);
    private final Label note = new Label();
    private TimelinePlot plot;
    private int hover = -1;
    /**
     * The top of the plot: below the band labels' rows (as many as overlapping events need)
     * and the markers' row.
     */
    private double top = 34;
    private double[] labelX = new double[0];
    private int[] labelRow = new int[0];

    TimelineChart() {
        getStyleClass().add("chart-card");
        title.getStyleClass().add("chart-title");
        legend.getStyleClass().add("chart-legend");
        note.getStyleClass().add("chart-note");
        note.setWrapText(true);
        plotPane.setMinHeight(170);
        plotPane.setPrefHeight(PLOT_HEIGHT);
        VBox.setVgrow(plotPane, Priority.ALWAYS);
        canvas.widthProperty().bind(plotPane.widthProperty());
        canvas.heightProperty().bind(plotPane.heightProperty());
        canvas.widthProperty().addListener(o -> draw());
        canvas.heightProperty().addListener(o -> draw());
        plotPane.setOnMouseMoved(e -> hoverAt(e.getX()));
        plotPane.setOnMouseExited(e -> {
            hover = -1;
            draw();
        });
        getChildren().addAll(title, legend, plotPane, note);
    }

    TimelinePlot plot() {
        return plot;
    }

    Canvas canvas() {
        return canvas;
    }

    void show(TimelinePlot p) {
        plot = p;
        setId("drill-chart-" + p.id());
        hover = -1;
        title.setText(p.title());
        note.setText(p.note() == null ? "" : p.note());
        note.setVisible(p.note() != null);
        note.setManaged(p.note() != null);
        List<HBox> items = new ArrayList<>();
        for (TimelinePlot.Series s : p.series()) {
            Line l = new Line(0, 0, 18, 0);
            l.setStroke(s.color());
            l.setStrokeWidth(2.2);
            if (s.style() == TimelinePlot.Style.DASHED) {
                l.getStrokeDashArray().setAll(6.0, 4.0);
            } else if (s.style() == TimelinePlot.Style.DOTTED) {
                l.getStrokeDashArray().setAll(2.0, 3.0);
            }
            Label t = new Label(s.name());
            t.getStyleClass().add("legend-text");
            HBox item = new HBox(6, l, t);
            item.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            items.add(item);
        }
        for (TimelinePlot.Limit lim : p.limits()) {
            Line l = new Line(0, 0, 18, 0);
            l.setStroke(lim.color());
            l.setStrokeWidth(1.4);
            l.getStrokeDashArray().setAll(5.0, 4.0);
            Label t = new Label(lim.label());
            t.getStyleClass().add("legend-text");
            HBox item = new HBox(6, l, t);
            item.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            items.add(item);
        }
        legend.getChildren().setAll(items);
        draw();
    }

    private double plotWidth() {
        return Math.max(10, canvas.getWidth() - LEFT - RIGHT);
    }

    private double plotHeight() {
        return Math.max(10, canvas.getHeight() - top - BOTTOM);
    }

    private double sx(double t) {
        return LEFT + t / plot.xMax() * plotWidth();
    }

    private double sy(double v) {
        double h = plotHeight();
        if (plot.logY()) {
            double lo = Math.log10(plot.yMin());
            double hi = Math.log10(plot.yMax());
            double f = (Math.log10(Math.max(v, plot.yMin())) - lo) / (hi - lo);
            return top + h - Math.min(1, f) * h;
        }
        double f = (v - plot.yMin()) / Math.max(1e-12, plot.yMax() - plot.yMin());
        return top + h - Math.min(1, f) * h;
    }

    private void hoverAt(double x) {
        if (plot == null || plot.size() == 0) {
            return;
        }
        double t = (x - LEFT) / plotWidth() * plot.xMax();
        int i = (int) Math.floor(t / plot.bucket());
        hover = t < 0 || i >= plot.size() ? -1 : i;
        draw();
    }

    /** The bucket under the mouse, or -1. */
    int hover() {
        return hover;
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        if (plot == null || w < 40 || h < 40) {
            return;
        }
        placeLabels();
        double pw = plotWidth();
        double ph = plotHeight();
        g.setFill(Color.WHITE);
        g.fillRect(LEFT, top, pw, ph);
        bands(g, ph);
        yAxis(g, pw);
        xAxis(g, ph);
        for (TimelinePlot.Limit lim : plot.limits()) {
            double y = sy(lim.y());
            g.setStroke(lim.color());
            g.setLineWidth(1.3);
            g.setLineDashes(5, 4);
            g.strokeLine(LEFT, y, LEFT + pw, y);
            g.setLineDashes();
        }
        for (TimelinePlot.Series s : plot.series()) {
            series(g, s);
        }
        for (TimelinePlot.Marker m : plot.markers()) {
            double x = sx(m.x());
            if (x < LEFT || x > LEFT + pw) {
                continue;
            }
            g.setStroke(m.color());
            g.setLineWidth(1.5);
            g.strokeLine(x, top - 14, x, top + ph);
            g.setFill(m.color());
            g.setFont(SMALL_BOLD);
            g.setTextAlign(x > LEFT + pw - 80 ? TextAlignment.RIGHT : TextAlignment.LEFT);
            g.setTextBaseline(VPos.BOTTOM);
            g.fillText("\u2713 " + m.label(), x + (x > LEFT + pw - 80 ? -4 : 4), top - 2);
        }
        g.setStroke(AXIS);
        g.setLineWidth(1);
        g.strokeLine(LEFT, top + ph + 0.5, LEFT + pw, top + ph + 0.5);
        g.strokeLine(LEFT - 0.5, top, LEFT - 0.5, top + ph);
        if (hover >= 0) {
            readout(g, pw, ph);
        }
    }

    /**
     * Places the band labels in rows, each at its band's start (kept inside the plot), a label
     * going to the first row where it clears the one before it, and sets {@link #top} below
     * the rows used and the markers' row.
     */
    private void placeLabels() {
        List<TimelinePlot.Band> bands = plot.bands();
        labelX = new double[bands.size()];
        double[] widths = new double[bands.size()];
        for (int i = 0; i < bands.size(); i++) {
            widths[i] = textWidth(bands.get(i).label());
            labelX[i] = Math.max(LEFT, Math.min(sx(bands.get(i).from()) + 3,
                    LEFT + plotWidth() - widths[i] - 2));
        }
        labelRow = dev.headroom.app.LabelRows.rows(labelX, widths, LABEL_ROWS, 10);
        int rows = dev.headroom.app.LabelRows.count(labelRow);
        top = 2 + LABEL_ROW * rows + 19;
        // each extra row of labels makes the card taller rather than the plot shorter
        double tall = PLOT_HEIGHT + LABEL_ROW * (rows - 1);
        if (plotPane.getPrefHeight() != tall) {
            plotPane.setPrefHeight(tall);
        }
    }

    private void bands(GraphicsContext g, double ph) {
        g.setFont(SMALL);
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        for (int i = 0; i < plot.bands().size(); i++) {
            TimelinePlot.Band b = plot.bands().get(i);
            double x0 = sx(b.from());
            double x1 = sx(b.to());
            g.setFill(b.color());
            g.fillRect(x0, top, Math.max(1.5, x1 - x0), ph);
            Color solid = Color.color(b.color().getRed(), b.color().getGreen(),
                    b.color().getBlue());
            g.setStroke(Color.color(solid.getRed(), solid.getGreen(), solid.getBlue(), 0.55));
            g.setLineWidth(1);
            g.strokeLine(x0 + 0.5, top, x0 + 0.5, top + ph);
            g.setFill(solid.darker());
            // labels sit in the strip above the plot, out of the lines' way
            g.fillText(b.label(), labelX[i], 2 + LABEL_ROW * labelRow[i]);
        }
    }

    private static double textWidth(String s) {
        Text t = new Text(s);
        t.setFont(SMALL);
        return t.getLayoutBounds().getWidth();
    }

    private void yAxis(GraphicsContext g, double pw) {
        g.setFont(SMALL);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (double v : yTicks()) {
            double y = Math.round(sy(v)) + 0.5;
            g.setStroke(GRID);
            g.setLineWidth(1);
            g.strokeLine(LEFT, y, LEFT + pw, y);
            g.setFill(TICK);
            g.fillText(tick(v), LEFT - 6, y);
        }
    }

    private String tick(double v) {
        if (plot.logY()) {
            return v >= 1000 ? Format.tick(v / 1000) + " s" : Format.tick(v) + " ms";
        }
        return Format.tick(v);
    }

    List<Double> yTicks() {
        List<Double> out = new ArrayList<>();
        if (plot.logY()) {
            double lo = plot.yMin();
            double hi = plot.yMax();
            double decades = Math.log10(hi / lo);
            double perDecade = plotHeight() / Math.max(1, decades);
            // 1-2-5 where there is room for a label every 18 px, else 1-3, else decades
            double[] within = perDecade >= 3 * 22 ? new double[] {1, 2, 5}
                    : perDecade >= 2 * 22 ? new double[] {1, 3} : new double[] {1};
            for (double d = lo; d <= hi * 1.0001; d *= 10) {
                for (double f : within) {
                    if (f * d <= hi * 1.0001) {
                        out.add(f * d);
                    }
                }
            }
            return out;
        }
        double step = niceStep((plot.yMax() - plot.yMin()) / 4);
        for (double v = 0; v <= plot.yMax() + 1e-9; v += step) {
            out.add(v);
        }
        return out;
    }

    static double niceStep(double raw) {
        if (!(raw > 0)) {
            return 1;
        }
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / mag;
        double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
        return nice * mag;
    }

    private void xAxis(GraphicsContext g, double ph) {
        double span = plot.xMax();
        double[] steps = {10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 14400};
        double step = steps[steps.length - 1];
        for (double s : steps) {
            if (span / s <= 8) {
                step = s;
                break;
            }
        }
        g.setFont(SMALL);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.setFill(TICK);
        g.setStroke(AXIS);
        for (double t = 0; t <= span + 1e-9; t += step) {
            double x = Math.round(sx(t)) + 0.5;
            g.strokeLine(x, top + ph, x, top + ph + 4);
            String label = Format.clock(t);
            double half = textWidth(label) / 2;
            // the last label would run off the right edge: end it at the axis' end
            g.setTextAlign(x + half > canvas.getWidth() - 1 ? TextAlignment.RIGHT
                    : TextAlignment.CENTER);
            g.fillText(label, x + half > canvas.getWidth() - 1 ? x + 2 : x, top + ph + 6);
        }
    }

    private void series(GraphicsContext g, TimelinePlot.Series s) {
        g.setStroke(s.color());
        g.setLineWidth(s.style() == TimelinePlot.Style.DOTTED ? 1.8 : 2);
        switch (s.style()) {
            case DASHED -> g.setLineDashes(7, 4);
            case DOTTED -> g.setLineDashes(2, 3);
            default -> g.setLineDashes();
        }
        boolean open = false;
        g.beginPath();
        double half = plot.bucket() / 2;
        for (int i = 0; i < plot.size(); i++) {
            double v = s.at(i);
            if (Double.isNaN(v)) {
                open = false;
                continue;
            }
            double y = sy(v);
            if (s.style() == TimelinePlot.Style.STEP) {
                double x0 = sx(plot.x(i));
                double x1 = sx(plot.x(i) + plot.bucket());
                if (!open) {
                    g.moveTo(x0, y);
                    open = true;
                } else {
                    g.lineTo(x0, y);
                }
                g.lineTo(x1, y);
            } else {
                double x = sx(plot.x(i) + half);
                if (!open) {
                    g.moveTo(x, y);
                    open = true;
                } else {
                    g.lineTo(x, y);
                }
            }
        }
        g.stroke();
        g.setLineDashes();
    }

    private void readout(GraphicsContext g, double pw, double ph) {
        double t = plot.x(hover);
        double x = sx(t + plot.bucket() / 2);
        g.setStroke(Color.color(0.12, 0.14, 0.16, 0.35));
        g.setLineWidth(1);
        g.strokeLine(x, top, x, top + ph);
        List<String[]> rows = new ArrayList<>();
        for (TimelinePlot.Series s : plot.series()) {
            double v = s.at(hover);
            rows.add(new String[] {s.name(), Double.isNaN(v) ? Format.UNKNOWN
                    : plot.format().apply(v)});
        }
        String head = Format.clock(t) + " \u2013 " + Format.clock(t + plot.bucket());
        for (TimelinePlot.Band b : plot.bands()) {
            if (t + plot.bucket() > b.from() && t < b.to()) {
                head += "  \u00b7  " + b.label();
            }
        }
        g.setFont(SMALL);
        double nameW = 0;
        double valueW = 0;
        for (String[] r : rows) {
            nameW = Math.max(nameW, textWidth(r[0]));
            valueW = Math.max(valueW, textWidth(r[1]) + 8);
        }
        double boxW = Math.max(textWidth(head) + 16, nameW + valueW + 34);
        double boxH = 22 + 15 * rows.size() + 6;
        double bx = x + 12 + boxW > LEFT + pw ? x - 12 - boxW : x + 12;
        double by = top + 6;
        g.setFill(Color.color(1, 1, 1, 0.96));
        g.fillRoundRect(bx, by, boxW, boxH, 10, 10);
        g.setStroke(Color.web("#d0d7de"));
        g.strokeRoundRect(bx + 0.5, by + 0.5, boxW - 1, boxH - 1, 10, 10);
        g.setFill(INK);
        g.setFont(SMALL_BOLD);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(head, bx + 8, by + 6);
        for (int i = 0; i < rows.size(); i++) {
            double y = by + 24 + 15 * i;
            TimelinePlot.Series s = plot.series().get(i);
            g.setFill(s.color());
            g.fillRect(bx + 8, y + 4, 10, 3);
            g.setFill(INK);
            g.setFont(SMALL);
            g.fillText(rows.get(i)[0], bx + 24, y);
            g.setFont(SMALL_BOLD);
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(rows.get(i)[1], bx + boxW - 8, y);
            g.setTextAlign(TextAlignment.LEFT);
        }
    }
}
