package dev.headroom.ui.canvas;

import dev.headroom.model.Connection;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;

/**
 * A connection: a straight arrow between two cards' borders with its request rate at the
 * middle. Async calls are dashed, cache-miss calls dotted (CSS).
 */
public final class EdgeView extends Group {
    private final Line hit = new Line();
    private final Line line = new Line();
    private final Polygon head = new Polygon();
    private final Label label = new Label();
    private final int index;

    public EdgeView(int index, Connection c) {
        this.index = index;
        getStyleClass().add("edge");
        if (c.async()) {
            getStyleClass().add("edge-async");
        }
        if (c.onMiss()) {
            getStyleClass().add("edge-miss");
        }
        hit.getStyleClass().add("edge-hit");
        line.getStyleClass().add("edge-line");
        head.getStyleClass().add("edge-head");
        label.getStyleClass().add("edge-label");
        setId("edge-" + c.from() + "-" + c.to());
        getChildren().addAll(hit, line, head, label);
    }

    public int index() {
        return index;
    }

    public void setSelected(boolean s) {
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("selected"), s);
    }

    public void setText(String text) {
        label.setText(text);
        label.setVisible(text != null && !text.isEmpty());
    }

    /** Lays the arrow from the border of box a to the border of box b (x, y, w, h each). */
    public void layoutBetween(double[] a, double[] b) {
        Point2D ca = new Point2D(a[0] + a[2] / 2, a[1] + a[3] / 2);
        Point2D cb = new Point2D(b[0] + b[2] / 2, b[1] + b[3] / 2);
        Point2D s = clip(ca, cb, a);
        Point2D t = clip(cb, ca, b);
        for (Line l : new Line[] {line, hit}) {
            l.setStartX(s.getX());
            l.setStartY(s.getY());
            l.setEndX(t.getX());
            l.setEndY(t.getY());
        }
        Point2D d = t.subtract(s);
        double len = Math.max(d.magnitude(), 1e-6);
        Point2D u = new Point2D(d.getX() / len, d.getY() / len);
        Point2D n = new Point2D(-u.getY(), u.getX());
        Point2D base = t.subtract(u.multiply(11));
        head.getPoints().setAll(t.getX(), t.getY(),
                base.getX() + n.getX() * 5, base.getY() + n.getY() * 5,
                base.getX() - n.getX() * 5, base.getY() - n.getY() * 5);
        Point2D mid = s.midpoint(t);
        label.applyCss();
        double w = label.prefWidth(-1);
        double h = label.prefHeight(-1);
        label.resizeRelocate(mid.getX() - w / 2, mid.getY() - h / 2, w, h);
    }

    /** Where the ray from {@code from} towards {@code to} leaves rectangle r. */
    private static Point2D clip(Point2D from, Point2D to, double[] r) {
        double dx = to.getX() - from.getX();
        double dy = to.getY() - from.getY();
        double hw = r[2] / 2 + 2;
        double hh = r[3] / 2 + 2;
        double sx = dx == 0 ? Double.MAX_VALUE : hw / Math.abs(dx);
        double sy = dy == 0 ? Double.MAX_VALUE : hh / Math.abs(dy);
        double s = Math.min(Math.min(sx, sy), 1);
        return new Point2D(from.getX() + dx * s, from.getY() + dy * s);
    }
}
