package dev.headroom.ui.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.collections.ObservableList;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedAreaChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.util.StringConverter;

/**
 * One chart card: a title, a legend, and a JavaFX line (or stacked area) chart of a {@link Plot}
 * with its limits, break markers, the cursor at the slider's growth multiple, and a crosshair
 * readout of every series' value at the hovered point. Lines break where a value is NaN (a
 * saturated class has no latency) rather than plotting infinity.
 */
final class ChartPanel extends VBox {
    private static final String DASHED = "7 5";
    private static final String DOTTED = "2 4";

    private final Label title = new Label();
    private final FlowPane legend = new FlowPane(14, 4);
    private final StackPane body = new StackPane();
    private final Label empty = new Label();
    private final Label note = new Label();
    private final ChartOverlay overlay = new ChartOverlay(this);
    private Plot plot;
    private XYChart<Number, Number> chart;
    private NumberAxis xAxis;
    private NumberAxis yAxis;
    private double cursorMultiplier = Double.NaN;
    private int hover = -1;

    ChartPanel(String id) {
        setId("chart-" + id);
        getStyleClass().add("chart-card");
        title.getStyleClass().add("chart-title");
        legend.getStyleClass().add("chart-legend");
        empty.getStyleClass().add("chart-empty");
        empty.setWrapText(true);
        note.getStyleClass().add("chart-note");
        note.setWrapText(true);
        VBox.setVgrow(body, Priority.ALWAYS);
        body.setMinHeight(240);
        getChildren().addAll(title, legend, body, note);
    }

    /** The plot shown (tests read the series from it). */
    Plot plot() {
        return plot;
    }

    /** The JavaFX chart drawing it, or null when the plot does not apply. */
    XYChart<Number, Number> chart() {
        return chart;
    }

    void show(Plot p) {
        plot = p;
        hover = -1;
        title.setText(p.title);
        note.setText(p.note() == null ? "" : p.note());
        note.setVisible(p.note() != null);
        note.setManaged(p.note() != null);
        body.setMinHeight(p.available() ? 240 : 60);
        setPrefHeight(p.available() ? 380 : 130);
        if (!p.available()) {
            chart = null;
            legend.getChildren().clear();
            empty.setText(p.unavailableReason());
            body.getChildren().setAll(empty);
            return;
        }
        if (chart == null || (chart instanceof StackedAreaChart) != p.stacked()) {
            createChart(p.stacked());
        }
        scaleAxes(p);
        // A NumberAxis keeps its tick labels while its bounds stay the same: a new formatter
        // makes it draw them again, so that another model's users (same growth range) show.
        xAxis.setTickLabelFormatter(converter(true));
        yAxis.setTickLabelFormatter(converter(false));
        chart.getData().clear();
        for (Plot.Line l : p.lines()) {
            for (XYChart.Series<Number, Number> s : series(p, l)) {
                chart.getData().add(s);
                style(s, l);
            }
        }
        overlay.rebuild();
        legend.getChildren().setAll(legendItems(p));
    }

    NumberAxis xAxis() {
        return xAxis;
    }

    NumberAxis yAxis() {
        return yAxis;
    }

    double cursorMultiplier() {
        return cursorMultiplier;
    }

    /** The index of the hovered point, or -1. */
    int hover() {
        return hover;
    }

    /** Moves the cursor line to growth multiple {@code m}. */
    void cursorAt(double m) {
        cursorMultiplier = m;
        overlay.position();
    }

    /** The hover readout's text, line by line ("" when nothing is hovered). */
    String readoutText() {
        return overlay.readoutText();
    }

    private void createChart(boolean stacked) {
        xAxis = new NumberAxis();
        yAxis = new NumberAxis();
        xAxis.setAutoRanging(false);
        yAxis.setAutoRanging(false);
        xAxis.setMinorTickVisible(false);
        yAxis.setMinorTickVisible(false);
        xAxis.setTickLabelFormatter(converter(true));
        yAxis.setTickLabelFormatter(converter(false));
        chart = stacked ? new Areas(xAxis, yAxis) : new Lines(xAxis, yAxis);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.getStyleClass().add("projection-chart");
        chart.setOnMouseMoved(e -> hoverAt(e.getSceneX(), e.getSceneY()));
        chart.setOnMouseExited(e -> hoverAt(Double.NaN, Double.NaN));
        body.getChildren().setAll(chart);
    }

