package dev.headroom.app;

import dev.headroom.cost.CatalogLibrary;
import java.util.List;
import java.util.Objects;

/**
 * The pricing catalogs a model can see, and what went wrong reading them.
 *
 * @param library every catalog that could be read, by id
 * @param problems one line per catalog file that could not be read, naming the file and the
 *     JSON path ("~/.headroom/pricing/mine.json: items[3].price: must be a positive number")
 */
public record Catalogs(CatalogLibrary library, List<String> problems) {
    /** No catalogs at all. */
    public static final Catalogs NONE = new Catalogs(CatalogLibrary.empty(), List.of());

    public Catalogs {
        Objects.requireNonNull(library);
        problems = List.copyOf(problems);
    }
}
