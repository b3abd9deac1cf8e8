package dev.headroom.ui.projection;

import dev.headroom.report.BreakFix;
import dev.headroom.report.Design;
import dev.headroom.ui.results.Format;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

/**
 * "What breaks first": the engine's breaks ({@link Design#breaks()}) in the order the engine
 * gives them (by the growth multiple at which each passes the utilization target): when each
 * passes the target, when it saturates, how busy it is at the top of the range, the fix sized
 * there and what it adds to the monthly bill. Above the table, when the p95 objective is breached.
 */
public final class BreaksTable extends VBox {
    private static final double ROW = 34;
    private static final double HEADER = 46;

    private final Label headline = new Label();
    private final Label slo = new Label();
    private final TableView<BreakFix> table = new TableView<>();
    private final Label empty = new Label();
    private final Label footnote = new Label();
    private final TableColumn<BreakFix, String> component = new TableColumn<>("Component");
    private final TableColumn<BreakFix, String> passes = new TableColumn<>("Passes target at");
    private final TableColumn<BreakFix, String> saturates = new TableColumn<>("Saturates at");
    private final TableColumn<BreakFix, String> busy = new TableColumn<>("Busy at top");
    private final TableColumn<BreakFix, String> fix = new TableColumn<>("Fix at top");
    private final TableColumn<BreakFix, String> cost = new TableColumn<>("Fix cost / month");
    private Design design;

    public BreaksTable() {
        setId("breaks");
        getStyleClass().addAll("chart-card", "breaks-card");
        Label title = new Label("What breaks first");
        title.getStyleClass().add("chart-title");
        headline.getStyleClass().add("breaks-headline");
        headline.setWrapText(true);
        slo.getStyleClass().add("breaks-slo");
        slo.setId("breaks-slo");
        footnote.getStyleClass().add("chart-note");
        footnote.setWrapText(true);
        empty.getStyleClass().add("chart-empty");
        table.setId("breaks-table");
        table.setPlaceholder(empty);
        table.setFixedCellSize(ROW);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getStyleClass().add("breaks-table");
        setupColumns();
        getChildren().addAll(title, headline, slo, table, footnote);
    }

