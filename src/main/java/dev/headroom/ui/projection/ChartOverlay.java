package dev.headroom.ui.projection;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;

/**
 * What a {@link ChartPanel} draws over its data, in the plot's own coordinates (an axis's display
 * position): the limits, the break markers with their rings and labels, the cursor at the
 * slider's growth multiple, and the hover crosshair with a readout of every series there.
 */
final class ChartOverlay {
    private final ChartPanel panel;
    private final Group layer = new Group();
    /** The P10–P90 bands: behind the lines of a line chart, over the areas of a stacked one. */
    private final Group bands = new Group();
    private final Group limits = new Group();
    private final Group markers = new Group();
    private final Line cursor = new Line();
    private final Label cursorLabel = new Label();
    private final Line hoverLine = new Line();
    private final Group hoverDots = new Group();
    private final GridPane readout = new GridPane();

    ChartOverlay(ChartPanel panel) {
        this.panel = panel;
        layer.setMouseTransparent(true);
        layer.setManaged(false);
        cursor.getStyleClass().add("cursor-line");
        cursorLabel.getStyleClass().add("cursor-label");
        hoverLine.getStyleClass().add("hover-line");
        readout.getStyleClass().add("hover-readout");
        readout.setHgap(8);
        readout.setVgap(2);
        readout.setVisible(false);
        hoverLine.setVisible(false);
        bands.setMouseTransparent(true);
        bands.setManaged(false);
        layer.getChildren().addAll(limits, markers, cursor, cursorLabel, hoverLine, hoverDots,
                readout);
    }

    /** The node the chart keeps on top of its plot children. */
    Group layer() {
        return layer;
    }

    /** The bands' node, which the chart keeps behind its lines (or over its areas). */
    Group bandLayer() {
        return bands;
    }

    /** Makes the nodes for the panel's current plot. */
    void rebuild() {
        Plot plot = panel.plot();
        bands.getChildren().clear();
        limits.getChildren().clear();
        for (Plot.Limit l : plot.limits()) {
            Line line = new Line();
            line.setStroke(l.color());
            line.setStrokeWidth(1.4);
            line.getStrokeDashArray().addAll(7.0, 5.0);
            Label label = new Label(l.label());
            label.getStyleClass().add("limit-label");
            label.setTextFill(l.color());
            limits.getChildren().addAll(line, label);
        }
        markers.getChildren().clear();
        for (Plot.Marker m : plot.markers()) {
            Line line = new Line();
            line.setStroke(m.color());
            line.setStrokeWidth(1.4);
            line.getStrokeDashArray().addAll(2.0, 4.0);
            Circle ring = new Circle(5.5, Color.WHITE);
            ring.setStroke(m.color());
            ring.setStrokeWidth(2.2);
            ring.setVisible(Double.isFinite(m.y()));
            Label label = new Label(m.label());
            label.getStyleClass().add("marker-label");
            label.setTextFill(m.color());
            markers.getChildren().addAll(line, ring, label);
        }
        position();
    }

    /** Places everything for the axes' current size and range. */
    void position() {
        Plot plot = panel.plot();
        if (panel.chart() == null || plot == null || !plot.available()) {
            return;
        }
        NumberAxis xAxis = panel.xAxis();
        NumberAxis yAxis = panel.yAxis();
        double w = xAxis.getWidth();
        double h = yAxis.getHeight();
        if (!(w > 0) || !(h > 0)) {
            return;
        }
        List<Plot.Limit> ls = plot.limits();
        for (int i = 0; i < ls.size(); i++) {
            double y = yAxis.getDisplayPosition(ls.get(i).y());
            setLine((Line) limits.getChildren().get(2 * i), 0, y, w, y);
            Label label = (Label) limits.getChildren().get(2 * i + 1);
            label.autosize();
            label.relocate(w - label.getWidth() - 4, y - label.getHeight() - 1);
        }
        positionBands(plot, xAxis, yAxis);
        positionMarkers(plot, xAxis, yAxis, w, h);
        positionCursor(plot, xAxis, w, h);
        positionHover(plot, xAxis, yAxis, w, h);
    }

    /**
     * Each band as a shaded polygon per run of points that have one: along P10, back along
     * P90; a P90 beyond the axis (a latency past saturation) runs along its top.
     */
    private void positionBands(Plot plot, NumberAxis xAxis, NumberAxis yAxis) {
        bands.getChildren().clear();
        double top = yAxis.getUpperBound();
        for (Plot.Band b : plot.bands()) {
            int i = 0;
            while (i < plot.size()) {
                if (Double.isNaN(b.lo(i)) || Double.isNaN(b.hi(i))) {
                    i++;
                    continue;
                }
                int start = i;
                while (i < plot.size() && !Double.isNaN(b.lo(i)) && !Double.isNaN(b.hi(i))) {
                    i++;
                }
                if (i - start < 2) {
                    continue;
                }
                javafx.scene.shape.Polygon poly = new javafx.scene.shape.Polygon();
                for (int j = start; j < i; j++) {
                    poly.getPoints().addAll(xAxis.getDisplayPosition(plot.x(j)),
                            yAxis.getDisplayPosition(Math.min(b.lo(j), top)));
                }
                for (int j = i - 1; j >= start; j--) {
                    poly.getPoints().addAll(xAxis.getDisplayPosition(plot.x(j)),
                            yAxis.getDisplayPosition(Math.min(b.hi(j), top)));
                }
                poly.setFill(Color.color(b.color().getRed(), b.color().getGreen(),
                        b.color().getBlue(), plot.stacked() ? 0.22 : 0.16));
                poly.setStroke(Color.color(b.color().getRed(), b.color().getGreen(),
                        b.color().getBlue(), plot.stacked() ? 0.85 : 0.35));
                poly.setStrokeWidth(plot.stacked() ? 1.2 : 0.8);
                if (plot.stacked()) {
                    poly.getStrokeDashArray().addAll(4.0, 3.0);
                }
                bands.getChildren().add(poly);
            }
        }
    }

