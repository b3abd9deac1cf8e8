package dev.headroom.ui.projection;

import dev.headroom.app.Timeline;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * "Spend by the month": the spend over 12 and 24 months and the bill of every month, for a
 * model that grows by the calendar ({@link SpendRows}); hidden without a calendar.
 */
final class SpendCard extends VBox {
    private static final double ROW = 28;
    private static final int VISIBLE_ROWS = 8;

    private final Label pace = new Label();
    private final GridPane spans = new GridPane();
    private final Label note = new Label();
    private final TableView<SpendRows.Month> table = new TableView<>();

    SpendCard() {
        setId("spend");
        getStyleClass().addAll("chart-card", "spend-card");
        Label title = new Label("Spend by the month");
        title.getStyleClass().add("chart-title");
        pace.getStyleClass().add("breaks-headline");
        spans.setHgap(16);
        spans.setVgap(2);
        spans.getStyleClass().add("spend-spans");
        note.getStyleClass().add("chart-note");
        note.setWrapText(true);
        table.setId("spend-table");
        table.getStyleClass().add("breaks-table");
        table.setFixedCellSize(ROW);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                column("Month", SpendRows.Month::month, false),
                column("Growth", SpendRows.Month::growth, true),
                column("Users", SpendRows.Month::users, true),
                column("Bill", SpendRows.Month::bill, true),
                column("Spent to date", SpendRows.Month::toDate, true)));
        getChildren().addAll(title, pace, spans, note, table);
        show(null);
    }

    private static TableColumn<SpendRows.Month, String> column(String title,
            java.util.function.Function<SpendRows.Month, String> value, boolean right) {
        TableColumn<SpendRows.Month, String> c = new TableColumn<>(title);
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(value.apply(x.getValue())));
        c.setSortable(false);
        c.setReorderable(false);
        c.setPrefWidth(right ? 130 : 110);
        if (right) {
            c.setStyle("-fx-alignment: CENTER-RIGHT;");
        }
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                getStyleClass().remove("unserved");
                SpendRows.Month m = empty || getTableRow() == null ? null
                        : getTableRow().getItem();
                if (m != null && !m.served()) {
                    getStyleClass().add("unserved");
                }
            }
        });
        return c;
    }

    /** Shows the months of {@code t}; hides the card when it is null (no calendar). */
    void show(Timeline t) {
        show(t, null);
    }

    /** Shows the months of {@code t}, with the spend's ranges when {@code spread} was drawn. */
    void show(Timeline t, dev.headroom.app.Uncertainty.Result spread) {
        setVisible(t != null);
        setManaged(t != null);
        if (t == null) {
            return;
        }
        SpendRows rows = SpendRows.of(t, t.points().get(0).point().bill() != null, spread);
        pace.setText(rows.pace() + ".");
        spans.getChildren().clear();
        int r = 0;
        for (SpendRows.Span s : rows.spans()) {
            Label what = new Label(s.label());
            what.getStyleClass().add("spend-label");
            Label amount = new Label(s.amount());
            amount.getStyleClass().add("spend-amount");
            GridPane.setHalignment(amount, javafx.geometry.HPos.RIGHT);
            Label range = new Label(s.range());
            range.getStyleClass().add("spend-range");
            spans.addRow(r++, what, amount, range);
        }
        note.setText(rows.note() == null ? "" : rows.note());
        note.setVisible(rows.note() != null);
        note.setManaged(rows.note() != null);
        table.getItems().setAll(rows.months());
        double h = 30 + Math.min(rows.months().size(), VISIBLE_ROWS) * ROW + 2;
        table.setPrefHeight(h);
        table.setMinHeight(h);
        table.setMaxHeight(h);
        setAlignment(Pos.TOP_LEFT);
    }

}
