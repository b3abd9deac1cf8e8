package dev.headroom.ui.compare;

import dev.headroom.app.Design;
import dev.headroom.app.Format;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

/**
 * The four overlaid charts of the compare view, two by two: worst p95 with the SLO, monthly
 * bill, cost per 1,000 users, and the bottleneck's utilization with the utilization target.
 * Each design's first saturation is marked on all four.
 */
final class ChartsPanel extends GridPane {
    final CompareChart p95 = new CompareChart("Worst p95 (ms)", ChartsPanel::plain, Format::ms,
            "saturated");
    final CompareChart bill = new CompareChart("USD per month", ChartsPanel::usdTick,
            Format::usd, "not priced");
    final CompareChart perThousand = new CompareChart("USD per 1,000 users",
            ChartsPanel::usdTick, Format::usd, "not priced");
    final CompareChart utilization = new CompareChart("Utilization",
            v -> String.format(Locale.US, "%.0f%%", v * 100), Format::percent, "—");
    private final Label p95Note = note();
    private final Label billNote = note();
    private final Label perThousandNote = note();
    private final Label utilizationNote = note();

    ChartsPanel() {
        getStyleClass().add("charts-panel");
        p95.setId("chart-p95");
        bill.setId("chart-bill");
        perThousand.setId("chart-per1000");
        utilization.setId("chart-utilization");
        add(card("p95 latency, worst request class", p95Note, p95), 0, 0);
        add(card("Monthly bill", billNote, bill), 1, 0);
        add(card("Cost per 1,000 users", perThousandNote, perThousand), 0, 1);
        add(card("Utilization of the bottleneck", utilizationNote, utilization), 1, 1);
        for (int c = 0; c < 2; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(50);
            cc.setHgrow(Priority.ALWAYS);
            getColumnConstraints().add(cc);
        }
        for (int r = 0; r < 2; r++) {
            RowConstraints rc = new RowConstraints();
            rc.setPercentHeight(50);
            rc.setVgrow(Priority.ALWAYS);
            getRowConstraints().add(rc);
        }
    }

    private static Label note() {
        Label l = new Label();
        l.getStyleClass().add("card-note");
        return l;
    }

    private static VBox card(String title, Label note, CompareChart chart) {
        Label t = new Label(title);
        t.getStyleClass().add("card-title");
        VBox box = new VBox(2, t, note, chart);
        box.getStyleClass().addAll("compare-card", "chart-card");
        VBox.setVgrow(chart, Priority.ALWAYS);
        chart.setMinHeight(180);
        return box;
    }

    List<CompareChart> charts() {
        return List.of(p95, bill, perThousand, utilization);
    }

    void show(CompareSnapshot s) {
        show(s, null);
    }

    /** Shows {@code s} along growth multiples, or along {@code axis}'s months when not null. */
    void show(CompareSnapshot s, CompareAxis axis) {
        Curves cv = s.curves();
        if (cv == null) {
            charts().forEach(c -> c.along(null, new double[0]));
            charts().forEach(c -> c.show(1, 10, List.of(), List.of(), List.of(), Double.NaN));
            return;
        }
        List<CompareSnapshot.Slot> slots = s.compared();
        double[] ms = cv.multipliers();
        double[] xs = ms.clone();
        if (axis != null) {
            for (int i = 0; i < xs.length; i++) {
                xs[i] = axis.x(ms[i]);
            }
        }
        for (CompareChart c : charts()) {
            c.along(axis, ms);
        }
        double from = xs[0];
        double to = xs[xs.length - 1];
        List<CompareChart.Mark> marks = marks(slots, ms[ms.length - 1], axis);

        Map<Double, List<String>> slos = new LinkedHashMap<>();
        Map<Double, List<String>> targets = new LinkedHashMap<>();
        double cap = 0;
        for (int i = 0; i < slots.size(); i++) {
            Design d = slots.get(i).design();
            Double slo = d.model().slo().p95LatencyMs();
            if (slo != null) {
                slos.computeIfAbsent(slo, k -> new ArrayList<>()).add(slots.get(i).letter());
                cap = Math.max(cap, slo);
            }
            targets.computeIfAbsent(d.model().slo().maxUtilization(), k -> new ArrayList<>())
                    .add(slots.get(i).letter());
            double first = cv.designs().get(i).worstP95Ms()[0];
            if (Double.isFinite(first)) {
                cap = Math.max(cap, first);
            }
        }
        p95.show(from, to, curves(slots, cv, xs, Curves.Series::worstP95Ms, false),
                limits(slos, slots.size(), v -> "p95 SLO " + Format.ms(v)), marks,
                cap > 0 ? dev.headroom.report.Series.compareLatencyCap(cap) : Double.NaN);
        p95Note.setText((slos.isEmpty() ? "" : "Dashed: the p95 objective. ")
                + saturations(slots, ms[ms.length - 1], axis));

        boolean priced = slots.stream().anyMatch(x -> x.design().priced());
        bill.show(from, to, curves(slots, cv, xs, Curves.Series::monthlyUsd, false), List.of(), marks,
                Double.NaN);
        billNote.setText(priced ? "The cost engine's bill at each growth multiple."
                : "No design is priced.");
        perThousand.show(from, to, curves(slots, cv, xs, Curves.Series::perThousandUsersUsd, false),
                List.of(), marks, Double.NaN);
        perThousandNote.setText(priced ? "The bill divided by the users at each multiple."
                : "No design is priced.");
        utilization.show(from, to, curves(slots, cv, xs, Curves.Series::bottleneckUtilization, true),
                limits(targets, slots.size(), v -> "utilization target " + Format.percent(v)),
                marks, 1.2);
        utilizationNote.setText("The most utilized component at each multiple; dashed: the "
                + "utilization target.");
    }