    /** Vertical lines at the break points; labels at the top, in rows when they would touch. */
    private void positionMarkers(Plot plot, NumberAxis xAxis, NumberAxis yAxis, double w,
            double h) {
        List<Plot.Marker> ms = plot.markers();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < ms.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Double.compare(ms.get(a).x(), ms.get(b).x()));
        List<List<double[]>> rows = new ArrayList<>();
        for (int i : order) {
            Plot.Marker m = ms.get(i);
            double x = xAxis.getDisplayPosition(m.x());
            setLine((Line) markers.getChildren().get(3 * i), x, 0, x, h);
            Circle ring = (Circle) markers.getChildren().get(3 * i + 1);
            if (Double.isFinite(m.y())) {
                ring.setCenterX(x);
                ring.setCenterY(yAxis.getDisplayPosition(m.y()));
            }
            Label label = (Label) markers.getChildren().get(3 * i + 2);
            label.autosize();
            double lw = label.getWidth();
            double left = x + lw + 6 <= w ? x + 4 : Math.max(2, x - 4 - lw);
            int row = 0;
            while (row < rows.size() && overlaps(rows.get(row), left, left + lw)) {
                row++;
            }
            if (row == rows.size()) {
                rows.add(new ArrayList<>());
            }
            rows.get(row).add(new double[] {left, left + lw});
            label.relocate(left, 3 + row * (label.getHeight() + 2));
        }
    }

    private static boolean overlaps(List<double[]> row, double left, double right) {
        return row.stream().anyMatch(r -> left < r[1] + 6 && right > r[0] - 6);
    }

    private void positionCursor(Plot plot, NumberAxis xAxis, double w, double h) {
        double m = panel.cursorMultiplier();
        double cx = Double.isNaN(m) ? Double.NaN : plot.cursorX(m);
        boolean shown = Double.isFinite(cx) && cx >= xAxis.getLowerBound()
                && cx <= xAxis.getUpperBound();
        cursor.setVisible(shown);
        cursorLabel.setVisible(shown);
        if (!shown) {
            return;
        }
        double x = xAxis.getDisplayPosition(cx);
        setLine(cursor, x, 0, x, h);
        cursorLabel.setText(dev.headroom.app.Format.times(m));
        cursorLabel.autosize();
        double lw = cursorLabel.getWidth();
        cursorLabel.relocate(Math.min(Math.max(x - lw / 2, 0), w - lw),
                h - cursorLabel.getHeight() - 4);
    }

    private void positionHover(Plot plot, NumberAxis xAxis, NumberAxis yAxis, double w,
            double h) {
        int i = panel.hover();
        boolean shown = i >= 0 && i < plot.size();
        hoverLine.setVisible(shown);
        readout.setVisible(shown);
        hoverDots.getChildren().clear();
        readout.getChildren().clear();
        if (!shown) {
            return;
        }
        double x = xAxis.getDisplayPosition(plot.x(i));
        setLine(hoverLine, x, 0, x, h);
        Label head = new Label(plot.hoverTitle(i));
        head.getStyleClass().add("readout-title");
        readout.add(head, 0, 0, 3, 1);
        int row = 1;
        for (Plot.Line l : plot.lines()) {
            double v = l.y(i);
            Label name = new Label(l.name());
            name.getStyleClass().add("readout-name");
            Label value = new Label(plot.value(v) + plot.band(l.name())
                    .filter(b -> !Double.isNaN(b.lo(i)) && b.lo(i) != b.hi(i))
                    .map(b -> "  (" + plot.value(b.lo(i)) + "\u2013"
                            + (Double.isInfinite(b.hi(i)) ? "saturated" : plot.value(b.hi(i)))
                            + ")").orElse(""));
            value.getStyleClass().add("readout-value");
            readout.addRow(row++, ChartPanel.swatch(l.color(), l.style()), name, value);
            if (!plot.stacked() && Double.isFinite(v) && v <= yAxis.getUpperBound()) {
                Circle dot = new Circle(x, yAxis.getDisplayPosition(v), 3.5, l.color());
                dot.setStroke(Color.WHITE);
                dot.setStrokeWidth(1.2);
                hoverDots.getChildren().add(dot);
            }
        }
        String footer = plot.hoverFooter(i);
        if (footer != null) {
            Label f = new Label(footer);
            f.getStyleClass().add("readout-title");
            readout.add(f, 0, row, 3, 1);
        }
        readout.applyCss();
        readout.autosize();
        double rw = readout.getWidth();
        double left = x + 14 + rw <= w ? x + 14 : Math.max(0, x - 14 - rw);
        readout.relocate(left, Math.max(0, Math.min(28, h - readout.getHeight())));
    }

    /** The readout's text, a line per row ("" when nothing is hovered). */
    String readoutText() {
        if (!readout.isVisible()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (Node n : readout.getChildren()) {
            if (n instanceof Label l) {
                Integer col = GridPane.getColumnIndex(l);
                sb.append(col == null || col <= 1 ? "\n" : "  ").append(l.getText());
            }
        }
        return sb.toString().strip();
    }

    private static void setLine(Line l, double x0, double y0, double x1, double y1) {
        l.setStartX(x0);
        l.setStartY(y0);
        l.setEndX(x1);
        l.setEndY(y1);
    }
}
