package dev.headroom.ui.compare;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * One design on the compare strip: its colour, letter and name, where it comes from, and a
 * button that removes it. A design that cannot be solved is outlined red, with the reason.
 */
final class DesignChip extends HBox {
    /** @param nameWidth the most the name may take before it is shortened */
    DesignChip(CompareSnapshot.Slot slot, double nameWidth, Runnable remove) {
        getStyleClass().add("design-chip");
        setId("chip-" + slot.index());
        setAlignment(Pos.CENTER_LEFT);
        Region swatch = new Region();
        swatch.getStyleClass().add("chip-swatch");
        swatch.setStyle("-fx-background-color: " + KpiTable.colour(slot.index()) + ";");
        Label letter = new Label(slot.letter());
        letter.getStyleClass().add("chip-letter");
        Label name = new Label(slot.name());
        name.getStyleClass().add("chip-name");
        name.setMaxWidth(nameWidth);
        getChildren().addAll(swatch, letter, name);
        if (slot.entry().live()) {
            Label tag = new Label("open model");
            tag.getStyleClass().add("chip-tag");
            getChildren().add(tag);
        }
        Button x = new Button("\u00d7");
        x.getStyleClass().add("chip-remove");
        x.setId("chip-remove-" + slot.index());
        x.setOnAction(e -> remove.run());
        x.setTooltip(new Tooltip("Remove from the comparison"));
        x.setFocusTraversable(false);
        getChildren().add(x);

        StringBuilder tip = new StringBuilder(slot.name()).append('\n').append(switch (
                slot.entry().source()) {
            case CURRENT -> "The open model: follows your edits";
            case FILE -> slot.entry().origin();
            case EXAMPLE -> "Bundled example " + slot.entry().origin();
            case PLANNED -> "The plan of the open model (Plan workspace)";
        });
        if (slot.problem() != null) {
            getStyleClass().add("chip-problem");
            tip.append("\nCannot be solved: ").append(slot.problem());
        } else if (slot.pricingNote() != null) {
            getStyleClass().add("chip-unpriced");
            tip.append("\nNo money figures: ").append(slot.pricingNote());
        }
        Tooltip.install(this, new Tooltip(tip.toString()));
    }
}
