package dev.headroom.ui;

import java.util.List;
import javafx.scene.input.KeyCombination;

/**
 * Every keyboard shortcut of the window, as the Help menu's list shows it. Keys are written as
 * JavaFX key combinations ({@code Shortcut} is Ctrl, or Cmd on macOS) so that they print the
 * way the menus print them on each system. A test checks that every menu accelerator is here.
 */
public final class Shortcuts {
    /** One row: the keys (one or more combinations) and what they do. */
    public record Shortcut(String group, List<String> keys, String action) {
        /** The keys as the system prints them, e.g. {@code Ctrl+Shift+S} or {@code ⇧⌘S}. */
        public String display() {
            return String.join("  or  ", keys.stream().map(Shortcuts::display).toList());
        }
    }

    private Shortcuts() {}

    public static final List<Shortcut> ALL = List.of(
            new Shortcut("Files", List.of("Shortcut+N"), "New model"),
            new Shortcut("Files", List.of("Shortcut+O"), "Open a model file"),
            new Shortcut("Files", List.of("Shortcut+S"), "Save"),
            new Shortcut("Files", List.of("Shortcut+Shift+S"), "Save as"),
            new Shortcut("Files", List.of("Shortcut+Shift+E"), "Export the report (PDF or HTML)"),
            new Shortcut("Files", List.of("Shortcut+Q"), "Quit (asks about unsaved changes)"),
            new Shortcut("Editing", List.of("Shortcut+Z"), "Undo (every edit, including moves)"),
            new Shortcut("Editing", List.of("Shortcut+Y", "Shortcut+Shift+Z"), "Redo"),
            new Shortcut("Editing", List.of("Delete"),
                    "Delete the selected components or connection"),
            new Shortcut("Editing", List.of("Shortcut+C"), "Copy the selected components"),
            new Shortcut("Editing", List.of("Shortcut+V"), "Paste them, with their connections"),
            new Shortcut("Editing", List.of("Shortcut+A"), "Select all components"),
            new Shortcut("Editing", List.of("Esc"), "Clear the selection"),
            new Shortcut("Model", List.of("Shortcut+R"), "Simulate at the slider's multiple"),
            new Shortcut("Model", List.of("Left", "Right"),
                    "On the growth slider: one growth step down or up"),
            new Shortcut("View", List.of("Shortcut+Plus", "Shortcut+Minus"), "Zoom in or out"),
            new Shortcut("View", List.of("Shortcut+0"), "Fit the diagram to the window"),
            new Shortcut("Help", List.of("Shortcut+Slash"), "This list of shortcuts"),
            new Shortcut("Help", List.of("F1"), "Where the documentation is"));

    /** A key combination as the system prints it ({@code Esc}, {@code Left} stay as written). */
    static String display(String keys) {
        return switch (keys) {
            case "Esc", "Left", "Right" -> keys;
            default -> KeyCombination.valueOf(keys).getDisplayText();
        };
    }
}
