package dev.headroom.ui.files;

import dev.headroom.io.AtomicFiles;
import dev.headroom.io.ModelReader;
import dev.headroom.io.ModelWriter;
import dev.headroom.model.Model;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Crash insurance: while a document has unsaved changes its model is written every few seconds
 * to {@code <home>/autosave/<name>.json} (atomically), with {@code <name>.source} naming the
 * file it belongs to. A clean save or close deletes both. On start, an autosave newer than its
 * file (or of a file never saved) is offered for recovery.
 */
public final class Autosave {
    private static final System.Logger LOG = System.getLogger(Autosave.class.getName());
    private final Path folder;

    /** An autosave that can be recovered. */
    public record Recovery(Path autosave, Path source, Model model, FileTime when) {}

    public Autosave(Path folder) {
        this.folder = folder;
    }

    public static Autosave inHome() {
        return new Autosave(HeadroomHome.autosaveFolder());
    }

    /** The autosave's name for a document: its file name, or untitled plus a session tag. */
    public static String nameFor(Path file, String session) {
        if (file == null) {
            return "untitled-" + session;
        }
        String n = file.getFileName().toString().replaceAll("\\.json$", "");
        int h = file.toAbsolutePath().normalize().toString().hashCode();
        return n.replaceAll("[^A-Za-z0-9_.-]", "_") + "-" + Integer.toHexString(h);
    }

    public Path write(String name, Model model, Path source) throws IOException {
        Files.createDirectories(folder);
        Path target = folder.resolve(name + ".json");
        AtomicFiles.writeString(target, ModelWriter.toJson(model));
        AtomicFiles.writeString(folder.resolve(name + ".source"),
                source == null ? "" : source.toAbsolutePath().toString());
        return target;
    }

    public void discard(String name) {
        try {
            Files.deleteIfExists(folder.resolve(name + ".json"));
            Files.deleteIfExists(folder.resolve(name + ".source"));
        } catch (IOException e) {
            // A stale autosave is only offered again; nothing to tell the user.
            LOG.log(System.Logger.Level.WARNING, "cannot delete the autosave " + name, e);
        }
    }

    /** Autosaves newer than their files (or of files never saved), newest first. */
    public List<Recovery> recoverable() {
        List<Recovery> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : s.filter(x -> x.toString().endsWith(".json")).toList()) {
                recovery(p).ifPresent(out::add);
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot list the autosaves in " + folder, e);
            return out;
        }
        out.sort(Comparator.comparing(Recovery::when).reversed());
        return out;
    }

    /**
     * The autosave of {@code file}, when it is newer than the file: what a crash left of the
     * work on it, to be offered before the file is opened again (by argument or File → Open)
     * and before a first edit would write over it.
     */
    public Optional<Recovery> recoverableFor(Path file) {
        Path p = folder.resolve(nameFor(file, "") + ".json");
        return Files.isRegularFile(p) ? recovery(p) : Optional.empty();
    }

    private Optional<Recovery> recovery(Path p) {
        try {
            String name = p.getFileName().toString().replaceAll("\\.json$", "");
            Path sidecar = folder.resolve(name + ".source");
            String src = Files.isRegularFile(sidecar)
                    ? Files.readString(sidecar, StandardCharsets.UTF_8).trim() : "";
            Path source = src.isEmpty() ? null : Path.of(src);
            FileTime when = Files.getLastModifiedTime(p);
            if (source != null && Files.isRegularFile(source)
                    && Files.getLastModifiedTime(source).compareTo(when) >= 0) {
                return Optional.empty();
            }
            // an autosave keeps work in progress, problems and all (shares summing to 85%)
            ModelReader.Result r = ModelReader.readForEditing(p);
            if (r.model() == null) {
                LOG.log(System.Logger.Level.WARNING, "the autosave " + p + " cannot be read: "
                        + r.problems());
                return Optional.empty();
            }
            return Optional.of(new Recovery(p, source, r.model(), when));
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "the autosave " + p + " cannot be read", e);
            return Optional.empty();
        }
    }

    public Path folder() {
        return folder;
    }
}
