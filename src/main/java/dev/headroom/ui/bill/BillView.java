package dev.headroom.ui.bill;

import atlantafx.base.theme.Styles;
import dev.headroom.app.Format;
import dev.headroom.cost.Commitment;
import dev.headroom.model.Model;
import dev.headroom.ui.document.DocumentViewModel;
import dev.headroom.ui.document.Results;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The Bill workspace: the monthly bill at the growth multiplier shown, line by line with its
 * arithmetic, grouped by component or by category, the model's own bill beside the same design
 * all on-demand, all 1-year and all 3-year. Unconfirmed prices carry an asterisk and say why on
 * hover; components with no price are named above the table. The figures come from
 * {@link BillSheet}; this class only lays them out.
 */
public final class BillView extends BorderPane {
    private final DocumentViewModel doc;
    private final ObjectProperty<BillSheet.Grouping> grouping =
            new SimpleObjectProperty<>(BillSheet.Grouping.COMPONENT);
    private final ObjectProperty<BillSheet> sheet = new SimpleObjectProperty<>();
    private final Label title = new Label();
    private final HBox cards = new HBox(12);
    private final Label unpriced = new Label();
    private final GridPane table = new GridPane();
    private final VBox notes = new VBox(4);
    private final Label empty = new Label();
    private final ScrollPane content;