    private static List<CompareChart.Curve> curves(List<CompareSnapshot.Slot> slots, Curves cv,
            double[] xs, Function<Curves.Series, double[]> values, boolean withBottleneck) {
        List<CompareChart.Curve> out = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            CompareSnapshot.Slot slot = slots.get(i);
            Curves.Series series = cv.designs().get(i);
            String[] notes = null;
            if (withBottleneck) {
                notes = new String[series.bottleneck().length];
                for (int j = 0; j < notes.length; j++) {
                    notes[j] = series.bottleneck()[j] == null ? null : series.bottleneck()[j]
                            + (series.bottleneckUtilization()[j] >= 1 ? ", saturated" : "");
                }
            }
            out.add(new CompareChart.Curve(slot.letter(), slot.name(),
                    KpiTable.colour(slot.index()), xs, values.apply(series),
                    notes));
        }
        return out;
    }

    /** One dashed line per distinct value, naming the designs when they differ. */
    private static List<CompareChart.Limit> limits(Map<Double, List<String>> values, int designs,
            Function<Double, String> label) {
        List<CompareChart.Limit> out = new ArrayList<>();
        values.forEach((v, letters) -> out.add(new CompareChart.Limit(v, label.apply(v)
                + (letters.size() == designs ? "" : " (" + String.join(", ", letters) + ")"))));
        return out;
    }

    /** Each design's first saturation within the range, from the engine's break search. */
    private static List<CompareChart.Mark> marks(List<CompareSnapshot.Slot> slots, double end,
            CompareAxis axis) {
        List<CompareChart.Mark> out = new ArrayList<>();
        for (CompareSnapshot.Slot slot : slots) {
            slot.design().breaks().firstSaturation()
                    .filter(b -> b.saturatesAt() <= end)
                    .ifPresent(b -> out.add(new CompareChart.Mark(axis == null ? b.saturatesAt()
                            : axis.x(b.saturatesAt()), KpiTable.colour(slot.index()),
                            slot.letter() + " " + at(b.saturatesAt(), axis))));
        }
        return out;
    }

    /** "3.4x", or "3.4x (Oct 2027)" along the months. */
    private static String at(double m, CompareAxis axis) {
        String reached = axis == null ? "" : axis.reached(m);
        return KpiTable.times(m) + (reached.isEmpty() ? "" : " (" + reached + ")");
    }

    /** "Dotted: where each design first saturates (A PostgreSQL 3.4x, …)." */
    private static String saturations(List<CompareSnapshot.Slot> slots, double end,
            CompareAxis axis) {
        List<String> parts = new ArrayList<>();
        for (CompareSnapshot.Slot slot : slots) {
            slot.design().breaks().firstSaturation()
                    .filter(b -> b.saturatesAt() <= end)
                    .ifPresent(b -> parts.add(slot.letter() + " " + slot.design().model()
                            .component(b.component()).map(c -> c.displayName())
                            .orElse(b.component()) + " at "
                            + at(b.saturatesAt(), axis)));
        }
        return parts.isEmpty() ? "Nothing saturates within the range."
                : "Dotted: first saturation \u2014 " + String.join(", ", parts) + ".";
    }

    static String plain(double v) {
        return Format.tick(v);
    }

    static String usdTick(double v) {
        return Format.usdTick(v);
    }
}
