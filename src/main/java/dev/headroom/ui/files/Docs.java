package dev.headroom.ui.files;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the documentation is on this machine: {@code docs/} of the app image (next to the jar
 * inside it), or of the source tree the jar was built in ({@code target/headroom.jar} →
 * {@code docs/}), or of the working folder. The system property {@code headroom.docs} names
 * another folder. A folder counts when it holds {@code ui.md}.
 */
public final class Docs {
    public static final String PROPERTY = "headroom.docs";

    /** The documents the Help menu lists, with what each is about. */
    public record Doc(String file, String about) {}

    public static final List<Doc> LIST = List.of(
            new Doc("ui.md", "the desktop app: the window, mouse and keys, files, autosave"),
            new Doc("model-format.md", "the model file: every field, its unit and default"),
            new Doc("pricing.md", "the price catalogs, their sources, adding your own"),
            new Doc("report.md", "the client report and the comparison"),
            new Doc("planner.md", "the plan: what it may change, how the search stays exact"),
            new Doc("cli.md", "the command line and its JSON"),
            new Doc("engine.md", "what the analytic engine computes"),
            new Doc("simulator.md", "the discrete-event simulator and its statistics"));

    private Docs() {}

    /** The first candidate folder that holds the documentation. */
    public static Optional<Path> folder() {
        return folder(candidates());
    }

    static Optional<Path> folder(List<Path> candidates) {
        for (Path p : candidates) {
            if (p != null && Files.isRegularFile(p.resolve("ui.md"))) {
                return Optional.of(p.toAbsolutePath().normalize());
            }
        }
        return Optional.empty();
    }

    static List<Path> candidates() {
        List<Path> out = new ArrayList<>();
        String own = System.getProperty(PROPERTY);
        if (own != null && !own.isBlank()) {
            out.add(Path.of(own));
        }
        Path jar = ownJar();
        if (jar != null) {
            Path dir = jar.getParent();
            out.add(dir.resolve("docs"));                      // app image: lib/app/docs
            if (dir.getParent() != null) {
                out.add(dir.getParent().resolve("docs"));      // source tree: target/../docs
            }
        }
        out.add(Path.of("docs"));
        return out;
    }

    private static Path ownJar() {
        try {
            Path p = Path.of(Docs.class.getProtectionDomain().getCodeSource().getLocation()
                    .toURI());
            return Files.isRegularFile(p) ? p : p.getParent() == null ? null
                    : p.getParent().resolve("headroom.jar"); // target/classes → target/
        } catch (Exception e) {
            return null;
        }
    }
}
