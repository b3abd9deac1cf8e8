package dev.headroom.cost;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The catalogs a model can be priced against, by id. Built from the bundled catalogs and then
 * overlaid with the user's own: a catalog with the same id replaces the earlier one.
 *
 * @param catalogs catalogs by id, in the order they were first added
 */
public record CatalogLibrary(Map<String, Catalog> catalogs) {

    public CatalogLibrary {
        Map<String, Catalog> copy = new LinkedHashMap<>();
        for (Map.Entry<String, Catalog> e : catalogs.entrySet()) {
            Catalog c = Objects.requireNonNull(e.getValue(), "catalog");
            if (!c.id().equals(e.getKey())) {
                throw new IllegalArgumentException("catalog " + c.id() + " filed under " + e.getKey());
            }
            copy.put(e.getKey(), c);
        }
        catalogs = java.util.Collections.unmodifiableMap(copy);
    }

    /** An empty library. */
    public static CatalogLibrary empty() {
        return new CatalogLibrary(Map.of());
    }

    /** A library of these catalogs; a later catalog with the same id replaces an earlier one. */
    public static CatalogLibrary of(Collection<Catalog> catalogs) {
        Map<String, Catalog> map = new LinkedHashMap<>();
        for (Catalog c : catalogs) {
            map.put(c.id(), c);
        }
        return new CatalogLibrary(map);
    }

    /** This library with the given catalogs added, replacing any with the same id. */
    public CatalogLibrary overlaidWith(Collection<Catalog> overrides) {
        Map<String, Catalog> map = new LinkedHashMap<>(catalogs);
        for (Catalog c : overrides) {
            map.put(c.id(), c);
        }
        return new CatalogLibrary(map);
    }

    /** The catalog with this id. */
    public Optional<Catalog> find(String id) {
        return Optional.ofNullable(catalogs.get(id));
    }

    /** The ids of all catalogs. */
    public Set<String> ids() {
        return catalogs.keySet();
    }

    /** All catalogs. */
    public List<Catalog> all() {
        return List.copyOf(catalogs.values());
    }
}
