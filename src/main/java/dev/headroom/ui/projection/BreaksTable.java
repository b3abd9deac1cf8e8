package dev.headroom.ui.projection;

import dev.headroom.app.Design;
import dev.headroom.app.Fixes;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

/**
 * "What breaks first": the components in the order the engine gives ({@link BreakRows}), and
 * under the table the fixes of the selected one, each with where the design then breaks, what
 * it adds to the bill, and an Apply button that applies it to the model as one undoable step.
 * A latency objective missed because of a slow dependency gets its advice underneath.
 */
public final class BreaksTable extends VBox {
    private static final double ROW = 34;
    private static final double HEADER = 46;

    private final Label headline = new Label();
    private final Label slo = new Label();
    private final Label runway = new Label();
    private final Label range = new Label();
    private final TableView<BreakRows.Row> table = new TableView<>();
    private final Label empty = new Label();
    private final Label fixesTitle = new Label();
    private final GridPane fixes = new GridPane();
    private final VBox advice = new VBox(6);
    private final Label footnote = new Label();
    private final TableColumn<BreakRows.Row, String> component = new TableColumn<>("Component");
    private final TableColumn<BreakRows.Row, String> passes = new TableColumn<>("Passes target at");
    private final TableColumn<BreakRows.Row, String> saturates = new TableColumn<>("Saturates at");
    private final TableColumn<BreakRows.Row, String> satRange =
            new TableColumn<>("Saturates, P10\u2013P90");
    private final TableColumn<BreakRows.Row, String> busy = new TableColumn<>("Busy at top");
    private final TableColumn<BreakRows.Row, String> best = new TableColumn<>("Best fix");
    private final Consumer<Fixes.Option> apply;
    private Design design;

