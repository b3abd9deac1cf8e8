package dev.headroom.app;

import java.nio.file.Path;

/**
 * Where the service finds pricing catalogs for a model: the bundled ones, the user's folder
 * and those next to the model file (docs/pricing.md "Adding or overriding a catalog"). The
 * command line reads only what the model's catalog needs; the app keeps what it read per folder.
 */
@FunctionalInterface
public interface CatalogSource {
    /**
     * The catalogs for a model kept in {@code modelFile} (null: not saved yet) that prices with
     * {@code catalogId} (null: none).
     */
    Catalogs catalogsFor(Path modelFile, String catalogId);
}