    public BillView(DocumentViewModel doc) {
        this.doc = doc;
        getStyleClass().add("bill-view");
        getStylesheets().add(BillView.class.getResource("bill.css").toExternalForm());
        setId("bill-view");

        title.getStyleClass().add("bill-title");
        title.setId("bill-title");
        ToggleGroup group = new ToggleGroup();
        ToggleButton byComponent = new ToggleButton("Component");
        byComponent.setId("bill-by-component");
        byComponent.getStyleClass().add(Styles.LEFT_PILL);
        ToggleButton byCategory = new ToggleButton("Category");
        byCategory.setId("bill-by-category");
        byCategory.getStyleClass().add(Styles.RIGHT_PILL);
        byComponent.setToggleGroup(group);
        byCategory.setToggleGroup(group);
        byComponent.setSelected(true);
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true);
                return;
            }
            grouping.set(now == byCategory ? BillSheet.Grouping.CATEGORY
                    : BillSheet.Grouping.COMPONENT);
        });
        grouping.addListener((o, was, g) -> (g == BillSheet.Grouping.CATEGORY ? byCategory
                : byComponent).setSelected(true));
        Label groupBy = new Label("Group by");
        groupBy.getStyleClass().add("bill-muted");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox strip = new HBox(8, title, grow, groupBy, new HBox(byComponent, byCategory));
        strip.setAlignment(Pos.CENTER_LEFT);
        strip.getStyleClass().add("bill-strip");
        setTop(strip);

        cards.getStyleClass().add("bill-cards");
        unpriced.getStyleClass().add("bill-unpriced");
        unpriced.setId("bill-unpriced");
        unpriced.setWrapText(true);
        unpriced.managedProperty().bind(unpriced.visibleProperty());
        table.getStyleClass().add("bill-table");
        table.setId("bill-table");
        Label tableTitle = new Label("Lines");
        tableTitle.getStyleClass().add("bill-card-title");
        VBox tableCard = new VBox(6, tableTitle, table);
        tableCard.getStyleClass().add("bill-card");
        notes.getStyleClass().add("bill-notes");
        VBox body = new VBox(12, cards, unpriced, tableCard, notes);
        body.getStyleClass().add("bill-body");
        content = new ScrollPane(body);
        content.setFitToWidth(true);
        content.getStyleClass().add("bill-scroll");
        empty.getStyleClass().add("bill-empty");
        empty.setId("bill-empty");
        empty.setWrapText(true);
        setCenter(new StackPane(content, empty));

        doc.resultsProperty().addListener((o, a, r) -> refresh());
        grouping.addListener((o, a, g) -> refresh());
        visibleProperty().addListener((o, a, v) -> refresh());
        sheet.addListener((o, a, s) -> show(s));
        refresh();
    }

    /** The sheet shown, or null when the model has no bill. */
    public ReadOnlyObjectProperty<BillSheet> sheetProperty() {
        return sheet;
    }

    public void groupBy(BillSheet.Grouping g) {
        grouping.set(g);
    }

    private void refresh() {
        if (!isVisible() && sheet.get() != null) {
            return; // rebuilt when shown again
        }
        Results r = doc.results();
        sheet.set(r == null ? null : BillSheet.of(r.analysis(), r.multiplier(), grouping.get()));
        if (sheet.get() == null) {
            show(null);
        }
        if (r != null && sheet.get() == null) {
            empty.setText(r.solved() ? "No bill: " + r.whyNoBill() + "."
                    : "No bill: the model has problems. Fix them in the design workspace.");
        }
    }

    private void show(BillSheet s) {
        content.setVisible(s != null);
        empty.setVisible(s == null);
        if (s == null) {
            title.setText("Monthly bill");
            return;
        }
        title.setText("Monthly bill at " + Format.times(s.multiplier()));
        cards.getChildren().clear();
        double onDemand = s.columns().get(1).totalUsd();
        for (int i = 0; i < s.columns().size(); i++) {
            VBox card = card(s.columns().get(i), i, onDemand, !s.unpriced().isEmpty());
            if (i > 0) {
                applyLink(card, BillSheet.COMPARED.get(i - 1), i);
            }
            cards.getChildren().add(card);
        }
        unpriced.setText(s.unpriced().isEmpty() ? "" : s.unpriced()
                + ": the totals leave " + (s.unpriced().startsWith("1 ")
                        && !s.unpriced().contains("; ") ? "it" : "them")
                + " out. Give each an instance type, hourlyCostUsd (0 when free) or a per-call "
                + "price in the inspector.");
        unpriced.setVisible(!s.unpriced().isEmpty());
        fillTable(s);
        notes.getChildren().clear();
        for (String n : s.notes()) {
            Label l = new Label(n);
            l.setWrapText(true);
            l.getStyleClass().add("bill-note");
            notes.getChildren().add(l);
        }
    }

    /**
     * "Apply to the model" under a compared column whose commitment the model does not use yet:
     * one undoable edit puts every catalog-priced instance on it where the catalog has the price
     * ({@code Headroom#withCommitment}), so the model's own bill becomes that column's.
     */
    private void applyLink(VBox card, Commitment k, int i) {
        Model now = doc.model();
        if (now == null || doc.service().withCommitment(now, doc.fileProperty().get(), k).equals(now)) {
            return;
        }
        Hyperlink apply = new Hyperlink("Apply to the model");
        apply.setId("bill-apply-" + i);
        apply.getStyleClass().add("bill-apply");
        String what = k == Commitment.ON_DEMAND ? "on-demand" : k.key();
        apply.setTooltip(new Tooltip("Puts every instance on " + what + " prices where the "
                + "catalog has them; undoable"));
        apply.setOnAction(e -> doc.apply("Use " + what + " prices",
                m -> doc.service().withCommitment(m, doc.fileProperty().get(), k)));
        card.getChildren().add(apply);
    }

    private static VBox card(BillSheet.Column c, int i, double onDemand, boolean incomplete) {
        Label name = new Label(c.title());
        name.getStyleClass().add("bill-card-title");
        Label total = new Label((incomplete ? "\u2265 " : "") + Format.usd(c.totalUsd()));
        total.getStyleClass().add("bill-card-total");
        total.setId("bill-total-" + i);
        Label against = new Label(i == 1 ? "list prices, no commitment" : c.against(onDemand));
        against.getStyleClass().add("bill-muted");
        VBox box = new VBox(2, name, total, against);
        if (c.fellBack() > 0) {
            Label fell = new Label(c.fellBack() + (c.fellBack() == 1 ? " line has" : " lines have")
                    + " no such price: on-demand");
            fell.getStyleClass().add("bill-muted");
            fell.setWrapText(true);
            box.getChildren().add(fell);
        }
        box.getStyleClass().addAll("bill-card", i == 0 ? "bill-card-own" : "bill-card-other");
        box.setMinWidth(170);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    private void fillTable(BillSheet s) {
        table.getChildren().clear();
        table.getColumnConstraints().clear();
        ColumnConstraints item = new ColumnConstraints(160, 250, 360);
        ColumnConstraints how = new ColumnConstraints(220, 420, Double.MAX_VALUE);
        how.setHgrow(Priority.ALWAYS);
        table.getColumnConstraints().addAll(item, how);
        for (int i = 0; i < s.columns().size(); i++) {
            ColumnConstraints money = new ColumnConstraints(96);
            money.setHalignment(HPos.RIGHT);
            table.getColumnConstraints().add(money);
        }
        int row = 0;
        table.addRow(row++, head("Item"), head("Arithmetic (as modelled)"),
                moneyHead("As modelled"), moneyHead("On-demand"), moneyHead("1-year"),
                moneyHead("3-year"));
        for (BillSheet.Group g : s.groups()) {
            Label name = new Label(g.name());
            name.getStyleClass().add("bill-group");
            GridPane.setColumnSpan(name, 2);
            table.add(name, 0, row);
            for (int i = 0; i < g.subtotal().length; i++) {
                Label v = money(g.subtotal()[i]);
                v.getStyleClass().add("bill-group");
                table.add(v, 2 + i, row);
            }
            row++;
            for (BillSheet.Row r : g.rows()) {
                String who = grouping.get() == BillSheet.Grouping.COMPONENT ? ""
                        : r.who() + ": ";
                Label it = new Label(who + r.item() + (r.unconfirmed() ? " *" : ""));
                it.getStyleClass().add("bill-item");
                if (r.unconfirmed()) {
                    it.getStyleClass().add("bill-unconfirmed");
                }
                it.setWrapText(true);
                it.setTooltip(new Tooltip(r.source()));
                Label a = new Label(r.arithmetic());
                a.getStyleClass().add("bill-arithmetic");
                a.setWrapText(true);
                a.setTooltip(new Tooltip(r.arithmetic()));
                table.add(it, 0, row);
                table.add(a, 1, row);
                for (int i = 0; i < r.usd().length; i++) {
                    Label v = r.usd()[i] == null ? new Label("\u2014") : money(r.usd()[i]);
                    if (i > 0 && r.usd()[i] != null && r.usd()[0] != null
                            && Math.abs(r.usd()[i] - r.usd()[0]) >= 0.005) {
                        v.getStyleClass().add(r.usd()[i] < r.usd()[0] ? "bill-less" : "bill-more");
                    }
                    table.add(v, 2 + i, row);
                }
                row++;
            }
        }
        Label total = new Label("Total");
        total.getStyleClass().add("bill-total-row");
        total.setMaxWidth(Double.MAX_VALUE); // its rule runs under the item and arithmetic
        GridPane.setColumnSpan(total, 2);
        table.add(total, 0, row);
        for (int i = 0; i < s.columns().size(); i++) {
            Label v = money(s.columns().get(i).totalUsd());
            v.getStyleClass().add("bill-total-row");
            table.add(v, 2 + i, row);
        }
    }

    private static Label head(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("bill-head");
        return l;
    }

    private static Label moneyHead(String text) {
        Label l = head(text);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setAlignment(Pos.CENTER_RIGHT);
        return l;
    }

    private static Label money(double usd) {
        Label l = new Label(Format.usdCents(usd));
        l.getStyleClass().add("bill-money");
        l.setMaxWidth(Double.MAX_VALUE);
        l.setAlignment(Pos.CENTER_RIGHT);
        return l;
    }
}
