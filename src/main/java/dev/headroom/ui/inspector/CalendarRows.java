package dev.headroom.ui.inspector;

import dev.headroom.app.Format;
import dev.headroom.model.Bounds;
import dev.headroom.model.Component;
import dev.headroom.model.ModelValidator;
import dev.headroom.model.Uncertainty;
import dev.headroom.ui.document.DocumentViewModel;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The inspector's rows for growth by the calendar and the inputs' ranges (docs/model-format.md
 * "Growth by the calendar", "Uncertainty"): the monthly growth rate and the start month on the
 * model form; the traffic, service-time and hit-ratio ranges on the model form, a component's own
 * service-time and hit-ratio ranges on its form. A range is two fields, low and high; both blank
 * removes it. Each edit is one undoable step.
 */
final class CalendarRows {
    private CalendarRows() {}

    /** "Growth a month" (% a month, blank for none) and "From month" (2027-01). */
    static void calendar(Form f, DocumentViewModel vm) {
        f.text("g-rate", "Growth a month", () -> {
            Double r = vm.model().growth().monthlyRate();
            return r == null ? "" : Format.number(Math.round(r * 1e8) / 1e6) + " %";
        }, v -> {
            String t = v.replace("%", "").strip();
            if (t.isEmpty()) {
                if (vm.model().growth().monthlyRate() != null) {
                    vm.updateGrowth("Remove the monthly growth", g -> g.withMonthlyRate(null));
                }
                return null;
            }
            double pct;
            try {
                pct = Double.parseDouble(t.replace(",", ""));
            } catch (NumberFormatException e) {
                return "Enter a growth in % a month, such as 15";
            }
            if (!(pct > 0 && pct <= ModelValidator.MAX_MONTHLY_RATE * 100)) {
                return "Must be above 0 and at most " + Format.number(
                        ModelValidator.MAX_MONTHLY_RATE * 100) + " % a month";
            }
            double rate = pct / 100;
            vm.updateGrowth("Set the monthly growth", g -> {
                var with = g.withMonthlyRate(rate);
                // a rate needs its month 0: today's month, which the field then shows
                return g.startMonth() == null ? with.withStartMonth(YearMonth.now()) : with;
            });
            return null;
        });
        f.text("g-start", "From month", () -> {
            YearMonth m = vm.model().growth().startMonth();
            return m == null ? "" : m.toString();
        }, v -> {
            if (v.isEmpty()) {
                if (vm.model().growth().monthlyRate() != null) {
                    return "Needed with a monthly growth: the month of today's figures";
                }
                if (vm.model().growth().startMonth() != null) {
                    vm.updateGrowth("Remove the start month", g -> g.withStartMonth(null));
                }
                return null;
            }
            YearMonth m;
            try {
                if (!v.matches("\\d{4}-\\d{2}")) {
                    throw new DateTimeParseException("not yyyy-mm", v, 0);
                }
                m = YearMonth.parse(v);
            } catch (DateTimeParseException e) {
                return "Write the month as year-month, such as 2027-01";
            }
            vm.updateGrowth("Set the start month", g -> g.withStartMonth(m));
            return null;
        });
        f.note("Month n carries (1 + growth)ⁿ × today's users: every break gets its month.");
    }

    /** The model's ranges: traffic, service time, and hit ratio when something has one. */
    static void modelRanges(Form f, DocumentViewModel vm) {
        f.section("Uncertainty");
        f.note("How far each input may be from the value given, low to high; blank for none. "
                + "Every figure then shows its P10–P90 range over 1,000 draws.");
        Supplier<Uncertainty> u = () -> vm.model().uncertainty();
        multiplier(f, "u-traffic", "Traffic", "× today's", () -> u.get().traffic(),
                b -> vm.apply(b == null ? "Remove the traffic range" : "Set the traffic range",
                        m -> m.withUncertainty(m.uncertainty().withTraffic(b))));
        multiplier(f, "u-service", "Service times", "× given", () -> u.get().serviceTime(),
                b -> vm.apply(b == null ? "Remove the service-time range"
                        : "Set the service-time range",
                        m -> m.withUncertainty(m.uncertainty().withServiceTime(b))));
        if (vm.model().components().stream().anyMatch(c -> c.hitRatio() != null)) {
            hitRatio(f, "u-hit", "Hit ratios", () -> u.get().hitRatio(), null,
                    b -> vm.apply(b == null ? "Remove the hit-ratio range"
                            : "Set the hit-ratio range",
                            m -> m.withUncertainty(m.uncertainty().withHitRatio(b))));
        }
    }

