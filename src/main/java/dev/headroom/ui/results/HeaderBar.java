package dev.headroom.ui.results;

import dev.headroom.analysis.Break;
import dev.headroom.analysis.Solution;
import dev.headroom.model.Model;
import dev.headroom.ui.DocumentViewModel;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The figures a founder asks for, at the growth multiplier shown: p95 latency (against the
 * SLO), throughput, the monthly bill, and how many users until something saturates.
 */
public final class HeaderBar extends HBox {
    private final Metric p95 = new Metric("metric-p95", "P95 LATENCY");
    private final Metric throughput = new Metric("metric-throughput", "THROUGHPUT");
    private final Metric cost = new Metric("metric-cost", "MONTHLY COST");
    private final Metric headroom = new Metric("metric-headroom", "USERS UNTIL IT BREAKS");

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

        void set(String v, String s, String state) {
            value.setText(v);
            sub.setText(s);
            getStyleClass().removeAll("state-good", "state-warn", "state-bad");
            if (state != null) {
                getStyleClass().add(state);
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
        if (!r.solved()) {
            String n = r.problems().size() == 1 ? "1 problem" : r.problems().size() + " problems";
            p95.set("—", "model has " + n, "state-bad");
            throughput.set("—", "fix the problems listed", null);
            cost.set("—", "", null);
            headroom.set("—", "", null);
            return;
        }
        Model m = r.model();
        Solution s = r.solution();
        Double slo = m.slo().p95LatencyMs();
        Optional<Double> worst = s.worstP95Ms();
        if (worst.isEmpty() && s.classes().isEmpty()) {
            p95.set("—", "no requests", null);
        } else if (worst.isEmpty()) {
            p95.set("saturated", "requests pile up faster than served", "state-bad");
        } else {
            boolean ok = slo == null || worst.get() <= slo;
            p95.set(Format.ms(worst.get()), slo == null ? "no latency objective"
                    : (ok ? "within" : "over") + " the " + Format.ms(slo) + " objective",
                    ok ? "state-good" : "state-bad");
        }
        // a closed workload offers users, not a rate
        throughput.set(Format.rate(s.throughputPerSecond()).replace("/s", " req/s"),
                m.workload().isClosed() && s.users() != null
                        ? "from " + Format.count(s.users()) + " concurrent users"
                        : "offered " + Format.rate(s.arrivalRatePerSecond()) + " at peak", null);
        if (r.bill() != null) {
            Double per = r.bill().perThousandUsersUsd();
            cost.set(Format.usd(r.bill().totalUsd()), per == null ? "per month"
                    : Format.usd(per) + " per 1,000 users", null);
            Tooltip.uninstall(cost, cost.getProperties().get("tip") instanceof Tooltip t
                    ? t : null);
        } else {
            cost.set("—", r.costProblems().contains(LiveSolver.NO_PRICES) ? LiveSolver.NO_PRICES
                    : "pricing not available", null);
            Tooltip t = new Tooltip(r.costProblems().isEmpty() ? "pricing not available"
                    : String.join("\n", r.costProblems()));
            cost.getProperties().put("tip", t);
            Tooltip.install(cost, t);
        }
        showHeadroom(r, m, s);
    }

    /**
     * Users until it breaks: the first multiplier at which a component saturates or the p95
     * objective is breached, whichever comes first (the report's "breaks at", so the app and
     * the report a client keeps say the same thing).
     */
    private void showHeadroom(Results r, Model m, Solution s) {
        Optional<Break> first = r.firstSaturation();
        Double users = m.workload().users();
        String who = first.map(b -> m.component(b.component()).map(c -> c.displayName())
                .orElse(b.component())).orElse(null);
        if (!s.stable()) {
            headroom.set("broken now", (who == null ? "a component" : who)
                    + " is saturated at " + Format.times(s.multiplier()), "state-bad");
            return;
        }
        Double sat = first.map(Break::saturatesAt).orElse(null);
        Double slo = r.sloBreachedAt();
        boolean bySlo = slo != null && (sat == null || slo < sat);
        Double at = bySlo ? slo : sat;
        if (at == null) {
            headroom.set("no limit found", "nothing saturates below "
                    + Format.times(m.growth().to() * 100), "state-good");
            return;
        }
        String why = bySlo ? "p95 passes the " + Format.ms(m.slo().p95LatencyMs()) + " objective"
                : who + " saturates";
        if (at <= s.multiplier()) {
            headroom.set("past its limit", why + " at " + Format.times(at), "state-bad");
            return;
        }
        String value = users == null || m.workload().isClosed()
                ? Format.times(at) + " today's load"
                : Format.count(users * at) + " users";
        double left = at / s.multiplier();
        headroom.set(value, why + " at " + Format.times(at) + " ("
                + Format.times(left) + " from here)", left < 1.5 ? "state-warn" : "state-good");
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
