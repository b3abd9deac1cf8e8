package dev.headroom.ui.drills;

import dev.headroom.app.DrillOutcome;
import dev.headroom.app.DrillPolicy;
import dev.headroom.ui.document.DocumentViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The Drills workspace (docs/ui.md "Drills"): choose a drill (the model's own, or a preset for
 * the selected component) and one or two policy sets, run it, and read each run as a verdict,
 * four KPI cards and timeline charts with the drill's events drawn as bands. Two policy sets
 * stand side by side on the same axes.
 */
public final class DrillsView extends ScrollPane {
    private static final String CSS = DrillsView.class.getResource("drills.css")
            .toExternalForm();

    private final DrillsViewModel vm;
    private final ComboBox<DrillsViewModel.Choice> drill = new ComboBox<>();
    private final ComboBox<DrillPolicy> policyA = new ComboBox<>();
    private final ComboBox<DrillPolicy> policyB = new ComboBox<>();
    private final Button run = new Button("Run drill");
    private final Button cancel = new Button("Cancel");
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final Label description = new Label();
    private final Label problem = new Label();
    private final Label stale = new Label("The model has changed since this run: run the drill "
            + "again to see the effect.");
    private final GridPane results = new GridPane();
    private final Label empty = new Label("Choose a drill and press Run: the design is simulated "
            + "second by second through it, with its timeouts, retries, queues and pools.");
    private final List<TimelineChart> charts = new ArrayList<>();

    public DrillsView(DocumentViewModel doc, Executor worker) {
        this(new DrillsViewModel(doc, worker, Platform::runLater, null));
    }

    public DrillsView(DrillsViewModel vm) {
        this.vm = vm;
        setId("drills");
        getStyleClass().add("drills-view");
        getStylesheets().add(CSS);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);

        problem.getStyleClass().add("drills-problem");
        problem.setWrapText(true);
        stale.getStyleClass().add("drills-stale");
        stale.setWrapText(true);
        description.getStyleClass().add("drill-description");
        description.setId("drill-description");
        description.setWrapText(true);
        empty.getStyleClass().add("drills-empty");
        empty.setWrapText(true);
        results.setHgap(18);
        results.setVgap(12);
        results.setId("drill-results");

        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox about = new HBox(12, targetBox(), description, gap, status);
        about.setAlignment(Pos.CENTER_LEFT);
        VBox content = new VBox(12, header(), controls(), about, problem, stale, empty,
                results);
        content.getStyleClass().add("drills-content");
        setContent(content);

