package dev.headroom.report;

import dev.headroom.app.Design;
import dev.headroom.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Writes a report file, HTML or PDF by its extension, so that it is never left half-written. */
public final class Reports {
    /** The report formats, by file extension. */
    public enum Type { HTML, PDF }

    private Reports() {}

    /** The format {@code file}'s extension asks for: .html/.htm or .pdf. */
    public static Optional<Type> formatOf(Path file) {
        String n = file.getFileName() == null ? ""
                : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".html") || n.endsWith(".htm")) {
            return Optional.of(Type.HTML);
        }
        return n.endsWith(".pdf") ? Optional.of(Type.PDF) : Optional.empty();
    }

    public static void write(List<Design> designs, Path file, LocalDate date) throws IOException {
        write(designs, file, Branding.plain(date));
    }

    /** Writes the report with its branding (cover, summary, descriptions or not). */
    public static void write(List<Design> designs, Path file, Branding brand) throws IOException {
        Type format = formatOf(file).orElseThrow(() -> new IllegalArgumentException(
                "a report is .html or .pdf: " + file));
        String html = HtmlReport.render(designs, brand);
        if (format == Type.HTML) {
            AtomicFiles.writeString(file, html);
            return;
        }
        AtomicFiles.write(file, out -> PdfReport.write(html, out));
    }
}
