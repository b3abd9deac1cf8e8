package dev.headroom.ui.results;

import dev.headroom.ui.document.DocumentViewModel;
import dev.headroom.ui.document.Results;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The figures a founder asks for, at the growth multiplier shown: p95 latency (against the
 * objective), throughput, the monthly bill, and where the design breaks. What they say is
 * {@link HeaderFigures}'; this only shows it.
 */
public final class HeaderBar extends HBox {
    private final Metric p95 = new Metric("metric-p95", "P95 LATENCY");
    private final Metric throughput = new Metric("metric-throughput", "THROUGHPUT");
    private final Metric cost = new Metric("metric-cost", "MONTHLY COST");
    private final Metric headroom = new Metric("metric-headroom", "BREAKS AT");

    /** One figure: a caption, a big value, a small line under it. */
    public static final class Metric extends VBox {
        final Label caption = new Label();
        final Label value = new Label("—");
        final Label sub = new Label();

        Metric(String id, String title) {
            setId(id);
            getStyleClass().add("metric");
            caption.setText(title);
            caption.getStyleClass().add("metric-caption");
            value.getStyleClass().add("metric-value");
            value.setId(id + "-value");
            sub.getStyleClass().add("metric-sub");
            getChildren().addAll(caption, value, sub);
        }

        void set(HeaderFigures.Figure f) {
            value.setText(f.value());
            sub.setText(f.detail());
            getStyleClass().removeAll("state-good", "state-warn", "state-bad");
            switch (f.state()) {
                case GOOD -> getStyleClass().add("state-good");
                case WARN -> getStyleClass().add("state-warn");
                case BAD -> getStyleClass().add("state-bad");
                case NEUTRAL -> { }
            }
            if (getProperties().get("tip") instanceof Tooltip t) {
                Tooltip.uninstall(this, t);
                getProperties().remove("tip");
            }
            if (f.tooltip() != null && !f.tooltip().isBlank()) {
                Tooltip t = new Tooltip(f.tooltip());
                getProperties().put("tip", t);
                Tooltip.install(this, t);
            }
        }

        public String value() {
            return value.getText();
        }

        /** The small line under the value. */
        public String detail() {
            return sub.getText();
        }
    }

    public HeaderBar(DocumentViewModel vm) {
        getStyleClass().add("header-bar");
        setAlignment(Pos.CENTER_LEFT);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(p95, throughput, cost, headroom);
        for (Metric m : new Metric[] {p95, throughput, cost, headroom}) {
            HBox.setHgrow(m, Priority.ALWAYS);
            m.setMaxWidth(Double.MAX_VALUE);
        }
        vm.resultsProperty().addListener((o, a, r) -> show(r));
        show(vm.results());
    }

    private void show(Results r) {
        if (r == null) {
            return;
        }
        HeaderFigures f = HeaderFigures.of(r);
        p95.set(f.p95());
        throughput.set(f.throughput());
        cost.set(f.cost());
        headroom.set(f.breaks());
    }

    public Metric p95() {
        return p95;
    }

    public Metric cost() {
        return cost;
    }

    public Metric throughput() {
        return throughput;
    }

    public Metric headroom() {
        return headroom;
    }
}
