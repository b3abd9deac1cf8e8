package dev.headroom.ui;

import dev.headroom.ui.canvas.CanvasView;
import dev.headroom.ui.canvas.Palette;
import dev.headroom.ui.document.DocumentViewModel;
import dev.headroom.ui.files.Autosave;
import dev.headroom.ui.files.Dialogs;
import dev.headroom.ui.files.Examples;
import dev.headroom.ui.files.FileActions;
import dev.headroom.ui.files.RecentFiles;
import dev.headroom.ui.inspector.Inspector;
import dev.headroom.ui.results.GrowthBar;
import dev.headroom.ui.results.HeaderBar;
import dev.headroom.ui.bill.BillView;
import dev.headroom.ui.plan.PlanView;
import dev.headroom.ui.compare.CompareView;
import dev.headroom.ui.drills.DrillsView;
import dev.headroom.ui.projection.ProjectionView;
import dev.headroom.ui.simulate.SimulationPane;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The main window: menus and title row, the headline figures, the palette, the canvas, the
 * inspector and the growth slider. Its frame is {@code MainWindow.fxml}, for which this class is
 * both root and controller: it places the views that need the document into the frame's hosts
 * and wires the menus to the {@link DocumentViewModel}; it holds no state of its own.
 */
public final class MainWindow extends BorderPane {
    private final DocumentViewModel vm;
    private final FileActions files;
    private final CanvasView canvas;
    private final HeaderBar header;
    private final GrowthBar growth;
    private final Inspector inspector;
    /** The simulation drawer, made the first time it is shown or asked for. */
    private final Lazy<SimulationPane> simulation;
    private final Lazy<ProjectionView> projection;
    private final ToggleButton projectionToggle;
    private final Lazy<CompareView> compare;
    private final ToggleButton compareToggle;
    private final Lazy<BillView> bill;
    private final Lazy<PlanView> plan;
    private final ToggleButton planToggle;
    private final ToggleButton billToggle;
    private final Lazy<DrillsView> drills;
    private final Dialogs dialogs;
    private java.util.function.Consumer<String> browser;
    private Runnable onQuit;

    @FXML private VBox topArea;
    @FXML private Menu examplesMenu;
    @FXML private Menu recentMenu;
    @FXML private Menu viewMenu;
    @FXML private MenuItem undoItem;
    @FXML private MenuItem redoItem;
    @FXML private MenuItem redoAltItem;
    @FXML private Label docName;
    @FXML private Label docPath;
    @FXML private HBox titleLeft;
    @FXML private HBox titleRight;
    private TitleRow titleRow;
    @FXML private HBox workspaceSwitch;
    @FXML private ToggleGroup workspaces;
    @FXML private ToggleButton designToggle;
    @FXML private Button undoButton;
    @FXML private Button redoButton;
    @FXML private ToggleButton snapToggle;
    @FXML private HBox canvasTools;
    @FXML private MenuItem cancelSimulationItem;
    @FXML private CheckMenuItem simulationShownItem;
    @FXML private StackPane workspaceStack;
    @FXML private BorderPane designWorkspace;

