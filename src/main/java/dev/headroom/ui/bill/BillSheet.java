package dev.headroom.ui.bill;

import dev.headroom.app.Analysis;
import dev.headroom.app.Format;
import dev.headroom.app.Words;
import dev.headroom.cost.Bill;
import dev.headroom.cost.Commitment;
import dev.headroom.cost.LineCategory;
import dev.headroom.cost.LineItem;
import dev.headroom.model.Component;
import dev.headroom.model.Model;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the Bill workspace shows, as plain data: the bill at one growth multiplier line by line,
 * grouped by component or by category, with the same lines priced all on-demand, all 1-year and
 * all 3-year beside the model's own. Made from the application service's bills, so it is tested
 * without a display; {@link BillView} only lays it out.
 *
 * @param multiplier the growth multiplier billed
 * @param columns    the four bills: as modelled, on-demand, 1-year, 3-year
 * @param groups     the lines, grouped
 * @param unpriced   "2 components have no price (…)", or ""
 * @param notes      unconfirmed prices, parts with no price, fallbacks: one sentence each
 */
public record BillSheet(double multiplier, List<Column> columns, List<Group> groups,
        String unpriced, List<String> notes) {

    /** How the lines are grouped. */
    public enum Grouping { COMPONENT, CATEGORY }

    /** The commitments the sheet compares, after the model's own bill. */
    static final List<Commitment> COMPARED = List.of(Commitment.ON_DEMAND, Commitment.ONE_YEAR,
            Commitment.THREE_YEAR);

    public BillSheet {
        columns = List.copyOf(columns);
        groups = List.copyOf(groups);
        notes = List.copyOf(notes);
    }

    /**
     * One bill's column.
     *
     * @param title      "As modelled", "All on-demand", …
     * @param totalUsd   its total
     * @param fellBack   instance lines the catalog has no price for at this commitment (priced
     *                   on-demand)
     */
    public record Column(String title, double totalUsd, int fellBack) {
        /** "−23% against on-demand", or "" for the on-demand column itself. */
        public String against(double onDemand) {
            if (onDemand <= 0 || Math.abs(totalUsd - onDemand) < 0.005) {
                return "same as on-demand";
            }
            return (totalUsd < onDemand ? "\u2212" : "+")
                    + Format.percent(Math.abs(totalUsd / onDemand - 1)) + " against on-demand";
        }
    }

    /**
     * A group of lines with its subtotal in each column.
     *
     * @param name     the component's name or the category's heading
     * @param swatch   the component's index in the model (its colour), or -1
     * @param subtotal the group's sum in each column
     */
    public record Group(String name, int swatch, double[] subtotal, List<Row> rows) {
        public Group {
            subtotal = subtotal.clone();
            rows = List.copyOf(rows);
        }
    }

    /**
     * One line of the bill.
     *
     * @param item        what is charged
     * @param arithmetic  how the model's figure was made
     * @param usd         the line in each column (null where that bill has no such line)
     * @param unconfirmed its catalog price was not confirmed against a dated source
     * @param source      where the price comes from, and when it was read
     */
    public record Row(String who, String item, String arithmetic, Double[] usd,
            boolean unconfirmed, String source) {
        public Row {
            usd = usd.clone();
        }
    }

    /** The sheet of an analysis at {@code m}, or null when the model has no bill. */
    public static BillSheet of(Analysis a, double m, Grouping grouping) {
        if (!a.solvable() || !a.pricing().priced()) {
            return null;
        }
        List<Bill> bills = new ArrayList<>();
        bills.add(a.billAt(m));
        for (Commitment c : COMPARED) {
            bills.add(a.billAt(m, c));
        }
        BillSheet sheet = of(a.model(), bills, grouping);
        if (a.pricedWith() == null) {
            return sheet;
        }
        // a catalog next to the model may replace a provider's list prices: say whose they are
        List<String> notes = new ArrayList<>(sheet.notes());
        notes.add("Catalog prices from " + a.pricedWith() + ".");
        return new BillSheet(sheet.multiplier(), sheet.columns(), sheet.groups(),
                sheet.unpriced(), notes);
    }

    /** The sheet of the model's bill followed by its on-demand, 1-year and 3-year bills. */
    static BillSheet of(Model model, List<Bill> bills, Grouping grouping) {
        Bill own = bills.get(0);
        List<Column> columns = new ArrayList<>();
        String[] titles = {"As modelled", "All on-demand", "All 1-year", "All 3-year"};
        for (int i = 0; i < bills.size(); i++) {
            int fell = (int) bills.get(i).warnings().stream()
                    .filter(w -> w.endsWith("priced on-demand")).count();
            columns.add(new Column(titles[i], bills.get(i).totalUsd(), i == 0 ? 0 : fell));
        }
        List<Map<String, LineItem>> keyed = new ArrayList<>();
        for (Bill b : bills) {
            keyed.add(keyed(b));
        }
        Map<String, List<Row>> byGroup = new LinkedHashMap<>();
        Map<String, Integer> swatches = new LinkedHashMap<>();
        if (grouping == Grouping.CATEGORY) {
            for (LineCategory c : LineCategory.values()) {
                byGroup.put(c.label(), new ArrayList<>());
                swatches.put(c.label(), -1);
            }
        } else {
            List<Component> cs = model.components();
            for (int k = 0; k < cs.size(); k++) {
                byGroup.put(cs.get(k).id(), new ArrayList<>());
                swatches.put(cs.get(k).id(), k);
            }
            byGroup.put("", new ArrayList<>());
            swatches.put("", -1);
        }
        // Every line of every column: a line only some columns have (a sustained-use credit,
        // which a commitment has no use for) still shows, blank where a column lacks it.
        // A line of another column goes right after the model's line of the same item (the
        // burst of a committed autoscaled tier under its committed floor), else at the end.
        List<String> order = new ArrayList<>(keyed.get(0).keySet());
        Map<String, LineItem> rows = new LinkedHashMap<>(keyed.get(0));
        for (int i = 1; i < keyed.size(); i++) {
            for (Map.Entry<String, LineItem> e : keyed.get(i).entrySet()) {
                if (rows.putIfAbsent(e.getKey(), e.getValue()) == null) {
                    String base = e.getKey().substring(0, e.getKey().lastIndexOf('|') + 1);
                    int at = order.size();
                    for (int j = order.size() - 1; j >= 0; j--) {
                        if (order.get(j).startsWith(base)) {
                            at = j + 1;
                            break;
                        }
                    }
                    order.add(at, e.getKey());
                }
            }
        }
        for (String key : order) {
            LineItem l = rows.get(key);
            Double[] usd = new Double[bills.size()];
            for (int i = 0; i < bills.size(); i++) {
                LineItem same = keyed.get(i).get(key);
                usd[i] = same == null ? null : same.monthlyUsd();
            }
            String who = l.componentId() == null ? "whole design"
                    : model.component(l.componentId()).map(Component::displayName)
                            .orElse(l.componentId());
            String source = l.sku() == null ? "typed in the model"
                    : l.sku() + ": " + l.source() + " (read " + l.read() + ")"
                            + (l.unconfirmed() ? "\nNot confirmed against a dated source: "
                                    + "check it before relying on it." : "");
            String arithmetic = l.arithmetic();
            if (!keyed.get(0).containsKey(key)) {
                // not in the model's own bill: say which column's arithmetic this is
                for (int i = 1; i < keyed.size(); i++) {
                    if (keyed.get(i).containsKey(key)) {
                        arithmetic = titles[i] + ": " + arithmetic;
                        break;
                    }
                }
            }
            Row row = new Row(who, l.item(), arithmetic, usd, l.unconfirmed(), source);
            String group = grouping == Grouping.CATEGORY ? l.category().label()
                    : l.componentId() == null ? "" : l.componentId();
            byGroup.get(group).add(row);
        }
        List<Group> groups = new ArrayList<>();
        for (Map.Entry<String, List<Row>> e : byGroup.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            double[] sub = new double[bills.size()];
            for (Row r : e.getValue()) {
                for (int i = 0; i < sub.length; i++) {
                    sub[i] += r.usd()[i] == null ? 0 : r.usd()[i];
                }
            }
            String name = grouping == Grouping.CATEGORY ? e.getKey() : e.getKey().isEmpty()
                    ? "Whole design" : model.component(e.getKey()).map(Component::displayName)
                            .orElse(e.getKey());
            groups.add(new Group(name, swatches.get(e.getKey()), sub, e.getValue()));
        }
        List<String> notes = new ArrayList<>();
        if (own.hasUnconfirmed()) {
            notes.add("* " + Words.unconfirmed(own.unconfirmedUsd()) + ": check them before "
                    + "relying on the total (docs/pricing.md lists them).");
        }
        for (Bill.Unpriced u : own.unpriced()) {
            if (!u.whole()) {
                notes.add("Not priced: " + model.component(u.componentId())
                        .map(Component::displayName).orElse(u.componentId()) + ", " + u.what()
                        + ": " + u.why() + ".");
            }
        }
        for (String w : own.warnings()) {
            // "api: …" names a component by its id, which keeps its case; a sentence starts upper
            boolean named = model.components().stream().anyMatch(c -> w.startsWith(c.id() + ":"));
            notes.add((named ? w : w.substring(0, 1).toUpperCase() + w.substring(1)) + ".");
        }
        if (model.pricing() != null
                && own.warnings().stream().anyMatch(w -> w.endsWith("priced on-demand"))) {
            // the model asked for a commitment the catalog has no price for: say where one goes
            notes.add("A price you hold (a reservation, a negotiated rate) goes in a *.pricing.json "
                    + "next to the model that extends " + model.pricing() + " (docs/pricing.md, "
                    + "\"Adding a few prices\").");
        }
        return new BillSheet(own.multiplier(), columns, groups,
                String.join("; ", java.util.stream.Stream.of(
                        Words.unpriced(model, own.unpricedComponents()),
                        Words.unpricedParts(model, own.unpriced()))
                        .filter(t -> !t.isEmpty()).toList()), notes);
    }

    /** A line's key across bills of the same model: its component, category, SKU and order. */
    private static Map<String, LineItem> keyed(Bill b) {
        Map<String, LineItem> out = new LinkedHashMap<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (LineItem l : b.lines()) {
            String base = l.componentId() + "|" + l.category() + "|" + l.sku() + "|"
                    + (l.sku() == null ? l.item() : "");
            int n = seen.merge(base, 1, Integer::sum);
            out.put(base + "|" + n, l);
        }
        return out;
    }
}
