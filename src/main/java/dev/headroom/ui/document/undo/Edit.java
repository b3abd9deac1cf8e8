package dev.headroom.ui.document.undo;

import dev.headroom.model.Model;
import java.util.Objects;

/**
 * One undoable edit: the whole model before and after, both immutable, so undo and redo are a
 * swap of snapshots (the shape of Scene Builder's {@code Job}).
 *
 * @param label what the edit did, shown in the Edit menu ("Undo Move 2 components")
 */
public record Edit(String label, Model before, Model after) {
    public Edit {
        Objects.requireNonNull(label);
        Objects.requireNonNull(before);
        Objects.requireNonNull(after);
    }
}
