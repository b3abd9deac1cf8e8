package dev.headroom.ui.simulate;

import dev.headroom.sim.SimOptions;
import dev.headroom.sim.SimResult;
import dev.headroom.ui.document.DocumentViewModel;
import dev.headroom.app.Format;
import dev.headroom.ui.simulate.Cells.Unit;
import dev.headroom.ui.simulate.DifferenceCell.Part;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The simulation drawer, meant to sit under the canvas at full width (about 260 px tall): a
 * header ("Simulation at 6.5x — 200,000 requests × 10 replications"), the run length, a progress
 * bar, Run and Cancel, and two tables setting the simulated figures beside the analytic ones —
 * latency per request class, utilization and throughput per component — with differences over
 * 10% flagged. All state is in {@link SimulationViewModel}; this class only binds to it.
 */
public final class SimulationPane extends VBox {
    private static final String CSS = SimulationPane.class.getResource("simulation.css")
            .toExternalForm();

    private final SimulationViewModel vm;
    private final Label title = new Label();
    private final Label status = new Label();
    private final ComboBox<Preset> preset = new ComboBox<>();
    private final ProgressBar progress = new ProgressBar(0);
    private final Button runButton = new Button("Run");
    private final Button cancelButton = new Button("Cancel");
    private final TableView<ClassRow> classTable = new TableView<>();
    private final TableView<ComponentRow> componentTable = new TableView<>();

    /** Replications on new threads (one per core) for each run. */
    public SimulationPane(DocumentViewModel doc) {
        this(new SimulationViewModel(doc));
    }

    /**
     * @param replications runs the replications; give it several threads (not the live solver's
     *     single worker), or null for new threads, one per core, for each run
     */
    public SimulationPane(DocumentViewModel doc, Executor replications) {
        this(new SimulationViewModel(doc, replications, Platform::runLater));
    }