    public MainWindow(DocumentViewModel vm, Workers workers, Dialogs dialogs,
            RecentFiles recent, Autosave autosave) {
        this.vm = vm;
        this.files = new FileActions(vm, dialogs, recent, autosave);
        this.dialogs = dialogs;
        canvas = new CanvasView(vm);
        header = new HeaderBar(vm);
        growth = new GrowthBar(vm);
        inspector = new Inspector(vm);
        // The other workspaces are built when first shown (or asked for): building and styling
        // their charts and tables took most of the window's first second.
        var projectionThread = workers.thread("headroom-projection");
        var rangesThread = workers.thread("headroom-ranges");
        var compareThread = workers.thread("headroom-compare");
        var planThread = workers.thread("headroom-plan");
        var drillsThread = workers.thread("headroom-drills");
        projection = new Lazy<>(() -> new ProjectionView(vm, projectionThread, rangesThread,
                dialogs));
        compare = new Lazy<>(() -> new CompareView(vm, compareThread, dialogs));
        bill = new Lazy<>(() -> new BillView(vm));
        plan = new Lazy<>(() -> {
            PlanView p = PlanView.of(vm, planThread);
            p.setOnCompare((planned, name) -> {
                if (compare().viewModel().addPlanned(planned, name)) {
                    showCompare();
                }
            });
            return p;
        });
        drills = new Lazy<>(() -> new DrillsView(vm, drillsThread));
        load();
        titleRow = new TitleRow(titleLeft, workspaceSwitch, titleRight);
        titleRow.setId("title-row");
        topArea.getChildren().add(1, titleRow);

        Palette palette = new Palette(k -> {
            var p = canvas.freeSpot();
            vm.addComponent(k, p.getX(), p.getY());
        });
        topArea.getChildren().add(header);
        // the palette scrolls rather than hold the window taller than a laptop screen
        ScrollPane paletteScroll = new ScrollPane(palette);
        paletteScroll.setFitToWidth(true);
        paletteScroll.setFitToHeight(true);
        paletteScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        paletteScroll.setMinHeight(0);
        paletteScroll.getStyleClass().addAll("edge-to-edge", "palette-scroll");
        designWorkspace.setLeft(paletteScroll);
        designWorkspace.setCenter(canvas);
        inspector.setPrefWidth(390);
        designWorkspace.setRight(inspector);
        setBottom(growth);
        // the drawer is built when first shown: most sessions never open it, and building and
        // styling it before the first frame cost the start
        simulation = new Lazy<>(() -> new SimulationPane(vm));
        simulation.onMade(this::placeDrawer);
        cancelSimulationItem.setDisable(true);
        simulationShownItem.selectedProperty().addListener((o, was, shown) -> {
            if (shown) {
                simulation.get();
            }
        });
        bindTitleRow();
        showAutosaveProblems();
        bindMenus();
        linkWorkspace(designToggle, designWorkspace);
        projectionToggle = addWorkspace("Projection", "workspace-projection", projection);
        planToggle = addWorkspace("Plan", "workspace-plan", plan);
        billToggle = addWorkspace("Bill", "workspace-bill", bill);
        compareToggle = addWorkspace("Compare", "workspace-compare", compare);
        addWorkspace("Drills", "workspace-drills", drills);
    }

