package dev.headroom.ui;

import dev.headroom.cost.CatalogLibrary;
import dev.headroom.io.CatalogLoader;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The price catalogs the app prices with: the bundled ones, the user's folder
 * ({@code ~/.headroom/pricing}), and {@code *.pricing.json} files next to the open model, the
 * same sources and precedence as the command line ({@link CatalogLoader}). Read once per model
 * folder; {@link #get} is called on every re-solve, from the solver's thread.
 */
public final class Catalogs {
    private static final Path UNSAVED = Path.of("");

    private final Path userFolder;
    private final Map<Path, Optional<CatalogLibrary>> byFolder = new ConcurrentHashMap<>();
    private volatile Path folder = UNSAVED;

    public Catalogs(Path userFolder) {
        this.userFolder = userFolder;
    }

    /** Prices from now on with the catalogs next to {@code modelFile} (null: an unsaved model). */
    public void follow(Path modelFile) {
        Path parent = modelFile == null ? null : modelFile.toAbsolutePath().getParent();
        folder = parent == null ? UNSAVED : parent;
    }

    /** The catalogs for the open model, or null when none could be read at all. */
    public CatalogLibrary get() {
        return byFolder.computeIfAbsent(folder, this::load).orElse(null);
    }

    private Optional<CatalogLibrary> load(Path modelFolder) {
        try {
            CatalogLibrary lib = CatalogLoader.load(userFolder,
                    modelFolder == UNSAVED ? null : modelFolder).library();
            return lib.ids().isEmpty() ? Optional.empty() : Optional.of(lib);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