    public SimulationPane(SimulationViewModel vm) {
        this.vm = vm;
        getStyleClass().add("simulation-pane");
        getStylesheets().add(CSS);
        setPrefHeight(260);
        setMinHeight(200);

        title.getStyleClass().add("sim-title");
        status.getStyleClass().add("sim-status");
        status.setMinWidth(0);

        preset.getItems().setAll(Preset.values());
        preset.setConverter(new StringConverter<>() {
            @Override public String toString(Preset p) {
                if (p == null) {
                    return "Custom";
                }
                SimOptions o = p.options();
                return p.label() + " \u2014 " + Format.count(o.requestsPerReplication()) + " \u00d7 "
                        + o.replications();
            }

            @Override public Preset fromString(String s) {
                return null;
            }
        });
        preset.setPromptText("Custom");
        preset.setValue(Preset.of(vm.optionsProperty().get()));
        preset.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.optionsProperty().set(b.options());
            }
        });
        vm.optionsProperty().addListener((o, a, b) -> preset.setValue(Preset.of(b)));
        preset.disableProperty().bind(vm.runningProperty());
        preset.setTooltip(new javafx.scene.control.Tooltip("Requests per replication \u00d7 "
                + "replications. The seed is fixed, so running again gives the same numbers."));
        preset.getStyleClass().add("sim-preset");

        progress.getStyleClass().add("sim-progress");
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.runningProperty());
        progress.managedProperty().bind(progress.visibleProperty());

        runButton.getStyleClass().addAll("accent", "sim-run");
        runButton.setDefaultButton(false);
        runButton.setOnAction(e -> run());
        cancelButton.getStyleClass().add("sim-cancel");
        cancelButton.setOnAction(e -> cancel());
        cancelButton.disableProperty().bind(vm.runningProperty().not());

        Label length = new Label("Run length");
        length.getStyleClass().add("sim-caption");
        length.setMinWidth(Region.USE_PREF_SIZE);
        title.setMinWidth(0);
        VBox heading = new VBox(1, title, status);
        heading.setMinWidth(0);
        HBox.setHgrow(heading, Priority.ALWAYS);
        preset.setMinWidth(Region.USE_PREF_SIZE);
        preset.setPrefWidth(270); // "Precise — 1,000,000 × 10" whole
        runButton.setMinWidth(Region.USE_PREF_SIZE);
        cancelButton.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(10, heading, progress, length, preset, runButton, cancelButton);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("sim-top");

        buildClassTable();
        buildComponentTable();
        HBox tables = new HBox(12, classTable, componentTable);
        tables.getStyleClass().add("sim-tables");
        HBox.setHgrow(classTable, Priority.ALWAYS);
        HBox.setHgrow(componentTable, Priority.ALWAYS);
        classTable.prefWidthProperty().bind(tables.widthProperty().multiply(0.56));
        componentTable.prefWidthProperty().bind(tables.widthProperty().multiply(0.44));
        VBox.setVgrow(tables, Priority.ALWAYS);
        getChildren().setAll(top, tables);

        title.setId("sim-title");
        status.setId("sim-status");
        preset.setId("sim-preset");
        progress.setId("sim-progress");
        runButton.setId("sim-run");
        cancelButton.setId("sim-cancel");
        classTable.setId("sim-class-table");
        componentTable.setId("sim-component-table");
        bindText();
        vm.staleProperty().addListener((o, a, b) -> markStale(b != null));
        markStale(vm.staleProperty().get() != null);
    }

    // ---- actions for the lead to wire (suggested: Model → Simulate, Ctrl+R) --------------

    /** Simulates the current model at the current growth multiple (replaces a running run). */
    public void run() {
        vm.run();
    }

    /** Stops the run in progress. */
    public void cancel() {
        vm.cancel();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return vm.runningProperty();
    }

    public SimulationViewModel viewModel() {
        return vm;
    }

    // ---- binding ---------------------------------------------------------------------------

    private void bindText() {
        DocumentViewModel doc = vm.document();
        title.textProperty().bind(Bindings.createStringBinding(() -> {
            Double x = vm.multiplierProperty().get();
            SimOptions o = vm.runOptionsProperty().get();
            if (x == null || o == null) {
                x = doc.multiplierProperty().get();
                o = vm.optionsProperty().get();
            }
            return String.format(Locale.US, "Simulation at %s \u2014 %,d requests \u00d7 %d "
                    + "replication%s", Format.times(x), o.requestsPerReplication(),
                    o.replications(), o.replications() == 1 ? "" : "s");
        }, vm.multiplierProperty(), vm.runOptionsProperty(), vm.optionsProperty(),
                doc.multiplierProperty()));
        status.textProperty().bind(Bindings.createStringBinding(this::statusText,
                vm.stateProperty(), vm.progressProperty(), vm.messageProperty(),
                vm.staleProperty(), vm.resultProperty()));
        vm.stateProperty().addListener((o, a, b) -> styleStatus());
        vm.staleProperty().addListener((o, a, b) -> styleStatus());
        styleStatus();
    }

    private String statusText() {
        String stale = vm.staleProperty().get();
        return switch (vm.state()) {
            case IDLE -> "Checks the analytic figures against a discrete-event simulation of "
                    + "the same model.";
            case RUNNING -> String.format(Locale.US, "Simulating\u2026 %.0f%%",
                    vm.progressProperty().get() * 100)
                    + (stale == null ? "" : " \u00b7 " + stale + ".");
            case CANCELLED -> "Cancelled.";
            case FAILED -> vm.messageProperty().get();
            case DONE -> stale != null ? stale + " \u2014 run again to update." : doneText();
        };
    }

    private String doneText() {
        SimResult r = vm.resultProperty().get();
        if (r == null) {
            return "";
        }
        long flagged = vm.classRows().stream().mapToLong(c -> count(c.mean()) + count(c.p95())
                + count(c.p99())).sum() + vm.componentRows().stream().mapToLong(c ->
                (c.utilization() == null ? 0 : count(c.utilization())) + count(c.throughput()))
                .sum();
        return String.format(Locale.US, "%s requests in %.1f s. \u00b1 is the 95%% confidence "
                + "half-width. ", Format.count(r.completedRequests()), r.elapsedSeconds())
                + (flagged == 0 ? "Analytic and simulated agree within 10%."
                        : flagged + (flagged == 1 ? " figure differs" : " figures differ")
                                + " by more than 10%.");
    }

    private static long count(Difference d) {
        return d.flag().flagged() ? 1 : 0;
    }

    private void styleStatus() {
        status.getStyleClass().removeAll("sim-failed", "sim-stale");
        if (vm.state() == SimulationViewModel.State.FAILED) {
            status.getStyleClass().add("sim-failed");
        } else if (vm.staleProperty().get() != null) {
            status.getStyleClass().add("sim-stale");
        }
    }

    private void markStale(boolean stale) {
        for (Region t : new Region[] {classTable, componentTable}) {
            t.getStyleClass().remove("stale");
            if (stale) {
                t.getStyleClass().add("stale");
            }
        }
    }

    // ---- tables ----------------------------------------------------------------------------

    private void buildClassTable() {
        TableColumn<ClassRow, String> name = new TableColumn<>("Request class");
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().name()));
        name.setPrefWidth(100);
        classTable.getColumns().add(name);
        classTable.getColumns().add(group("Mean latency (ms)", ClassRow::mean, Unit.MS));
        classTable.getColumns().add(group("p95 latency (ms)", ClassRow::p95, Unit.MS));
        classTable.getColumns().add(group("p99 latency (ms)", ClassRow::p99, Unit.MS));
        setUp(classTable, "Latency per request class appears here after a run.");
        classTable.setItems(vm.classRows());
    }

    private void buildComponentTable() {
        TableColumn<ComponentRow, String> name = new TableColumn<>("Component");
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().name()));
        name.setPrefWidth(165);
        componentTable.getColumns().add(name);
        componentTable.getColumns().add(group("Utilization (%)", ComponentRow::utilization,
                Unit.FRACTION));
        componentTable.getColumns().add(group("Throughput (visits/s)", ComponentRow::throughput,
                Unit.PER_SECOND));
        setUp(componentTable, "Utilization and throughput per component appear here.");
        componentTable.setItems(vm.componentRows());
    }

    private static <S> TableColumn<S, Difference> group(String header,
            Function<S, Difference> figure, Unit unit) {
        TableColumn<S, Difference> g = new TableColumn<>(header);
        g.getColumns().add(part("Analytic", Part.ANALYTIC, figure, unit, 62));
        g.getColumns().add(part("Simulated", Part.SIMULATED, figure, unit, 102));
        g.getColumns().add(part("Diff.", Part.DIFFERENCE, figure, unit, 66));
        return g;
    }

    private static <S> TableColumn<S, Difference> part(String header, Part p,
            Function<S, Difference> figure, Unit unit, double width) {
        TableColumn<S, Difference> c = new TableColumn<>(header);
        c.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(figure.apply(v.getValue())));
        c.setCellFactory(col -> new DifferenceCell<>(p, unit));
        c.setPrefWidth(width);
        c.setMinWidth(width * 0.8);
        c.setSortable(false);
        c.getStyleClass().add("number-column");
        return c;
    }

    private static void setUp(TableView<?> t, String placeholder) {
        Label l = new Label(placeholder);
        l.getStyleClass().add("sim-placeholder");
        t.setPlaceholder(l);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.getStyleClass().addAll("sim-table", "dense");
        t.setFocusTraversable(false);
        t.setMinWidth(0);
    }
}
