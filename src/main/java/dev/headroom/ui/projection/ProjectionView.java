package dev.headroom.ui.projection;

import dev.headroom.io.AtomicFiles;
import dev.headroom.model.Growth;
import dev.headroom.app.Design;
import dev.headroom.app.Timeline;
import dev.headroom.app.Uncertainty;
import dev.headroom.ui.document.DocumentViewModel;
import dev.headroom.ui.files.Dialogs;
import dev.headroom.app.Format;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;

/**
 * The Projection workspace: the open model over its growth range (or a range typed here),
 * six charts of the engine's figures with the break points marked and a cursor at the slider's
 * multiple, "what breaks first" with the fixes, and the exports (charts as PNG, the sweep as
 * CSV, the client report as HTML or PDF).
 */
public final class ProjectionView extends ScrollPane {
    /** Size of a chart exported as PNG, in points (written at twice that in pixels). */
    public static final double EXPORT_WIDTH = 820;
    public static final double EXPORT_HEIGHT = 430;

    private static final String CSS = ProjectionView.class.getResource("projection.css")
            .toExternalForm();

    private final ProjectionViewModel vm;
    private final Dialogs dialogs;
    private final Map<String, ChartPanel> charts = new LinkedHashMap<>();
    private final BreaksTable breaks;
    private final Label subtitle = new Label();
    private final Label problem = new Label();
    private final Label pricing = new Label();
    private final TextField from = new TextField();
    private final TextField to = new TextField();
    private final Label rangeError = new Label();
    private final Button reset = new Button("Model's range");
    private final javafx.scene.control.ToggleButton alongMultiples =
            new javafx.scene.control.ToggleButton("\u00d7 today");
    private final javafx.scene.control.ToggleButton alongMonths =
            new javafx.scene.control.ToggleButton("Months");
    private final Label rangesStatus = new Label();
    private final SpendCard spend = new SpendCard();

    /** The view of {@code doc}'s model; designs are computed and reports written on {@code worker}. */
    public ProjectionView(DocumentViewModel doc, Executor worker, Dialogs dialogs) {
        this(new ProjectionViewModel(doc, worker, Platform::runLater), dialogs);
    }

    /** As above, with the draws of the inputs' ranges made on {@code drawer}. */
    public ProjectionView(DocumentViewModel doc, Executor worker, Executor drawer,
            Dialogs dialogs) {
        this(new ProjectionViewModel(doc, worker, drawer, Platform::runLater), dialogs);
    }

    public ProjectionView(ProjectionViewModel vm, Dialogs dialogs) {
        this.vm = vm;
        this.breaks = new BreaksTable(vm::applyFix);
        vm.activeProperty().bind(visibleProperty());
        this.dialogs = dialogs;
        setId("projection");
        getStyleClass().add("projection-view");
        getStylesheets().add(CSS);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);

        GridPane grid = new GridPane();
        grid.getStyleClass().add("chart-grid");
        grid.setHgap(16);
        grid.setVgap(16);
        for (int c = 0; c < 2; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(50);
            cc.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(cc);
        }
        int i = 0;
        for (String id : ProjectionPlots.IDS) {
            ChartPanel panel = new ChartPanel(id);
            charts.put(id, panel);
            grid.add(panel, i % 2, i / 2);
            i++;
        }
        problem.getStyleClass().add("projection-problem");
        problem.setWrapText(true);
        pricing.getStyleClass().add("projection-note");
        pricing.setWrapText(true);
        VBox content = new VBox(14, header(), noticeBar(), problem, pricing, grid, spend, breaks);
        content.getStyleClass().add("projection-content");
        setContent(content);

