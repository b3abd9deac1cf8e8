package dev.headroom.ui;

import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * The title row's layout: the workspace switch centred in the window, whatever the model's name
 * or the buttons beside it, so that a click lands on the same tab every time. The left part
 * (brand, name, path) gets the room up to the switch and ellipsizes; the right part keeps its
 * preferred width at the right edge. Only when the window is too narrow for the switch to sit
 * in the middle does it move left, just enough to clear the right part.
 */
public final class TitleRow extends Pane {
    private final Node left;
    private final Node centre;
    private final Node right;
    private double gap = 16;

    public TitleRow(Node left, Node centre, Node right) {
        this.left = left;
        this.centre = centre;
        this.right = right;
        getStyleClass().add("title-row");
        getChildren().addAll(left, centre, right);
    }

    public void setGap(double gap) {
        this.gap = gap;
        requestLayout();
    }

    /** Where the switch starts, from this row's left edge (package-private for tests). */
    double centreX(double width) {
        Insets in = getInsets();
        double inner = width - in.getLeft() - in.getRight();
        double cw = centre.prefWidth(-1);
        double rw = right.prefWidth(-1);
        double middle = in.getLeft() + (inner - cw) / 2;
        double clear = width - in.getRight() - rw - gap - cw;
        return Math.max(in.getLeft() + leftMinimum(), Math.min(middle, clear));
    }

    private double leftMinimum() {
        return Math.min(left.minWidth(-1), 160);
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double w = getWidth();
        double h = getHeight() - in.getTop() - in.getBottom();
        double cx = centreX(w);
        double cw = centre.prefWidth(-1);
        double rw = right.prefWidth(-1);
        layoutInArea(left, in.getLeft(), in.getTop(), Math.max(0, cx - gap - in.getLeft()), h, 0,
                HPos.LEFT, VPos.CENTER);
        layoutInArea(centre, cx, in.getTop(), cw, h, 0, HPos.CENTER, VPos.CENTER);
        layoutInArea(right, w - in.getRight() - rw, in.getTop(), rw, h, 0, HPos.RIGHT,
                VPos.CENTER);
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + left.prefWidth(-1) + gap + centre.prefWidth(-1) + gap
                + right.prefWidth(-1) + in.getRight();
    }

    @Override
    protected double computeMinWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + leftMinimum() + gap + centre.prefWidth(-1) + gap
                + right.prefWidth(-1) + in.getRight();
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        double h = Math.max(left.prefHeight(-1), Math.max(centre.prefHeight(-1),
                right.prefHeight(-1)));
        return in.getTop() + h + in.getBottom();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }
}
