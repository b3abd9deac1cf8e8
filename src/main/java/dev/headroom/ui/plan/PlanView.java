package dev.headroom.ui.plan;

import atlantafx.base.theme.Styles;
import dev.headroom.analysis.StationResult;
import dev.headroom.app.Format;
import dev.headroom.app.Planning;
import dev.headroom.model.Model;
import dev.headroom.plan.Plan;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The Plan workspace: the headline ("10x the users for 3.9× today's bill"), the plan at the
 * chosen step with what changes, the cost–latency frontier there (hover a point for its sizing)
 * and the plan at every step; "Apply this plan" makes it the model, undoably. The figures come
 * from {@link PlanViewModel}; this class only lays them out.
 */
public final class PlanView extends BorderPane {
    private final PlanViewModel vm;
    private final Label headline = new Label();
    private final ComboBox<Double> at = new ComboBox<>();
    private final Button apply = new Button("Apply this plan");
    private final Button compare = new Button("Compare");
    private java.util.function.BiConsumer<Model, String> onCompare = (m, n) -> { };
    private final CheckBox structural = new CheckBox("Structural changes");
    private final Label notice = new Label();
    private final VBox summary = new VBox(4);
    private final VBox changes = new VBox(4);
    private final NumberAxis cost = new NumberAxis();
    private final NumberAxis p95 = new NumberAxis();
    private final LineChart<Number, Number> chart = new LineChart<>(cost, p95);
    private final Label chartTitle = new Label();
    private final Label chartNote = new Label();
    private final GridPane steps = new GridPane();
    private final Label empty = new Label();
    private final ScrollPane content;
    private boolean updating;

    public PlanView(PlanViewModel vm) {
        this.vm = vm;
        setId("plan-view");
        getStyleClass().add("plan-view");
        getStylesheets().add(PlanView.class.getResource("plan.css").toExternalForm());

        Label title = new Label("The plan");
        title.getStyleClass().add("plan-title");
        headline.setId("plan-headline");
        headline.getStyleClass().add("plan-headline");
        headline.setWrapText(true);
        headline.setMinWidth(0);
        HBox.setHgrow(headline, Priority.ALWAYS);
        structural.setId("plan-structural");
        structural.selectedProperty().bindBidirectional(vm.structuralProperty());
        structural.setTooltip(new Tooltip("Also try a read replica or a cache in front of each "
                + "database; each is stated as an assumption"));
        at.setId("plan-at");
        at.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double m) {
                return m == null ? "" : "at " + Format.times(m);
            }