    private void setupColumns() {
        component.setCellValueFactory(c -> text(c.getValue().name()));
        component.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean emptyRow) {
                super.updateItem(item, emptyRow);
                BreakFix b = emptyRow || getTableRow() == null ? null : getTableRow().getItem();
                if (b == null || design == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Rectangle swatch = new Rectangle(10, 10, ProjectionPlots.series(
                        design.model().indexOf(b.componentId())));
                swatch.setArcWidth(3);
                swatch.setArcHeight(3);
                Label name = new Label(item);
                name.getStyleClass().add("component-name");
                HBox box = new HBox(8, swatch, name);
                box.setAlignment(Pos.CENTER_LEFT);
                setText(null);
                setGraphic(box);
            }
        });
        component.setPrefWidth(230);
        passes.setCellValueFactory(c -> text(multiple(c.getValue().overUtilizationAt())));
        passes.setCellFactory(col -> multipleCell(BreakFix::overUtilizationAt));
        saturates.setCellValueFactory(c -> text(multiple(c.getValue().saturatesAt())));
        saturates.setCellFactory(col -> multipleCell(BreakFix::saturatesAt));
        busy.setCellValueFactory(c -> text(c.getValue().utilizationAtTop() >= 1 ? "saturated"
                : Format.percent(c.getValue().utilizationAtTop())));
        fix.setCellValueFactory(c -> text(fixText(c.getValue())));
        fix.setPrefWidth(220);
        cost.setCellValueFactory(c -> text(costText(c.getValue())));
        for (TableColumn<BreakFix, String> col : java.util.List.of(passes, saturates, busy,
                cost)) {
            col.setStyle("-fx-alignment: CENTER-RIGHT;");
            col.setPrefWidth(130);
        }
        for (TableColumn<BreakFix, String> col : java.util.List.of(component, passes, saturates,
                busy, fix, cost)) {
            col.setSortable(false);
            col.setReorderable(false);
        }
        table.getColumns().setAll(java.util.List.of(component, passes, saturates, busy, fix,
                cost));
    }

    private static ReadOnlyStringWrapper text(String s) {
        return new ReadOnlyStringWrapper(s);
    }

    /** A multiple cell, marked when it falls within the growth range. */
    private TableCell<BreakFix, String> multipleCell(Function<BreakFix, Double> value) {
        return new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean emptyRow) {
                super.updateItem(item, emptyRow);
                setText(emptyRow ? null : item);
                getStyleClass().remove("in-range");
                BreakFix b = emptyRow || getTableRow() == null ? null : getTableRow().getItem();
                if (b != null) {
                    Double m = value.apply(b);
                    if (m != null && m <= b.topMultiplier()) {
                        getStyleClass().add("in-range");
                    }
                }
            }
        };
    }

    /** Shows the breaks of {@code d} (none: the table's empty state). */
    public void show(Design d) {
        design = d;
        if (d == null) {
            table.getItems().clear();
            headline.setText("");
            slo.setText("");
            empty.setText("No projection while the model has problems.");
            resize(0);
            return;
        }
        double top = d.model().growth().to();
        String target = Format.percent(d.model().slo().maxUtilization());
        passes.setText("Passes " + target + " at");
        busy.setText("Busy at " + Format.times(top));
        fix.setText("Fix at " + Format.times(top));
        cost.setVisible(d.priced());
        empty.setText("Nothing breaks before " + Format.times(top)
                + ": no component queues.");
        table.getItems().setAll(d.breaks());
        resize(d.breaks().size());
        headline.setText(headline(d, top, target));
        Double p95 = d.model().slo().p95LatencyMs();
        Double at = d.sweep().sloBreachedAt();
        slo.getStyleClass().removeAll("status-bad", "status-good");
        slo.setVisible(p95 != null);
        slo.setManaged(p95 != null);
        if (p95 == null) {
            slo.setText("");
        } else if (at != null && at <= top) {
            slo.setText("p95 SLO " + Format.ms(p95) + ": breached at " + Format.times(at));
            slo.getStyleClass().add("status-bad");
        } else {
            slo.setText("p95 SLO " + Format.ms(p95) + ": held up to " + Format.times(top)
                    + (at == null ? "" : " (breached at " + Format.times(at) + ")"));
            slo.getStyleClass().add("status-good");
        }
        footnote.setText("Passing " + target + " busy is a warning: waits grow fast from "
                + "there; saturated, a component cannot keep up and requests queue without "
                + "bound. The fix keeps it under " + target + " at " + Format.times(top)
                + " (or use a larger instance type); its cost is the cost engine's. \u2014 : "
                + "not within " + Format.times(top * 100) + ".");
    }

    private static String headline(Design d, double top, String target) {
        if (d.breaks().isEmpty()) {
            return "";
        }
        BreakFix first = d.breaks().get(0);
        Double over = first.overUtilizationAt();
        Double sat = d.firstSaturating().map(BreakFix::saturatesAt).orElse(null);
        Double slo = d.sweep().sloBreachedAt();
        boolean breaks = (over != null && over <= top) || (sat != null && sat <= top)
                || (slo != null && slo <= top);
        if (!breaks) {
            return "Nothing breaks before " + Format.times(top) + "."
                    + (over == null ? "" : " First to pass " + target + ": " + first.name()
                            + " at " + Format.times(over) + ".");
        }
        return "First to break: " + first.name()
                + (over == null ? "" : ", over " + target + " at " + Format.times(over))
                + (first.saturatesAt() == null ? ""
                        : ", saturated at " + Format.times(first.saturatesAt()))
                + ".";
    }

    private void resize(int rows) {
        double h = HEADER + Math.max(rows, 1) * ROW + 2;
        table.setPrefHeight(h);
        table.setMinHeight(h);
        table.setMaxHeight(h);
    }

    static String multiple(Double m) {
        return m == null ? "\u2014" : m == 0 ? "any load" : Format.times(m);
    }

    static String fixText(BreakFix b) {
        if (b.extraInstances() == 0) {
            return "None needed";
        }
        String n = b.instancesNeeded() + " instances (+" + b.extraInstances() + ")";
        return b.autoscaled() ? "max " + n : n;
    }

    static String costText(BreakFix b) {
        if (b.extraInstances() == 0) {
            return "\u2014";
        }
        return b.fixMonthlyUsd() == null ? "not priced" : "+" + Format.usd(b.fixMonthlyUsd());
    }

    TableView<BreakFix> table() {
        return table;
    }
}
