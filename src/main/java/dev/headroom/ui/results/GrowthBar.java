package dev.headroom.ui.results;

import dev.headroom.analysis.StationResult;
import dev.headroom.model.Growth;
import dev.headroom.model.Model;
import dev.headroom.ui.DocumentViewModel;
import java.util.List;
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
    }

    private void words(Results r) {
        double m = vm.multiplierProperty().get();
        value.setText(Format.times(m));
        if (r == null) {
            return;
        }
        Model model = r.model();
        Double u = model.workload().usersAt(m);
        users.setText(u == null ? Format.rate(model.workload().isClosed() ? 0
                : model.workload().peakArrivalRate(m)) + " at peak"
                : Format.count(u) + " users" + (model.workload().isClosed() ? " concurrent"
                : " · " + Format.rate(model.workload().peakArrivalRate(m)) + " at peak"));
        status.getStyleClass().removeAll("status-bad", "status-warn", "status-good");
        if (!r.solved()) {
            status.setText("Not solved: the model has problems (see the inspector).");
            status.getStyleClass().add("status-bad");
            return;
        }
        double maxU = model.slo().maxUtilization();
        List<StationResult> sat = r.solution().components().stream()
                .filter(StationResult::saturated).toList();
        List<StationResult> hot = r.solution().components().stream()
                .filter(s -> !s.saturated() && s.utilization() >= maxU).toList();
        if (!sat.isEmpty()) {
            status.setText(names(sat) + (sat.size() == 1 ? " is" : " are")
                    + " saturated: requests arrive faster than " + (sat.size() == 1 ? "it"
                    : "they") + " can serve them, so queues grow without limit.");
            status.getStyleClass().add("status-bad");
        } else if (!hot.isEmpty()) {
            status.setText(names(hot) + (hot.size() == 1 ? " runs" : " run") + " above "
                    + Format.percent(maxU) + " utilization: latency climbs steeply from here.");
            status.getStyleClass().add("status-warn");
        } else {
            status.setText("Everything runs below " + Format.percent(maxU) + " utilization.");
            status.getStyleClass().add("status-good");
        }
    }

    private static String names(List<StationResult> s) {
        List<String> n = s.stream().map(x -> x.name() == null ? x.id() : x.name()).toList();
        return n.size() <= 3 ? String.join(", ", n) : String.join(", ", n.subList(0, 3))
                + " and " + (n.size() - 3) + " more";
    }

    public Slider slider() {
        return slider;
    }
}
