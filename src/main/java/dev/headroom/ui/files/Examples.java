package dev.headroom.ui.files;

import dev.headroom.io.ModelReader;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The bundled example architectures: {@code models/*.json} on the class path (copied there from
 * the repository's {@code models/} folder), listed from the jar or the build folder.
 */
public final class Examples {
    public static final String FOLDER = "models/";
    /** Opened when the app starts with no file. */
    public static final String DEFAULT = "monolith-redis-replica.json";

    private Examples() {}

    /** Resource names such as {@code monolith-postgres.json}, sorted. */
    public static List<String> list() {
        List<String> out = new ArrayList<>();
        ClassLoader cl = Examples.class.getClassLoader();
        try {
            var urls = cl.getResources(FOLDER);
            while (urls.hasMoreElements()) {
                addFrom(urls.nextElement(), out);
            }
        } catch (IOException | RuntimeException e) {
            System.getLogger(Examples.class.getName()).log(System.Logger.Level.WARNING,
                    "cannot list the bundled examples", e);
            return out;
        }
        return out.stream().distinct().sorted().toList();
    }

    private static void addFrom(URL url, List<String> out) throws IOException {
        if ("jar".equals(url.getProtocol())) {
            JarURLConnection c = (JarURLConnection) url.openConnection();
            c.setUseCaches(false);
            try (JarFile jar = c.getJarFile()) {
                jar.stream().map(e -> e.getName())
                        .filter(n -> n.startsWith(FOLDER) && n.endsWith(".json")
                                && n.indexOf('/', FOLDER.length()) < 0)
                        .map(n -> n.substring(FOLDER.length())).forEach(out::add);
            }
        } else if ("file".equals(url.getProtocol())) {
            try (Stream<Path> s = Files.list(Path.of(URI.create(url.toString())))) {
                s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                        .forEach(out::add);
            }
        }
    }

    public static Optional<ModelReader.Result> read(String name) {
        try (InputStream in = Examples.class.getClassLoader()
                .getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(ModelReader.parse(new String(in.readAllBytes(),
                    StandardCharsets.UTF_8)));
        } catch (IOException e) {
            System.getLogger(Examples.class.getName()).log(System.Logger.Level.WARNING,
                    "cannot read the bundled example " + name, e);
            return Optional.empty();
        }
    }

    /**
     * The example's own name ("Shop: monolith on Postgres (before a cache)"), read once; the file
     * name made readable ("Monolith postgres") when it cannot be read.
     */
    public static String title(String name) {
        return TITLES.computeIfAbsent(name, n -> read(n).map(r -> r.model())
                .map(m -> m.name()).filter(t -> !t.isBlank()).orElseGet(() -> fileTitle(n)));
    }

    private static final java.util.Map<String, String> TITLES =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** "monolith-postgres.json" → "Monolith postgres". */
    public static String fileTitle(String name) {
        String s = name.replaceAll("\\.json$", "").replace('-', ' ');
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
