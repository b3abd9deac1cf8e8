package dev.headroom.ui.canvas;

import java.util.Collection;

/**
 * Where a new card goes: on the grid, overlapping no card (with a gap between cards). Plain
 * arithmetic on rectangles, no JavaFX, so that it is tested without a window.
 *
 * <p>A click on the palette fills the visible area in reading order from its top-left; a drop
 * takes the free grid spot nearest the pointer. When the visible area is full, the nearest free
 * spot outside it is taken (the canvas is unbounded in every direction).
 */
public final class Placement {
    /** Empty space kept between two cards, in canvas pixels. */
    public static final double GAP = 20;

    private final double width;
    private final double height;
    private final double grid;

    /** A rectangle in canvas (world) coordinates. */
    public record Box(double x, double y, double w, double h) {
        boolean overlaps(Box o, double gap) {
            return x < o.x + o.w + gap && o.x < x + w + gap
                    && y < o.y + o.h + gap && o.y < y + h + gap;
        }
    }

    /** A top-left corner. */
    public record Spot(double x, double y) {}

    public Placement(double cardWidth, double cardHeight, double grid) {
        this.width = cardWidth;
        this.height = cardHeight;
        this.grid = grid;
    }

    /** Whether a card with its top-left corner at (x, y) would overlap (or touch) none. */
    public boolean isFree(double x, double y, Collection<Box> cards) {
        Box b = new Box(x, y, width, height);
        for (Box c : cards) {
            if (b.overlaps(c, GAP)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first free grid spot in reading order (rows top to bottom, left to right) whose card
     * lies wholly inside {@code visible}, starting a margin in from its corner; else the free spot
     * nearest the centre of {@code visible}.
     */
    public Spot inView(Box visible, Collection<Box> cards) {
        double margin = 2 * grid;
        double x0 = up(visible.x() + margin);
        double y0 = up(visible.y() + margin);
        double xMax = visible.x() + visible.w() - width - grid;
        double yMax = visible.y() + visible.h() - height - grid;
        for (double y = y0; y <= yMax; y += grid) {
            for (double x = x0; x <= xMax; x += grid) {
                if (isFree(x, y, cards)) {
                    return new Spot(x, y);
                }
            }
        }
        return nearest(visible.x() + visible.w() / 2 - width / 2,
                visible.y() + visible.h() / 2 - height / 2, cards);
    }

    /**
     * The free grid spot whose card centre is nearest the card centred at (x, y) top-left, in
     * rings of growing distance; ties go to the spot above, then to the left.
     */
    public Spot nearest(double x, double y, Collection<Box> cards) {
        double gx = Math.round(x / grid) * grid;
        double gy = Math.round(y / grid) * grid;
        if (isFree(gx, gy, cards)) {
            return new Spot(gx, gy);
        }
        // Search square rings of grid steps outward; within the radius that first has a free
        // spot, take the one nearest in Euclidean distance (a ring's corners are farther than
        // its middles, so look one ring further before deciding).
        Spot best = null;
        double bestD = Double.MAX_VALUE;
        for (int r = 1; r < 2000; r++) {
            for (int i = -r; i <= r; i++) {
                for (int[] d : new int[][] {{i, -r}, {-r, i}, {r, i}, {i, r}}) {
                    double cx = gx + d[0] * grid;
                    double cy = gy + d[1] * grid;
                    double dist = Math.hypot(cx - x, cy - y);
                    if (dist < bestD && isFree(cx, cy, cards)) {
                        best = new Spot(cx, cy);
                        bestD = dist;
                    }
                }
            }
            // every spot of a further ring lies at least (r - 1/2) grid steps from (x, y)
            if (best != null && r * grid > bestD + grid) {
                return best;
            }
        }
        return best != null ? best : new Spot(gx, gy);
    }

    private double up(double v) {
        return Math.ceil(v / grid) * grid;
    }
}
