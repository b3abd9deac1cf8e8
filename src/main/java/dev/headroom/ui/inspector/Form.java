package dev.headroom.ui.inspector;

import dev.headroom.app.Format;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * A two-column form whose fields commit on Enter or when focus leaves, check units and ranges,
 * and show the problem right under the field instead of applying a bad value. {@link #refresh()}
 * reloads every field the user is not typing in from the model.
 */
public final class Form extends GridPane {
    private final List<Runnable> refreshers = new ArrayList<>();
    private int row;

    public Form() {
        getStyleClass().add("form");
        setHgap(10);
        setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(105);
        labels.setPrefWidth(120);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        getColumnConstraints().addAll(labels, fields);
    }

    public void section(String title) {
        Label l = new Label(title.toUpperCase(Locale.ROOT));
        l.getStyleClass().add("section-title");
        add(l, 0, row++, 2, 1);
    }

    public void note(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("field-note");
        l.setWrapText(true);
        add(l, 0, row++, 2, 1);
    }

    public void row(String label, Node field) {
        Label l = new Label(label);
        l.getStyleClass().add("field-label");
        l.setWrapText(true);
        GridPane.setHalignment(l, HPos.LEFT);
        add(l, 0, row);
        add(field, 1, row++);
    }

    /** A numeric field with a unit, accepted only within [min, max]. */
    public TextField number(String id, String label, String unit, double min, double max,
            boolean integer, Supplier<Double> get, DoubleConsumer set) {
        return number(id, label, unit, min, max, integer, null, get, v -> set.accept(v));
    }

    /**
     * A numeric field that may be left blank: blank sets null, and shows {@code blank} (what
     * leaving it out means, e.g. "none") as the prompt.
     */
    public TextField optionalNumber(String id, String label, String unit, double min,
            double max, boolean integer, String blank, Supplier<Double> get,
            Consumer<Double> set) {
        return number(id, label, unit, min, max, integer, blank, get, set);
    }

    private TextField number(String id, String label, String unit, double min, double max,
            boolean integer, String blank, Supplier<Double> get, Consumer<Double> set) {
        TextField f = new TextField();
        if (blank != null) {
            f.setPromptText(blank);
        }
        f.setId(id);
        f.getStyleClass().add("number-field");
        Label u = new Label(unit);
        u.getStyleClass().add("unit");
        u.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label error = error(id);
        javafx.scene.layout.HBox box = new javafx.scene.layout.HBox(6, f, u);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        javafx.scene.layout.HBox.setHgrow(f, Priority.ALWAYS);
        row(label, box);
        add(error, 1, row++);
        Runnable load = () -> {
            Double v = get.get();
            f.setText(v == null ? "" : Format.number(v));
            showError(f, error, null);
        };
        Runnable commit = () -> {
            String text = f.getText().trim().replace(",", "");
            if (blank != null && text.isEmpty()) {
                showError(f, error, null);
                if (get.get() != null) {
                    set.accept(null);
                }
                return;
            }
            double v;
            try {
                v = Double.parseDouble(text);
            } catch (NumberFormatException e) {
                showError(f, error, "Enter a number" + (unit.isEmpty() ? "" : " in " + unit)
                        + (blank == null ? "" : ", or leave it blank for " + blank));
                return;
            }
            if (integer && v != Math.rint(v)) {
                showError(f, error, "Enter a whole number");
            } else if (!(v >= min && v <= max)) {
                showError(f, error, "Must be between " + Format.number(min) + " and "
                        + Format.number(max) + (unit.isEmpty() ? "" : " " + unit));
            } else {
                showError(f, error, null);
                Double old = get.get();
                if (old == null || old != v) {
                    set.accept(v);
                }
            }
        };
        wire(f, commit);
        refreshers.add(() -> {
            if (!f.isFocused()) {
                load.run();
            }
        });
        load.run();
        return f;
    }

    /** A text field; {@code set} returns a problem to show, or null when it took the value. */
    public TextField text(String id, String label, Supplier<String> get,
            java.util.function.Function<String, String> set) {
        TextField f = new TextField();
        f.setId(id);
        Label error = error(id);
        row(label, f);
        add(error, 1, row++);
        wire(f, () -> {
            String v = f.getText().trim();
            if (!v.equals(get.get())) {
                showError(f, error, set.apply(v));
            } else {
                showError(f, error, null);
            }
        });
        refreshers.add(() -> {
            if (!f.isFocused()) {
                f.setText(get.get() == null ? "" : get.get());
                showError(f, error, null);
            }
        });
        f.setText(get.get() == null ? "" : get.get());
        return f;
    }

    public CheckBox check(String id, String label, Supplier<Boolean> get, Consumer<Boolean> set) {
        CheckBox c = new CheckBox(label);
        c.setId(id);
        c.setWrapText(true); // long labels wrap in the narrow inspector instead of ending in "…"
        c.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        c.setSelected(get.get());
        c.setOnAction(e -> set.accept(c.isSelected()));
        add(c, 1, row++);
        refreshers.add(() -> c.setSelected(get.get()));
        return c;
    }

    public void onRefresh(Runnable r) {
        refreshers.add(r);
    }

    public void refresh() {
        refreshers.forEach(Runnable::run);
    }

    public int nextRow() {
        return row++;
    }

    private static Label error(String id) {
        Label error = new Label();
        error.setId(id + "-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setManaged(false);
        error.setVisible(false);
        return error;
    }

    private static void wire(TextField f, Runnable commit) {
        f.setOnAction(e -> commit.run());
        f.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commit.run();
            }
        });
    }

    static void showError(TextField f, Label error, String message) {
        boolean bad = message != null;
        error.setText(bad ? message : "");
        error.setManaged(bad);
        error.setVisible(bad);
        f.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("danger"), bad);
    }
}
