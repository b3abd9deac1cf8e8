package dev.headroom.io;

import dev.headroom.cost.Catalog;
import dev.headroom.cost.CatalogLibrary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds and reads pricing catalogs: the ones bundled in the jar under {@code assets/pricing/}
 * (listed in {@code assets/pricing/index.json}, since a jar cannot be listed like a folder), the
 * user's own in {@code ~/.headroom/pricing/*.json}, and {@code *.pricing.json} files next to a
 * model. Later sources win: a user catalog with the id of a bundled one replaces it, and a
 * catalog next to the model replaces both. Bad files are reported, never thrown.
 */
public final class CatalogLoader {

    /** Classpath folder of the bundled catalogs. */
    public static final String BUNDLED_FOLDER = "assets/pricing/";
    /** Classpath resource listing the bundled catalog ids. */
    public static final String BUNDLED_INDEX = BUNDLED_FOLDER + "index.json";
    /** Suffix of catalog files kept next to a model. */
    public static final String MODEL_SUFFIX = ".pricing.json";

    private CatalogLoader() {}

    /**
     * The catalogs loaded, and the problems of the files that could not be.
     *
     * @param library  every valid catalog by id, overrides applied
     * @param problems problems of invalid files; empty when all loaded
     */
    public record Result(CatalogLibrary library, List<CatalogProblem> problems) {
        public Result {
            Objects.requireNonNull(library, "library");
            problems = List.copyOf(problems);
        }
    }

    /** The user's catalog folder, {@code ~/.headroom/pricing}. */
    public static Path userFolder() {
        return Path.of(System.getProperty("user.home"), ".headroom", "pricing");
    }

    /** The bundled catalogs only. */
    public static Result loadBundled() {
        List<CatalogProblem> problems = new ArrayList<>();
        List<Catalog> catalogs = readBundled(CatalogLoader.class.getClassLoader(), problems);
        return new Result(CatalogLibrary.of(catalogs), problems);
    }

    /**
     * Bundled catalogs, overlaid with those in {@code userFolder} ({@code *.json}) and then those in
     * {@code modelFolder} ({@code *.pricing.json}). Either folder may be null or missing.
     */
    public static Result load(Path userFolder, Path modelFolder) {
        List<CatalogProblem> problems = new ArrayList<>();
        CatalogLibrary library = CatalogLibrary.of(readBundled(CatalogLoader.class.getClassLoader(), problems));
        library = library.overlaidWith(readFolder(userFolder, "*.json", problems));
        library = library.overlaidWith(readFolder(modelFolder, "*" + MODEL_SUFFIX, problems));
        return new Result(library, problems);
    }

    /** Catalogs for a model file: bundled, the user's folder, and those next to the model. */
    public static Result loadFor(Path modelFile) {
        Path parent = modelFile == null ? null : modelFile.toAbsolutePath().getParent();
        return load(userFolder(), parent);
    }

    /**
     * Like {@link #loadFor(Path)}, but reads only what pricing {@code catalogId} needs: the user's
     * and the model folder's catalogs (usually none), and of the bundled ones only that id. A
     * command line answers from a cold start, and parsing every bundled catalog would cost it a
     * good part of its time. When the id is unknown, everything is loaded so that the error can
     * list the known catalogs; with no id, nothing is.
     */
    public static Result loadFor(Path modelFile, String catalogId) {
        if (catalogId == null) {
            return new Result(CatalogLibrary.empty(), List.of());
        }
        Path parent = modelFile == null ? null : modelFile.toAbsolutePath().getParent();
        List<CatalogProblem> problems = new ArrayList<>();
        List<Catalog> own = new ArrayList<>(readFolder(userFolder(), "*.json", problems));
        own.addAll(readFolder(parent, "*" + MODEL_SUFFIX, problems));
        CatalogLibrary library = CatalogLibrary.of(List.of()).overlaidWith(own);
        if (library.find(catalogId).isPresent()) {
            return new Result(library, problems);
        }
        ClassLoader loader = CatalogLoader.class.getClassLoader();
        if (bundledIds(loader, problems).contains(catalogId)) {
            List<Catalog> bundled = new ArrayList<>();
            String resource = BUNDLED_FOLDER + catalogId + ".json";
            try (InputStream in = loader.getResourceAsStream(resource)) {
                if (in != null) {
                    accept(CatalogReader.read(in, resource), bundled, problems);
                    return new Result(CatalogLibrary.of(bundled).overlaidWith(own), problems);
                }
            } catch (IOException e) {
                problems.add(new CatalogProblem(resource, "", "cannot read: " + e.getMessage()));
                return new Result(library, problems);
            }
        }
        return load(userFolder(), parent);
    }

    static List<Catalog> readBundled(ClassLoader loader, List<CatalogProblem> problems) {
        List<String> ids = bundledIds(loader, problems);
        List<Catalog> out = new ArrayList<>();
        for (String id : ids) {
            String resource = BUNDLED_FOLDER + id + ".json";
            try (InputStream in = loader.getResourceAsStream(resource)) {
                if (in == null) {
                    problems.add(new CatalogProblem(BUNDLED_INDEX, "", "lists " + id + " but " + resource + " is missing"));
                    continue;
                }
                accept(CatalogReader.read(in, resource), out, problems);
            } catch (IOException e) {
                problems.add(new CatalogProblem(resource, "", "cannot read: " + e.getMessage()));
            }
        }
        return out;
    }

    static List<String> bundledIds(ClassLoader loader, List<CatalogProblem> problems) {
        try (InputStream in = loader.getResourceAsStream(BUNDLED_INDEX)) {
            if (in == null) {
                problems.add(new CatalogProblem(BUNDLED_INDEX, "", "missing from the classpath"));
                return List.of();
            }
            Json root = Json.parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            Json list = root == null ? null : root.get("catalogs");
            if (list == null || !list.isArray()) {
                problems.add(new CatalogProblem(BUNDLED_INDEX, "catalogs", "must be an array of catalog ids"));
                return List.of();
            }
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Json n = list.get(i);
                if (n.isTextual() && !n.textValue().isBlank()) {
                    ids.add(n.textValue());
                } else {
                    problems.add(new CatalogProblem(BUNDLED_INDEX, "catalogs[" + i + "]", "must be a catalog id"));
                }
            }
            return ids;
        } catch (IOException e) {
            problems.add(new CatalogProblem(BUNDLED_INDEX, "", "cannot read: " + e.getMessage()));
            return List.of();
        }
    }

    static List<Catalog> readFolder(Path folder, String glob, List<CatalogProblem> problems) {
        if (folder == null || !Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, glob)) {
            stream.forEach(files::add);
        } catch (IOException e) {
            problems.add(new CatalogProblem(folder.toString(), "", "cannot list folder: " + e.getMessage()));
            return List.of();
        }
        files.sort(null); // deterministic: same-id files in one folder, the last name wins
        List<Catalog> out = new ArrayList<>();
        for (Path f : files) {
            if (Files.isRegularFile(f)) {
                accept(CatalogReader.read(f), out, problems);
            }
        }
        return out;
    }

    private static void accept(CatalogReadResult result, List<Catalog> out, List<CatalogProblem> problems) {
        switch (result) {
            case CatalogReadResult.Loaded loaded -> out.add(loaded.catalog());
            case CatalogReadResult.Invalid invalid -> problems.addAll(invalid.problems());
        }
    }
}
