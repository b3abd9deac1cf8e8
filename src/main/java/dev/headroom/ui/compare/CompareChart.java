package dev.headroom.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.util.StringConverter;

/**
 * One overlaid chart of the compare view: one series per design on the shared growth axis, in
 * the design's colour; dashed limit lines (an SLO) and each design's saturation point drawn over
 * the plot without being series; a guide line and the figures of every design at the multiple
 * under the pointer.
 */
final class CompareChart extends LineChart<Number, Number> {
    /** One design's curve: {@code ys[i]} at {@code xs[i]}, NaN where the engine has none. */
    record Curve(String letter, String name, String colour, double[] xs, double[] ys,
            String[] notes) {}

    /** A horizontal reference line. */
    record Limit(double y, String label) {}

    /** A design's saturation point: a vertical line in its colour. */
    record Mark(double x, String colour, String label) {}

    private final DoubleFunction<String> yFormat;
    private final DoubleFunction<String> yTicks;
    private final String missing;
    private final List<Curve> curves = new ArrayList<>();
    private final List<Limit> limits = new ArrayList<>();
    private final List<Mark> marks = new ArrayList<>();
    private final List<Node> overlay = new ArrayList<>();
    private final Line guide = new Line();
    private final VBox hoverBox = new VBox();
    private int hoverIndex = -1;
    private double clipAt = Double.NaN;
    /** The month axis, or null along growth multiples. */
    private CompareAxis axis;
    /** The growth multiple of each sample, for the hover box's head. */
    private double[] multiples = new double[0];

    /**
     * @param yTicks prints the y axis's tick labels
     * @param yFormat prints a value in the hover box
     * @param missing what the hover box says where a design has no value ("saturated", "—")
     */
    CompareChart(String yLabel, DoubleFunction<String> yTicks, DoubleFunction<String> yFormat,
            String missing) {
        super(new NumberAxis(), new NumberAxis());
        this.yFormat = yFormat;
        this.yTicks = yTicks;
        this.missing = missing;
        getStyleClass().add("compare-chart");
        setAnimated(false);
        setCreateSymbols(false);
        setLegendVisible(false);
        NumberAxis x = (NumberAxis) getXAxis();
        x.setLabel("Growth (× today)");
        x.setAutoRanging(false);
        x.setMinorTickVisible(false);
        x.setTickLabelFormatter(converter(this::xTick));
        NumberAxis y = (NumberAxis) getYAxis();
        y.setLabel(yLabel);
        y.setMinorTickVisible(false);
        y.setTickLabelFormatter(converter(yTicks));
        guide.getStyleClass().add("hover-guide");
        guide.setVisible(false);
        guide.setManaged(false);
        hoverBox.getStyleClass().add("hover-box");
        hoverBox.setVisible(false);
        hoverBox.setManaged(false);
        hoverBox.setMouseTransparent(true);
        guide.setMouseTransparent(true);
        setOnMouseMoved(e -> hover(e.getSceneX(), e.getSceneY()));
        setOnMouseExited(e -> hideHover());
    }

    private String xTick(double v) {
        if (axis != null) {
            return axis.tick(v);
        }
        return Math.abs(v - Math.rint(v)) < 1e-9 ? String.format(java.util.Locale.US, "%.0fx", v)
                : String.format(java.util.Locale.US, "%.1fx", v);
    }

    /**
     * Runs the x axis along {@code a}'s months (null: growth multiples) for the next
     * {@link #show}; {@code multiples} are the samples' growth multiples.
     */
    void along(CompareAxis a, double[] multiples) {
        this.axis = a;
        this.multiples = multiples.clone();
        ((NumberAxis) getXAxis()).setLabel(a == null ? "Growth (\u00d7 today)" : "Month");
    }

    private static StringConverter<Number> converter(DoubleFunction<String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return f.apply(n.doubleValue());
            }

