package dev.headroom.ui.compare;

import dev.headroom.model.Model;

/**
 * One design on the compare list: the open document (live: it follows every edit), a model file,
 * a bundled example, or the plan of the open model.
 *
 * @param id unique within one view-model, so that two entries of the same file stay apart
 * @param source where the design comes from
 * @param origin the file's path or the example's resource name; for a plan, the open model's
 *     file (whose catalogs price it), or null; null for the open document
 * @param model the design as read; null for the open document, whose model is read when solved
 */
public record DesignEntry(long id, Source source, String origin, Model model) {
    /** Where a design comes from. */
    public enum Source { CURRENT, FILE, EXAMPLE, PLANNED }

    /** The model's file, for the catalogs next to it; null for an example or the document. */
    public java.nio.file.Path file() {
        return (source == Source.FILE || source == Source.PLANNED) && origin != null
                ? java.nio.file.Path.of(origin) : null;
    }

    /** Whether this entry follows the open document. */
    public boolean live() {
        return source == Source.CURRENT;
    }
}