    private StringConverter<Number> converter(boolean x) {
        return new StringConverter<>() {
            @Override
            public String toString(Number v) {
                return plot == null ? "" : x ? plot.xTick(v.doubleValue())
                        : plot.yTick(v.doubleValue());
            }

            @Override
            public Number fromString(String s) {
                throw new UnsupportedOperationException();
            }
        };
    }

    private void scaleAxes(Plot p) {
        xAxis.setLabel(p.xLabel());
        yAxis.setLabel(p.yLabel());
        double x0 = p.x(0);
        double x1 = p.x(p.size() - 1);
        double xStep = p.xStep((x1 - x0) / 10);
        xAxis.setLowerBound(Math.floor(x0 / xStep + 1e-9) * xStep);
        xAxis.setUpperBound(Math.max(Math.ceil(x1 / xStep - 1e-9) * xStep,
                xAxis.getLowerBound() + xStep));
        xAxis.setTickUnit(xStep);

        double max = 0;
        for (int i = 0; i < p.size(); i++) {
            double stack = 0;
            for (Plot.Line l : p.lines()) {
                double v = l.y(i);
                if (Double.isFinite(v)) {
                    stack = p.stacked() ? stack + v : Math.max(stack, v);
                }
            }
            max = Math.max(max, stack);
        }
        for (Plot.Limit l : p.limits()) {
            max = Math.max(max, l.y());
        }
        for (Plot.Band b : p.bands()) {
            for (int i = 0; i < p.size(); i++) {
                if (Double.isFinite(b.hi(i))) {
                    max = Math.max(max, b.hi(i));
                }
            }
        }
        max = Math.min(max, p.yCap());
        if (!(max > 0)) {
            max = 1;
        }
        double yStep = niceStep(max / 5);
        if (p.isIntegerY()) {
            yStep = Math.max(1, Math.ceil(yStep));
        }
        yAxis.setLowerBound(0);
        yAxis.setUpperBound(Math.ceil(max * 1.06 / yStep) * yStep);
        yAxis.setTickUnit(yStep);
    }

