package dev.headroom.report.chart;

import dev.headroom.model.Component;
import dev.headroom.model.Connection;
import dev.headroom.model.Layout;
import dev.headroom.model.Model;
import dev.headroom.model.RequestClass;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The architecture as the canvas draws it: a 170 × 74 card per component at its {@code layout}
 * position (top-left corner), connections as arrows (asynchronous ones dashed). Components the
 * layout does not place are laid out by call depth from the entry points: one column per depth.
 */
public final class ArchitectureDiagram {
    public static final double CARD_W = 170;
    public static final double CARD_H = 74;
    private static final double COL = 240;
    private static final double ROW = 104;
    private static final double MARGIN = 24;
    /** The longest side of the diagram, in canvas pixels (before the image's 2x density). */
    static final double MAX_SIDE = 4_000;
    /** The most canvas pixels of a diagram: 2,400 × 1,250, about 12 million in the image. */
    static final double MAX_AREA = 3_000_000;

    private ArchitectureDiagram() {}

    /** Card positions: the layout's, else by call depth (placed below any laid-out cards). */
    public static Map<String, Layout.Position> positions(Model model) {
        Map<String, Layout.Position> out = new LinkedHashMap<>();
        double laidBottom = Double.NEGATIVE_INFINITY;
        double laidLeft = Double.POSITIVE_INFINITY;
        for (Component c : model.components()) {
            Layout.Position p = model.layout().nodes().get(c.id());
            if (p != null) {
                out.put(c.id(), p);
                laidBottom = Math.max(laidBottom, p.y() + CARD_H);
                laidLeft = Math.min(laidLeft, p.x());
            }
        }
        if (out.size() == model.components().size()) {
            return out;
        }
        Map<String, Integer> depth = depths(model);
        Map<Integer, Integer> rows = new HashMap<>();
        double x0 = out.isEmpty() ? 0 : laidLeft;
        double y0 = out.isEmpty() ? 0 : laidBottom + ROW - CARD_H + 20;
        for (Component c : model.components()) {
            if (out.containsKey(c.id())) {
                continue;
            }
            int d = depth.get(c.id());
            int r = rows.merge(d, 1, Integer::sum) - 1;
            out.put(c.id(), new Layout.Position(x0 + d * COL, y0 + r * ROW));
        }
        return out;
    }

    /** Shortest call depth from an entry point (unreachable components go one column after). */
    static Map<String, Integer> depths(Model model) {
        Map<String, Integer> depth = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        for (RequestClass rc : model.requestClasses()) {
            if (depth.putIfAbsent(rc.entry(), 0) == null) {
                queue.add(rc.entry());
            }
        }
        if (queue.isEmpty() && !model.components().isEmpty()) {
            String first = model.components().get(0).id();
            depth.put(first, 0);
            queue.add(first);
        }
        while (!queue.isEmpty()) {
            String at = queue.poll();
            for (Connection e : model.connections()) {
                if (e.from().equals(at) && !depth.containsKey(e.to())) {
                    depth.put(e.to(), depth.get(at) + 1);
                    queue.add(e.to());
                }
            }
        }
        int max = depth.values().stream().mapToInt(Integer::intValue).max().orElse(-1);
        for (Component c : model.components()) {
            depth.putIfAbsent(c.id(), max + 1);
        }
        return depth;
    }

    public static BufferedImage render(Model model) {
        Map<String, Layout.Position> pos = positions(model);
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = 0;
        double maxY = 0;
        for (Layout.Position p : pos.values()) {
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x() + CARD_W);
            maxY = Math.max(maxY, p.y() + CARD_H);
        }
        if (pos.isEmpty()) {
            minX = minY = 0;
            maxX = CARD_W;
            maxY = CARD_H;
        }
        double width = maxX - minX + 2 * MARGIN;
        double height = maxY - minY + 2 * MARGIN;
        double s = shrink(width, height);
        BufferedImage img = Canvas.image((int) Math.ceil(width * s), (int) Math.ceil(height * s));
        Graphics2D g = Canvas.graphics(img);
        g.scale(s, s);
        g.translate(MARGIN - minX, MARGIN - minY);