    /** A component's own ranges: its service time, and its hit ratio when it has one. */
    static void componentRanges(Form f, Supplier<Component> c,
            java.util.function.BiConsumer<String, java.util.function.UnaryOperator<Component>>
                    edit) {
        f.section("Uncertainty");
        Supplier<Uncertainty> own = () -> c.get().uncertainty() == null ? Uncertainty.NONE
                : c.get().uncertainty();
        multiplier(f, "c-u-service", "Service time", "× given", () -> own.get().serviceTime(),
                b -> edit.accept(b == null ? "Remove the service-time range"
                        : "Set the service-time range", x -> x.withUncertainty(
                                ownOf(x).withServiceTime(b))));
        if (c.get().hitRatio() != null) {
            hitRatio(f, "c-u-hit", "Hit ratio", () -> own.get().hitRatio(),
                    () -> c.get().hitRatio(),
                    b -> edit.accept(b == null ? "Remove the hit-ratio range"
                            : "Set the hit-ratio range", x -> x.withUncertainty(
                                    ownOf(x).withHitRatio(b))));
        }
        f.note("Its own ranges replace the model's for this component, drawn on their own.");
    }

    private static Uncertainty ownOf(Component x) {
        return x.uncertainty() == null ? Uncertainty.NONE : x.uncertainty();
    }

    /** A multiplier range: 0 < low ≤ 1 ≤ high ≤ 100. */
    private static void multiplier(Form f, String id, String label, String unit,
            Supplier<Bounds> get, java.util.function.Consumer<Bounds> set) {
        range(f, id, label, unit, get, set, 1, b -> {
            if (!(b.low() > 0 && b.low() <= 1)) {
                return "Low must be above 0 and at most 1 (the value given)";
            }
            if (!(b.high() >= 1 && b.high() <= ModelValidator.MAX_UNCERTAINTY)) {
                return "High must be at least 1 (the value given) and at most "
                        + Format.number(ModelValidator.MAX_UNCERTAINTY);
            }
            return null;
        });
    }

    /** A hit-ratio range in %, around {@code own} when given (a component's hit ratio). */
    private static void hitRatio(Form f, String id, String label, Supplier<Bounds> get,
            Supplier<Double> own, java.util.function.Consumer<Bounds> set) {
        range(f, id, label, "%", get, set, 100, b -> {
            if (!(b.low() >= 0 && b.high() <= 1 && b.low() <= b.high())) {
                return "Give 0 ≤ low ≤ high ≤ 100 %";
            }
            Double h = own == null ? null : own.get();
            if (h != null && !b.contains(h)) {
                return "Must contain the hit ratio, " + Format.number(h * 100) + " %";
            }
            return null;
        });
    }

    /**
     * Two fields, low and high, in {@code scale} units of the stored value (100: percent);
     * {@code check} returns why a range is refused.
     */
    private static void range(Form f, String id, String label, String unit, Supplier<Bounds> get,
            java.util.function.Consumer<Bounds> set, double scale,
            Function<Bounds, String> check) {
        TextField low = new TextField();
        TextField high = new TextField();
        low.setId(id + "-low");
        high.setId(id + "-high");
        for (TextField t : new TextField[] {low, high}) {
            t.getStyleClass().add("number-field");
            t.setPrefColumnCount(4);
            t.setMinWidth(48);
        }
        low.setPromptText("low");
        high.setPromptText("high");
        Label to = new Label("to");
        to.getStyleClass().add("unit");
        to.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label u = new Label(unit);
        u.getStyleClass().add("unit");
        u.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox box = new HBox(6, low, to, high, u);
        box.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(low, Priority.ALWAYS);
        HBox.setHgrow(high, Priority.ALWAYS);
        f.row(label, box);
        Label error = new Label();
        error.setId(id + "-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setManaged(false);
        error.setVisible(false);
        f.add(error, 1, f.nextRow());
        Runnable load = () -> {
            Bounds b = get.get();
            low.setText(b == null ? "" : Format.number(round(b.low() * scale)));
            high.setText(b == null ? "" : Format.number(round(b.high() * scale)));
            Form.showError(low, error, null);
        };
        Runnable commit = () -> {
            String a = low.getText().strip().replace("%", "").strip();
            String b = high.getText().strip().replace("%", "").strip();
            Bounds was = get.get();
            if (a.isEmpty() && b.isEmpty()) {
                Form.showError(low, error, null);
                if (was != null) {
                    set.accept(null);
                }
                return;
            }
            if (a.isEmpty() || b.isEmpty()) {
                Form.showError(low, error, "Give both ends, or neither");
                return;
            }
            Bounds v;
            try {
                v = new Bounds(Double.parseDouble(a) / scale, Double.parseDouble(b) / scale);
            } catch (NumberFormatException e) {
                Form.showError(low, error, "Enter two numbers");
                return;
            }
            String why = check.apply(v);
            Form.showError(low, error, why);
            if (why == null && !v.equals(was)) {
                set.accept(v);
            }
        };
        for (TextField t : new TextField[] {low, high}) {
            t.setOnAction(e -> commit.run());
            // Tabbing from low to high is not leaving the range: commit once neither has focus.
            t.focusedProperty().addListener((o, was, now) -> {
                if (!now) {
                    javafx.application.Platform.runLater(() -> {
                        if (!low.isFocused() && !high.isFocused()) {
                            commit.run();
                        }
                    });
                }
            });
        }
        f.onRefresh(() -> {
            if (!low.isFocused() && !high.isFocused()) {
                load.run();
            }
        });
        load.run();
    }

    /** Six significant digits: what was typed, without the noise of dividing by 100. */
    private static double round(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(6)).doubleValue();
    }
}
