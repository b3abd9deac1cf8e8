package dev.headroom.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.Fixtures;
import dev.headroom.app.Design;
import dev.headroom.model.ReportSettings;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PDF as paper: its pages rendered (PDFBox, 24 dpi) and looked at. The cover is dark to
 * every edge of the A4 sheet; no page but the last is left more than half empty.
 */
class PdfPagesTest {
    @TempDir
    static Path dir;
    static List<BufferedImage> one;
    static List<BufferedImage> two;
    static String brandedText;
    /** The lowest line of text of each page (of one.pdf, then two.pdf), and how far down. */
    record LastLine(String page, boolean last, String text, double down) {}

    static final List<LastLine> lastLines = new ArrayList<>();

    /** A4 is 297 mm tall; the page's bottom margin (with its page number) is 20 mm. */
    static final double CONTENT_BOTTOM = (297.0 - 20) / 297;

    @BeforeAll
    static void render() throws Exception {
        Design shop = Fixtures.design(Fixtures.model(Path.of("models", "monolith-postgres.json")));
        Design cached = Fixtures.design(Fixtures.model(Path.of("models",
                "monolith-redis-replica.json")));
        Path a = dir.resolve("one.pdf");
        Reports.write(List.of(shop), a, LocalDate.of(2026, 12, 1));
        one = pages(a);
        Path b = dir.resolve("two.pdf");
        Branding brand = Branding.of(new ReportSettings("Acme Ltd", "Jane Doe", null, null,
                "The cache buys time.\n\nThe database saturates first.", true), null,
                LocalDate.of(2026, 12, 1));
        Reports.write(List.of(shop, cached), b, brand);
        two = pages(b);
        try (PDDocument doc = Loader.loadPDF(b.toFile())) {
            brandedText = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        for (Path pdf : List.of(a, b)) {
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                    float height = doc.getPage(i - 1).getMediaBox().getHeight();
                    String[] line = {""};
                    float[] y = {0};
                    PDFTextStripper t = new PDFTextStripper() {
                        @Override
                        protected void writeString(String text,
                                List<org.apache.pdfbox.text.TextPosition> positions) {
                            float top = positions.get(0).getYDirAdj();
                            String s = text.strip();
                            // the lowest line above the footer (its name and page number)
                            if (top > y[0] && top < height * CONTENT_BOTTOM
                                    && !s.isEmpty()) {
                                y[0] = top;
                                line[0] = s;
                            } else if (top == y[0]) {
                                line[0] = (line[0] + " " + s).strip();
                            }
                        }
                    };
                    t.setSortByPosition(true);
                    t.setStartPage(i);
                    t.setEndPage(i);
                    t.getText(doc);
                    lastLines.add(new LastLine(pdf.getFileName() + " page " + i + " of "
                            + doc.getNumberOfPages(), i == doc.getNumberOfPages(), line[0],
                            y[0] / height));
                }
            }
        }
    }

    static List<BufferedImage> pages(Path pdf) throws Exception {
        List<BufferedImage> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer r = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                out.add(r.renderImageWithDPI(i, 24));
            }
        }
        return out;
    }

    static boolean dark(int rgb) {
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        return r < 60 && g < 60 && b < 80;
    }

    static boolean white(int rgb) {
        return ((rgb >> 16) & 0xff) > 245 && ((rgb >> 8) & 0xff) > 245 && (rgb & 0xff) > 245;
    }

    /** Every pixel of the outermost two rows and columns is the cover's dark blue. */
    static void assertCoverFillsThePage(BufferedImage cover) {
        int w = cover.getWidth();
        int h = cover.getHeight();
        for (int x = 0; x < w; x++) {
            for (int y : new int[] {0, 1, h - 2, h - 1}) {
                assertThat(dark(cover.getRGB(x, y))).as("cover pixel (%d, %d) of %d × %d", x, y,
                        w, h).isTrue();
            }
        }
        for (int y = 0; y < h; y++) {
            for (int x : new int[] {0, 1, w - 2, w - 1}) {
                assertThat(dark(cover.getRGB(x, y))).as("cover pixel (%d, %d) of %d × %d", x, y,
                        w, h).isTrue();
            }
        }
    }

    /** How far down the page's text area its last non-white pixel lies, 0 to 1. */
    static double fill(BufferedImage page) {
        int bottom = (int) Math.floor(page.getHeight() * CONTENT_BOTTOM);
        for (int y = bottom - 1; y >= 0; y--) {
            for (int x = 0; x < page.getWidth(); x++) {
                if (!white(page.getRGB(x, y))) {
                    return (y + 1.0) / bottom;
                }
            }
        }
        return 0;
    }

    @Test
    void theCoverFillsTheWholeSheet() {
        assertCoverFillsThePage(one.get(0));
        assertCoverFillsThePage(two.get(0));
    }

    @Test
    void noPageButTheLastIsHalfEmpty() {
        for (List<BufferedImage> doc : List.of(one, two)) {
            for (int i = 1; i < doc.size() - 1; i++) {
                assertThat(fill(doc.get(i))).as("page %d of %d", i + 1, doc.size())
                        .isGreaterThan(0.5);
            }
        }
    }

    /** The report's section headings (h2 to h4) as they print. */
    static boolean heading(String line) {
        return List.of("Executive summary", "Comparison", "Assumptions", "Architecture",
                "What breaks first", "Growth, step by step", "Monthly bill at 10x", "Charts",
                "What 10x costs", "Limits of this model").contains(line)
                || line.startsWith("Fixing ");
    }

    @Test
    void noPageEndsWithAHeadingLeftAlone() {
        List<BufferedImage> pages = new ArrayList<>(one);
        pages.addAll(two);
        assertThat(lastLines).hasSameSizeAs(pages);
        for (int i = 0; i < pages.size(); i++) {
            LastLine l = lastLines.get(i);
            if (l.last() || !heading(l.text())) {
                continue;
            }
            // a heading may be the lowest text when a figure follows it: then the figure's ink
            // reaches well below it (A4: 297 mm; 20 mm is less than a figure's height)
            double inkBelowMm = (fill(pages.get(i)) * CONTENT_BOTTOM - l.down()) * 297;
            assertThat(inkBelowMm).as("%s ends with the heading '%s'", l.page(), l.text())
                    .isGreaterThan(20);
        }
    }

    @Test
    void theBrandedReportNamesTheClientThePreparerAndCarriesTheSummary() {
        assertThat(brandedText).contains("Prepared for Acme Ltd")
                .contains("Prepared by Jane Doe, 1 December 2026")
                .contains("Executive summary The cache buys time. The database saturates first.");
    }

    @Test
    void theFillMeasureSeesAnEmptyAndAFullPage() {
        BufferedImage empty = new BufferedImage(100, 140, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = empty.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 100, 140);
        assertThat(fill(empty)).isZero();
        g.setColor(java.awt.Color.BLACK);
        g.fillRect(10, 60, 5, 5);
        assertThat(fill(empty)).isCloseTo(65.0 / Math.floor(140 * CONTENT_BOTTOM),
                org.assertj.core.api.Assertions.within(1e-9));
        g.dispose();
    }
}
