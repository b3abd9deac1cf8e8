package dev.headroom.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * The client report as a PDF, laid out from the same XHTML as the HTML report by openhtmltopdf
 * (XHTML + CSS paged media onto PDFBox): A4, a cover page, page numbers, a page break before each
 * chapter. Text is set in DejaVu Sans when the system has it (it covers far more scripts than
 * the PDF base fonts, so any model name prints); otherwise in the renderer's built-in font.
 */
public final class PdfReport {
    /** Where DejaVu Sans usually lives (Debian/Ubuntu, Fedora, Arch, macOS with it installed). */
    static final List<String> FONT_DIRS = List.of("/usr/share/fonts/truetype/dejavu",
            "/usr/share/fonts/dejavu", "/usr/share/fonts/TTF", "/usr/share/fonts/dejavu-sans-fonts",
            "/Library/Fonts");

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
        registerFonts(b);
        b.toStream(out);
        b.run();
    }

    private static void registerFonts(PdfRendererBuilder b) {
        for (String dir : FONT_DIRS) {
            File regular = new File(dir, "DejaVuSans.ttf");
            if (!regular.isFile()) {
                continue;
            }
            b.useFont(regular, "DejaVu Sans", 400, PdfRendererBuilder.FontStyle.NORMAL, true);
            File bold = new File(dir, "DejaVuSans-Bold.ttf");
            if (bold.isFile()) {
                b.useFont(bold, "DejaVu Sans", 700, PdfRendererBuilder.FontStyle.NORMAL, true);
            }
            File italic = new File(dir, "DejaVuSans-Oblique.ttf");
            if (italic.isFile()) {
                b.useFont(italic, "DejaVu Sans", 400, PdfRendererBuilder.FontStyle.ITALIC, true);
            }
            File boldItalic = new File(dir, "DejaVuSans-BoldOblique.ttf");
            if (boldItalic.isFile()) {
                b.useFont(boldItalic, "DejaVu Sans", 700, PdfRendererBuilder.FontStyle.ITALIC,
                        true);
            }
            return;
        }
    }
}
