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

    /**
     * The shop with a cache: seven components, two classes, priced on AWS, along growth
     * multiples and with point values, as most view tests expect. The bundled file also has an
     * illustrative calendar and input ranges; {@link #shopAsBundled()} keeps them, and the
     * calendar's and the ranges' own tests add theirs.
     */
    public static Model shop() {
        Model m = shopAsBundled();
        return m.withGrowth(m.growth().withMonthlyRate(null).withStartMonth(null))
                .withUncertainty(dev.headroom.model.Uncertainty.NONE);
    }

    /** The shop exactly as the app opens it first. */
    public static Model shopAsBundled() {
        return example("monolith-redis-replica.json");
    }

    public static synchronized CatalogLibrary catalogs() {
        if (library == null) {
            library = CatalogLoader.loadBundled().library();
        }
        return library;
    }
}
