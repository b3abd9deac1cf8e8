package dev.headroom.ui;

import dev.headroom.cost.CatalogLibrary;
import dev.headroom.ui.canvas.CanvasView;
import dev.headroom.ui.canvas.Palette;
import dev.headroom.ui.files.Autosave;
import dev.headroom.ui.files.Dialogs;
import dev.headroom.ui.files.Examples;
import dev.headroom.ui.files.FileActions;
import dev.headroom.ui.files.RecentFiles;
import dev.headroom.ui.inspector.Inspector;
import dev.headroom.ui.results.GrowthBar;
import dev.headroom.ui.results.HeaderBar;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The main window: menus and title row, the headline figures, the palette, the canvas, the
 * inspector and the growth slider. It wires views to the {@link DocumentViewModel}; it holds no
 * state of its own.
 */
public final class MainWindow extends BorderPane {
    private final DocumentViewModel vm;
    private final FileActions files;
    private final CanvasView canvas;
    private final HeaderBar header;
    private final GrowthBar growth;
    private final Inspector inspector;

    public MainWindow(DocumentViewModel vm, Supplier<CatalogLibrary> catalogs, Dialogs dialogs,
            RecentFiles recent, Autosave autosave) {
        this.vm = vm;
        this.files = new FileActions(vm, dialogs, recent, autosave);
        getStyleClass().add("main-window");
        canvas = new CanvasView(vm);
        header = new HeaderBar(vm);
        growth = new GrowthBar(vm);
        inspector = new Inspector(vm, catalogs);
        Palette palette = new Palette(k -> {
            var p = canvas.freeSpot();
            vm.addComponent(k, p.getX(), p.getY());
        });

        VBox top = new VBox(menus(), titleRow(), header);
        top.getStyleClass().add("top-area");
        setTop(top);
        setLeft(palette);
        setCenter(canvas);
        inspector.setPrefWidth(390);
        setRight(inspector);
        setBottom(growth);
    }

    private MenuBar menus() {
        Menu file = new Menu("File");
        Menu examples = new Menu("New from example");
        for (String name : Examples.list()) {
            MenuItem i = new MenuItem(Examples.title(name));
            i.setOnAction(e -> files.openExample(name));
            examples.getItems().add(i);
        }
        Menu recentMenu = new Menu("Open recent");
        recentMenu.setOnShowing(e -> fillRecent(recentMenu));
        fillRecent(recentMenu);
        file.getItems().addAll(
                item("New", "Shortcut+N", files::newDocument), examples,
                item("Open…", "Shortcut+O", files::open), recentMenu,
                new SeparatorMenuItem(),
                item("Save", "Shortcut+S", files::save),
                item("Save as…", "Shortcut+Shift+S", files::saveAs));

        Menu edit = new Menu("Edit");
        MenuItem undo = item("Undo", "Shortcut+Z", vm::undo);
        undo.textProperty().bind(vm.undoStack().undoLabelProperty());
        undo.disableProperty().bind(vm.undoStack().canUndoProperty().not());
        MenuItem redo = item("Redo", "Shortcut+Y", vm::redo);
        redo.textProperty().bind(vm.undoStack().redoLabelProperty());
        redo.disableProperty().bind(vm.undoStack().canRedoProperty().not());
        MenuItem redo2 = item("Redo", "Shortcut+Shift+Z", vm::redo);
        redo2.setVisible(false);
        edit.getItems().addAll(undo, redo, redo2, new SeparatorMenuItem(),
                item("Copy", "Shortcut+C", unlessTyping(vm::copySelection)),
                item("Paste", "Shortcut+V", unlessTyping(vm::paste)),
                item("Delete", "Delete", unlessTyping(vm::deleteSelection)),
                item("Select all", "Shortcut+A", unlessTyping(() -> vm.selectAll(
                        new java.util.HashSet<>(vm.model().components().stream()
                                .map(c -> c.id()).toList())))));

        Menu view = new Menu("View");
        view.getItems().addAll(item("Zoom in", "Shortcut+Plus", () -> canvas.zoomBy(1.2)),
                item("Zoom out", "Shortcut+Minus", () -> canvas.zoomBy(1 / 1.2)),
                item("Fit to window", "Shortcut+0", canvas::fit));
        MenuBar bar = new MenuBar(file, edit, view);
        bar.setId("menu-bar");
        return bar;
    }

    private void fillRecent(Menu m) {
        m.getItems().clear();
        for (Path p : files.recent().list()) {
            MenuItem i = new MenuItem(p.getFileName() + "  \u2014  " + p.getParent());
            i.setOnAction(e -> files.openFile(p));
            m.getItems().add(i);
        }
        if (m.getItems().isEmpty()) {
            MenuItem none = new MenuItem("No recent files");
            none.setDisable(true);
            m.getItems().add(none);
        }
    }

    private Runnable unlessTyping(Runnable r) {
        return () -> {
            Node focus = getScene() == null ? null : getScene().getFocusOwner();
            if (!(focus instanceof TextInputControl)) {
                r.run();
            }
        };
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem i = new MenuItem(text);
        if (accelerator != null) {
            i.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        i.setOnAction(e -> action.run());
        return i;
    }

    private HBox titleRow() {
        Label brand = new Label("Headroom");
        brand.getStyleClass().add("brand");
        Label name = new Label();
        name.setId("doc-name");
        name.getStyleClass().add("doc-name");
        name.textProperty().bind(Bindings.createStringBinding(() -> vm.model().name()
                + (vm.isDirty() ? "  \u25cf" : ""), vm.modelProperty(), vm.dirtyProperty()));
        Label path = new Label();
        path.getStyleClass().add("doc-path");
        path.textProperty().bind(Bindings.createStringBinding(() -> {
            Path f = vm.fileProperty().get();
            return f == null ? "not saved yet" : f.toString();
        }, vm.fileProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button undo = tool("\u21b6", "Undo (Ctrl+Z)", vm::undo);
        undo.setId("undo-button");
        undo.disableProperty().bind(vm.undoStack().canUndoProperty().not());
        Button redo = tool("\u21b7", "Redo (Ctrl+Y)", vm::redo);
        redo.setId("redo-button");
        redo.disableProperty().bind(vm.undoStack().canRedoProperty().not());
        ToggleButton snap = new ToggleButton("Snap");
        snap.setId("snap-toggle");
        snap.setTooltip(new Tooltip("Snap to a 20 px grid"));
        snap.setSelected(true);
        snap.selectedProperty().addListener((o, a, b) -> vm.snapToGridProperty().set(b));
        snap.getStyleClass().add("small");
        HBox row = new HBox(10, brand, name, path, spacer, undo, redo,
                tool("\u2212", "Zoom out", () -> canvas.zoomBy(1 / 1.2)),
                tool("+", "Zoom in", () -> canvas.zoomBy(1.2)),
                tool("Fit", "Fit to window", canvas::fit), snap);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("title-row");
        return row;
    }

    private static Button tool(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.getStyleClass().addAll("small", "tool");
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
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

    public DocumentViewModel viewModel() {
        return vm;
    }
}
