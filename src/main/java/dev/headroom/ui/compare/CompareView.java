package dev.headroom.ui.compare;

import dev.headroom.app.Comparison;
import dev.headroom.report.Reports;
import dev.headroom.ui.document.DocumentViewModel;
import dev.headroom.ui.files.Dialogs;
import dev.headroom.ui.files.Examples;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The Compare workspace: two to four designs on one growth axis. A strip of designs (colour,
 * letter, name, remove) with ways to add more; the engine's key figures at 1x, 3x and 10x with
 * the better one highlighted; overlaid charts of p95, bill, cost per 1,000 users and the
 * bottleneck's utilization. State and commands live in {@link CompareViewModel}.
 */
public final class CompareView extends BorderPane {
    private final CompareViewModel vm;
    private final Dialogs dialogs;
    private final FlowPane chips = new FlowPane(8, 8);
    private final KpiTable table = new KpiTable();
    private final ChartsPanel charts = new ChartsPanel();
    private final Label breaks = new Label();
    private final Label message = new Label();
    private final HBox messageBar;
    private final ScrollPane content;
    private final javafx.scene.control.ToggleButton alongMultiples =
            new javafx.scene.control.ToggleButton("\u00d7 today");
    private final javafx.scene.control.ToggleButton alongMonths =
            new javafx.scene.control.ToggleButton("Months");
    private final Label axisNote = new Label();
    private final VBox empty = new VBox(14);

    /** The view the app mounts: solves on {@code worker}, answers on the FX thread. */
    public CompareView(DocumentViewModel doc, Executor worker,
            Dialogs dialogs) {
        this(new CompareViewModel(doc, worker, Platform::runLater), dialogs);
    }

    public CompareView(CompareViewModel vm, Dialogs dialogs) {
        this.vm = vm;
        this.dialogs = dialogs;
        vm.activeProperty().bind(visibleProperty());
        getStyleClass().add("compare-view");
        getStylesheets().add(CompareView.class.getResource("compare.css").toExternalForm());

        chips.getStyleClass().add("chips");
        chips.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(chips, Priority.ALWAYS);
        HBox actions = new HBox(8, addFileButton("Add design\u2026"), examplesButton(),
                exportButton());
        actions.setAlignment(Pos.CENTER_RIGHT);
        actions.setMinWidth(Region.USE_PREF_SIZE);
        HBox strip = new HBox(12, chips, actions);
        strip.getStyleClass().add("compare-strip");
        strip.setAlignment(Pos.CENTER_LEFT);

        message.setId("compare-message");
        message.getStyleClass().add("compare-message");
        message.setWrapText(true);
        Button dismiss = new Button("\u00d7");
        dismiss.getStyleClass().add("chip-remove");
        dismiss.setOnAction(e -> vm.clearMessage());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        messageBar = new HBox(8, message, grow, dismiss);
        messageBar.getStyleClass().add("message-bar");
        messageBar.setAlignment(Pos.CENTER_LEFT);
        setTop(new VBox(strip, messageBar));

        Label tableTitle = new Label("Key figures");
        tableTitle.getStyleClass().add("card-title");
        breaks.getStyleClass().add("card-note");
        breaks.setId("compare-breaks");
        VBox tableCard = new VBox(6, tableTitle, breaks, table);
        tableCard.getStyleClass().add("compare-card");
        tableCard.setMinHeight(Region.USE_PREF_SIZE);
        charts.setMinHeight(470);
        VBox.setVgrow(charts, Priority.ALWAYS);
        VBox body = new VBox(12, tableCard, axisBar(), charts);
        body.getStyleClass().add("compare-body");
        content = new ScrollPane(body);
        content.setFitToWidth(true);
        content.setFitToHeight(true);
        content.getStyleClass().add("compare-scroll");

        empty.getStyleClass().add("compare-empty");
        empty.setId("compare-empty");
        empty.setAlignment(Pos.CENTER);
        empty.setMaxSize(640, Region.USE_PREF_SIZE);
        setCenter(new StackPane(content, empty));

        vm.snapshotProperty().addListener((o, a, s) -> show(s));
        vm.messageProperty().addListener((o, a, m) -> showMessage(m));
        vm.pairsProperty().addListener((o, a, p) -> show(vm.snapshot()));
        vm.byMonthProperty().addListener((o, a, b) -> show(vm.snapshot()));
        show(vm.snapshot());
        showMessage(vm.message());
    }

    // ---- public actions (menus and buttons) --------------------------------------------------

    /** Asks for a model file and adds it to the comparison. */
    public void addDesignFromFile() {
        dialogs.chooseOpen(vm.folder()).ifPresent(vm::addFile);
    }

    public void addExample(String example) {
        vm.addExample(example);
    }