            @Override
            public Number fromString(String s) {
                throw new UnsupportedOperationException();
            }
        };
    }

    /**
     * Shows these curves. {@code yUpper}: a fixed top of the y axis (values above it run off the
     * plot), or NaN to fit the data.
     */
    void show(double xFrom, double xTo, List<Curve> cs, List<Limit> ls, List<Mark> ms,
            double yUpper) {
        hideHover();
        curves.clear();
        curves.addAll(cs);
        limits.clear();
        limits.addAll(ls);
        marks.clear();
        marks.addAll(ms);
        NumberAxis x = (NumberAxis) getXAxis();
        x.setLowerBound(xFrom);
        x.setUpperBound(xTo);
        if (axis != null) {
            double step = dev.headroom.app.Months.tickStep((xTo - xFrom) / 8);
            x.setLowerBound(Math.floor(xFrom / step + 1e-9) * step);
            x.setUpperBound(Math.max(Math.ceil(xTo / step - 1e-9) * step, x.getLowerBound()
                    + step));
            x.setTickUnit(step);
        } else {
            x.setTickUnit(Ticks.unit(xTo - xFrom, 10));
        }
        NumberAxis y = (NumberAxis) getYAxis();
        clipAt = Double.NaN;
        if (Double.isNaN(yUpper)) {
            y.setAutoRanging(true);
            y.setForceZeroInRange(true);
        } else {
            y.setAutoRanging(false);
            y.setLowerBound(0);
            y.setUpperBound(yUpper);
            y.setTickUnit(Ticks.unit(yUpper, 6));
            clipAt = yUpper * 1.5;
        }
        List<XYChart.Series<Number, Number>> series = new ArrayList<>();
        for (Curve c : cs) {
            XYChart.Series<Number, Number> s = new XYChart.Series<>();
            s.setName(c.letter() + ": " + c.name());
            for (int i = 0; i < c.xs().length; i++) {
                double v = c.ys()[i];
                if (Double.isFinite(v)) {
                    // Past a fixed top the curve only has to leave the plot (it is clipped).
                    s.getData().add(new XYChart.Data<>(c.xs()[i],
                            Double.isNaN(clipAt) ? v : Math.min(v, clipAt)));
                }
            }
            String colour = c.colour();
            s.nodeProperty().addListener((o, a, n) -> {
                if (n != null) {
                    n.setStyle("-fx-stroke: " + colour + ";");
                }
            });
            series.add(s);
        }
        getData().setAll(series);
        for (XYChart.Series<Number, Number> s : series) {
            if (s.getNode() != null) {
                s.getNode().setStyle("-fx-stroke: " + cs.get(series.indexOf(s)).colour() + ";");
            }
        }
        getPlotChildren().removeAll(overlay);
        overlay.clear();
        for (Limit l : ls) {
            Line line = new Line();
            line.getStyleClass().add("limit-line");
            Label text = new Label(l.label());
            text.getStyleClass().add("limit-label");
            overlay.add(line);
            overlay.add(text);
        }
        for (Mark m : ms) {
            Line line = new Line();
            line.getStyleClass().add("saturation-line");
            line.setStyle("-fx-stroke: " + m.colour() + ";");
            Label text = new Label(m.label());
            text.getStyleClass().add("saturation-label");
            text.setStyle("-fx-text-fill: " + m.colour() + ";");
            overlay.add(line);
            overlay.add(text);
        }
        overlay.add(guide);
        overlay.add(hoverBox);
        for (Node n : overlay) {
            n.setManaged(false);
            n.setMouseTransparent(true);
        }
        getPlotChildren().addAll(overlay);
        requestChartLayout();
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        NumberAxis x = (NumberAxis) getXAxis();
        NumberAxis y = (NumberAxis) getYAxis();
        double w = x.getWidth();
        double h = y.getHeight();
        int k = 0;
        for (Limit l : limits) {
            double py = y.getDisplayPosition(l.y());
            Line line = (Line) overlay.get(k++);
            line.setStartX(0);
            line.setEndX(w);
            line.setStartY(py);
            line.setEndY(py);
            boolean inside = py >= 0 && py <= h;
            line.setVisible(inside);
            Label text = (Label) overlay.get(k++);
            text.setVisible(inside);
            text.autosize();
            // Alternate sides so that two close limits do not overprint their labels.
            boolean right = limits.indexOf(l) % 2 == 1;
            text.relocate(right ? w - text.getWidth() - 6 : 6, py - text.getHeight() - 1);
        }
        // Saturation labels stack downwards so that close marks do not overprint.
        double labelY = 4;
        for (Mark m : marks) {
            double px = x.getDisplayPosition(m.x());
            Line line = (Line) overlay.get(k++);
            line.setStartX(px);
            line.setEndX(px);
            line.setStartY(0);
            line.setEndY(h);
            Label text = (Label) overlay.get(k++);
            text.autosize();
            double tx = px + 4 + text.getWidth() > w ? px - 4 - text.getWidth() : px + 4;
            text.relocate(tx, labelY);
            labelY += text.getHeight() + 2;
        }
        if (hoverIndex >= 0) {
            placeHover();
        }
    }

    // ---- hover -------------------------------------------------------------------------------

    private void hover(double sceneX, double sceneY) {
        if (curves.isEmpty()) {
            return;
        }
        NumberAxis x = (NumberAxis) getXAxis();
        Point2D p = x.sceneToLocal(sceneX, sceneY);
        if (p == null || p.getX() < 0 || p.getX() > x.getWidth()) {
            hideHover();
            return;
        }
        hoverAt(x.getValueForDisplay(p.getX()).doubleValue());
    }

    /**
     * Shows the guide and every design's figure at the sample nearest to {@code m} on the x axis
     * (a growth multiple, or months from the start along the months).
     */
    void hoverAt(double m) {
        if (curves.isEmpty()) {
            return;
        }
        double[] xs = curves.get(0).xs();
        int best = 0;
        for (int i = 1; i < xs.length; i++) {
            if (Math.abs(xs[i] - m) < Math.abs(xs[best] - m)) {
                best = i;
            }
        }
        hoverIndex = best;
        hoverBox.getChildren().clear();
        double at = axis == null || best >= multiples.length ? xs[best] : multiples[best];
        String reached = axis == null ? "" : axis.reached(at);
        Label head = new Label(String.format(java.util.Locale.US, "at %.2fx", at)
                + (reached.isEmpty() ? "" : ", reached in " + reached));
        head.getStyleClass().add("hover-head");
        hoverBox.getChildren().add(head);
        for (Curve c : curves) {
            double v = c.ys()[best];
            String note = c.notes() == null || c.notes()[best] == null ? ""
                    : "  " + c.notes()[best];
            Region swatch = new Region();
            swatch.getStyleClass().add("hover-swatch");
            swatch.setStyle("-fx-background-color: " + c.colour() + ";");
            Label text = new Label(c.letter() + "  " + (Double.isFinite(v) ? yFormat.apply(v)
                    : missing) + note);
            HBox row = new HBox(6, swatch, text);
            row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            hoverBox.getChildren().add(row);
        }
        guide.setVisible(true);
        hoverBox.setVisible(true);
        placeHover();
    }

    /** The hover box's lines, for tests: "at 3.00x", then "A  120 ms" per design. */
    List<String> hoverLines() {
        List<String> out = new ArrayList<>();
        for (Node n : hoverBox.getChildren()) {
            if (n instanceof Label l) {
                out.add(l.getText());
            } else if (n instanceof HBox row) {
                out.add(((Label) row.getChildren().get(1)).getText());
            }
        }
        return out;
    }

    private void placeHover() {
        NumberAxis x = (NumberAxis) getXAxis();
        double px = x.getDisplayPosition(curves.get(0).xs()[hoverIndex]);
        double h = getYAxis().getHeight();
        guide.setStartX(px);
        guide.setEndX(px);
        guide.setStartY(0);
        guide.setEndY(h);
        hoverBox.applyCss();
        hoverBox.autosize();
        double bw = hoverBox.getWidth();
        double bx = px + 12 + bw > x.getWidth() ? px - 12 - bw : px + 12;
        hoverBox.relocate(Math.max(0, bx), 8);
        guide.toFront();
        hoverBox.toFront();
    }

    private void hideHover() {
        hoverIndex = -1;
        guide.setVisible(false);
        hoverBox.setVisible(false);
    }
}
