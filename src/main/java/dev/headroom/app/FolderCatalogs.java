package dev.headroom.app;

import dev.headroom.io.CatalogLoader;
import dev.headroom.io.CatalogProblem;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The catalogs the desktop app prices with: the bundled ones, the user's folder
 * ({@code ~/.headroom/pricing}) and {@code *.pricing.json} next to the open model, the same
 * sources and precedence as the command line. Read once per model folder and kept, since the
 * app asks on every edit; {@link #forget()} reads them again.
 */
public final class FolderCatalogs implements CatalogSource {
    private static final System.Logger LOG = System.getLogger(FolderCatalogs.class.getName());
    private static final Path UNSAVED = Path.of("");

    private final Path userFolder;
    private final Map<Path, Catalogs> byFolder = new ConcurrentHashMap<>();

    /** {@code userFolder}: the user's own catalogs, or null for none. */
    public FolderCatalogs(Path userFolder) {
        this.userFolder = userFolder;
    }

    @Override
    public Catalogs catalogsFor(Path modelFile, String catalogId) {
        Path parent = modelFile == null ? null : modelFile.toAbsolutePath().getParent();
        return byFolder.computeIfAbsent(parent == null ? UNSAVED : parent, this::load);
    }

    /** Reads every folder again on next use (after the user edits a catalog). */
    public void forget() {
        byFolder.clear();
    }

    private Catalogs load(Path modelFolder) {
        CatalogLoader.Result r = CatalogLoader.load(userFolder,
                modelFolder == UNSAVED ? null : modelFolder);
        List<String> problems = r.problems().stream().map(CatalogProblem::toString).toList();
        problems.forEach(p -> LOG.log(Level.WARNING, "pricing catalog not loaded: {0}", p));
        return new Catalogs(r.library(), problems, r.origins(), r.blocked());
    }
}
