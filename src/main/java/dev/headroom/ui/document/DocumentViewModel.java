package dev.headroom.ui.document;

import dev.headroom.app.Analysis;
import dev.headroom.app.ComponentDefaults;
import dev.headroom.app.Headroom;
import dev.headroom.app.LatestOnly;
import dev.headroom.model.Component;
import dev.headroom.model.Connection;
import dev.headroom.model.Growth;
import dev.headroom.model.Kind;
import dev.headroom.model.Layout;
import dev.headroom.model.Layout.Position;
import dev.headroom.model.Model;
import dev.headroom.model.Networking;
import dev.headroom.model.RequestClass;
import dev.headroom.model.Slo;
import dev.headroom.model.Workload;
import dev.headroom.ui.document.undo.Edit;
import dev.headroom.ui.document.undo.UndoStack;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * The open document: the current immutable {@link Model}, the selection, the file it came from,
 * whether it differs from what was saved, the growth multiplier shown, and the latest live
 * {@link Results}. Every change to the model goes through {@link #apply} and lands on the one
 * {@link UndoStack}. No JavaFX nodes here: views bind to these properties.
 */
public final class DocumentViewModel {
    /** Grid the canvas snaps node positions to, in canvas pixels. */
    public static final double GRID = 20;

    private final ReadOnlyObjectWrapper<Model> model = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Results> results = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper selectedConnection = new ReadOnlyIntegerWrapper(-1);
    private final ObservableSet<String> selectedIds = FXCollections.observableSet(
            new LinkedHashSet<>());
    private final ObservableSet<String> selectedView =
            FXCollections.unmodifiableObservableSet(selectedIds);
    private final DoubleProperty multiplier = new SimpleDoubleProperty(1);
    private final javafx.beans.property.ReadOnlyIntegerWrapper opened =
            new javafx.beans.property.ReadOnlyIntegerWrapper();
    private final ObjectProperty<Boolean> snapToGrid = new SimpleObjectProperty<>(true);
    private final UndoStack undo = new UndoStack();
    private final Headroom service;
    private final LatestOnly<Request, Results> solver;
    /** The worker's: the last analysis, reused while only the multiplier moves. */
    private Analysis cached;
    private Model saved;
    private Clip clipboard;

    private record Clip(List<Component> components, List<Connection> connections,
            Map<String, Position> positions) {}

    private record Request(Model model, Path file, double multiplier) {}

    /**
     * @param service the application service every figure comes from
     * @param worker where the model is solved (never the FX thread)
     * @param ui where results are delivered (the FX thread: {@code Platform::runLater})
     */
    public DocumentViewModel(Headroom service, Executor worker, Executor ui) {
        this.service = service;
        solver = new LatestOnly<>(worker, ui, this::solve, results::set);
        multiplier.addListener((o, a, b) -> resolve());
        open(emptyModel(), null);
    }

    /** A view-model that solves on the calling thread (tests and tools). */
    public static DocumentViewModel direct(Headroom service) {
        return new DocumentViewModel(service, Runnable::run, Runnable::run);
    }

    /** On the worker: the service's analysis of the model (kept while only m moves) at m. */
    private Results solve(Request r) {
        Analysis a = cached;
        if (a == null || a.model() != r.model() || !Objects.equals(a.file(), r.file())) {
            a = service.analyze(r.model(), r.file());
            cached = a;
        }
        if (a.solvable()) {
            a.breaks(); // where it breaks depends on the model only: found once per edit
        }
        return Results.of(a, r.multiplier());
    }

    /** The pricing catalogs the open model sees (for the inspector's instance types). */
    public dev.headroom.cost.CatalogLibrary catalogs() {
        return service.catalogs(file.get(), model.get().pricing()).library();
    }

    /** The application service behind this document. */
    public Headroom service() {
        return service;
    }

    public static Model emptyModel() {
        Workload w = new Workload(dev.headroom.model.WorkloadType.OPEN, 10_000.0, 100.0, 3, null,
                0, List.of(), List.of());
        return new Model(Model.CURRENT_FORMAT, "Untitled architecture", null, w, Growth.DEFAULT,
                new Slo(500.0, 0.75), "aws-us-east-1", List.of(), List.of(), Layout.EMPTY);
    }

    // ---- documents -------------------------------------------------------------------------

    /** Replaces the document (new, open, recover): clean, no history, nothing selected. */
    public void open(Model m, Path path) {
        Model laid = withMissingPositions(m);
        opened.set(opened.get() + 1);
        undo.clear();
        clearSelection();
        saved = laid;
        file.set(path);
        model.set(laid);
        clampMultiplier(laid.growth());
        updateDirty();
        resolve();
    }

    /** Opens a recovered autosave: its content, but dirty against the file it belongs to. */
    public void openRecovered(Model m, Path path) {
        open(m, path);
        saved = null;
        updateDirty();
    }

    public void markSaved(Path path) {
        boolean moved = !Objects.equals(file.get(), path);
        file.set(path);
        saved = model.get();
        updateDirty();
        if (moved) {
            resolve(); // catalogs next to the new file may price it differently
        }
    }

    // ---- edits -----------------------------------------------------------------------------

    /** Applies an edit as one undoable step; a change that changes nothing is not recorded. */
    public void apply(String label, UnaryOperator<Model> change) {
        Model before = model.get();
        Model after = change.apply(before);
        if (after == null || after.equals(before)) {
            return;
        }
        undo.push(new Edit(label, before, after));
        setModel(after);
    }

    public void undo() {
        undo.undo().ifPresent(e -> setModel(e.before()));
    }

    public void redo() {
        undo.redo().ifPresent(e -> setModel(e.after()));
    }

    private void setModel(Model m) {
        model.set(m);
        selectedIds.retainAll(m.components().stream().map(Component::id).toList());
        if (selectedConnection.get() >= m.connections().size()) {
            selectedConnection.set(-1);
        }
        clampMultiplier(m.growth());
        updateDirty();
        resolve();
    }

    /** Adds a component of this kind with its top-left corner at (x, y); returns its id. */
    public String addComponent(Kind kind, double x, double y) {
        String id = freshId(model.get(), kind.json());
        Position p = snap(x, y);
        apply("Add " + kind.label().toLowerCase(java.util.Locale.ROOT), m -> {
            List<Component> cs = new ArrayList<>(m.components());
            cs.add(ComponentDefaults.of(id, kind));
            return m.withComponents(cs).withLayout(m.layout().with(id, p));
        });
        select(id);
        return id;
    }

    /** Connects two components; false when they are the same or already connected. */
    public boolean connect(String from, String to) {
        Model m = model.get();
        if (from.equals(to) || m.indexOf(from) < 0 || m.indexOf(to) < 0
                || m.connections().stream().anyMatch(c -> c.from().equals(from)
                        && c.to().equals(to))) {
            return false;
        }
        Component src = m.components().get(m.indexOf(from));
        Connection c = Connection.of(from, to);
        if (src.hitRatio() != null) {
            // A cache's calls downstream are what it does on a miss.
            c = new Connection(from, to, 1, true, false, List.of(), 0);
        }
        Connection added = c;
        apply("Connect " + from + " to " + to, mm -> {
            List<Connection> es = new ArrayList<>(mm.connections());
            es.add(added);
            return mm.withConnections(es);
        });
        selectConnection(model.get().connections().size() - 1);
        return true;
    }

    /** Moves components to new top-left positions (snapped when the grid is on), one step. */
    public void move(Map<String, Position> to) {
        if (to.isEmpty()) {
            return;
        }
        apply(to.size() == 1 ? "Move " + to.keySet().iterator().next()
                : "Move " + to.size() + " components", m -> {
                    Layout l = m.layout();
                    for (var e : to.entrySet()) {
                        l = l.with(e.getKey(), snap(e.getValue().x(), e.getValue().y()));
                    }
                    return m.withLayout(l);
                });
    }

    public void deleteSelection() {
        Set<String> ids = new HashSet<>(selectedIds);
        int edge = selectedConnection.get();
        if (ids.isEmpty() && edge < 0) {
            return;
        }
        String label = ids.isEmpty() ? "Delete connection"
                : ids.size() == 1 ? "Delete " + ids.iterator().next()
                : "Delete " + ids.size() + " components";
        apply(label, m -> {
            List<Connection> es = new ArrayList<>();
            for (int i = 0; i < m.connections().size(); i++) {
                Connection c = m.connections().get(i);
                if (i != edge && !ids.contains(c.from()) && !ids.contains(c.to())) {
                    es.add(c);
                }
            }
            Layout l = m.layout();
            for (String id : ids) {
                l = l.without(id);
            }
            return m.withComponents(m.components().stream()
                    .filter(c -> !ids.contains(c.id())).toList()).withConnections(es)
                    .withLayout(l).withDrills(m.drills().stream()
                            .map(d -> d.withoutComponents(ids)).toList());
        });
        clearSelection();
    }

    public void copySelection() {
        Model m = model.get();
        if (selectedIds.isEmpty()) {
            return;
        }
        List<Component> cs = m.components().stream()
                .filter(c -> selectedIds.contains(c.id())).toList();
        List<Connection> es = m.connections().stream()
                .filter(c -> selectedIds.contains(c.from()) && selectedIds.contains(c.to()))
                .toList();
        Map<String, Position> ps = new HashMap<>();
        cs.forEach(c -> ps.put(c.id(), m.layout().nodes().get(c.id())));
        clipboard = new Clip(cs, es, ps);
    }

    public boolean canPaste() {
        return clipboard != null;
    }

    /** Pastes the copied components (and the connections among them) with fresh ids, offset. */
    public void paste() {
        if (clipboard == null) {
            return;
        }
        Clip clip = clipboard;
        Map<String, String> ids = new HashMap<>();
        apply("Paste " + clip.components().size() + " component"
                + (clip.components().size() == 1 ? "" : "s"), m -> {
                    Model cur = m;
                    List<Component> cs = new ArrayList<>(m.components());
                    Layout l = m.layout();
                    for (Component c : clip.components()) {
                        String id = freshId(cur, c.id());
                        ids.put(c.id(), id);
                        cs.add(c.withId(id));
                        cur = cur.withComponents(cs);
                        Position p = clip.positions().get(c.id());
                        double x = p == null ? 40 : p.x() + 2 * GRID;
                        double y = p == null ? 40 : p.y() + 2 * GRID;
                        l = l.with(id, new Position(x, y));
                    }
                    List<Connection> es = new ArrayList<>(m.connections());
                    for (Connection e : clip.connections()) {
                        es.add(e.withFrom(ids.get(e.from())).withTo(ids.get(e.to())));
                    }
                    return cur.withConnections(es).withLayout(l);
                });
        clearSelection();
        selectedIds.addAll(ids.values());
        // Paste again lands one step further, not on top of the first copy.
        Map<String, Position> shifted = new HashMap<>();
        clip.positions().forEach((k, p) -> shifted.put(k, p == null ? null
                : new Position(p.x() + 2 * GRID, p.y() + 2 * GRID)));
        clipboard = new Clip(clip.components(), clip.connections(), shifted);
    }

    /** Replaces one component; an id change is carried to connections, classes and layout. */
    public void updateComponent(String id, String label, UnaryOperator<Component> change) {
        Model m = model.get();
        int i = m.indexOf(id);
        if (i < 0) {
            return;
        }
        Component after = change.apply(m.components().get(i));
        if (!after.id().equals(id) && m.indexOf(after.id()) >= 0) {
            return;
        }
        apply(label, mm -> renamed(mm.withComponent(i, after), id, after.id()));
        if (!after.id().equals(id) && selectedIds.remove(id)) {
            selectedIds.add(after.id());
        }
    }

    public void updateConnection(int index, String label, UnaryOperator<Connection> change) {
        Model m = model.get();
        if (index < 0 || index >= m.connections().size()) {
            return;
        }
        apply(label, mm -> {
            List<Connection> es = new ArrayList<>(mm.connections());
            es.set(index, change.apply(es.get(index)));
            return mm.withConnections(es);
        });
    }

    public void updateWorkload(String label, UnaryOperator<Workload> change) {
        apply(label, m -> m.withWorkload(change.apply(m.workload())));
    }

    public void updateSlo(String label, UnaryOperator<Slo> change) {
        apply(label, m -> m.withSlo(change.apply(m.slo())));
    }

    public void updateGrowth(String label, UnaryOperator<Growth> change) {
        apply(label, m -> m.withGrowth(change.apply(m.growth())));
    }

    public void updateNetwork(String label, UnaryOperator<Networking> change) {
        apply(label, m -> m.withNetwork(change.apply(m.network())));
    }

    public void setSupportPlan(String plan) {
        apply(plan == null ? "Remove the support plan" : "Set the support plan",
                m -> m.withSupportPlan(plan));
    }

    public void setPricing(String catalogId) {
        apply("Change pricing catalog", m -> m.withPricing(catalogId));
    }

    public void rename(String name) {
        apply("Rename model", m -> m.withName(name));
    }

    // ---- selection -------------------------------------------------------------------------

    public void select(String id) {
        selectedConnection.set(-1);
        selectedIds.clear();
        selectedIds.add(id);
    }

    public void toggleSelected(String id) {
        selectedConnection.set(-1);
        if (!selectedIds.remove(id)) {
            selectedIds.add(id);
        }
    }

    public void selectAll(Set<String> ids) {
        selectedConnection.set(-1);
        selectedIds.clear();
        selectedIds.addAll(ids);
    }

    public void selectConnection(int index) {
        selectedIds.clear();
        selectedConnection.set(index);
    }

    public void clearSelection() {
        selectedIds.clear();
        selectedConnection.set(-1);
    }

    // ---- helpers ---------------------------------------------------------------------------

    private void resolve() {
        solver.request(new Request(model.get(), file.get(), multiplier.get()));
    }

    private void updateDirty() {
        dirty.set(!Objects.equals(saved, model.get()));
    }

    private void clampMultiplier(Growth g) {
        double v = multiplier.get();
        double lo = Math.max(g.from(), 1e-6);
        double hi = Math.max(g.to(), lo);
        if (v < lo || v > hi) {
            multiplier.set(Math.min(Math.max(v, lo), hi));
        }
    }

    public Position snap(double x, double y) {
        if (!Boolean.TRUE.equals(snapToGrid.get())) {
            return new Position(x, y);
        }
        return new Position(Math.round(x / GRID) * GRID, Math.round(y / GRID) * GRID);
    }

    static String freshId(Model m, String base) {
        String stem = base.replaceAll("-\\d+$", "");
        if (m.indexOf(stem) < 0) {
            return stem;
        }
        for (int n = 2;; n++) {
            if (m.indexOf(stem + "-" + n) < 0) {
                return stem + "-" + n;
            }
        }
    }

    private static Model renamed(Model m, String from, String to) {
        if (from.equals(to)) {
            return m;
        }
        List<Connection> es = m.connections().stream().map(c -> c
                .withFrom(c.from().equals(from) ? to : c.from())
                .withTo(c.to().equals(from) ? to : c.to())).toList();
        List<RequestClass> rcs = m.workload().classes().stream().map(r -> r.entry().equals(from)
                ? r.withEntry(to) : r)
                .toList();
        Map<String, Position> nodes = new java.util.LinkedHashMap<>();
        m.layout().nodes().forEach((k, v) -> nodes.put(k.equals(from) ? to : k, v));
        m = m.withDrills(m.drills().stream().map(d -> d.withComponentRenamed(from, to))
                .toList());
        return m.withConnections(es).withWorkload(m.workload().withClasses(rcs))
                .withLayout(new Layout(nodes));
    }

    /** Gives every component without a position one, in columns by call depth. */
    static Model withMissingPositions(Model m) {
        Layout l = m.layout();
        int placed = 0;
        for (Component c : m.components()) {
            if (!l.nodes().containsKey(c.id())) {
                l = l.with(c.id(), new Position(40 + (placed % 4) * 240, 40 + (placed / 4) * 140));
                placed++;
            }
        }
        return placed == 0 ? m : m.withLayout(l);
    }

    // ---- properties ------------------------------------------------------------------------

    /**
     * Counts the documents opened (new, open, recover): changes when another document replaces
     * the open one, never on an edit. Messages about the last document (a report written, an
     * export failed) are cleared on it.
     */
    public javafx.beans.property.ReadOnlyIntegerProperty openedProperty() {
        return opened.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Model> modelProperty() {
        return model.getReadOnlyProperty();
    }

    public Model model() {
        return model.get();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyObjectProperty<Results> resultsProperty() {
        return results.getReadOnlyProperty();
    }

    public Results results() {
        return results.get();
    }

    public ObservableSet<String> selectedIds() {
        return selectedView;
    }

    public ReadOnlyIntegerProperty selectedConnectionProperty() {
        return selectedConnection.getReadOnlyProperty();
    }

    public DoubleProperty multiplierProperty() {
        return multiplier;
    }

    public ObjectProperty<Boolean> snapToGridProperty() {
        return snapToGrid;
    }

    public UndoStack undoStack() {
        return undo;
    }
}