        vm.designProperty().addListener((o, a, d) -> show(d));
        vm.spreadProperty().addListener((o, a, b) -> show(vm.design()));
        vm.byMonthProperty().addListener((o, a, b) -> show(vm.design()));
        vm.timelineProperty().addListener((o, a, t) -> spend.show(t,
                vm.spreadProperty().get()));
        vm.spreadProperty().addListener((o, a, r) -> spend.show(vm.timelineProperty().get(),
                r));
        vm.spreadingProperty().addListener((o, a, b) -> showRangesStatus());
        spend.show(vm.timelineProperty().get(), vm.spreadProperty().get());
        vm.multiplierProperty().addListener((o, a, m) -> cursorAt(m.doubleValue()));
        vm.problemProperty().addListener((o, a, b) -> showLabel(problem, b));
        vm.pricingNoteProperty().addListener((o, a, b) -> showLabel(pricing, b));
        vm.rangeOverrideProperty().addListener((o, a, b) -> showRange());
        showLabel(problem, vm.problemProperty().get());
        showLabel(pricing, vm.pricingNoteProperty().get());
        show(vm.design());
    }

    private Node header() {
        Label title = new Label("Projection");
        title.getStyleClass().add("projection-title");
        subtitle.getStyleClass().add("projection-subtitle");
        subtitle.setId("projection-subtitle");
        VBox titles = new VBox(2, title, subtitle);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        from.setId("range-from");
        to.setId("range-to");
        for (TextField f : List.of(from, to)) {
            f.setPrefColumnCount(4);
            f.getStyleClass().add("range-field");
            f.setOnAction(e -> applyRange());
            f.focusedProperty().addListener((o, was, is) -> {
                if (!is) {
                    applyRange();
                }
            });
        }
        reset.setId("range-reset");
        reset.getStyleClass().add("small");
        reset.setTooltip(new Tooltip("Show the growth range the model sets"));
        reset.setOnAction(e -> {
            vm.resetRange();
            rangeError.setText("");
        });
        rangeError.getStyleClass().add("range-error");
        HBox range = new HBox(6, new Label("Range"), from, new Label("x  to"), to,
                new Label("x"), reset);
        range.setAlignment(Pos.CENTER_LEFT);
        range.getStyleClass().add("range-box");
        VBox rangeBox = new VBox(2, range, rangeError);
        rangeBox.setAlignment(Pos.CENTER_RIGHT);

        Button png = exportButton("export-png", "Charts PNG\u2026",
                "Write each chart as a PNG into a folder", this::exportChartsPng);
        Button csv = exportButton("export-csv", "Sweep CSV\u2026",
                "The sweep at the growth points, with the bill", this::exportCsv);
        Button report = exportButton("export-report", "Report\u2026",
                "The client report, HTML or PDF", this::exportReport);
        report.disableProperty().bind(vm.exportingProperty());
        HBox exports = new HBox(6, png, csv, report);
        exports.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.control.ToggleGroup along = new javafx.scene.control.ToggleGroup();
        alongMultiples.setToggleGroup(along);
        alongMonths.setToggleGroup(along);
        alongMultiples.setId("axis-multiples");
        alongMonths.setId("axis-months");
        alongMultiples.getStyleClass().addAll(atlantafx.base.theme.Styles.LEFT_PILL, "small");
        alongMonths.getStyleClass().addAll(atlantafx.base.theme.Styles.RIGHT_PILL, "small");
        (vm.byMonthProperty().get() ? alongMonths : alongMultiples).setSelected(true);
        alongMultiples.setTooltip(new Tooltip("Growth along multiples of today's users"));
        along.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true); // one of the two is always chosen
            } else {
                vm.byMonthProperty().set(b == alongMonths);
            }
        });
        vm.byMonthProperty().addListener((o, a, b) -> (b ? alongMonths : alongMultiples)
                .setSelected(true));
        HBox axis = new HBox(0, alongMultiples, alongMonths);
        axis.setAlignment(Pos.CENTER_LEFT);
        axis.setId("axis-switch");
        Label axisLabel = new Label("Along");
        axisLabel.getStyleClass().add("axis-label-caption");
        HBox axisBox = new HBox(6, axisLabel, axis);
        axisBox.setAlignment(Pos.CENTER_LEFT);
        axisBox.getStyleClass().add("range-box");
        Runnable calendar = () -> {
            boolean has = vm.timelineProperty().get() != null;
            alongMonths.setDisable(!has);
            alongMonths.setTooltip(new Tooltip(has
                    ? "Growth along the months of the model's calendar ("
                            + vm.timelineProperty().get().months().pace() + ")"
                    : "Set a monthly growth in the inspector (nothing selected) to see the "
                            + "months"));
        };
        calendar.run();
        vm.timelineProperty().addListener((o, a, b) -> calendar.run());
        rangesStatus.setId("ranges-status");
        rangesStatus.getStyleClass().add("projection-subtitle");
        titles.getChildren().add(rangesStatus);
        // the controls keep their whole labels; the titles give way (the subtitle ellipsizes)
        for (javafx.scene.layout.Pane box : List.of(axisBox, axis, range, exports)) {
            box.setMinWidth(Region.USE_PREF_SIZE);
            for (Node n : box.getChildren()) {
                if (n instanceof Region r) {
                    r.setMinWidth(Region.USE_PREF_SIZE);
                }
            }
        }
        rangeBox.setMinWidth(Region.USE_PREF_SIZE);
        titles.setMinWidth(0);
        HBox row = new HBox(16, titles, spacer, axisBox, rangeBox, exports);
        HBox.setHgrow(titles, Priority.SOMETIMES);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("projection-header");
        return row;
    }

    private static Button exportButton(String id, String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add("small");
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    private Node noticeBar() {
        Label text = new Label();
        text.setId("projection-notice");
        text.setWrapText(true);
        Button close = new Button("\u00d7");
        close.getStyleClass().addAll("flat", "notice-close");
        close.setOnAction(e -> vm.dismissNotice());
        HBox bar = new HBox(8, text, close);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("notice");
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        bar.setVisible(false);
        bar.setManaged(false);
        vm.noticeProperty().addListener((o, a, n) -> {
            bar.setVisible(n != null);
            bar.setManaged(n != null);
            bar.getStyleClass().removeAll("notice-ok", "notice-error");
            if (n != null) {
                text.setText(n.message());
                bar.getStyleClass().add(n.ok() ? "notice-ok" : "notice-error");
            }
        });
        return bar;
    }

    private static void showLabel(Label l, String text) {
        l.setText(text == null ? "" : text);
        l.setVisible(text != null);
        l.setManaged(text != null);
    }

    private void show(Design d) {
        showRange();
        showRangesStatus();
        Uncertainty.Result spread = vm.spreadProperty().get();
        breaks.show(d, spread);
        if (d == null) {
            subtitle.setText("");
            for (Map.Entry<String, ChartPanel> e : charts.entrySet()) {
                e.getValue().show(Plot.unavailable(e.getKey(), e.getValue().plot() == null
                        ? e.getKey() : e.getValue().plot().title, "No projection while the "
                        + "model has problems."));
            }
            return;
        }
        Growth g = d.range();
        Double u0 = d.model().workload().usersAt(g.from());
        subtitle.setText(d.name() + "  \u00b7  " + Format.times(g.from())
                + " \u2192 " + Format.times(g.to()) + (u0 == null ? ""
                        : "  \u00b7  " + users(u0) + " \u2192 "
                                + users(d.model().workload().usersAt(g.to())) + " users"));
        Timeline t = vm.timelineProperty().get();
        ProjectionPlots.Axis axis = vm.byMonthProperty().get() && t != null
                ? new ProjectionPlots.Axis(t.months()) : ProjectionPlots.Axis.MULTIPLES;
        for (Plot p : ProjectionPlots.of(d, axis, spread)) {
            charts.get(p.id).show(p);
        }
        cursorAt(vm.multiplierProperty().get());
    }

    /** Under the title: whether the ranges are being drawn, or how many draws the bands show. */
    private void showRangesStatus() {
        Uncertainty.Result r = vm.spreadProperty().get();
        String text = vm.spreadingProperty().get()
                ? "Drawing the inputs' ranges (" + Format.count((long) Uncertainty.DEFAULT_DRAWS)
                        + " draws)\u2026"
                : r != null && r.drawn() ? "Shaded: P10\u2013P90 of " + Format.count(
                        (long) r.draws()) + " draws of the inputs' ranges; lines: every input "
                        + "as given" : null;
        showLabel(rangesStatus, text);
    }

    private static String users(double v) {
        return String.format(Locale.US, "%,.0f", v);
    }

    private void cursorAt(double m) {
        charts.values().forEach(c -> c.cursorAt(m));
    }

    private void showRange() {
        Growth g = vm.range();
        if (!from.isFocused()) {
            from.setText(Format.number(g.from()));
        }
        if (!to.isFocused()) {
            to.setText(Format.number(g.to()));
        }
        reset.setVisible(vm.rangeOverrideProperty().get() != null);
    }

    private void applyRange() {
        Growth g = vm.range();
        double a = parse(from.getText(), g.from());
        double b = parse(to.getText(), g.to());
        if (Double.isNaN(a) || Double.isNaN(b)) {
            rangeError.setText("Type a growth multiple, such as 10.");
            return;
        }
        if (a == g.from() && b == g.to()) {
            rangeError.setText("");
            return;
        }
        Optional<String> refused = vm.setRange(a, b);
        rangeError.setText(refused.orElse(""));
        if (refused.isEmpty()) {
            showRange();
        }
    }

    private static double parse(String s, double fallback) {
        try {
            return Double.parseDouble(s.strip().replaceAll("[xX\u00d7]$", "").strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    // ---- exports -----------------------------------------------------------------------------

    /** Asks for a folder and writes every chart that applies into it as PNG. */
    public void exportChartsPng() {
        dialogs.chooseFolder(vm.folder(), "Export charts as PNG")
                .ifPresent(this::exportChartsPng);
    }

    /**
     * Writes every chart that applies as {@code <id>.png} in {@code dir} (latency.png,
     * throughput.png, bill.png, cost-per-1000-users.png, utilization.png, instances.png), drawn
     * off screen at {@value #EXPORT_WIDTH} × {@value #EXPORT_HEIGHT} and twice the resolution,
     * without the cursor or the hover readout. Returns the files written.
     */
    public List<Path> exportChartsPng(Path dir) {
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            for (ChartPanel c : charts.values()) {
                Plot p = c.plot();
                if (p != null && p.available()) {
                    Path file = dir.resolve(p.id + ".png");
                    writePng(render(p), file);
                    written.add(file);
                }
            }
            vm.notice(true, written.size() + " chart" + (written.size() == 1 ? "" : "s")
                    + " written to " + dir);
        } catch (IOException | RuntimeException e) {
            vm.notice(false, "Could not write the charts to " + dir + ": "
                    + dev.headroom.io.FileErrors.reason(e, dir.resolve("chart.png")));
        }
        return written;
    }

    /** Asks for a file and writes the sweep as CSV. */
    public void exportCsv() {
        dialogs.chooseExport(vm.folder(), "Export the sweep as CSV",
                vm.suggestedName("-sweep", "csv"), List.of("csv")).ifPresent(this::exportCsv);
    }

    public void exportCsv(Path file) {
        vm.exportCsv(file);
    }

    /** Asks for a file and writes the client report (.pdf or .html) in the background. */
    public void exportReport() {
        dialogs.chooseExport(vm.folder(), "Export the report", vm.suggestedName("", "pdf"),
                List.of("pdf", "html")).ifPresent(this::exportReport);
    }

    public void exportReport(Path file) {
        vm.exportReport(file);
    }

    /**
     * Writes {@code node} as it is drawn now to a PNG at twice its size (sharp on a high-density
     * screen or paper), on a white background. For the canvas, a chart, anything on screen.
     * Call on the FX thread.
     */
    public static void exportNodePng(Node node, Path file) throws IOException {
        SnapshotParameters sp = new SnapshotParameters();
        sp.setFill(Color.WHITE);
        sp.setTransform(Transform.scale(2, 2));
        writePng(node.snapshot(sp, null), file);
    }

    private static void writePng(WritableImage img, Path file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", out)) {
            throw new IOException("no PNG writer");
        }
        AtomicFiles.write(file, out.toByteArray());
    }

    /** Draws a plot off screen, at the export size, as the view would. */
    private WritableImage render(Plot p) {
        ChartPanel panel = new ChartPanel(p.id);
        panel.show(p);
        StackPane root = new StackPane(panel);
        root.getStyleClass().add("chart-export");
        root.getStylesheets().addAll(getStylesheets());
        new Scene(root, EXPORT_WIDTH, EXPORT_HEIGHT);
        for (int pass = 0; pass < 3; pass++) {
            root.applyCss();
            root.layout();
        }
        SnapshotParameters sp = new SnapshotParameters();
        sp.setFill(Color.WHITE);
        sp.setTransform(Transform.scale(2, 2));
        return root.snapshot(sp, null);
    }

    // ---- for the lead and the tests ------------------------------------------------------------

    public ProjectionViewModel viewModel() {
        return vm;
    }

    ChartPanel chart(String id) {
        return charts.get(id);
    }

    BreaksTable breaks() {
        return breaks;
    }
}
