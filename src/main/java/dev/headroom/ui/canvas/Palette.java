package dev.headroom.ui.canvas;

import dev.headroom.model.Kind;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The component kinds: drag one onto the canvas, or click it to add it at a free spot.
 */
public final class Palette extends VBox {
    /** Drag-and-drop payload prefix: {@code headroom-kind:service}. */
    public static final String DRAG_PREFIX = "headroom-kind:";

    public Palette(Consumer<Kind> add) {
        getStyleClass().add("palette");
        Label title = new Label("COMPONENTS");
        title.getStyleClass().add("section-title");
        getChildren().add(title);
        for (Kind k : Kind.values()) {
            StackPane ib = new StackPane(Icons.icon(k));
            ib.getStyleClass().add("icon-box");
            Label name = new Label(k.label());
            HBox item = new HBox(10, ib, name);
            item.setAlignment(Pos.CENTER_LEFT);
            item.getStyleClass().add("palette-item");
            item.setId("palette-" + k.json());
            Tooltip.install(item, new Tooltip("Drag onto the canvas, or click to add"));
            item.setOnDragDetected(e -> {
                var db = item.startDragAndDrop(TransferMode.COPY);
                ClipboardContent cc = new ClipboardContent();
                cc.putString(DRAG_PREFIX + k.json());
                db.setContent(cc);
                db.setDragView(item.snapshot(null, null));
                e.consume();
            });
            item.setOnMouseClicked(e -> {
                if (e.isStillSincePress()) {
                    add.accept(k);
                }
            });
            getChildren().add(item);
        }
    }
}
