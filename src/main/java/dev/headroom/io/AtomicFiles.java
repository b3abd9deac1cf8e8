package dev.headroom.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that readers see either the old content or the new, never half of either:
 * write a temporary file in the same folder, force it to disk, then rename it over the target.
 * Every file Headroom writes (models, autosaves, reports, CSV, PNG) goes through here.
 *
 * <p>The new file keeps the permissions of the file it replaces; a new file gets the
 * permissions the user's umask gives (the temporary file is created without explicit
 * permissions, unlike {@code Files.createTempFile}, which would leave it readable by its owner
 * only).
 *
 * <p>A file its owner made read-only is not replaced: the rename would succeed (it needs only
 * the folder's permission), silently overriding the owner's choice, so {@link
 * FileErrors.ReadOnlyFileException} is thrown instead and the front end offers another name
 * (docs/ui.md "Files").
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    /** What writes the content to the temporary file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    public static void writeString(Path target, String content) throws IOException {
        write(target, content.getBytes(StandardCharsets.UTF_8));
    }

    public static void write(Path target, byte[] content) throws IOException {
        write(target, out -> out.write(content));
    }

    /** Writes what {@code content} produces, atomically. */
    public static void write(Path target, Content content) throws IOException {
        Path abs = target.toAbsolutePath();
        if (Files.isRegularFile(abs) && isReadOnly(abs)) {
            throw new FileErrors.ReadOnlyFileException(target);
        }
        Path dir = abs.getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Path tmp = createTemp(dir, abs.getFileName().toString());
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = Channels.newOutputStream(ch);
                content.writeTo(out);
                out.flush();
                ch.force(true);
            }
            keepPermissions(abs, tmp);
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /**
     * Whether the file is read-only for the person running Headroom: its owner's write
     * permission is off (also when that owner is the superuser, who could write it anyway, as
     * editors do), or the system says it cannot be written.
     */
    public static boolean isReadOnly(Path file) {
        try {
            PosixFileAttributeView posix = Files.getFileAttributeView(file,
                    PosixFileAttributeView.class);
            if (posix != null) {
                var attrs = posix.readAttributes();
                String me = System.getProperty("user.name");
                if (attrs.owner().getName().equals(me) || "root".equals(me)) {
                    return !attrs.permissions().contains(PosixFilePermission.OWNER_WRITE);
                }
            }
            var dos = Files.getFileAttributeView(file, java.nio.file.attribute.DosFileAttributeView.class);
            if (dos != null && dos.readAttributes().isReadOnly()) {
                return true;
            }
            return !Files.isWritable(file);
        } catch (IOException e) {
            return !Files.isWritable(file);
        }
    }

    private static Path createTemp(Path dir, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path tmp = dir.resolve("." + name + "."
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            try {
                return Files.createFile(tmp);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 20) {
                    throw e;
                }
            }
        }
    }

    private static void keepPermissions(Path target, Path tmp) throws IOException {
        if (!Files.exists(target)) {
            return;
        }
        PosixFileAttributeView from = Files.getFileAttributeView(target,
                PosixFileAttributeView.class);
        PosixFileAttributeView to = Files.getFileAttributeView(tmp,
                PosixFileAttributeView.class);
        if (from != null && to != null) {
            to.setPermissions(from.readAttributes().permissions());
        }
    }
}
