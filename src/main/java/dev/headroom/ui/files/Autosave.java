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
            return out;
        }
        out.sort(Comparator.comparing(Recovery::when).reversed());
        return out;
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
            ModelReader.Result r = ModelReader.read(p);
            if (r.model() == null) {
                return Optional.empty();
            }
            return Optional.of(new Recovery(p, source, r.model(), when));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public Path folder() {
        return folder;
    }
}
