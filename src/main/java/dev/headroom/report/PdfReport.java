package dev.headroom.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * The client report as a PDF, laid out from the same XHTML as the HTML report by openhtmltopdf
 * (XHTML + CSS paged media onto PDFBox): A4, a cover page, page numbers, a page break before each
 * chapter.
 *
 * <p>Text is set in fonts shipped in the jar ({@code fonts/}, licences in {@code
 * fonts/LICENSES.txt}), not the machine's: DejaVu Sans (Latin, Greek, Cyrillic, Arabic,
 * Hebrew and most symbols), then, glyph by glyph, Droid Sans Fallback for Chinese and Japanese,
 * NanumSquare for Korean and Symbola for emoji, so that a model named in any of them prints as
 * written instead of as {@code #}. Each is embedded as a subset of the glyphs the report uses;
 * the charts draw names with the same fonts ({@code chart.Canvas#fontFor}).
 */
public final class PdfReport {
    /** The fonts, in the order the stylesheet falls back through them. */
    static final List<Font> FONTS = List.of(
            new Font("DejaVuSans.ttf", "DejaVu Sans", 400, PdfRendererBuilder.FontStyle.NORMAL),
            new Font("DejaVuSans-Bold.ttf", "DejaVu Sans", 700,
                    PdfRendererBuilder.FontStyle.NORMAL),
            new Font("DejaVuSans-Oblique.ttf", "DejaVu Sans", 400,
                    PdfRendererBuilder.FontStyle.ITALIC),
            new Font("DroidSansFallbackFull.ttf", "Droid Sans Fallback", 400,
                    PdfRendererBuilder.FontStyle.NORMAL),
            new Font("NanumSquare.ttf", "NanumSquare", 400, PdfRendererBuilder.FontStyle.NORMAL),
            new Font("Symbola.ttf", "Symbola", 400, PdfRendererBuilder.FontStyle.NORMAL));

    /** A font file in the jar and the family, weight and style the stylesheet asks it by. */
    record Font(String file, String family, int weight, PdfRendererBuilder.FontStyle style) {
        String resource() {
            return "fonts/" + file;
        }
    }

    /**
     * The PDF libraries log font scans and CSS they skip through java.util.logging; a command
     * line tool must not print that. Held here so the settings are not garbage-collected.
     */
    private static final java.util.logging.Logger PDFBOX_LOG =
            java.util.logging.Logger.getLogger("org.apache.pdfbox");
    private static final java.util.logging.Logger FONTBOX_LOG =
            java.util.logging.Logger.getLogger("org.apache.fontbox");

    static {
        PDFBOX_LOG.setLevel(java.util.logging.Level.SEVERE);
        FONTBOX_LOG.setLevel(java.util.logging.Level.SEVERE);
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    }

    private PdfReport() {}

    public static void write(String xhtml, OutputStream out) throws IOException {
        PdfRendererBuilder b = new PdfRendererBuilder();
        b.withHtmlContent(xhtml, null);
        for (Font f : FONTS) {
            b.useFont(() -> {
                InputStream in = PdfReport.class.getResourceAsStream(f.resource());
                if (in == null) {
                    throw new java.io.UncheckedIOException(new java.io.FileNotFoundException(
                            "the jar has no " + f.resource()));
                }
                return in;
            }, f.family(), f.weight(), f.style(), true);
        }
        b.toStream(out);
        b.run();
    }
}