    /** {@code apply}: applies a fix to the open model (one undoable edit). */
    public BreaksTable(Consumer<Fixes.Option> apply) {
        this.apply = apply;
        setId("breaks");
        getStyleClass().addAll("chart-card", "breaks-card");
        Label title = new Label("What breaks first");
        title.getStyleClass().add("chart-title");
        headline.getStyleClass().add("breaks-headline");
        headline.setId("breaks-headline");
        headline.setWrapText(true);
        slo.getStyleClass().add("breaks-slo");
        slo.setId("breaks-slo");
        slo.setWrapText(true);
        runway.getStyleClass().add("breaks-runway");
        runway.setId("breaks-runway");
        runway.setWrapText(true);
        range.getStyleClass().add("breaks-range");
        range.setId("breaks-range");
        range.setWrapText(true);
        footnote.getStyleClass().add("chart-note");
        footnote.setWrapText(true);
        empty.getStyleClass().add("chart-empty");
        table.setId("breaks-table");
        table.setPlaceholder(empty);
        table.setFixedCellSize(ROW);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getStyleClass().add("breaks-table");
        fixesTitle.getStyleClass().add("fixes-title");
        fixes.setId("fixes");
        fixes.getStyleClass().add("fixes");
        fixes.setHgap(16);
        fixes.setVgap(6);
        advice.setId("latency-advice");
        advice.getStyleClass().add("latency-advice");
        setupColumns();
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) ->
                showFixes(row));
        getChildren().addAll(title, headline, runway, range, slo, table, fixesTitle, fixes,
                advice, footnote);
    }

    private void setupColumns() {
        component.setCellValueFactory(c -> text(c.getValue().name()));
        component.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean emptyRow) {
                super.updateItem(item, emptyRow);
                BreakRows.Row r = emptyRow || getTableRow() == null ? null
                        : getTableRow().getItem();
                if (r == null || design == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Rectangle swatch = new Rectangle(10, 10, ProjectionPlots.series(
                        design.model().indexOf(r.componentId())));
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
        component.setPrefWidth(220);
        passes.setCellValueFactory(c -> text(withMonth(c.getValue().passes(),
                c.getValue().passesMonth())));
        passes.setCellFactory(col -> rangeCell());
        saturates.setCellValueFactory(c -> text(withMonth(c.getValue().saturates(),
                c.getValue().saturatesMonth())));
        saturates.setCellFactory(col -> rangeCell());
        satRange.setCellValueFactory(c -> text(c.getValue().saturatesRange()));
        satRange.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean emptyRow) {
                super.updateItem(item, emptyRow);
                setText(emptyRow ? null : item);
                BreakRows.Row r = emptyRow || getTableRow() == null ? null
                        : getTableRow().getItem();
                setTooltip(r == null || r.saturatesMonths().isEmpty() ? null
                        : new javafx.scene.control.Tooltip("Saturates " + r.saturatesMonths()
                                + " in eight draws of ten"));
            }
        });
        busy.setCellValueFactory(c -> text(c.getValue().busyAtTop()));
        best.setCellValueFactory(c -> text(c.getValue().bestFix()));
        best.setPrefWidth(300);
        for (TableColumn<BreakRows.Row, String> col : List.of(passes, saturates, satRange, busy)) {
            col.setStyle("-fx-alignment: CENTER-RIGHT;");
            col.setPrefWidth(130);
        }
        for (TableColumn<BreakRows.Row, String> col : List.of(component, passes, saturates,
                satRange, busy, best)) {
            col.setSortable(false);
            col.setReorderable(false);
        }
        table.getColumns().setAll(List.of(component, passes, saturates, busy, best));
    }

    /** "3.43x · Oct 2027", or the multiple alone without a month. */
    private static String withMonth(String times, String month) {
        return month.isEmpty() || "\u2014".equals(times) ? times : times + " \u00b7 " + month;
    }

    private static ReadOnlyStringWrapper text(String s) {
        return new ReadOnlyStringWrapper(s);
    }

    /** A multiple cell, marked when the component breaks within the growth range. */
    private TableCell<BreakRows.Row, String> rangeCell() {
        return new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean emptyRow) {
                super.updateItem(item, emptyRow);
                setText(emptyRow ? null : item);
                getStyleClass().remove("in-range");
                BreakRows.Row r = emptyRow || getTableRow() == null ? null
                        : getTableRow().getItem();
                if (r != null && r.inRange() && !"\u2014".equals(item)) {
                    getStyleClass().add("in-range");
                }
            }
        };
    }

    /** Shows the breaks of {@code d} (none: the table's empty state). */
    public void show(Design d) {
        show(d, null);
    }

    /**
     * Shows the breaks of {@code d}, with their months by the model's calendar and their ranges
     * over the draws of {@code spread} (null: none yet).
     */
    public void show(Design d, dev.headroom.app.Uncertainty.Result spread) {
        design = d;
        if (d == null) {
            table.getItems().clear();
            headline.setText("");
            slo.setText("");
            showLine(runway, null);
            showLine(range, null);
            empty.setText("No projection while the model has problems.");
            showFixes(null);
            showAdvice(null);
            resize(0);
            return;
        }
        BreakRows rows = BreakRows.of(d, spread);
        String target = dev.headroom.app.Format.percent(d.model().slo().maxUtilization());
        String top = dev.headroom.app.Format.times(d.top().multiplier());
        boolean ranged = rows.rows().stream().anyMatch(r -> !r.saturatesRange().isEmpty());
        boolean byMonth = rows.runway() != null;
        List<TableColumn<BreakRows.Row, String>> columns = ranged
                ? List.<TableColumn<BreakRows.Row, String>>of(component, passes, saturates, satRange, busy, best)
                : List.<TableColumn<BreakRows.Row, String>>of(component, passes, saturates, busy, best);
        if (!table.getColumns().equals(columns)) {
            table.getColumns().setAll(columns);
        }
        for (TableColumn<BreakRows.Row, String> col : List.of(passes, saturates)) {
            col.setPrefWidth(byMonth ? 160 : 130);
        }
        showLine(runway, rows.runway());
        showLine(range, rows.range());
        passes.setText("Passes " + target + " at");
        busy.setText("Busy at " + top);
        empty.setText("Nothing queues: no component can saturate.");
        table.getItems().setAll(rows.rows());
        resize(rows.rows().size());
        headline.setText(rows.headline());
        slo.getStyleClass().removeAll("status-bad", "status-good");
        slo.setVisible(rows.slo() != null);
        slo.setManaged(rows.slo() != null);
        slo.setText(rows.slo() == null ? "" : rows.slo());
        slo.getStyleClass().add(rows.sloOk() ? "status-good" : "status-bad");
        footnote.setText(rows.note());
        rows.rows().stream().filter(BreakRows.Row::inRange).findFirst()
                .ifPresentOrElse(r -> table.getSelectionModel().select(r),
                        () -> table.getSelectionModel().clearSelection());
        showFixes(table.getSelectionModel().getSelectedItem());
        showAdvice(rows.advice());
    }

    private static void showLine(Label l, String text) {
        l.setText(text == null ? "" : text);
        l.setVisible(text != null);
        l.setManaged(text != null);
    }

    private void showFixes(BreakRows.Row row) {
        fixes.getChildren().clear();
        boolean any = row != null && !row.options().isEmpty();
        fixesTitle.setVisible(any);
        fixesTitle.setManaged(any);
        fixes.setVisible(any);
        fixes.setManaged(any);
        if (!any) {
            return;
        }
        fixesTitle.setText("Fixes for " + row.name());
        optionRows(fixes, row.options());
    }

    private void showAdvice(BreakRows.Advice a) {
        advice.getChildren().clear();
        advice.setVisible(a != null);
        advice.setManaged(a != null);
        if (a == null) {
            return;
        }
        Label title = new Label("A slow dependency, not capacity");
        title.getStyleClass().add("fixes-title");
        Label text = new Label(a.text());
        text.setWrapText(true);
        text.getStyleClass().add("advice-text");
        advice.getChildren().addAll(title, text);
        if (!a.options().isEmpty()) {
            GridPane grid = new GridPane();
            grid.setHgap(16);
            grid.setVgap(6);
            grid.getStyleClass().add("fixes");
            optionRows(grid, a.options());
            advice.getChildren().add(grid);
        }
    }

    private void optionRows(GridPane grid, List<BreakRows.Option> options) {
        boolean money = design != null && design.priced();
        int r = 0;
        for (BreakRows.Option o : options) {
            Label title = new Label(o.title());
            title.getStyleClass().add("fix-title");
            title.setWrapText(true);
            VBox what = new VBox(2, title);
            if (o.assumption() != null) {
                Label assumes = new Label("Assumes " + o.assumption() + ".");
                assumes.getStyleClass().add("fix-assumption");
                assumes.setWrapText(true);
                what.getChildren().add(assumes);
            }
            GridPane.setHgrow(what, Priority.ALWAYS);
            Label then = new Label(o.thenBreaks());
            then.getStyleClass().addAll("fix-then", o.holds() ? "status-good" : "status-warn");
            Label change = new Label(money ? o.change() + " /month" : "");
            change.getStyleClass().add("fix-change");
            Button go = new Button("Apply");
            go.getStyleClass().addAll("small", "fix-apply");
            go.setOnAction(e -> apply.accept(o.fix()));
            grid.addRow(r++, what, then, change, go);
        }
    }

    private void resize(int rows) {
        double h = HEADER + Math.max(rows, 1) * ROW + 2;
        table.setPrefHeight(h);
        table.setMinHeight(h);
        table.setMaxHeight(h);
    }

    TableView<BreakRows.Row> table() {
        return table;
    }

    GridPane fixes() {
        return fixes;
    }
}
