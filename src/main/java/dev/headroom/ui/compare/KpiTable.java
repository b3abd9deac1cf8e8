package dev.headroom.ui.compare;

import dev.headroom.app.Comparison;
import dev.headroom.app.Comparison.Kpi;
import dev.headroom.app.Comparison.Metric;
import dev.headroom.app.Format;
import dev.headroom.report.chart.Palette;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The key figures of the engine's {@link Comparison}: one group of columns per growth point
 * (1x, 3x, 10x or the common end), one column per design inside it, one row per figure. The
 * strictly better figure of a row carries the style class {@code kpi-best}; a cell's id is
 * {@code kpi-<row>-<point>-<design>} ({@code row}: users, bill, per1000, p95, togo,
 * bottleneck). A design that is broken at a point (saturated or over its p95 objective) is never
 * the better one there; its cells carry {@code kpi-broken}.
 */
final class KpiTable extends GridPane {
    /** A row of the table: its id, caption, how a figure prints, which metric ranks it. */
    private record Row(String id, String caption, Function<Kpi, String> text, Metric metric,
            String hint) {}

    private static final List<Row> ROWS = List.of(
            new Row("users", "Users", KpiFormat::users, null, "Users at this growth multiple"),
            new Row("bill", "Monthly bill", KpiFormat::monthlyBill, Metric.MONTHLY_BILL,
                    "The cost engine's monthly bill"),
            new Row("per1000", "Cost per 1,000 users", KpiFormat::perThousandUsers,
                    Metric.COST_PER_THOUSAND_USERS, "The monthly bill per 1,000 users"),
            new Row("p95", "p95 latency (worst class)", KpiFormat::p95, Metric.P95,
                    "The worst request class's 95th percentile"),
            new Row("togo", "Users still to go", KpiFormat::usersToGo, null,
                    "Users that can still be added before the design breaks (its first "
                            + "saturation or p95 breach); \u201cno limit found\u201d: it does "
                            + "not break within 100 \u00d7 the growth range"),
            new Row("bottleneck", "Bottleneck", KpiFormat::bottleneck, null,
                    "The most utilized component and how busy it is"));

    KpiTable() {
        getStyleClass().add("kpi-table");
    }

    void show(CompareSnapshot s) {
        getChildren().clear();
        getColumnConstraints().clear();
        Comparison cmp = s.comparison();
        if (cmp == null) {
            return;
        }
        List<CompareSnapshot.Slot> slots = s.compared();
        int n = slots.size();
        List<Double> ms = cmp.multipliers();
        ColumnConstraints first = new ColumnConstraints(190);
        first.setMinWidth(170);
        getColumnConstraints().add(first);
        for (int c = 0; c < ms.size() * n; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setHgrow(Priority.ALWAYS);
            cc.setPercentWidth(-1);
            cc.setMinWidth(70);
            cc.setPrefWidth(110);
            cc.setHalignment(HPos.RIGHT);
            getColumnConstraints().add(cc);
        }
        for (int j = 0; j < ms.size(); j++) {
            Label head = new Label("at " + times(ms.get(j)));
            head.getStyleClass().addAll("kpi-group-head", "kpi-group-start");
            head.setMaxWidth(Double.MAX_VALUE);
            head.setAlignment(Pos.CENTER);
            add(head, 1 + j * n, 0, n, 1);
            for (int i = 0; i < n; i++) {
                CompareSnapshot.Slot slot = slots.get(i);
                Region sw = new Region();
                sw.getStyleClass().add("kpi-swatch");
                sw.setStyle("-fx-background-color: " + colour(slot.index()) + ";");
                Label letter = new Label(slot.letter());
                letter.getStyleClass().add("kpi-letter");
                HBox h = new HBox(5, sw, letter);
                h.setAlignment(Pos.CENTER_RIGHT);
                h.getStyleClass().add("kpi-design-head");
                if (i == 0) {
                    h.getStyleClass().add("kpi-group-start");
                }
                Tooltip.install(h, new Tooltip(slot.name()));
                add(h, 1 + j * n + i, 1);
            }
        }
        for (int r = 0; r < ROWS.size(); r++) {
            Row row = ROWS.get(r);
            Label caption = new Label(row.caption());
            caption.getStyleClass().add("kpi-caption");
            if (row.metric() == null) {
                caption.getStyleClass().add("kpi-context");
            }
            caption.setTooltip(new Tooltip(row.hint()));
            caption.setMaxWidth(Double.MAX_VALUE);
            add(caption, 0, r + 2);
            for (int j = 0; j < ms.size(); j++) {
                for (int i = 0; i < n; i++) {
                    Kpi k = cmp.designs().get(i).kpis().get(j);
                    Label cell = new Label(row.text().apply(k));
                    cell.setId("kpi-" + row.id() + "-" + j + "-" + i);
                    cell.getStyleClass().add("kpi-cell");
                    if (row.metric() == null) {
                        cell.getStyleClass().add("kpi-context");
                    }
                    if (i == 0) {
                        cell.getStyleClass().add("kpi-group-start");
                    }
                    if (row.metric() != null && k.isBest(row.metric())) {
                        cell.getStyleClass().add("kpi-best");
                    }
                    if (row.metric() != null && k.broken()) {
                        cell.getStyleClass().add("kpi-broken");
                    }
                    if (r % 2 == 1) {
                        cell.getStyleClass().add("kpi-stripe");
                    }
                    cell.setMaxWidth(Double.MAX_VALUE);
                    cell.setAlignment(Pos.CENTER_RIGHT);
                    // a long bottleneck name wraps, and if it must be cut, at a word
                    cell.setWrapText(true);
                    cell.setTextOverrun(OverrunStyle.WORD_ELLIPSIS);
                    cell.setTextAlignment(javafx.scene.text.TextAlignment.RIGHT);
                    cell.setTooltip(new Tooltip(slots.get(i).letter() + ": "
                            + cell.getText().replace('\n', ' ')));
                    add(cell, 1 + j * n + i, r + 2);
                }
            }
            if (r % 2 == 1) {
                caption.getStyleClass().add("kpi-stripe");
            }
        }
    }

    static String colour(int index) {
        return Palette.css(Palette.series(index));
    }

    static String times(double m) {
        return Format.times(m);
    }
}