        for (Connection e : model.connections()) {
            Layout.Position a = pos.get(e.from());
            Layout.Position b = pos.get(e.to());
            if (a == null || b == null || e.from().equals(e.to())) {
                continue;
            }
            arrow(g, a, b, e, dev.headroom.app.Analysis.routeShare(model, e));
        }
        for (Component c : model.components()) {
            card(g, c, pos.get(c.id()));
        }
        g.dispose();
        return img;
    }

    /**
     * The factor (at most 1) that fits a diagram of {@code width × height} canvas pixels into
     * {@link #MAX_SIDE} a side and {@link #MAX_AREA} in all: a layout spread over tens of
     * thousands of pixels would otherwise make an image of gigabytes (or one too large for an
     * array), and a page shows no more detail than this anyway.
     */
    static double shrink(double width, double height) {
        return Math.min(1, Math.min(MAX_SIDE / Math.max(width, height),
                Math.sqrt(MAX_AREA / (width * height))));
    }

    private static void card(Graphics2D g, Component c, Layout.Position p) {
        Color accent = Palette.series(c.kind().ordinal());
        RoundRectangle2D.Double r = new RoundRectangle2D.Double(p.x(), p.y(), CARD_W, CARD_H,
                12, 12);
        g.setColor(new Color(0, 0, 0, 18));
        g.fill(new RoundRectangle2D.Double(p.x() + 1, p.y() + 2, CARD_W, CARD_H, 12, 12));
        g.setColor(Color.WHITE);
        g.fill(r);
        g.setColor(Palette.alpha(accent, 40));
        g.fill(new RoundRectangle2D.Double(p.x(), p.y(), CARD_W, 22, 12, 12));
        g.fill(new java.awt.geom.Rectangle2D.Double(p.x(), p.y() + 11, CARD_W, 11));
        g.setColor(Palette.alpha(accent, 200));
        g.setStroke(new BasicStroke(1.3f));
        g.draw(r);
        g.setFont(Canvas.font(Font.BOLD, 9.5f));
        g.setColor(accent.darker());
        g.drawString(c.kind().label().toUpperCase(Locale.ROOT), (float) p.x() + 10,
                (float) p.y() + 15);
        g.setColor(Palette.INK);
        g.setFont(Canvas.font(Font.BOLD, 12f));
        Font title = g.getFont();
        g.setFont(Canvas.fontFor(c.displayName(), title));
        g.drawString(Canvas.fit(g, c.displayName(), CARD_W - 20), (float) p.x() + 10,
                (float) p.y() + 41);
        g.setFont(title);
        g.setFont(Canvas.font(Font.PLAIN, 10.5f));
        g.setColor(Palette.MUTED);
        g.drawString(Canvas.fit(g, sizing(c), CARD_W - 20), (float) p.x() + 10,
                (float) p.y() + 60);
    }

    /** "2–12 × m6i.large · auto", "1 × db.m6g.xlarge", "no queueing (delay)". */
    static String sizing(Component c) {
        String type = c.instanceType() == null ? "" : " × " + c.instanceType();
        if (c.isDelay()) {
            return c.instanceType() == null ? "no queueing (delay)" : c.instanceType();
        }
        if (c.isAutoscaled()) {
            return c.autoscale().min() + "–" + c.autoscale().max() + type + " · auto";
        }
        String count = c.instanceType() == null
                ? c.instances() + (c.instances() == 1 ? " instance" : " instances")
                : c.instances() + type;
        return count + (c.concurrency() != null && c.concurrency() > 1 && c.instanceType() == null
                ? ", " + c.concurrency() + " servers each" : "");
    }

    private static void arrow(Graphics2D g, Layout.Position a, Layout.Position b, Connection e,
            Double share) {
        Point2D.Double ca = new Point2D.Double(a.x() + CARD_W / 2, a.y() + CARD_H / 2);
        Point2D.Double cb = new Point2D.Double(b.x() + CARD_W / 2, b.y() + CARD_H / 2);
        Point2D.Double from = edge(ca, cb);
        Point2D.Double to = edge(cb, ca);
        Color ink = e.async() ? Palette.series(1).darker() : new Color(0x475569);
        g.setColor(ink);
        g.setStroke(e.async() ? Canvas.DASHED : new BasicStroke(1.4f));
        g.draw(new Line2D.Double(from, to));
        double ang = Math.atan2(to.y - from.y, to.x - from.x);
        Path2D.Double head = new Path2D.Double();
        head.moveTo(to.x, to.y);
        head.lineTo(to.x - 9 * Math.cos(ang - 0.38), to.y - 9 * Math.sin(ang - 0.38));
        head.lineTo(to.x - 9 * Math.cos(ang + 0.38), to.y - 9 * Math.sin(ang + 0.38));
        head.closePath();
        g.fill(head);
        String label = label(e, share);
        if (!label.isEmpty()) {
            g.setFont(Canvas.font(Font.PLAIN, 9.5f));
            double mx = (from.x + to.x) / 2;
            double my = (from.y + to.y) / 2;
            int tw = g.getFontMetrics().stringWidth(label);
            g.setColor(new Color(255, 255, 255, 230));
            g.fill(new RoundRectangle2D.Double(mx - tw / 2.0 - 3, my - 9, tw + 6, 13, 6, 6));
            g.setColor(ink);
            Canvas.drawName(g, label, (float) (mx - tw / 2.0), (float) my + 1);
        }
    }

    /** "×3 on miss", "checkout async"; a load balancer's share of traffic as "50%". */
    static String label(Connection e, Double share) {
        StringBuilder sb = new StringBuilder();
        if (share != null && share < 1) {
            sb.append(dev.headroom.app.Format.percent(share));
        }
        if (e.calls() != 1) {
            sb.append("×").append(LineChart.trim(e.calls()));
        }
        if (e.onMiss()) {
            sb.append(sb.isEmpty() ? "" : " ").append("on miss");
        }
        if (e.async()) {
            sb.append(sb.isEmpty() ? "" : " ").append("async");
        }
        if (!e.classes().isEmpty()) {
            sb.append(sb.isEmpty() ? "" : " ").append(String.join(", ", e.classes()));
        }
        return sb.toString();
    }

    /** Where the segment from the centre {@code c} towards {@code o} leaves the card. */
    private static Point2D.Double edge(Point2D.Double c, Point2D.Double o) {
        double dx = o.x - c.x;
        double dy = o.y - c.y;
        if (dx == 0 && dy == 0) {
            return c;
        }
        double tx = dx == 0 ? Double.POSITIVE_INFINITY : (CARD_W / 2 + 3) / Math.abs(dx);
        double ty = dy == 0 ? Double.POSITIVE_INFINITY : (CARD_H / 2 + 3) / Math.abs(dy);
        double t = Math.min(tx, ty);
        return new Point2D.Double(c.x + dx * t, c.y + dy * t);
    }
}