    /** The 1-2-2.5-5 step nearest above {@code raw}. */
    static double niceStep(double raw) {
        if (!(raw > 0) || !Double.isFinite(raw)) {
            return 1;
        }
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double f : new double[] {1, 2, 2.5, 5, 10}) {
            if (raw <= f * mag * (1 + 1e-9)) {
                return f * mag;
            }
        }
        return 10 * mag;
    }

    /** One JavaFX series per unbroken run of values (a step line gets its risers). */
    private static List<XYChart.Series<Number, Number>> series(Plot p, Plot.Line l) {
        List<XYChart.Series<Number, Number>> out = new ArrayList<>();
        XYChart.Series<Number, Number> run = null;
        for (int i = 0; i < p.size(); i++) {
            double y = l.y(i);
            if (!Double.isFinite(y)) {
                run = null;
                continue;
            }
            if (run == null) {
                run = new XYChart.Series<>();
                run.setName(l.name());
                out.add(run);
            } else if (l.style() == Plot.Style.STEP) {
                double before = l.y(i - 1);
                if (before != y) {
                    run.getData().add(new XYChart.Data<>(p.x(i), before));
                }
            }
            run.getData().add(new XYChart.Data<>(p.x(i), y));
        }
        return out;
    }

    private static String css(Color c) {
        return String.format(Locale.ROOT, "#%02X%02X%02X", (int) Math.round(c.getRed() * 255),
                (int) Math.round(c.getGreen() * 255), (int) Math.round(c.getBlue() * 255));
    }

    private static String rgba(Color c, double alpha) {
        return String.format(Locale.ROOT, "rgba(%d,%d,%d,%.2f)", (int) Math.round(c.getRed() * 255),
                (int) Math.round(c.getGreen() * 255), (int) Math.round(c.getBlue() * 255), alpha);
    }

    private static String dash(Plot.Style s) {
        return s == Plot.Style.DASHED ? DASHED : s == Plot.Style.DOTTED ? DOTTED : null;
    }

    private static void style(XYChart.Series<Number, Number> s, Plot.Line l) {
        Node n = s.getNode();
        if (n instanceof Group g) {
            // A stacked area: the fill, then its top edge.
            for (Node part : g.getChildren()) {
                part.setStyle(part.getStyleClass().contains("chart-series-area-fill")
                        ? "-fx-fill: " + rgba(l.color(), 0.78) + "; -fx-stroke: transparent;"
                        : "-fx-stroke: " + css(l.color().darker()) + "; -fx-stroke-width: 1;");
            }
            return;
        }
        String d = dash(l.style());
        n.setStyle("-fx-stroke: " + css(l.color()) + "; -fx-stroke-width: "
                + (d == null ? "2.2" : "1.8") + ";"
                + (d == null ? "" : " -fx-stroke-dash-array: " + d + ";"));
    }

    private static List<Node> legendItems(Plot p) {
        List<Node> out = new ArrayList<>();
        for (Plot.Line l : p.lines()) {
            out.add(legendItem(l.name(), l.color(), l.style()));
        }
        for (Plot.Limit l : p.limits()) {
            out.add(legendItem(l.label(), l.color(), Plot.Style.DASHED));
        }
        if (!p.bands().isEmpty() && p.bandNote() != null) {
            Rectangle r = new Rectangle(16, 10, Color.rgb(87, 96, 106, 0.22));
            r.setStroke(Color.rgb(87, 96, 106, 0.6));
            r.setArcWidth(3);
            r.setArcHeight(3);
            Label text = new Label(p.bandNote());
            text.getStyleClass().add("legend-text");
            HBox item = new HBox(6, r, text);
            item.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            item.getStyleClass().addAll("legend-entry", "legend-band");
            out.add(item);
        }
        return out;
    }

    static Node swatch(Color c, Plot.Style style) {
        if (style == Plot.Style.AREA) {
            Rectangle r = new Rectangle(12, 12, c);
            r.setArcWidth(3);
            r.setArcHeight(3);
            return r;
        }
        Line line = new Line(0, 0, 20, 0);
        line.setStroke(c);
        line.setStrokeWidth(2.4);
        String d = dash(style);
        if (d != null) {
            for (String part : d.split(" ")) {
                line.getStrokeDashArray().add(Double.parseDouble(part));
            }
        }
        return line;
    }

    private static Node legendItem(String name, Color c, Plot.Style style) {
        Label text = new Label(name);
        text.getStyleClass().add("legend-text");
        HBox item = new HBox(6, swatch(c, style), text);
        item.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        item.getStyleClass().add("legend-entry");
        return item;
    }

    private void hoverAt(double sceneX, double sceneY) {
        int before = hover;
        hover = -1;
        if (plot != null && plot.available() && !Double.isNaN(sceneX)) {
            Point2D px = xAxis.sceneToLocal(sceneX, sceneY);
            Point2D py = yAxis.sceneToLocal(sceneX, sceneY);
            if (px.getX() >= 0 && px.getX() <= xAxis.getWidth() && py.getY() >= 0
                    && py.getY() <= yAxis.getHeight()) {
                hover = plot.nearest(xAxis.getValueForDisplay(px.getX()).doubleValue());
            }
        }
        if (hover != before) {
            overlay.position();
        }
    }

    /** A line chart that lays the overlay out with its plot. */
    private final class Lines extends LineChart<Number, Number> {
        Lines(NumberAxis x, NumberAxis y) {
            super(x, y);
            setCreateSymbols(false);
            getPlotChildren().add(0, overlay.bandLayer());
            getPlotChildren().add(overlay.layer());
        }

        @Override
        protected void layoutPlotChildren() {
            super.layoutPlotChildren();
            if (getPlotChildren().get(0) != overlay.bandLayer()) {
                overlay.bandLayer().toBack();
            }
            keepOnTop(getPlotChildren());
            overlay.position();
        }
    }

    /** A stacked area chart that lays the overlay out with its plot. */
    private final class Areas extends StackedAreaChart<Number, Number> {
        Areas(NumberAxis x, NumberAxis y) {
            super(x, y);
            setCreateSymbols(false);
            getPlotChildren().add(overlay.bandLayer());
            getPlotChildren().add(overlay.layer());
        }

        @Override
        protected void layoutPlotChildren() {
            super.layoutPlotChildren();
            // over the areas, which would hide it, but under the markers and the readout
            overlay.bandLayer().toFront();
            keepOnTop(getPlotChildren());
            overlay.position();
        }
    }

    private void keepOnTop(ObservableList<Node> plotChildren) {
        if (plotChildren.get(plotChildren.size() - 1) != overlay.layer()) {
            overlay.layer().toFront();
        }
    }
}

