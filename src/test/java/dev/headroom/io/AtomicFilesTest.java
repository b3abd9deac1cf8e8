package dev.headroom.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one atomic writer: nothing half-written is ever left, the replaced file's permissions are
 * kept, a read-only file is refused, and every failure is said in words.
 */
class AtomicFilesTest {
    @TempDir
    Path dir;

    private String[] leftovers() throws IOException {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp"))
                    .toArray(String[]::new);
        }
    }

    @Test
    void aWriteThatFailsHalfWayLeavesTheOldFileWholeAndNoTemporaryFile() throws Exception {
        Path f = dir.resolve("chart.png");
        Files.writeString(f, "the old chart");
        assertThatThrownBy(() -> AtomicFiles.write(f, out -> {
            out.write(new byte[4096]);
            throw new FileSystemException(dir.resolve(".chart.png.x1.tmp").toString(), null,
                    "No space left on device");
        })).isInstanceOf(FileSystemException.class).satisfies(e -> assertThat(
                FileErrors.cannotWrite(f, (IOException) e))
                .isEqualTo("cannot write " + f + ": the disk is full"));
        assertThat(Files.readString(f)).isEqualTo("the old chart");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aReplacedFileKeepsItsPermissions() throws Exception {
        Path f = dir.resolve("model.json");
        Files.writeString(f, "{}");
        Set<PosixFilePermission> shared = PosixFilePermissions.fromString("rw-rw-r--");
        Files.setPosixFilePermissions(f, shared);
        AtomicFiles.writeString(f, "{\"a\": 1}");
        assertThat(Files.getPosixFilePermissions(f)).isEqualTo(shared);
        assertThat(Files.readString(f)).isEqualTo("{\"a\": 1}");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aNewFileGetsWhatTheUmaskGivesLikeAnyOtherNewFile() throws Exception {
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        Path ours = dir.resolve("report.html");
        AtomicFiles.writeString(ours, "<html/>");
        assertThat(Files.getPosixFilePermissions(ours))
                .isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aReadOnlyFileIsNotReplacedAndTheReasonSaysSo() throws Exception {
        Path f = dir.resolve("model.json");
        Files.writeString(f, "{\"mine\": true}");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("r--r--r--"));
        assertThat(AtomicFiles.isReadOnly(f)).isTrue();
        assertThatThrownBy(() -> AtomicFiles.writeString(f, "{}"))
                .isInstanceOf(FileErrors.ReadOnlyFileException.class)
                .satisfies(e -> assertThat(FileErrors.cannotWrite(f, (IOException) e))
                        .isEqualTo("cannot write " + f + ": the file is read-only; save under "
                                + "another name, or make it writable"));
        assertThat(Files.readString(f)).isEqualTo("{\"mine\": true}");
        assertThat(Files.getPosixFilePermissions(f))
                .isEqualTo(PosixFilePermissions.fromString("r--r--r--"));
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void systemReasonsBecomeWords() {
        Path t = dir.resolve("r.pdf");
        String tmp = dir.resolve(".r.pdf.abc.tmp").toString();
        assertThat(FileErrors.reason(new FileSystemException(tmp, null,
                "Read-only file system"), t)).isEqualTo("the disk is read-only");
        assertThat(FileErrors.reason(new FileSystemException(tmp, null,
                "Disk quota exceeded"), t)).isEqualTo("your disk quota is used up");
        assertThat(FileErrors.reason(new FileSystemException(tmp, null,
                "File name too long"), t)).isEqualTo("the file name is too long");
        assertThat(FileErrors.reason(new FileSystemException(t.toString(), null,
                "Is a directory"), t)).isEqualTo("it is a folder, not a file");
        assertThat(FileErrors.reason(new AccessDeniedException(tmp), t))
                .isEqualTo("permission denied");
        assertThat(FileErrors.reason(new NoSuchFileException(
                dir.resolve("gone/.r.pdf.x.tmp").toString()), dir.resolve("gone/r.pdf")))
                .isEqualTo("the folder " + dir.resolve("gone") + " does not exist");
        assertThat(FileErrors.reason(new IOException(), t)).isEqualTo("the system gave no reason");
        assertThat(FileErrors.reason(new IllegalStateException("the chart is empty"), t))
                .isEqualTo("the chart is empty");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aReadOnlyFolderIsNamed() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assertThat(FileErrors.reason(new AccessDeniedException(
                    folder.resolve(".x.tmp").toString()), folder.resolve("x.pdf")))
                    .isEqualTo("the folder " + folder + " is read-only");
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