            @Override
            public Double fromString(String s) {
                return null;
            }
        });
        at.valueProperty().addListener((o, was, now) -> {
            if (!updating && now != null) {
                vm.atProperty().set(now);
            }
        });
        apply.setId("plan-apply");
        apply.getStyleClass().add(Styles.ACCENT);
        apply.setOnAction(e -> vm.apply());
        compare.setId("plan-compare");
        compare.setTooltip(new Tooltip("Put the plan beside the model as drawn in the Compare "
                + "workspace"));
        compare.setOnAction(e -> {
            PlanViewModel.Shown s = vm.shown();
            if (s != null && s.step() != null && s.step().feasible()) {
                onCompare.accept(s.step().planned(), s.model().name() + " (planned at "
                        + Format.times(s.step().multiplier()) + ")");
            }
        });
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.planningProperty());
        busy.managedProperty().bind(busy.visibleProperty());
        HBox strip = new HBox(12, title, headline, busy, structural, at, compare, apply);
        // a long headline wraps; the controls beside it keep their labels whole
        for (javafx.scene.layout.Region r : List.of(title, structural, at, compare, apply)) {
            r.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        strip.setAlignment(Pos.CENTER_LEFT);
        strip.getStyleClass().add("plan-strip");
        notice.setId("plan-notice");
        notice.getStyleClass().add("plan-notice");
        notice.textProperty().bind(vm.noticeProperty());
        notice.visibleProperty().bind(vm.noticeProperty().isNotNull());
        notice.managedProperty().bind(notice.visibleProperty());
        setTop(new VBox(strip, notice));

        summary.setId("plan-summary");
        changes.setId("plan-changes");
        VBox summaryCard = card(summary);
        VBox changesCard = card(changes);
        HBox.setHgrow(changesCard, Priority.ALWAYS);
        summaryCard.setMinWidth(260);
        summaryCard.setPrefWidth(300);
        HBox top = new HBox(12, summaryCard, changesCard);

        chart.setId("plan-frontier");
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        chart.setCreateSymbols(true);
        chart.setMinHeight(260);
        chart.setPrefHeight(320);
        cost.setLabel("Monthly bill (USD)");
        cost.setForceZeroInRange(false);
        p95.setLabel("Worst p95 (ms)");
        p95.setForceZeroInRange(false);
        cost.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return Format.usdTick(n.doubleValue());
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        });
        chartTitle.getStyleClass().add("plan-card-title");
        chartNote.getStyleClass().add("plan-muted");
        chartNote.setWrapText(true);
        VBox chartCard = card(new VBox(4, chartTitle, chart, chartNote));

        steps.setId("plan-steps");
        steps.getStyleClass().add("plan-table");
        Label stepsTitle = new Label("The plan at every step");
        stepsTitle.getStyleClass().add("plan-card-title");
        VBox stepsCard = card(new VBox(6, stepsTitle, steps));

        VBox body = new VBox(12, top, chartCard, stepsCard);
        body.getStyleClass().add("plan-body");
        content = new ScrollPane(body);
        content.setFitToWidth(true);
        content.getStyleClass().add("plan-scroll");
        empty.setId("plan-empty");
        empty.getStyleClass().add("plan-empty");
        empty.setWrapText(true);
        setCenter(new StackPane(content, empty));

        vm.shownProperty().addListener((o, a, s) -> show(s));
        show(vm.shown());
        vm.activeProperty().bind(visibleProperty());
    }

    /** The workspace of a document, planning on {@code worker}. */
    public static PlanView of(dev.headroom.ui.document.DocumentViewModel doc,
            java.util.concurrent.Executor worker) {
        return new PlanView(new PlanViewModel(doc, worker, javafx.application.Platform::runLater));
    }

    /** What "Compare" does with the planned model and the name to show it by. */
    public void setOnCompare(java.util.function.BiConsumer<Model, String> action) {
        onCompare = action;
    }

    public PlanViewModel viewModel() {
        return vm;
    }

    private static VBox card(Node inner) {
        VBox c = new VBox(inner);
        c.getStyleClass().add("plan-card");
        return c;
    }

    private void show(PlanViewModel.Shown s) {
        boolean has = s != null && s.problem() == null && s.step() != null;
        content.setVisible(has);
        empty.setVisible(!has);
        apply.setDisable(!has || !s.step().feasible() || s.step().changes().isEmpty()
                && s.step().structure().isEmpty());
        at.setDisable(!has);
        compare.setDisable(apply.isDisabled());
        if (!has) {
            headline.setText("");
            empty.setText(s == null ? "Planning\u2026" : s.problem());
            return;
        }
        Planning.Step step = s.step();
        headline.setText(step.headline() + (step.feasible() ? "" : "."));
        updating = true;
        at.setItems(FXCollections.observableArrayList(s.steps().stream()
                .map(Planning.Step::multiplier).toList()));
        at.setValue(step.multiplier());
        updating = false;
        summary(s.model(), step);
        changes(step);
        frontier(s.model(), step, s.frontier());
        table(s.steps(), step);
    }

    private void summary(Model model, Planning.Step step) {
        summary.getChildren().clear();
        Label title = new Label("At " + Format.times(step.multiplier()) + " the users");
        title.getStyleClass().add("plan-card-title");
        summary.getChildren().add(title);
        if (!step.feasible()) {
            Label why = new Label("No sizing meets the SLO: " + step.whyNot() + ".");
            why.setWrapText(true);
            why.getStyleClass().add("plan-bad");
            summary.getChildren().add(why);
            return;
        }
        Label usd = new Label(Format.usd(step.monthlyUsd()) + " a month");
        usd.setId("plan-monthly");
        usd.getStyleClass().add("plan-total");
        summary.getChildren().add(usd);
        if (step.costMultiple() != null) {
            summary.getChildren().add(muted(String.format(Locale.ROOT, "%.1f\u00d7 today's bill "
                    + "of %s", step.costMultiple(), Format.usd(step.todayUsd()))));
        }
        Double slo = model.slo().p95LatencyMs();
        summary.getChildren().add(line("p95 " + Format.ms(step.p95Ms())
                + (slo == null ? "" : " (objective " + Format.ms(slo) + ")")));
        summary.getChildren().add(line("p99 " + Format.ms(step.p99Ms())));
        StationResult b = step.busiest();
        if (b != null) {
            summary.getChildren().add(line("Busiest: " + b.name() + " at "
                    + Format.percent(b.utilization()) + " (limit "
                    + Format.percent(model.slo().maxUtilization()) + ")"));
        }
        Plan plan = step.plan();
        if (!plan.proven()) {
            Label gap = muted("Cheapest found in " + String.format(Locale.ROOT, "%,d",
                    plan.evaluations()) + " tries; no sizing can cost less than "
                    + Format.usd(plan.lowerBoundUsd()) + ".");
            gap.setWrapText(true);
            summary.getChildren().add(gap);
        }
    }

    private void changes(Planning.Step step) {
        changes.getChildren().clear();
        Label title = new Label("What changes");
        title.getStyleClass().add("plan-card-title");
        changes.getChildren().add(title);
        if (!step.feasible()) {
            changes.getChildren().add(muted("Nothing: no sizing holds at this step. Try "
                    + "structural changes, allow more instances (maxInstances) or list faster "
                    + "candidates on the component."));
            return;
        }
        for (Planning.Structure x : step.structure()) {
            Label l = line("\u2795 " + x.title());
            l.getStyleClass().add("plan-structure");
            changes.getChildren().add(l);
            changes.getChildren().add(muted("    assumes " + x.assumption()));
        }
        for (Planning.Change c : step.changes()) {
            Label l = line("\u2022 " + c.words());
            l.setWrapText(true);
            changes.getChildren().add(l);
        }
        if (step.changes().isEmpty() && step.structure().isEmpty()) {
            changes.getChildren().add(muted("Nothing: the model as drawn is already the "
                    + "cheapest sizing that meets the SLO."));
        }
        List<Plan.Kept> kept = step.plan().kept();
        if (!kept.isEmpty()) {
            Label k = muted("Left as drawn: " + String.join(", ", kept.stream()
                    .map(x -> x.componentId() + " (" + x.why() + ")").toList()) + ".");
            k.setWrapText(true);
            changes.getChildren().add(k);
        }
        changes.getChildren().add(muted("Instance types of one family are taken at the same "
                + "per-core speed unless the catalog states relativeSpeed; burstable types are "
                + "never chosen unless listed as candidates."));
        for (Node n : changes.getChildren()) {
            if (n instanceof Label l) {
                l.setWrapText(true);
            }
        }
    }

    private void frontier(Model model, Planning.Step step,
            List<Planning.FrontierPoint> points) {
        chartTitle.setText("Cost against latency at " + Format.times(step.multiplier())
                + ": the cheapest sizing for each p95");
        chart.getData().clear();
        XYChart.Series<Number, Number> line = new XYChart.Series<>();
        line.setName("Cheapest sizing for its p95");
        XYChart.Series<Number, Number> today = new XYChart.Series<>();
        today.setName("Today's design");
        XYChart.Series<Number, Number> plan = new XYChart.Series<>();
        plan.setName("The plan");
        String todayNote = null;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Planning.FrontierPoint p : points) {
            if (p.today()) {
                if (p.p95Ms() == null) {
                    todayNote = "Today's design saturates at " + Format.times(step.multiplier())
                            + " (" + Format.usd(p.monthlyUsd()) + " a month): it has no p95 to "
                            + "plot.";
                    continue;
                }
                today.getData().add(point(p, "Today's design"));
            } else if (p.p95Ms() != null) {
                line.getData().add(point(p, p.sizing()));
            } else {
                continue;
            }
            lo = Math.min(lo, p.monthlyUsd());
            hi = Math.max(hi, p.monthlyUsd());
        }
        // the objective line spans the plotted points with a margin, so that no point sits
        // on the chart's edge (one point alone gets half a percent of its bill either side)
        double pad = Math.max((hi - lo) * 0.06, Math.abs(hi) * 0.005);
        lo -= pad;
        hi += pad;
        if (step.feasible() && step.p95Ms() != null) {
            plan.getData().add(new XYChart.Data<>(step.monthlyUsd(), step.p95Ms()));
        }
        chart.getData().add(line);
        chart.getData().add(plan);
        chart.getData().add(today);
        Double slo = model.slo().p95LatencyMs();
        if (slo != null && Double.isFinite(lo) && hi >= lo) {
            XYChart.Series<Number, Number> objective = new XYChart.Series<>();
            objective.setName("p95 objective " + Format.ms(slo));
            objective.getData().add(new XYChart.Data<>(lo, slo));
            objective.getData().add(new XYChart.Data<>(hi, slo));
            chart.getData().add(objective);
            for (XYChart.Data<Number, Number> d : objective.getData()) {
                d.getNode().setVisible(false);
            }
        }
        for (XYChart.Series<Number, Number> s : chart.getData()) {
            for (XYChart.Data<Number, Number> d : s.getData()) {
                if (d.getExtraValue() instanceof String tip && d.getNode() != null) {
                    Tooltip.install(d.getNode(), new Tooltip(tip));
                }
            }
        }
        if (step.feasible() && step.p95Ms() != null && !plan.getData().isEmpty()) {
            Tooltip.install(plan.getData().get(0).getNode(), new Tooltip("The plan: "
                    + Format.usd(step.monthlyUsd()) + ", p95 " + Format.ms(step.p95Ms())));
        }
        chartNote.setText((todayNote == null ? "" : todayNote + " ")
                + Planning.frontierNote(points, step.multiplier()));
        // with nothing to plot (no sizing holds and today's design saturates) the note says
        // why, and an empty chart would only show bare axes
        boolean plotted = !line.getData().isEmpty() || !plan.getData().isEmpty()
                || !today.getData().isEmpty();
        chart.setVisible(plotted);
        chart.setManaged(plotted);
    }

    private static XYChart.Data<Number, Number> point(Planning.FrontierPoint p, String what) {
        XYChart.Data<Number, Number> d = new XYChart.Data<>(p.monthlyUsd(), p.p95Ms());
        d.setExtraValue(Format.usd(p.monthlyUsd()) + " a month, p95 " + Format.ms(p.p95Ms())
                + ", p99 " + Format.ms(p.p99Ms()) + "\n" + what);
        return d;
    }

    private void table(List<Planning.Step> all, Planning.Step chosen) {
        steps.getChildren().clear();
        String[] head = {"Growth", "Monthly bill", "\u00d7 today", "Worst p95", "Worst p99",
            "Busiest", "Changes"};
        for (int c = 0; c < head.length; c++) {
            Label h = new Label(head[c]);
            h.getStyleClass().add("plan-head");
            steps.add(h, c, 0);
        }
        int row = 1;
        for (Planning.Step s : all) {
            StationResult b = s.busiest();
            String[] cells = {Format.times(s.multiplier()),
                s.feasible() ? Format.usd(s.monthlyUsd()) : "no plan",
                s.costMultiple() == null ? Format.UNKNOWN
                        : String.format(Locale.ROOT, "%.2f\u00d7", s.costMultiple()),
                Format.ms(s.p95Ms()), Format.ms(s.p99Ms()),
                b == null ? Format.UNKNOWN : b.id() + " " + Format.percent(b.utilization()),
                s.feasible() ? changesText(s) : s.whyNot()};
            for (int c = 0; c < cells.length; c++) {
                Label l = new Label(cells[c]);
                l.getStyleClass().add("plan-cell");
                if (s == chosen) {
                    l.getStyleClass().add("plan-chosen");
                }
                if (!s.feasible() && c == 1) {
                    l.getStyleClass().add("plan-bad");
                }
                if (c == cells.length - 1) {
                    l.setWrapText(true);
                    l.setMaxWidth(520);
                }
                int col = c;
                double m = s.multiplier();
                l.setOnMouseClicked(e -> vm.atProperty().set(m));
                steps.add(l, col, row);
            }
            row++;
        }
    }

    private static String changesText(Planning.Step s) {
        int n = s.changes().size() + s.structure().size();
        if (n == 0) {
            return "as drawn";
        }
        return Planning.compact(s.plan());
    }

    private static Label line(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("plan-line");
        l.setWrapText(true);
        return l;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("plan-muted");
        l.setWrapText(true);
        return l;
    }

    /** The chart, for tests and screenshots. */
    LineChart<Number, Number> chart() {
        return chart;
    }

    Region content() {
        return content;
    }
}
