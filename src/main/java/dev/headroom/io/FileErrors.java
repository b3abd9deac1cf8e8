package dev.headroom.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Says in words why a file could not be read or written: "disk full", "read-only folder",
 * "permission denied"… instead of the name of a temporary file or an exception class. The
 * operating system's reason (POSIX {@code strerror}, which Java passes on as the exception's
 * reason) is matched for the cases a person can act on; anything else keeps the system's words.
 */
public final class FileErrors {
    private FileErrors() {}

    /**
     * "cannot write FILE: REASON", the one line a front end shows when {@code target} could not
     * be written.
     */
    public static String cannotWrite(Path target, IOException e) {
        return "cannot write " + target + ": " + reason(e, target);
    }

    /**
     * Why writing {@code target} failed, for any exception an export can end with: an
     * {@link IOException} in words (see {@link #reason(IOException, Path)}), anything else by
     * its message (or its kind when it has none).
     */
    public static String reason(Exception e, Path target) {
        if (e instanceof IOException io) {
            return reason(io, target);
        }
        if (e instanceof java.io.UncheckedIOException u) {
            return reason(u.getCause(), target);
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    /** Why an operation on files failed, in a few words. */
    public static String reason(IOException e) {
        return reason(e, null);
    }

    /**
     * Why writing {@code target} (null: unknown) failed, in a few words: the file or folder at
     * fault is named when it is not the target itself.
     */
    public static String reason(IOException e, Path target) {
        if (e instanceof ReadOnlyFileException) {
            return "the file is read-only; save under another name, or make it writable";
        }
        String system = e instanceof FileSystemException fse ? fse.getReason() : e.getMessage();
        String lower = system == null ? "" : system.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left") || lower.contains("disk full")
                || lower.contains("not enough space")) {
            return "the disk is full";
        }
        if (lower.contains("disk quota")) {
            return "your disk quota is used up";
        }
        if (lower.contains("read-only file system")) {
            return "the disk is read-only";
        }
        if (lower.contains("file name too long") || lower.contains("name too long")) {
            return "the file name is too long";
        }
        if (lower.contains("is a directory")) {
            return "it is a folder, not a file";
        }
        if (lower.contains("input/output error")) {
            return "the disk reported an input/output error";
        }
        if (e instanceof AccessDeniedException ade) {
            return denied(ade, target);
        }
        if (e instanceof NoSuchFileException nsf) {
            Path missing = nsf.getFile() == null ? null : Path.of(nsf.getFile());
            if (target != null && missing != null && !missing.equals(target.toAbsolutePath())
                    && !missing.equals(target)) {
                return "the folder " + folderOf(target) + " does not exist";
            }
            return "no such file or folder";
        }
        if (e instanceof NotDirectoryException || lower.contains("not a directory")) {
            return "a part of the path is a file, not a folder";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file of that name is in the way";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "a folder of that name is in the way";
        }
        if (e instanceof FileSystemLoopException) {
            return "the path loops through a symbolic link";
        }
        if (system == null || system.isBlank()) {
            return "the system gave no reason";
        }
        return system;
    }

    private static String denied(AccessDeniedException e, Path target) {
        if (target != null) {
            Path abs = target.toAbsolutePath();
            Path folder = abs.getParent();
            if (java.nio.file.Files.exists(abs) && AtomicFiles.isReadOnly(abs)) {
                return "the file is read-only";
            }
            if (folder != null && java.nio.file.Files.isDirectory(folder)
                    && AtomicFiles.isReadOnly(folder)) {
                return "the folder " + folder + " is read-only";
            }
        }
        return "permission denied";
    }

    private static Path folderOf(Path target) {
        Path p = target.toAbsolutePath().getParent();
        return p == null ? target : p;
    }

    /** Refusal to replace a file its owner made read-only (see {@link AtomicFiles}). */
    public static final class ReadOnlyFileException extends AccessDeniedException {
        private static final long serialVersionUID = 1L;

        public ReadOnlyFileException(Path file) {
            super(file.toString(), null, "the file is read-only");
        }
    }
}
