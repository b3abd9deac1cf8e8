package dev.headroom.ui.compare;

import dev.headroom.app.Comparison;
import dev.headroom.app.Design;
import java.util.List;

/**
 * What the compare view shows, all computed together off the FX thread: one slot per entry (its
 * colour is its position), the engine's {@link Design} of every entry that solves, and, with two
 * or more of them, the engine's {@link Comparison} of those designs in order and their curves on
 * the common growth axis.
 *
 * @param slots one per entry, in order
 * @param comparison {@code Comparison.of(designs())}, or null with fewer than two designs
 * @param curves the designs' curves on the common axis, or null with fewer than two designs
 */
public record CompareSnapshot(List<Slot> slots, Comparison comparison, Curves curves) {
    /** An empty list: nothing computed yet. */
    public static final CompareSnapshot EMPTY = new CompareSnapshot(List.of(), null, null);

    public CompareSnapshot {
        slots = List.copyOf(slots);
    }

    /**
     * One entry as solved.
     *
     * @param index the entry's position: its letter (A, B…) and its colour
     * @param name the model's name
     * @param design the engine's design, or null when the model cannot be solved
     * @param problem why it cannot be solved (one line, naming the JSON path), or null
     * @param pricingNote why it has no money figures, or null when it is priced
     */
    public record Slot(DesignEntry entry, int index, String name, Design design, String problem,
            String pricingNote) {
        public boolean solved() {
            return design != null;
        }

        /** "A", "B", …: the design's letter in the chips, the table and the report. */
        public String letter() {
            return String.valueOf((char) ('A' + index));
        }
    }

    /** The slots that solved, in order: the columns of {@link #comparison()}. */
    public List<Slot> compared() {
        return slots.stream().filter(Slot::solved).toList();
    }

    /** The engine's designs of the slots that solved, in order. */
    public List<Design> designs() {
        return compared().stream().map(Slot::design).toList();
    }

    public boolean comparable() {
        return comparison != null;
    }
}
