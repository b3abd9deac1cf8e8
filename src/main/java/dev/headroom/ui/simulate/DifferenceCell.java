package dev.headroom.ui.simulate;

import dev.headroom.ui.simulate.Cells.Unit;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/**
 * One of the three cells of a compared figure: the analytic value, the simulated value with its
 * half-width, or the difference. A flagged difference colours its analytic and difference cells
 * (amber over 10%, red over 25% or saturated) and explains itself in a tooltip.
 */
final class DifferenceCell<S> extends TableCell<S, Difference> {
    /** Which part of the comparison this column shows. */
    enum Part { ANALYTIC, SIMULATED, DIFFERENCE }

    private static final String WARN = "flag-warn";
    private static final String SEVERE = "flag-severe";

    private final Part part;
    private final Unit unit;

    DifferenceCell(Part part, Unit unit) {
        this.part = part;
        this.unit = unit;
        getStyleClass().add("number-cell");
        if (part == Part.DIFFERENCE) {
            getStyleClass().add("difference-cell");
        }
    }

    @Override
    protected void updateItem(Difference d, boolean empty) {
        super.updateItem(d, empty);
        getStyleClass().removeAll(WARN, SEVERE);
        if (empty || d == null) {
            setText(empty ? null : Cells.NONE);
            // Only a component's utilization is ever missing: a delay station has no servers.
            setTooltip(empty || unit != Unit.FRACTION ? null : new Tooltip("A delay station "
                    + "(a CDN, an external API): every visit starts at once, nothing queues, "
                    + "so there is no utilization."));
            return;
        }
        setText(switch (part) {
            case ANALYTIC -> d.analytic() != null ? unit.bare(d.analytic())
                    : d.analyticSaturated() ? "saturated" : Cells.NONE;
            case SIMULATED -> Cells.estimate(d.simulated(), unit);
            case DIFFERENCE -> d.percent() != null ? Cells.percent(d.percent())
                    : d.flag().flagged() ? "!" : Cells.NONE;
        });
        if (d.flag().flagged() && part != Part.SIMULATED) {
            getStyleClass().add(d.flag() == Difference.Flag.SEVERE ? SEVERE : WARN);
        }
        if (d.flag().flagged() || part == Part.DIFFERENCE) {
            Tooltip t = new Tooltip(Cells.explain(d, unit));
            t.setShowDelay(Duration.millis(250));
            t.setShowDuration(Duration.seconds(30));
            t.setWrapText(true);
            t.setMaxWidth(420);
            setTooltip(t);
        } else {
            setTooltip(null);
        }
    }
}
