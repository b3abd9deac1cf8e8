package dev.headroom.app;

import dev.headroom.cost.CatalogLibrary;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The pricing catalogs a model can see, and what went wrong reading them.
 *
 * @param library every catalog that could be read, by id
 * @param problems one line per catalog file that could not be read, naming the file and the
 *     JSON path ("~/.headroom/pricing/mine.json: items[3].price: must be a positive number")
 * @param origins where each catalog was read (see {@code io.CatalogLoader.Result#origins})
 * @param blocked ids a file with problems meant to define, so that no catalog has them (see
 *     {@code io.CatalogLoader.Result#blocked})
 */
public record Catalogs(CatalogLibrary library, List<String> problems,
        java.util.Map<String, String> origins, Set<String> blocked) {
    /** No catalogs at all. */
    public static final Catalogs NONE = new Catalogs(CatalogLibrary.empty(), List.of());

    public Catalogs {
        Objects.requireNonNull(library);
        problems = List.copyOf(problems);
        origins = java.util.Map.copyOf(origins);
        blocked = Set.copyOf(blocked);
    }

    /** Catalogs whose origins are not known (tests, tools). */
    public Catalogs(CatalogLibrary library, List<String> problems) {
        this(library, problems, java.util.Map.of(), Set.of());
    }

    /**
     * Where the catalog {@code id} was read, for people: "the bundled aws-us-east-1 catalog",
     * "./shop.pricing.json (replaces the bundled aws-us-east-1 catalog)"; the id's catalog when
     * its origin is not known; null when there is no such catalog.
     */
    public String origin(String id) {
        if (id == null || library.find(id).isEmpty()) {
            return null;
        }
        return origins.getOrDefault(id, "the " + id + " catalog");
    }
}
