package dev.headroom.cli;

import dev.headroom.app.Analysis;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
    @Test
    void writesASelfContainedHtmlReport(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("shop.html");
        CliTest.Run r = CliTest.run("report", CliTest.SHOP, "-o", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Wrote " + out);
        assertThat(r.err()).isEmpty();
        String html = Files.readString(out);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("Shop: monolith + Postgres")
                .contains("data:image/png;base64,").doesNotContain("<script");
    }

    /** A 1 × 1 PNG, the smallest logo there is. */
    static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    @Test
    void theBrandingOptionsOverTheModelsReportSettings(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("m.json");
        Files.writeString(model, Files.readString(Path.of(CliTest.SHOP)).replaceFirst("\\{",
                "{\"report\": {\"client\": \"Model Client\", \"preparedBy\": \"Model Maker\", "
                + "\"logo\": \"logo.png\", \"includeDescription\": true},"));
        Files.write(dir.resolve("logo.png"), PNG);
        Path out = dir.resolve("r.html");
        CliTest.Run r = CliTest.run("report", model.toString(), "-o", out.toString(),
                "--client", "Acme Ltd", "--date", "2026-12-01", "--summary", "First.\\n\\nSecond.");
        assertThat(r.code()).as(r.err()).isZero();
        String html = Files.readString(out);
        assertThat(html).contains("Prepared for Acme Ltd").doesNotContain("Model Client")
                .contains("Prepared by Model Maker, 1 December 2026")
                .contains("data:image/png;base64," + java.util.Base64.getEncoder()
                        .encodeToString(PNG))
                .contains("<p>First.</p>").contains("<p>Second.</p>")
                .contains("The shop example the engine tests are built on.");
        r = CliTest.run("report", model.toString(), "-o", out.toString(), "--no-description");
        assertThat(Files.readString(out))
                .doesNotContain("The shop example the engine tests are built on.");
    }

    @Test
    void aLogoThatCannotBeUsedIsOneLineNamingIt(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("r.pdf");
        CliTest.Run r = CliTest.run("report", CliTest.SHOP, "-o", out.toString(), "--logo",
                dir.resolve("none.png").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("--logo: no such file: " + dir.resolve("none.png"));
        Path text = dir.resolve("logo.png");
        Files.writeString(text, "not a picture");
        r = CliTest.run("report", CliTest.SHOP, "-o", out.toString(), "--logo", text.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("--logo: " + text + " is not a PNG or JPEG image");
        assertThat(out).doesNotExist();
        r = CliTest.run("report", CliTest.SHOP, "-o", out.toString(), "--date", "tomorrow");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--date");
    }

    @Test
    void writesAPdfOfSeveralDesignsWithoutNoiseOnStderr(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("designs.pdf");
        CliTest.Run r = CliTest.run("report", CliTest.SHOP, "src/test/resources/models/tandem.json",
                "--output", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(new String(Files.readAllBytes(out), 0, 5,
                java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (var listing = Files.list(dir)) {
            assertThat(listing).as("no temporary file left behind").hasSize(1);
        }
    }

    @Test
    void pdfPrintsTheEnginesLatencyAndTheCostEnginesBill(@TempDir Path dir) throws Exception {
        Path model = Path.of("models/monolith-postgres.json");
        Path out = dir.resolve("mono.pdf");
        CliTest.Run r = CliTest.run("report", model.toString(), "-o", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        String text;
        try (var doc = org.apache.pdfbox.Loader.loadPDF(out.toFile())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc)
                    .replaceAll("\\s+", " ");
        }
        Analysis m = Models.load(model);
        assertThat(text).contains(m.model().name());
        for (dev.headroom.analysis.Solution s : m.design().points().stream()
                .map(dev.headroom.app.Point::solution).toList()) {
            dev.headroom.cost.Bill bill = m.billAt(s.multiplier());
            assertThat(text).contains(" " + dev.headroom.app.Format.usd(bill.totalUsd())
                    + " ");
            assertThat(text).contains(" "
                    + dev.headroom.app.Format.usd(bill.perThousandUsersUsd()) + " ");
            for (dev.headroom.analysis.ClassResult c : s.classes()) {
                assertThat(text).contains(" " + dev.headroom.app.Format.ms(c.latencyP95Ms())
                        + " ");
            }
        }
    }

    @Test
    void exportsEveryChartAsPng(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("charts");
        CliTest.Run r = CliTest.run("report", CliTest.SHOP, "src/test/resources/models/tandem.json",
                "-o", dir.resolve("r.html").toString(), "--png", png.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(png.resolve("a-architecture.png")).exists();
        assertThat(png.resolve("a-latency.png")).exists();
        assertThat(png.resolve("a-instances.png")).as("the shop autoscales its app").exists();
        assertThat(png.resolve("b-utilization.png")).exists();
        assertThat(png.resolve("compare-p95.png")).exists();
        byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(png.resolve("a-bill.png")), 4);
        assertThat(head).containsExactly(0x89, 'P', 'N', 'G');
    }

    @Test
    void outputMustBeHtmlOrPdf(@TempDir Path dir) {
        CliTest.Run r = CliTest.run("report", CliTest.SHOP, "-o", dir.resolve("x.docx").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(".html or .pdf");
        assertThat(CliTest.run("report", CliTest.SHOP).code()).as("-o is required")
                .isEqualTo(2);
    }

    @Test
    void aBadModelIsAnInputErrorAndWritesNothing(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{}");
        Path out = dir.resolve("r.html");
        CliTest.Run r = CliTest.run("report", bad.toString(), "-o", out.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(out).doesNotExist();
    }
}
