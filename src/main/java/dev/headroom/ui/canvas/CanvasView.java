package dev.headroom.ui.canvas;

import dev.headroom.analysis.StationResult;
import dev.headroom.model.Component;
import dev.headroom.model.Connection;
import dev.headroom.model.Kind;
import dev.headroom.model.Layout.Position;
import dev.headroom.model.Model;
import dev.headroom.ui.document.DocumentViewModel;
import dev.headroom.app.Format;
import dev.headroom.ui.results.Heat;
import dev.headroom.ui.document.Results;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;

/**
 * The drawing: component cards and their connections over a dotted grid, zoomable (Ctrl+wheel,
 * buttons) and pannable (wheel, right or middle drag). Drag a card to move it (with everything
 * selected), drag from its right-hand port to another card to connect, drag on empty space to
 * select a rectangle, Ctrl+click to add to the selection.
 */
public final class CanvasView extends Region {
    private final DocumentViewModel vm;
    private final Canvas grid = new Canvas();
    private final Group world = new Group();
    private final Pane edges = new Pane();
    private final Pane nodes = new Pane();
    private final Line linkLine = new Line();
    private final Rectangle band = new Rectangle();
    private final Map<String, ComponentNode> cards = new LinkedHashMap<>();
    private final Map<Integer, EdgeView> edgeViews = new HashMap<>();
    private double zoom = 1;
    private double panX;
    private double panY;

    private Point2D pressWorld;
    private Map<String, Position> dragStart;
    private String linkFrom;
    private Point2D panStart;

    public CanvasView(DocumentViewModel vm) {
        this.vm = vm;
        getStyleClass().add("canvas-view");
        setId("canvas");
        edges.setPickOnBounds(false);
        nodes.setPickOnBounds(false);
        linkLine.getStyleClass().add("link-preview");
        linkLine.setVisible(false);
        linkLine.setMouseTransparent(true);
        band.getStyleClass().add("rubber-band");
        band.setVisible(false);
        band.setMouseTransparent(true);
        world.getChildren().addAll(edges, nodes, linkLine, band);
        getChildren().addAll(grid, world);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);

        vm.modelProperty().addListener((o, a, m) -> sync(m));
        vm.resultsProperty().addListener((o, a, r) -> paint(r));
        vm.selectedIds().addListener((javafx.collections.SetChangeListener<String>) c ->
                paintSelection());
        vm.selectedConnectionProperty().addListener((o, a, b) -> paintSelection());
        sync(vm.model());
        paint(vm.results());

        setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                vm.clearSelection();
                e.consume();
            }
        });
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        setOnScroll(e -> {
            if (e.isShortcutDown()) {
                zoomAt(e.getDeltaY() > 0 ? 1.1 : 1 / 1.1, e.getX(), e.getY());
            } else {
                panX += e.getDeltaX();
                panY += e.getDeltaY();
                applyView();
            }
            e.consume();
        });
        setOnDragOver(e -> {
            if (e.getDragboard().hasString()
                    && e.getDragboard().getString().startsWith(Palette.DRAG_PREFIX)) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            String s = e.getDragboard().getString();
            Kind.fromJson(s.substring(Palette.DRAG_PREFIX.length())).ifPresent(k -> {
                Point2D p = dropSpot(e.getX(), e.getY());
                vm.addComponent(k, p.getX(), p.getY());
            });
            e.setDropCompleted(true);
            e.consume();
        });
    }

    // ---- view transform --------------------------------------------------------------------

    public double zoom() {
        return zoom;
    }

    public void zoomBy(double f) {
        zoomAt(f, getWidth() / 2, getHeight() / 2);
    }

    private void zoomAt(double f, double x, double y) {
        double z = Math.max(0.25, Math.min(3, zoom * f));
        Point2D w = toWorld(x, y);
        zoom = z;
        panX = x - w.getX() * z;
        panY = y - w.getY() * z;
        applyView();
    }

    /** Zooms and pans so that every component is in view. */
    public void fit() {
        if (cards.isEmpty() || getWidth() <= 0) {
            zoom = 1;
            panX = 0;
            panY = 0;
            applyView();
            return;
        }
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = 0, maxY = 0;
        for (ComponentNode n : cards.values()) {
            minX = Math.min(minX, n.getLayoutX());
            minY = Math.min(minY, n.getLayoutY());
            maxX = Math.max(maxX, n.getLayoutX() + ComponentNode.WIDTH);
            maxY = Math.max(maxY, n.getLayoutY() + ComponentNode.HEIGHT);
        }
        double pad = 60;
        zoom = Math.max(0.25, Math.min(1.25, Math.min((getWidth() - 2 * pad) / (maxX - minX),
                (getHeight() - 2 * pad) / (maxY - minY))));
        panX = (getWidth() - (maxX - minX) * zoom) / 2 - minX * zoom;
        panY = (getHeight() - (maxY - minY) * zoom) / 2 - minY * zoom;
        applyView();
    }

    private void applyView() {
        world.getTransforms().setAll(new javafx.scene.transform.Translate(panX, panY),
                new javafx.scene.transform.Scale(zoom, zoom));
        drawGrid();
    }

    public Point2D toWorld(double x, double y) {
        return new Point2D((x - panX) / zoom, (y - panY) / zoom);
    }

    @Override
    protected void layoutChildren() {
        grid.setWidth(getWidth());
        grid.setHeight(getHeight());
        drawGrid();
    }

    private void drawGrid() {
        GraphicsContext g = grid.getGraphicsContext2D();
        double w = grid.getWidth();
        double h = grid.getHeight();
        g.clearRect(0, 0, w, h);
        double step = DocumentViewModel.GRID * zoom;
        while (step < 10) {
            step *= 2;
        }
        g.setFill(Color.web("#c9d1d9"));
        double r = Math.max(1, 1.4 * Math.min(zoom, 1.2));
        for (double x = panX % step; x < w; x += step) {
            for (double y = panY % step; y < h; y += step) {
                g.fillOval(x - r / 2, y - r / 2, r, r);
            }
        }
    }

    // ---- model → view ----------------------------------------------------------------------

    private void sync(Model m) {
        Set<String> ids = new HashSet<>();
        for (Component c : m.components()) {
            ids.add(c.id());
            ComponentNode n = cards.get(c.id());
            if (n == null) {
                n = new ComponentNode(c);
                cards.put(c.id(), n);
                nodes.getChildren().add(n);
            } else {
                n.setComponent(c);
            }
            Position p = m.layout().nodes().get(c.id());
            if (p != null) {
                n.relocate(p.x(), p.y());
            }
        }
        cards.keySet().removeIf(id -> {
            if (!ids.contains(id)) {
                nodes.getChildren().remove(cards.get(id));
                return true;
            }
            return false;
        });
        edges.getChildren().clear();
        edgeViews.clear();
        for (int i = 0; i < m.connections().size(); i++) {
            Connection c = m.connections().get(i);
            if (cards.containsKey(c.from()) && cards.containsKey(c.to())) {
                EdgeView e = new EdgeView(i, c);
                int index = i;
                e.setOnMousePressed(ev -> {
                    if (ev.getButton() == MouseButton.PRIMARY) {
                        vm.selectConnection(index);
                        ev.consume();
                    }
                });
                edgeViews.put(i, e);
                edges.getChildren().add(e);
            }
        }
        layoutEdges();
        paint(vm.results());
        paintSelection();
    }

    private void layoutEdges() {
        Model m = vm.model();
        for (var e : edgeViews.entrySet()) {
            Connection c = m.connections().get(e.getKey());
            e.getValue().layoutBetween(box(c.from()), box(c.to()));
        }
    }

    private double[] box(String id) {
        ComponentNode n = cards.get(id);
        return new double[] {n.getLayoutX(), n.getLayoutY(), ComponentNode.WIDTH,
                ComponentNode.HEIGHT};
    }

    private void paint(Results r) {
        if (r == null) {
            return;
        }
        double maxU = vm.model().slo().maxUtilization();
        String bottleneck = r.solved() ? r.solution().bottleneck() : null;
        for (ComponentNode n : cards.values()) {
            StationResult s = r.station(n.getComponent().id()).orElse(null);
            n.resultProperty().set(s);
            n.heatProperty().set(s == null ? null : Heat.of(s, maxU));
            n.bottleneckProperty().set(n.getComponent().id().equals(bottleneck));
        }
        Model m = vm.model();
        for (var e : edgeViews.entrySet()) {
            Connection c = m.connections().get(e.getKey());
            Double rate = r.edgeRates().get(Results.edgeKey(c.from(), c.to()));
            Double share = dev.headroom.app.Analysis.routeShare(m, c);
            String text = rate == null ? null : Format.compactRate(rate);
            if (share != null && share < 1) {
                text = Format.percent(share) + (text == null ? "" : " \u00b7 " + text);
            }
            e.getValue().setText(text);
        }
        layoutEdges();
    }

    private void paintSelection() {
        cards.forEach((id, n) -> n.selectedProperty().set(vm.selectedIds().contains(id)));
        int sel = vm.selectedConnectionProperty().get();
        edgeViews.forEach((i, e) -> e.setSelected(i == sel));
    }

    // ---- gestures --------------------------------------------------------------------------

    private ComponentNode cardAt(Node target) {
        for (Node n = target; n != null && n != this; n = n.getParent()) {
            if (n instanceof ComponentNode c) {
                return c;
            }
        }
        return null;
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        pressWorld = toWorld(e.getX(), e.getY());
        if (e.getButton() != MouseButton.PRIMARY) {
            panStart = new Point2D(e.getX() - panX, e.getY() - panY);
            return;
        }
        Node target = e.getPickResult().getIntersectedNode();
        ComponentNode card = cardAt(target);
        if (card == null) {
            if (!e.isShortcutDown() && !e.isControlDown() && !e.isShiftDown()) {
                vm.clearSelection();
            }
            band.setVisible(false);
            return;
        }
        String id = card.getComponent().id();
        if (target != null && target.getStyleClass().contains("connect-port")) {
            linkFrom = id;
            return;
        }
        if (e.isShortcutDown() || e.isControlDown() || e.isShiftDown()) {
            vm.toggleSelected(id);
        } else if (!vm.selectedIds().contains(id)) {
            vm.select(id);
        }
        dragStart = new LinkedHashMap<>();
        for (String s : vm.selectedIds()) {
            ComponentNode n = cards.get(s);
            dragStart.put(s, new Position(n.getLayoutX(), n.getLayoutY()));
        }
        e.consume();
    }

    private void dragged(MouseEvent e) {
        Point2D p = toWorld(e.getX(), e.getY());
        if (panStart != null) {
            panX = e.getX() - panStart.getX();
            panY = e.getY() - panStart.getY();
            applyView();
        } else if (linkFrom != null) {
            double[] b = box(linkFrom);
            linkLine.setStartX(b[0] + b[2]);
            linkLine.setStartY(b[1] + b[3] / 2);
            linkLine.setEndX(p.getX());
            linkLine.setEndY(p.getY());
            linkLine.setVisible(true);
        } else if (dragStart != null && pressWorld != null) {
            double dx = p.getX() - pressWorld.getX();
            double dy = p.getY() - pressWorld.getY();
            dragStart.forEach((id, s) -> {
                Position q = vm.snap(s.x() + dx, s.y() + dy);
                cards.get(id).relocate(q.x(), q.y());
            });
            layoutEdges();
        } else if (pressWorld != null && e.getButton() == MouseButton.PRIMARY) {
            band.setX(Math.min(p.getX(), pressWorld.getX()));
            band.setY(Math.min(p.getY(), pressWorld.getY()));
            band.setWidth(Math.abs(p.getX() - pressWorld.getX()));
            band.setHeight(Math.abs(p.getY() - pressWorld.getY()));
            band.setVisible(true);
        }
        e.consume();
    }

    private void released(MouseEvent e) {
        Point2D p = toWorld(e.getX(), e.getY());
        if (linkFrom != null) {
            linkLine.setVisible(false);
            String to = cardAtWorld(p);
            if (to != null) {
                vm.connect(linkFrom, to);
            }
        } else if (dragStart != null) {
            Map<String, Position> moved = new LinkedHashMap<>();
            dragStart.forEach((id, s) -> {
                ComponentNode n = cards.get(id);
                if (n != null && (n.getLayoutX() != s.x() || n.getLayoutY() != s.y())) {
                    moved.put(id, new Position(n.getLayoutX(), n.getLayoutY()));
                }
            });
            vm.move(moved);
        } else if (band.isVisible()) {
            Set<String> inside = new HashSet<>(e.isShortcutDown() || e.isControlDown() || e.isShiftDown()
                    ? vm.selectedIds() : Set.of());
            cards.forEach((id, n) -> {
                if (band.getBoundsInParent().contains(n.getBoundsInParent())) {
                    inside.add(id);
                }
            });
            vm.selectAll(inside);
            band.setVisible(false);
        }
        linkFrom = null;
        dragStart = null;
        panStart = null;
        pressWorld = null;
    }

    private String cardAtWorld(Point2D p) {
        List<ComponentNode> all = List.copyOf(cards.values());
        for (int i = all.size() - 1; i >= 0; i--) {
            ComponentNode n = all.get(i);
            if (n.getBoundsInParent().contains(p)) {
                return n.getComponent().id();
            }
        }
        return null;
    }

    private final Placement placement = new Placement(ComponentNode.WIDTH, ComponentNode.HEIGHT,
            DocumentViewModel.GRID);

    private List<Placement.Box> cardBoxes() {
        return cards.values().stream().map(n -> new Placement.Box(n.getLayoutX(),
                n.getLayoutY(), ComponentNode.WIDTH, ComponentNode.HEIGHT)).toList();
    }

    /**
     * Where a component added by a click on the palette goes: the first free spot of the
     * visible area in reading order, overlapping no card; the nearest free spot when the view is
     * full.
     */
    public Point2D freeSpot() {
        Point2D a = toWorld(0, 0);
        Point2D b = toWorld(Math.max(getWidth(), 1), Math.max(getHeight(), 1));
        Placement.Spot s = placement.inView(new Placement.Box(a.getX(), a.getY(),
                b.getX() - a.getX(), b.getY() - a.getY()), cardBoxes());
        return new Point2D(s.x(), s.y());
    }

    /** Where a component dropped at (x, y) on the view goes: the nearest free spot. */
    public Point2D dropSpot(double x, double y) {
        Point2D p = toWorld(x, y);
        Placement.Spot s = placement.nearest(p.getX() - ComponentNode.WIDTH / 2,
                p.getY() - ComponentNode.HEIGHT / 2, cardBoxes());
        return new Point2D(s.x(), s.y());
    }

    /** The card of a component, for tests and keyboard focus. */
    /** The diagram itself (cards and arrows, no grid), for exporting it as a picture. */
    public javafx.scene.Node diagram() {
        return world;
    }

    public ComponentNode card(String id) {
        return cards.get(id);
    }
}
