package dev.headroom.report;

import dev.headroom.io.AtomicFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Writes a report file, HTML or PDF by its extension, so that it is never left half-written. */
public final class Reports {
    /** The report formats, by file extension. */
    public enum Format { HTML, PDF }

    private Reports() {}

    /** The format {@code file}'s extension asks for: .html/.htm or .pdf. */
    public static Optional<Format> formatOf(Path file) {
        String n = file.getFileName() == null ? ""
                : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".html") || n.endsWith(".htm")) {
            return Optional.of(Format.HTML);
        }
        return n.endsWith(".pdf") ? Optional.of(Format.PDF) : Optional.empty();
    }

    public static void write(List<Design> designs, Path file, LocalDate date) throws IOException {
        Format format = formatOf(file).orElseThrow(() -> new IllegalArgumentException(
                "a report is .html or .pdf: " + file));
        String html = HtmlReport.render(designs, date);
        if (format == Format.HTML) {
            AtomicFiles.writeString(file, html);
            return;
        }
        Path abs = file.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Path tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                PdfReport.write(html, out);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
