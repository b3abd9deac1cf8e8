package dev.headroom.app;

import dev.headroom.io.CatalogLoader;
import dev.headroom.io.CatalogProblem;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The catalogs the desktop app prices with: the bundled ones, the user's folder
 * ({@code ~/.headroom/pricing}) and {@code *.pricing.json} next to the open model, the same
 * sources and precedence as the command line. Read once per model folder and kept, since the
 * app asks on every edit; read again when a catalog file there or in the user's folder is added,
 * changed or removed (a listing of two folders tells), so a {@code client.pricing.json} dropped
 * next to the model prices the next analysis.
 */
public final class FolderCatalogs implements CatalogSource {
    private static final System.Logger LOG = System.getLogger(FolderCatalogs.class.getName());
    private static final Path UNSAVED = Path.of("");

    private final Path userFolder;
    private final Map<Path, Read> byFolder = new ConcurrentHashMap<>();

    /** The catalogs of one model folder, and the files they were read from. */
    private record Read(List<String> files, Catalogs catalogs) {}

    /** {@code userFolder}: the user's own catalogs, or null for none. */
    public FolderCatalogs(Path userFolder) {
        this.userFolder = userFolder;
    }

    @Override
    public Catalogs catalogsFor(Path modelFile, String catalogId) {
        Path parent = modelFile == null ? null : modelFile.toAbsolutePath().getParent();
        Path key = parent == null ? UNSAVED : parent;
        List<String> files = files(key);
        return byFolder.compute(key, (k, before) -> before != null && before.files().equals(files)
                ? before : new Read(files, load(k))).catalogs();
    }

    /** Each catalog file the folders hold, with its size and time of change. */
    private List<String> files(Path modelFolder) {
        List<String> out = new ArrayList<>();
        list(userFolder, "*.json", out);
        list(modelFolder == UNSAVED ? null : modelFolder, "*" + CatalogLoader.MODEL_SUFFIX, out);
        return out;
    }

    private static void list(Path folder, String glob, List<String> out) {
        if (folder == null || !Files.isDirectory(folder)) {
            return;
        }
        List<String> here = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, glob)) {
            for (Path f : files) {
                BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
                here.add(f + "|" + a.size() + "|" + a.lastModifiedTime().toMillis());
            }
        } catch (IOException e) {
            here.add(folder + "|unreadable"); // the loader reports it; read again when it changes
        }
        here.sort(null);
        out.addAll(here);
    }

    private Catalogs load(Path modelFolder) {
        CatalogLoader.Result r = CatalogLoader.load(userFolder,
                modelFolder == UNSAVED ? null : modelFolder);
        List<String> problems = r.problems().stream().map(CatalogProblem::toString).toList();
        problems.forEach(p -> LOG.log(Level.WARNING, "pricing catalog not loaded: {0}", p));
        return new Catalogs(r.library(), problems, r.origins(), r.blocked());
    }
}
