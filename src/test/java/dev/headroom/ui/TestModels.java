package dev.headroom.ui;

import dev.headroom.cost.CatalogLibrary;
import dev.headroom.io.CatalogLoader;
import dev.headroom.model.Model;
import dev.headroom.ui.files.Examples;

/** Bundled models and catalogs for UI tests. */
public final class TestModels {
    private static CatalogLibrary library;

    private TestModels() {}

    public static Model example(String name) {
        return Examples.read(name).orElseThrow().model();
    }

    /** The shop with a cache: seven components, two classes, priced on AWS. */
    public static Model shop() {
        return example("monolith-redis-replica.json");
    }

    public static synchronized CatalogLibrary catalogs() {
        if (library == null) {
            library = CatalogLoader.loadBundled().library();
        }
        return library;
    }
}
