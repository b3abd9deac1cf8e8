package dev.headroom.io;

import dev.headroom.cost.Catalog;
import dev.headroom.cost.CatalogLibrary;
import dev.headroom.model.Names;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

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
     * @param origins  where each catalog of the library was read, for people: "the bundled
     *                 aws-us-east-1 catalog", or a file and what it replaces,
     *                 "./shop.pricing.json (replaces the bundled aws-us-east-1 catalog)"
     * @param blocked  ids that a file with problems meant to define (or two files define): no
     *                 other catalog stands in for them, and {@code problems} says why
     */
    public record Result(CatalogLibrary library, List<CatalogProblem> problems,
            Map<String, String> origins, Set<String> blocked) {
        public Result {
            Objects.requireNonNull(library, "library");
            problems = List.copyOf(problems);
            origins = Map.copyOf(origins);
            blocked = Set.copyOf(blocked);
        }

        public Result(CatalogLibrary library, List<CatalogProblem> problems) {
            this(library, problems, Map.of(), Set.of());
        }
    }

    /** The user's catalog folder, {@code ~/.headroom/pricing}. */
    public static Path userFolder() {
        return Path.of(System.getProperty("user.home"), ".headroom", "pricing");
    }

    /**
     * Catalogs stacked in the order they override each other, remembering where each came
     * from and what it replaced. An id that two files of one folder define, or that a file
     * meant to define but could not (it is broken), is blocked: no other catalog silently
     * stands in for it, and a model priced with it is told why.
     */
    private static final class Layers {
        final Map<String, Catalog> catalogs = new LinkedHashMap<>();
        final Map<String, String> origins = new LinkedHashMap<>();
        final Map<String, String> bases = new LinkedHashMap<>();
        final Set<String> blocked = new HashSet<>();
        /** Reads each catalog's JSON again, for a file that extends it; kept as a way, not the text. */
        final Map<String, Supplier<Json>> sources = new HashMap<>();
        final List<CatalogProblem> problems;
        final ClassLoader loader;

        Layers(List<CatalogProblem> problems, ClassLoader loader) {
            this.problems = problems;
            this.loader = loader;
        }

        void add(Catalog c, String origin, Supplier<Json> source) {
            String before = bases.get(c.id());
            catalogs.put(c.id(), c);
            bases.put(c.id(), origin);
            origins.put(c.id(), before == null ? origin : origin + " (replaces " + before + ")");
            sources.put(c.id(), source);
        }

        /**
         * The JSON of the catalog {@code id} as loaded so far, reading the bundled one when only
         * part of them were read ({@link #loadFor(Path, String)}); null when there is none.
         */
        Json source(String id) {
            if (!catalogs.containsKey(id) && !blocked.contains(id)
                    && bundledIds(loader, new ArrayList<>()).contains(id)) {
                readBundled(loader, id, this);
            }
            Supplier<Json> s = catalogs.containsKey(id) ? sources.get(id) : null;
            return s == null ? null : s.get();
        }

        Result result() {
            Map<String, Catalog> usable = new LinkedHashMap<>(catalogs);
            Map<String, String> from = new LinkedHashMap<>(origins);
            usable.keySet().removeAll(blocked);
            from.keySet().removeAll(blocked);
            return new Result(new CatalogLibrary(usable), problems, from, blocked);
        }
    }

    /** The bundled catalogs only. */
    public static Result loadBundled() {
        List<CatalogProblem> problems = new ArrayList<>();
        Layers layers = new Layers(problems, CatalogLoader.class.getClassLoader());
        readBundled(layers.loader, layers);
        return layers.result();
    }

    /**
     * Bundled catalogs, overlaid with those in {@code userFolder} ({@code *.json}) and then those in
     * {@code modelFolder} ({@code *.pricing.json}). Either folder may be null or missing.
     */
    public static Result load(Path userFolder, Path modelFolder) {
        Layers layers = new Layers(new ArrayList<>(), CatalogLoader.class.getClassLoader());
        readBundled(layers.loader, layers);
        readFolder(userFolder, "*.json", layers);
        readFolder(modelFolder, "*" + MODEL_SUFFIX, layers);
        return layers.result();
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
        ClassLoader loader = CatalogLoader.class.getClassLoader();
        Layers layers = new Layers(new ArrayList<>(), loader);
        if (bundledIds(loader, layers.problems).contains(catalogId)) {
            readBundled(loader, catalogId, layers);
        }
        readFolder(userFolder(), "*.json", layers);
        readFolder(parent, "*" + MODEL_SUFFIX, layers);
        if (layers.catalogs.containsKey(catalogId) || layers.blocked.contains(catalogId)) {
            return layers.result();
        }
        return load(userFolder(), parent);
    }

    static void readBundled(ClassLoader loader, Layers layers) {
        for (String id : bundledIds(loader, layers.problems)) {
            readBundled(loader, id, layers);
        }
    }

    private static void readBundled(ClassLoader loader, String id, Layers layers) {
        String resource = BUNDLED_FOLDER + id + ".json";
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                layers.problems.add(new CatalogProblem(BUNDLED_INDEX, "", "lists " + id + " but "
                        + resource + " is missing"));
                return;
            }
            switch (CatalogReader.read(in, resource)) {
                case CatalogReadResult.Loaded l -> layers.add(l.catalog(),
                        "the bundled " + l.catalog().id() + " catalog", () -> bundledJson(loader, resource));
                case CatalogReadResult.Invalid i -> layers.problems.addAll(i.problems());
            }
        } catch (IOException e) {
            layers.problems.add(new CatalogProblem(resource, "", "cannot read: "
                    + FileErrors.reason(e)));
        }
    }

    private static Json bundledJson(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? null : CatalogReader.source(in, resource).root();
        } catch (IOException e) {
            return null;
        }
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
            problems.add(new CatalogProblem(BUNDLED_INDEX, "", "cannot read: " + FileErrors.reason(e)));
            return List.of();
        }
    }

    /**
     * The catalogs of one folder, in name order. Two files defining one id are both named and
     * neither is used: which of them was meant cannot be guessed.
     */
    static void readFolder(Path folder, String glob, Layers layers) {
        if (folder == null || !Files.isDirectory(folder)) {
            return;
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, glob)) {
            stream.forEach(files::add);
        } catch (IOException e) {
            layers.problems.add(new CatalogProblem(folder.toString(), "", "cannot list folder: "
                    + FileErrors.reason(e)));
            return;
        }
        files.sort(null);
        Map<String, Path> here = new HashMap<>();
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                continue;
            }
            CatalogReader.Source source = CatalogReader.source(f);
            String base = source.extendsId();
            if (base != null) {
                readOverlay(f, source, base, here, layers);
                continue;
            }
            CatalogReadResult result = source.invalid() != null ? source.invalid()
                    : CatalogReader.check(source.root(), source.origin());
            switch (result) {
                case CatalogReadResult.Loaded l -> {
                    if (unique(l.catalog().id(), f, here, layers)) {
                        layers.add(l.catalog(), shown(f), () -> CatalogReader.source(f).root());
                    }
                }
                case CatalogReadResult.Invalid i -> {
                    layers.problems.addAll(i.problems());
                    if (i.id() != null) {
                        layers.blocked.add(i.id()); // meant to replace it: nothing stands in
                    }
                }
            }
        }
    }

    /**
     * Whether {@code f} is the first file of its folder to define {@code id}; if not, both are
     * reported and the id is blocked.
     */
    private static boolean unique(String id, Path f, Map<String, Path> here, Layers layers) {
        Path first = here.putIfAbsent(id, f);
        if (first == null) {
            return true;
        }
        layers.problems.add(new CatalogProblem(f.toString(), "id", "catalog \"" + id
                + "\" is also defined by " + shown(first) + "; neither is used until one is "
                + "removed or renamed"));
        layers.blocked.add(id);
        return false;
    }

    /**
     * A file that extends the catalog {@code base} as loaded so far (docs/pricing.md "Adding a
     * few prices"). One that keeps the base's id changes it in place and so never clashes with
     * the file it builds on; a broken one blocks the id it meant to define.
     */
    private static void readOverlay(Path f, CatalogReader.Source source, String base,
            Map<String, Path> here, Layers layers) {
        String meant = source.statedId() == null ? base : source.statedId();
        Json baseJson = base.isEmpty() ? null : layers.source(base);
        if (baseJson == null) {
            layers.problems.add(new CatalogProblem(f.toString(), "extends", base.isEmpty()
                    ? "must be the id of a catalog, e.g. aws-us-east-1"
                    : "no catalog \"" + base + "\" to extend" + Names.didYouMean(base,
                            layers.catalogs.keySet()) + " (known: "
                            + String.join(", ", layers.catalogs.keySet()) + ")"));
            layers.blocked.add(meant);
            return;
        }
        CatalogReader.Extended x = CatalogReader.extend(source.root(), baseJson, source.origin());
        switch (x.result()) {
            case CatalogReadResult.Loaded l -> {
                String id = l.catalog().id();
                if (id.equals(base) || unique(id, f, here, layers)) {
                    String origin = shown(f) + " (extends " + layers.bases.get(base) + ")";
                    if (id.equals(base)) {
                        layers.bases.remove(id); // in place: "(extends …)" names what it replaces
                    }
                    Json whole = x.merged();
                    layers.add(l.catalog(), origin, () -> whole);
                }
            }
            case CatalogReadResult.Invalid i -> {
                layers.problems.addAll(i.problems());
                layers.blocked.add(meant);
            }
        }
    }

    /**
     * A catalog file as people find it: {@code ./shop.pricing.json} under the working folder,
     * {@code ~/.headroom/pricing/aws.json} under the home folder, else its full path.
     */
    static String shown(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath().normalize();
        Path home = Path.of(System.getProperty("user.home")).toAbsolutePath().normalize();
        if (abs.startsWith(cwd) && !cwd.equals(home)) {
            return "./" + cwd.relativize(abs);
        }
        if (abs.startsWith(home)) {
            return "~/" + home.relativize(abs);
        }
        return abs.toString();
    }
}