        problem.textProperty().bind(vm.problemProperty());
        showWhen(problem, vm.problemProperty().isNotNull());
        showWhen(stale, vm.staleProperty());
        description.textProperty().bind(vm.descriptionProperty());
        vm.outcomeAProperty().addListener((o, a, b) -> showResults());
        vm.outcomeBProperty().addListener((o, a, b) -> showResults());
        showResults();
    }

    /**
     * The presets' component: the one selected on the canvas, or one chosen here (the canvas
     * is out of sight in this workspace). Disabled while one of the model's own drills is
     * chosen, which names its components itself.
     */
    private Node targetBox() {
        ComboBox<String> target = new ComboBox<>(vm.targets());
        target.setId("drill-target");
        target.setPrefWidth(220);
        target.setPromptText("Selected on the canvas");
        target.valueProperty().bindBidirectional(vm.targetProperty());
        StringConverter<String> names = new StringConverter<>() {
            @Override
            public String toString(String id) {
                return id == null ? "Selected on the canvas" : vm.displayName(id);
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        };
        target.setConverter(names);
        target.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(String id, boolean isEmpty) {
                super.updateItem(id, isEmpty);
                setText(isEmpty ? null : names.toString(id));
            }
        });
        Label l = new Label("Component");
        l.getStyleClass().add("field-label");
        l.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(8, l, target);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMinWidth(Region.USE_PREF_SIZE);
        target.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> vm.choiceProperty().get() != null && vm.choiceProperty().get().defined(),
                vm.choiceProperty()));
        target.setTooltip(new Tooltip("The component the presets lose, slow down or fail"));
        return box;
    }

    private static void showWhen(Node n, javafx.beans.value.ObservableBooleanValue when) {
        n.visibleProperty().bind(when);
        n.managedProperty().bind(when);
    }

    private Node header() {
        Label title = new Label("Drills");
        title.getStyleClass().add("drills-title");
        Label sub = new Label("Spikes and failures, simulated second by second: how far it "
                + "falls, whether it recovers, and which policies keep it standing.");
        sub.getStyleClass().add("drills-subtitle");
        return new VBox(2, title, sub);
    }

    private Node controls() {
        drill.setId("drill-choice");
        drill.setItems(vm.choices());
        drill.valueProperty().bindBidirectional(vm.choiceProperty());
        drill.setPrefWidth(300);
        drill.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(DrillsViewModel.Choice c, boolean isEmpty) {
                super.updateItem(c, isEmpty);
                setText(isEmpty || c == null ? null : (c.defined() ? "" : "Preset: ")
                        + c.title());
                setDisable(!isEmpty && c != null && !c.available());
                setTooltip(!isEmpty && c != null && !c.available()
                        ? new Tooltip(c.unavailable()) : null);
                setOpacity(!isEmpty && c != null && !c.available() ? 0.5 : 1);
            }
        });
        policyA.setId("policy-a");
        policyA.getItems().setAll(DrillPolicy.values());
        policyA.valueProperty().bindBidirectional(vm.policyAProperty());
        policyB.setId("policy-b");
        List<DrillPolicy> withNone = new ArrayList<>();
        withNone.add(null);
        withNone.addAll(List.of(DrillPolicy.values()));
        policyB.getItems().setAll(withNone);
        policyB.valueProperty().bindBidirectional(vm.policyBProperty());
        StringConverter<DrillPolicy> names = new StringConverter<>() {
            @Override
            public String toString(DrillPolicy p) {
                return p == null ? "\u2014 one run only" : p.title();
            }

            @Override
            public DrillPolicy fromString(String s) {
                return null;
            }
        };
        for (ComboBox<DrillPolicy> c : List.of(policyA, policyB)) {
            c.setConverter(names);
            c.setPrefWidth(250);
            c.setCellFactory(l -> new ListCell<>() {
                @Override
                protected void updateItem(DrillPolicy p, boolean isEmpty) {
                    super.updateItem(p, isEmpty);
                    setText(isEmpty ? null : names.toString(p));
                    setTooltip(isEmpty || p == null ? null : new Tooltip(p.description()));
                }
            });
        }
        run.setId("drill-run");
        run.getStyleClass().add("accent");
        run.setDefaultButton(false);
        run.setOnAction(e -> vm.run());
        run.disableProperty().bind(vm.runningProperty());
        cancel.setId("drill-cancel");
        cancel.setOnAction(e -> vm.cancel());
        cancel.disableProperty().bind(vm.runningProperty().not());
        progress.setId("drill-progress");
        progress.setPrefWidth(140);
        progress.progressProperty().bind(vm.progressProperty());
        showWhen(progress, vm.runningProperty());
        status.setId("drill-status");
        status.getStyleClass().add("drill-status");
        status.textProperty().bind(vm.statusProperty());
        status.setMinWidth(Region.USE_PREF_SIZE);

        Label dl = new Label("Drill");
        dl.getStyleClass().add("field-label");
        Label pl = new Label("Policies");
        pl.getStyleClass().add("field-label");
        Label vs = new Label("vs");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(10, dl, drill, sep(), pl, policyA, vs, policyB, sep(), run, cancel,
                progress, spacer);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("drills-controls");
        for (Node n : List.of(dl, pl, vs, run, cancel)) {
            ((Region) n).setMinWidth(Region.USE_PREF_SIZE);
        }
        return row;
    }

    private static Node sep() {
        Region r = new Region();
        r.setPrefWidth(6);
        return r;
    }

    private void showResults() {
        DrillOutcome a = vm.outcomeAProperty().get();
        DrillOutcome b = vm.outcomeBProperty().get();
        results.getChildren().clear();
        results.getColumnConstraints().clear();
        charts.clear();
        boolean none = a == null;
        empty.setVisible(none);
        empty.setManaged(none);
        results.setVisible(!none);
        results.setManaged(!none);
        if (none) {
            return;
        }
        List<DrillOutcome> runs = b == null ? List.of(a) : List.of(a, b);
        List<List<TimelinePlot>> plots = TimelinePlots.of(a, b);
        // one grid row per part, so that the columns' verdicts, cards and charts line up
        for (int c = 0; c < runs.size(); c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / runs.size());
            cc.setHgrow(Priority.ALWAYS);
            results.getColumnConstraints().add(cc);
            DrillCards cards = DrillCards.of(runs.get(c));
            int row = 0;
            Node head = columnHeader(runs.get(c), c, runs.size());
            head.setId("drill-run-" + (char) ('a' + c));
            results.add(head, c, row++);
            results.add(verdict(cards), c, row++);
            results.add(cards(cards, runs.size()), c, row++);
            for (TimelinePlot p : plots.get(c)) {
                TimelineChart chart = new TimelineChart();
                chart.show(p);
                chart.setMaxHeight(Double.MAX_VALUE);
                charts.add(chart);
                results.add(chart, c, row++);
            }
        }
    }

    private static Node columnHeader(DrillOutcome o, int c, int of) {
        Label t = new Label((of > 1 ? (char) ('A' + c) + ": " : "") + o.policy().title());
        t.getStyleClass().add("run-column-title");
        Label d = new Label(o.policy().description());
        d.getStyleClass().add("run-column-sub");
        d.setWrapText(true);
        return new VBox(2, t, d);
    }

    private static Node verdict(DrillCards c) {
        Label v = new Label(c.verdict());
        v.getStyleClass().addAll("verdict", c.ok() ? "verdict-good" : "verdict-bad");
        v.setWrapText(true);
        v.setMaxWidth(Double.MAX_VALUE);
        v.setMaxHeight(Double.MAX_VALUE);
        v.setId("drill-verdict");
        return v;
    }

    private static Node cards(DrillCards c, int columns) {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(10);
        int perRow = columns > 1 ? 2 : 4;
        for (int i = 0; i < perRow; i++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / perRow);
            g.getColumnConstraints().add(cc);
        }
        int i = 0;
        for (DrillCards.Card card : c.cards()) {
            Label cap = new Label(card.caption());
            cap.getStyleClass().add("kpi-caption");
            Label val = new Label(card.value());
            val.getStyleClass().add("kpi-value");
            if (card.value().length() > 10) {
                val.getStyleClass().add("long");
            }
            Label sub = new Label(card.sub());
            sub.getStyleClass().add("kpi-sub");
            sub.setWrapText(true);
            VBox box = new VBox(2, cap, val, sub);
            box.setId(card.id());
            box.getStyleClass().addAll("kpi-card", "state-" + card.state().name()
                    .toLowerCase(java.util.Locale.ROOT));
            box.setMaxWidth(Double.MAX_VALUE);
            box.setMaxHeight(Double.MAX_VALUE);
            g.add(box, i % perRow, i / perRow);
            i++;
        }
        return g;
    }

    /** The charts shown, column by column (tests and tools). */
    List<TimelineChart> charts() {
        return List.copyOf(charts);
    }

    public DrillsViewModel viewModel() {
        return vm;
    }
}
