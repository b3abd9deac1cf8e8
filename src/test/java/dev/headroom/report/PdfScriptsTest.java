package dev.headroom.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.Fixtures;
import dev.headroom.app.Design;
import dev.headroom.model.Model;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: names in Chinese, Japanese, Korean or with emoji printed as {@code #}, and a long
 * name pushed the money columns off the page. The report's own fonts print them, and wrap.
 */
class PdfScriptsTest {
    static final String CJK = "店舗システム 应用服务器 애플리케이션 서버 🚀";

    @Test
    void namesInAnyScriptPrintAsWritten(@TempDir Path dir) throws Exception {
        Model shop = Fixtures.comparableShop();
        Model named = shop.withName(CJK + " " + "Q".repeat(150));
        Path pdf = dir.resolve("scripts.pdf");
        Reports.write(List.of(Fixtures.design(named)), pdf, HtmlReportTest.DAY);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains(CJK.replace(" ", ""));
            java.util.Set<String> fonts = new java.util.TreeSet<>();
            for (PDPage p : doc.getPages()) {
                for (var name : p.getResources().getFontNames()) {
                    PDFont f = p.getResources().getFont(name);
                    fonts.add(f.getName().replaceAll("^[A-Z]{6}\\+", ""));
                }
            }
            assertThat(fonts).contains("DejaVuSans", "DroidSansFallback", "NanumSquareR",
                    "Symbola");
        }
    }

    @Test
    void aLongUnbrokenNameWrapsAndNoTextLeavesThePage(@TempDir Path dir) throws Exception {
        Model shop = Fixtures.comparableShop();
        var first = shop.components().get(1);
        Model named = shop.withComponents(new java.util.ArrayList<>(shop.components()) {{
                set(1, first.withName("Q".repeat(180)));
            }}).withName("R".repeat(180));
        Path pdf = dir.resolve("long.pdf");
        // with a second design, so that the comparison table carries the long name too
        Reports.write(List.of(Fixtures.design(named), Fixtures.design(shop)), pdf,
                HtmlReportTest.DAY);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            float[] widest = {0};
            String[] where = {""};
            float pageWidth = doc.getPage(0).getMediaBox().getWidth();
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void writeString(String text,
                        List<org.apache.pdfbox.text.TextPosition> positions) {
                    for (var t : positions) {
                        float right = t.getXDirAdj() + t.getWidthDirAdj();
                        if (right > widest[0]) {
                            widest[0] = right;
                            where[0] = "page " + getCurrentPageNo() + ": " + text;
                        }
                    }
                }
            };
            s.getText(doc);
            assertThat(widest[0]).as("the rightmost glyph, of %s", where[0])
                    .isLessThanOrEqualTo(pageWidth);
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", ""))
                    .contains("Q".repeat(180));
        }
    }
}