    /** Asks where to write the report of the designs being compared (HTML or PDF). */
    public void exportReport() {
        dialogs.chooseExport(vm.folder(), "Export the comparison report",
                vm.suggestedReportName("pdf"), List.of("pdf", "html"))
                .ifPresent(p -> exportReport(Reports.formatOf(p).isPresent() ? p
                        : p.resolveSibling(p.getFileName() + ".html")));
    }

    /** Writes the report of the designs being compared: .html or .pdf by the extension. */
    public void exportReport(Path file) {
        vm.exportReport(file);
    }

    /** Asks for a folder and writes every chart of the report there as PNG. */
    public void exportChartsPng() {
        dialogs.chooseFolder(vm.folder(), "Export charts as PNG").ifPresent(this::exportChartsPng);
    }

    public void exportChartsPng(Path dir) {
        vm.exportChartsPng(dir);
    }

    public CompareViewModel viewModel() {
        return vm;
    }

    /** "Charts along [× today | Months]", and whose calendar the months are. */
    private HBox axisBar() {
        javafx.scene.control.ToggleGroup along = new javafx.scene.control.ToggleGroup();
        alongMultiples.setToggleGroup(along);
        alongMonths.setToggleGroup(along);
        alongMultiples.setId("compare-axis-multiples");
        alongMonths.setId("compare-axis-months");
        alongMultiples.getStyleClass().addAll(atlantafx.base.theme.Styles.LEFT_PILL, "small");
        alongMonths.getStyleClass().addAll(atlantafx.base.theme.Styles.RIGHT_PILL, "small");
        (vm.byMonthProperty().get() ? alongMonths : alongMultiples).setSelected(true);
        along.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true); // one of the two is always chosen
            } else {
                vm.byMonthProperty().set(b == alongMonths);
            }
        });
        vm.byMonthProperty().addListener((o, a, b) -> (b ? alongMonths : alongMultiples)
                .setSelected(true));
        Label caption = new Label("Charts along");
        caption.getStyleClass().add("card-note");
        axisNote.getStyleClass().add("card-note");
        axisNote.setId("compare-axis-note");
        HBox bar = new HBox(8, caption, new HBox(0, alongMultiples, alongMonths), axisNote);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("compare-axis-bar");
        return bar;
    }

    // ---- binding -----------------------------------------------------------------------------

    private void show(CompareSnapshot s) {
        double nameWidth = s.slots().size() <= 2 ? 420 : 270;
        chips.getChildren().setAll(s.slots().stream()
                .map(slot -> (Node) new DesignChip(slot, nameWidth,
                        () -> vm.remove(slot.entry())))
                .toList());
        table.show(s);
        java.util.Optional<CompareAxis> calendar = CompareAxis.of(s);
        if (calendar.isEmpty() && vm.byMonthProperty().get()) {
            vm.byMonthProperty().set(false); // shows again, along multiples
            return;
        }
        alongMonths.setDisable(calendar.isEmpty());
        alongMonths.setTooltip(new javafx.scene.control.Tooltip(calendar.isEmpty()
                ? "No design grows by the calendar: set a monthly growth in the inspector"
                : "Place the growth multiples in months"));
        CompareAxis axis = vm.byMonthProperty().get() ? calendar.orElse(null) : null;
        axisNote.setText(axis == null ? "" : axis.note());
        charts.show(s, axis);
        boolean ready = s.comparable();
        content.setVisible(ready);
        empty.setVisible(!ready);
        if (ready) {
            breaks.setText(breaksText(s, axis) + "   Green bold: the better figure at that "
                    + "growth point.");
        } else {
            fillEmpty(s);
        }
    }

    /** Where each design breaks; along the months, with the month it is reached in. */
    static String breaksText(CompareSnapshot s, CompareAxis axis) {
        StringBuilder sb = new StringBuilder("Breaks (first saturation or p95 objective "
                + "missed): ");
        List<CompareSnapshot.Slot> slots = s.compared();
        for (int i = 0; i < slots.size(); i++) {
            Comparison.Column c = s.comparison().designs().get(i);
            Double at = c.breaksAt();
            sb.append(i == 0 ? "" : "  \u00b7  ").append(slots.get(i).letter()).append(' ')
                    .append(at == null ? "not within 100\u00d7 its range"
                            : at == 0 ? "at any load" : KpiTable.times(at));
            String month = at == null || at == 0 || axis == null ? "" : axis.reached(at);
            if (!month.isEmpty()) {
                sb.append(" (").append(month).append(')');
            }
        }
        return sb.append('.').toString();
    }

    private void fillEmpty(CompareSnapshot s) {
        Label title = new Label("Compare designs side by side");
        title.getStyleClass().add("empty-title");
        List<CompareSnapshot.Slot> solved = s.compared();
        String text;
        if (solved.isEmpty()) {
            text = "Add two to four designs: model files or bundled examples. They share one "
                    + "growth axis, so bills, latency and breaking points line up.";
        } else {
            text = "Add one more design to compare with \u201c" + solved.get(0).name()
                    + "\u201d: a model file or a bundled example"
                    + (vm.pairsProperty().get().isEmpty() ? "." : ", such as its pair.");
        }
        Label body = new Label(text);
        body.setWrapText(true);
        body.getStyleClass().add("empty-text");
        HBox buttons = new HBox(8, addFileButton("Add design\u2026"), examplesButton());
        pairButton().ifPresent(buttons.getChildren()::add);
        buttons.setAlignment(Pos.CENTER);
        empty.getChildren().setAll(title, body, buttons);
        s.slots().stream().filter(x -> x.problem() != null).forEach(x -> {
            Label p = new Label(x.letter() + " (" + x.name() + ") cannot be solved: "
                    + x.problem());
            p.setWrapText(true);
            p.getStyleClass().add("empty-problem");
            empty.getChildren().add(p);
        });
    }

    private void showMessage(CompareViewModel.Message m) {
        messageBar.setVisible(m != null);
        messageBar.setManaged(m != null);
        message.setText(m == null ? "" : m.text());
        messageBar.getStyleClass().removeAll("message-error", "message-ok");
        if (m != null) {
            messageBar.getStyleClass().add(m.error() ? "message-error" : "message-ok");
        }
    }

    // ---- buttons -----------------------------------------------------------------------------

    private Button addFileButton(String text) {
        Button b = new Button(text);
        b.getStyleClass().add("add-design");
        b.setOnAction(e -> addDesignFromFile());
        b.disableProperty().bind(javafx.beans.binding.Bindings.size(vm.entries())
                .greaterThanOrEqualTo(Comparison.MAX_DESIGNS));
        return b;
    }

    private MenuButton examplesButton() {
        MenuButton m = new MenuButton("Add example");
        m.getStyleClass().add("add-example");
        m.setOnShowing(e -> fillExamples(m));
        fillExamples(m);
        m.disableProperty().bind(javafx.beans.binding.Bindings.size(vm.entries())
                .greaterThanOrEqualTo(Comparison.MAX_DESIGNS));
        return m;
    }

    private void fillExamples(MenuButton m) {
        m.getItems().clear();
        if (vm.entries().stream().noneMatch(DesignEntry::live)) {
            MenuItem current = new MenuItem("The open model");
            current.setOnAction(e -> vm.addCurrent());
            m.getItems().addAll(current, new SeparatorMenuItem());
        }
        List<String> pairs = vm.pairsProperty().get();
        for (String p : pairs) {
            MenuItem i = new MenuItem("Its pair: " + Examples.title(p));
            i.setOnAction(e -> vm.addExample(p));
            m.getItems().add(i);
        }
        if (!pairs.isEmpty()) {
            m.getItems().add(new SeparatorMenuItem());
        }
        for (String name : Examples.list()) {
            MenuItem i = new MenuItem(Examples.title(name));
            i.setId("example-" + name.replaceAll("\\.json$", ""));
            i.setOnAction(e -> vm.addExample(name));
            i.setDisable(vm.entries().stream().anyMatch(x -> name.equals(x.origin())));
            m.getItems().add(i);
        }
    }

    private java.util.Optional<Node> pairButton() {
        List<String> pairs = vm.pairsProperty().get();
        if (pairs.isEmpty()) {
            return java.util.Optional.empty();
        }
        if (pairs.size() == 1) {
            Button b = new Button("Compare with its pair: " + Examples.title(pairs.get(0)));
            b.getStyleClass().addAll("pair-button", "accent");
            b.setOnAction(e -> vm.addExample(pairs.get(0)));
            return java.util.Optional.of(b);
        }
        MenuButton m = new MenuButton("Compare with its pair");
        m.getStyleClass().addAll("pair-button", "accent");
        for (String p : pairs) {
            MenuItem i = new MenuItem(Examples.title(p));
            i.setOnAction(e -> vm.addExample(p));
            m.getItems().add(i);
        }
        return java.util.Optional.of(m);
    }

    private MenuButton exportButton() {
        MenuButton m = new MenuButton("Export");
        m.getStyleClass().add("export-menu");
        MenuItem report = new MenuItem("Report (HTML or PDF)\u2026");
        report.setOnAction(e -> exportReport());
        MenuItem png = new MenuItem("Charts as PNG\u2026");
        png.setOnAction(e -> exportChartsPng());
        m.getItems().addAll(report, png);
        m.disableProperty().bind(vm.exportingProperty());
        return m;
    }
}
