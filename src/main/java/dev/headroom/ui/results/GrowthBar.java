package dev.headroom.ui.results;

import dev.headroom.model.Growth;
import dev.headroom.ui.document.DocumentViewModel;
import dev.headroom.ui.document.Results;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The growth slider, from the model's {@code growth.from} to {@code growth.to}: dragging it
 * re-solves continuously. Under it, in words, what is saturated or over the limit.
 */
public final class GrowthBar extends HBox {
    private final Slider slider = new Slider();
    private final Label value = new Label();
    private final Label users = new Label();
    private final Label status = new Label();
    private final DocumentViewModel vm;

    public GrowthBar(DocumentViewModel vm) {
        this.vm = vm;
        getStyleClass().add("growth-bar");
        setAlignment(Pos.CENTER_LEFT);
        Label title = new Label("GROWTH");
        title.getStyleClass().add("section-title");
        slider.setId("growth-slider");
        slider.setShowTickMarks(true);
        slider.setShowTickLabels(true);
        slider.setPrefWidth(420);
        value.setId("growth-value");
        value.getStyleClass().add("growth-value");
        users.getStyleClass().add("growth-users");
        status.setId("growth-status");
        status.getStyleClass().add("growth-status");
        status.setWrapText(true);
        VBox words = new VBox(2, users, status);
        HBox.setHgrow(words, Priority.ALWAYS);
        getChildren().addAll(title, slider, value, words);
        slider.valueProperty().bindBidirectional(vm.multiplierProperty());
        // Arrow keys move one growth step per press (Slider's own keys move by its block
        // increment, 10 by default: from 1x straight to 10x).
        slider.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            int dir = switch (e.getCode()) {
                case RIGHT, UP, KP_RIGHT, KP_UP -> 1;
                case LEFT, DOWN, KP_LEFT, KP_DOWN -> -1;
                default -> 0;
            };
            if (dir != 0) {
                slider.setValue(step(vm.model().growth(), slider.getValue(), dir));
                e.consume();
            }
        });
        vm.modelProperty().addListener((o, a, m) -> range(m.growth()));
        vm.resultsProperty().addListener((o, a, r) -> words(r));
        range(vm.model().growth());
        words(vm.results());
    }

    private void range(Growth g) {
        double lo = g.from();
        double hi = Math.max(g.to(), lo + 1e-6);
        if (slider.getMin() != lo || slider.getMax() != hi) {
            slider.setMin(lo);
            slider.setMax(hi);
            double span = hi - lo;
            slider.setMajorTickUnit(span >= 5 ? Math.ceil(span / 9) : span / 4);
            slider.setMinorTickCount(0);
        }
        slider.setBlockIncrement(g.steps() > 1 ? (hi - lo) / (g.steps() - 1) : hi - lo);
    }

    /**
     * The growth step next to {@code v} in direction {@code dir} (+1 up, −1 down) on the grid of
     * the model's steps ({@code from}, {@code from + (to − from)/(steps − 1)}, …, {@code to}),
     * kept within the range. A value between two steps moves to the next one in that direction.
     */
    public static double step(Growth g, double v, int dir) {
        double lo = g.from();
        double hi = Math.max(g.to(), lo);
        double unit = g.steps() > 1 ? (hi - lo) / (g.steps() - 1) : hi - lo;
        if (!(unit > 0)) {
            return lo;
        }
        double k = (v - lo) / unit;
        double eps = 1e-9;
        double next = dir > 0 ? Math.floor(k + eps) + 1 : Math.ceil(k - eps) - 1;
        return Math.min(hi, Math.max(lo, lo + next * unit));
    }

    private void words(Results r) {
        GrowthWords w = GrowthWords.of(r, vm.multiplierProperty().get());
        value.setText(w.multiplier());
        users.setText(w.load());
        status.setText(w.status());
        status.getStyleClass().removeAll("status-bad", "status-warn", "status-good");
        switch (w.state()) {
            case GOOD -> status.getStyleClass().add("status-good");
            case WARN -> status.getStyleClass().add("status-warn");
            case BAD -> status.getStyleClass().add("status-bad");
            case NEUTRAL -> { }
        }
    }

    public Slider slider() {
        return slider;
    }
}
