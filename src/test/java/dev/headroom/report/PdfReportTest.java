package dev.headroom.report;

import dev.headroom.app.Format;
import dev.headroom.app.Comparison;
import dev.headroom.app.Point;
import dev.headroom.app.Design;
import dev.headroom.Fixtures;
import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.analysis.ClassResult;
import dev.headroom.model.Model;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads the PDF's text back and finds the engine's figures in it, as printed. */
class PdfReportTest {
    @TempDir
    static Path dir;
    static Design small;
    static Design big;
    static Path pdf;
    static String text;
    static int pages;

    @BeforeAll
    static void writeReport() throws Exception {
        Model shop = Fixtures.comparableShop();
        small = Fixtures.design(shop);
        big = Fixtures.design(Fixtures.bigDatabase(shop));
        pdf = dir.resolve("shop.pdf");
        Reports.write(List.of(small, big), pdf, HtmlReportTest.DAY);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            pages = doc.getNumberOfPages();
            text = flat(new PDFTextStripper().getText(doc));
        }
    }

    static String flat(String s) {
        return s.replaceAll("\\s+", " ");
    }

    static String page(int n) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper t = new PDFTextStripper();
            t.setStartPage(n);
            t.setEndPage(n);
            return flat(t.getText(doc));
        }
    }

    @Test
    void isAPdfWithACoverAndNumberedPages() throws Exception {
        assertThat(Files.readString(pdf, java.nio.charset.StandardCharsets.ISO_8859_1))
                .startsWith("%PDF-");
        assertThat(pages).isGreaterThan(6);
        assertThat(page(1)).contains("Comparing 2 designs").doesNotContain("Page 1 of");
        assertThat(page(2)).contains("Page 2 of " + pages);
    }

    @Test
    void namesTheDesigns() {
        assertThat(text).contains(small.name()).contains(big.name());
    }

    @Test
    void printsTheEnginesLatencyAndBillAtEveryGrowthStep() {
        for (Design d : List.of(small, big)) {
            for (Point p : d.points()) {
                for (ClassResult c : p.solution().classes()) {
                    assertThat(text).contains(" " + Format.ms(c.latencyP95Ms()) + " ");
                }
                assertThat(text).contains(Format.usd(p.bill().totalUsd()));
            }
        }
    }

    @Test
    void printsWhatBreaksFirstAndTheComparison() {
        for (dev.headroom.app.Fixes.BreakFixes b : small.fixes()) {
            if (b.brk().overUtilizationAt() != null) {
                assertThat(text).contains(Format.breakPoint(b.brk().overUtilizationAt()));
            }
        }
        Comparison cmp = Comparison.of(List.of(small, big));
        for (Comparison.Column col : cmp.designs()) {
            for (Comparison.Kpi k : col.kpis()) {
                assertThat(text).contains(Format.ms(k.worstP95Ms()))
                        .contains(Format.usd(k.monthlyUsd()));
            }
        }
        assertThat(text).contains("Comparison").contains("Limits of this model");
    }

    @Test
    void printsAHostileNameAsText() throws Exception {
        Path out = dir.resolve("hostile.pdf");
        Reports.write(List.of(Fixtures.unpricedDesign(HtmlReportTest.hostile())), out,
                HtmlReportTest.DAY);
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertThat(flat(new PDFTextStripper().getText(doc)))
                    .contains(HtmlReportTest.EVIL).contains("App & <b>friends</b>");
        }
    }
}