    private void load() {
        FXMLLoader loader = new FXMLLoader(MainWindow.class.getResource("MainWindow.fxml"));
        loader.setRoot(this);
        loader.setController(this);
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("the main window's layout could not be read", e);
        }
    }

    private void bindTitleRow() {
        docName.textProperty().bind(Bindings.createStringBinding(() -> vm.model().name()
                + (vm.isDirty() ? "  \u25cf" : ""), vm.modelProperty(), vm.dirtyProperty()));
        // the name may be cut to fit beside the switch: the tooltip has all of it
        javafx.scene.control.Tooltip nameTip = new javafx.scene.control.Tooltip();
        nameTip.textProperty().bind(Bindings.createStringBinding(() -> vm.model().name(),
                vm.modelProperty()));
        docName.setTooltip(nameTip);
        docPath.textProperty().bind(Bindings.createStringBinding(() -> {
            Path f = vm.fileProperty().get();
            return f == null ? "not saved yet" : f.toString();
        }, vm.fileProperty()));
        undoButton.disableProperty().bind(vm.undoStack().canUndoProperty().not());
        redoButton.disableProperty().bind(vm.undoStack().canRedoProperty().not());
        snapToggle.selectedProperty().addListener((o, a, b) -> vm.snapToGridProperty().set(b));
        // one workspace needs no switch
        workspaceSwitch.visibleProperty().bind(Bindings.size(workspaceSwitch.getChildren())
                .greaterThan(1));
        workspaceSwitch.managedProperty().bind(workspaceSwitch.visibleProperty());
        // zoom, fit and snap act on the canvas: shown with the design workspace only, but their
        // room is kept so that nothing in the title row moves when the workspace changes
        canvasTools.visibleProperty().bind(designToggle.selectedProperty());
        // on a narrow screen the model's name and path give way (ellipsized); buttons keep
        // their labels, and the switch stays centred (TitleRow)
        keepWhole(titleLeft);
        keepWhole(titleRight);
        titleLeft.setMinWidth(0);
        docName.setMinWidth(60);
        // a file's path gives way to the name; the short "not saved yet" is never cut to "n…"
        docPath.minWidthProperty().bind(Bindings.when(vm.fileProperty().isNull())
                .then(javafx.scene.layout.Region.USE_PREF_SIZE).otherwise(0.0));
        workspaces.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true); // a workspace is always shown
            }
        });
    }

    /**
     * A failed autosave (a full disk, a folder made read-only) is said in a strip under the
     * title row, in the warning colour, until an autosave succeeds or the work is saved: the
     * user must know that a crash would lose the changes.
     */
    private void showAutosaveProblems() {
        Label warning = new Label();
        warning.setId("autosave-problem");
        warning.getStyleClass().add("autosave-problem");
        warning.setWrapText(true);
        warning.setMaxWidth(Double.MAX_VALUE);
        warning.textProperty().bind(files.autosaveProblemProperty());
        warning.visibleProperty().bind(files.autosaveProblemProperty().isNotNull());
        warning.managedProperty().bind(warning.visibleProperty());
        topArea.getChildren().add(topArea.getChildren().indexOf(titleRow) + 1, warning);
    }

    private static void keepWhole(javafx.scene.Parent p) {
        for (Node n : p.getChildrenUnmodifiable()) {
            if (n instanceof javafx.scene.control.Labeled l) {
                l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            } else if (n instanceof HBox box) {
                box.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                keepWhole(box);
            }
        }
    }

    private void bindMenus() {
        // Each example's title is its model's name, which takes reading the file: done when the
        // menu first opens rather than before the first frame (ten files, 15-40 ms)
        for (String name : Examples.list()) {
            MenuItem i = new MenuItem(Examples.fileTitle(name));
            i.setUserData(name);
            i.setOnAction(e -> files.openExample(name));
            examplesMenu.getItems().add(i);
        }
        // Examples.title reads a file once and remembers it
        examplesMenu.setOnShowing(e -> examplesMenu.getItems().forEach(
                i -> i.setText(Examples.title((String) i.getUserData()))));
        fillRecent();
        undoItem.textProperty().bind(vm.undoStack().undoLabelProperty());
        undoItem.disableProperty().bind(vm.undoStack().canUndoProperty().not());
        redoItem.textProperty().bind(vm.undoStack().redoLabelProperty());
        redoItem.disableProperty().bind(vm.undoStack().canRedoProperty().not());
        redoAltItem.disableProperty().bind(vm.undoStack().canRedoProperty().not());
    }

    /**
     * Adds a workspace: a toggle in the title row's switch that shows {@code view} in place of
     * the others. The design workspace (palette, canvas, inspector) is the first.
     */
    public ToggleButton addWorkspace(String title, String id, Node view) {
        ToggleButton t = new ToggleButton(title);
        t.setId(id);
        t.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        t.setToggleGroup(workspaces);
        workspaceSwitch.getChildren().add(t);
        workspaceStack.getChildren().add(view);
        linkWorkspace(t, view);
        return t;
    }

    /**
     * Adds a workspace whose view is built the first time it is shown or asked for (through
     * {@code view}); until then the switch shows its toggle only.
     */
    private ToggleButton addWorkspace(String title, String id, Lazy<? extends Node> view) {
        ToggleButton t = new ToggleButton(title);
        t.setId(id);
        t.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        t.setToggleGroup(workspaces);
        workspaceSwitch.getChildren().add(t);
        view.onMade(v -> {
            workspaceStack.getChildren().add(v);
            linkWorkspace(t, v);
        });
        t.selectedProperty().addListener((o, was, now) -> {
            if (now) {
                view.get();
            }
        });
        return t;
    }

    /** A view made on first use. */
    private static final class Lazy<T extends Node> {
        private final java.util.function.Supplier<T> make;
        private java.util.function.Consumer<? super T> onMade = v -> { };
        private T view;

        Lazy(java.util.function.Supplier<T> make) {
            this.make = make;
        }

        void onMade(java.util.function.Consumer<? super T> c) {
            onMade = c;
        }

        T get() {
            if (view == null) {
                view = make.get();
                onMade.accept(view);
            }
            return view;
        }
    }

    private static void linkWorkspace(ToggleButton toggle, Node view) {
        view.visibleProperty().bind(toggle.selectedProperty());
    }

    /** Shows the workspace of {@code toggle}. */
    public void showWorkspace(ToggleButton toggle) {
        toggle.setSelected(true);
    }

    @FXML private void newDocument() {
        files.newDocument();
    }

    @FXML private void open() {
        files.open();
    }

    @FXML private void save() {
        files.save();
    }

    @FXML private void saveAs() {
        files.saveAs();
    }

    @FXML private void fillRecent() {
        recentMenu.getItems().clear();
        for (Path p : files.recent().list()) {
            MenuItem i = new MenuItem(p.getFileName() + "  \u2014  " + p.getParent());
            i.setOnAction(e -> files.openFile(p));
            recentMenu.getItems().add(i);
        }
        if (recentMenu.getItems().isEmpty()) {
            MenuItem none = new MenuItem("No recent files");
            none.setDisable(true);
            recentMenu.getItems().add(none);
        }
    }

    @FXML private void simulate() {
        runSimulation();
    }

    /** Simulates the model at the slider's multiple, in the drawer under the canvas. */
    public void runSimulation() {
        if (!simulationShownItem.isSelected()) {
            // the drawer takes room from the canvas: fit the diagram to what is left, once the
            // canvas has its new height
            canvas.heightProperty().addListener(new javafx.beans.value.ChangeListener<Number>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Number> o,
                        Number was, Number now) {
                    o.removeListener(this);
                    javafx.application.Platform.runLater(canvas::fit);
                }
            });
            simulationShownItem.setSelected(true);
        }
        simulation.get().run();
    }

    @FXML private void cancelSimulation() {
        simulation.get().cancel(); // enabled only while a simulation runs, so it exists
    }

    /** File → Report settings: edits the model's report object, one undoable step. */
    @FXML private void reportSettings() {
        ReportSettingsForm.ask(getScene() == null ? null : getScene().getWindow(),
                vm.model().report(), vm.fileProperty().get())
                .ifPresent(this::setReportSettings);
    }

    /** Sets the model's report settings (what the dialog's Save does). */
    public void setReportSettings(dev.headroom.model.ReportSettings s) {
        vm.apply("Report settings", m -> m.withReport(s));
    }

    @FXML private void exportReport() {
        showWorkspace(projectionToggle);
        projection().exportReport();
    }

    @FXML private void exportCsv() {
        showWorkspace(projectionToggle);
        projection().exportCsv();
    }

    @FXML private void exportCharts() {
        showWorkspace(projectionToggle);
        projection().exportChartsPng();
    }

    @FXML private void exportComparison() {
        showWorkspace(compareToggle);
        compare().exportReport();
    }

    @FXML private void exportComparisonCharts() {
        showWorkspace(compareToggle);
        compare().exportChartsPng();
    }

    /** The whole diagram, at twice its size, whatever the zoom. */
    @FXML private void exportCanvas() {
        Path file = vm.fileProperty().get();
        String name = (file == null ? "architecture" : file.getFileName().toString()
                .replaceFirst("\\.json$", "")) + "-canvas.png";
        dialogs.chooseExport(file == null ? null : file.toAbsolutePath().getParent(),
                "Export the canvas as PNG", name, List.of("png")).ifPresent(p -> {
                    try {
                        ProjectionView.exportNodePng(canvas.diagram(), p);
                    } catch (IOException | RuntimeException e) {
                        dialogs.error("Could not write " + p + ": "
                                + dev.headroom.io.FileErrors.reason(e, p));
                    }
                });
    }

    /**
     * Quit (Ctrl+Q, Cmd+Q on macOS): asks about unsaved changes as closing the window does,
     * then closes the window, which ends the app.
     */
    @FXML private void quit() {
        if (!files.confirmDiscard()) {
            return;
        }
        files.onExit();
        if (onQuit != null) {
            onQuit.run();
        } else if (getScene() != null && getScene().getWindow() != null) {
            getScene().getWindow().hide();
        }
    }

    /** What Quit does once the user has agreed (the app: close the window and exit). */
    public void setOnQuit(Runnable r) {
        onQuit = r;
    }

    /** Opens a URI in the system's browser or viewer (the app's HostServices). */
    public void setBrowser(java.util.function.Consumer<String> b) {
        browser = b;
    }

    private Help help() {
        return new Help(getScene() == null ? null : getScene().getWindow(), browser);
    }

    @FXML private void showShortcuts() {
        help().showShortcuts();
    }

    @FXML private void showDocumentation() {
        help().showDocumentation();
    }

    @FXML private void showAbout() {
        help().showAbout();
    }

    @FXML private void undo() {
        vm.undo();
    }

    @FXML private void redo() {
        vm.redo();
    }

    @FXML private void copy() {
        unlessTyping(vm::copySelection);
    }

    @FXML private void paste() {
        unlessTyping(vm::paste);
    }

    @FXML private void delete() {
        unlessTyping(vm::deleteSelection);
    }

    @FXML private void selectAll() {
        unlessTyping(() -> vm.selectAll(new HashSet<>(vm.model().components().stream()
                .map(c -> c.id()).toList())));
    }

    @FXML private void zoomIn() {
        canvas.zoomBy(1.2);
    }

    @FXML private void zoomOut() {
        canvas.zoomBy(1 / 1.2);
    }

    @FXML private void fit() {
        canvas.fit();
    }

    /** Canvas shortcuts act on the text instead while a field has the focus. */
    private void unlessTyping(Runnable r) {
        Node focus = getScene() == null ? null : getScene().getFocusOwner();
        if (!(focus instanceof TextInputControl)) {
            r.run();
        }
    }

    public FileActions files() {
        return files;
    }

    public CanvasView canvas() {
        return canvas;
    }

    public HeaderBar header() {
        return header;
    }

    public GrowthBar growth() {
        return growth;
    }

    /** The simulation drawer under the canvas (built on first use; hidden until shown). */
    public SimulationPane simulation() {
        return simulation.get();
    }

    /** Puts the drawer under the canvas, shown while View → Simulation is checked. */
    private void placeDrawer(SimulationPane p) {
        designWorkspace.setBottom(p);
        // the drawer takes at most 42% of the design workspace (its tables scroll), so that on
        // a laptop screen (1366 × 768) the canvas keeps most of the height
        p.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(260, Math.max(150, designWorkspace.getHeight() * 0.42)),
                designWorkspace.heightProperty()));
        p.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        p.maxHeightProperty().bind(p.prefHeightProperty());
        p.visibleProperty().bind(simulationShownItem.selectedProperty());
        p.managedProperty().bind(p.visibleProperty());
        cancelSimulationItem.disableProperty().bind(p.runningProperty().not());
    }

    public CompareView compare() {
        return compare.get();
    }

    public DrillsView drills() {
        return drills.get();
    }

    public ProjectionView projection() {
        return projection.get();
    }

    public DocumentViewModel viewModel() {
        return vm;
    }

    /** The Plan workspace. */
    public PlanView plan() {
        return plan.get();
    }

    /** Shows the Plan workspace. */
    public void showPlan() {
        showWorkspace(planToggle);
    }

    /** The Bill workspace. */
    public BillView bill() {
        return bill.get();
    }

    /** Shows the Compare workspace. */
    public void showCompare() {
        showWorkspace(compareToggle);
    }

    /** Shows the Bill workspace. */
    public void showBill() {
        showWorkspace(billToggle);
    }

    /** The design workspace, whose bottom holds drawers such as the simulation's. */
    public BorderPane designWorkspace() {
        return designWorkspace;
    }
}
