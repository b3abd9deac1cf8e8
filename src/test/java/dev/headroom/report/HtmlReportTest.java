package dev.headroom.report;

import dev.headroom.app.Format;
import dev.headroom.app.Comparison;
import dev.headroom.app.Point;
import dev.headroom.app.Design;
import dev.headroom.app.Fixes;
import dev.headroom.Fixtures;
import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.analysis.ClassResult;
import dev.headroom.model.Component;
import dev.headroom.model.Model;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
    static final LocalDate DAY = LocalDate.of(2026, 11, 25);
    static final String EVIL = "<script>alert(1)</script>";

    static Model hostile() {
        Model shop = Fixtures.model(Fixtures.SHOP);
        int app = shop.indexOf("app");
        Component c = shop.components().get(app).withName("App & <b>friends</b>\u0001");
        return shop.withName(EVIL).withDescription("<img src=x onerror=alert(2)> \"quoted\"")
                .withComponent(app, c);
    }

    @Test
    void printsEverySweepFigureAsTheEngineComputedIt() {
        Design d = Fixtures.design(Fixtures.model(Fixtures.SHOP));
        String html = HtmlReport.render(List.of(d), DAY);
        for (Point p : d.points()) {
            for (ClassResult c : p.solution().classes()) {
                assertThat(html).contains(">" + Format.ms(c.latencyP95Ms()) + "<");
            }
            assertThat(html).contains(">" + Format.usd(p.bill().totalUsd()) + "<");
            assertThat(html).contains(">" + Format.usd(p.bill().perThousandUsersUsd()) + "<");
            assertThat(html).contains(">" + Format.count(p.solution().users()) + "<");
        }
        for (Fixes.BreakFixes b : d.fixes()) {
            if (b.brk().overUtilizationAt() != null) {
                assertThat(html).contains(">" + Format.breakPoint(b.brk().overUtilizationAt())
                        + "<");
            }
            for (Fixes.Option o : b.best(2)) {
                assertThat(html).contains(Html.text(o.title()))
                        .contains(">" + Format.usdChange(o.monthlyChangeUsd()) + "<");
            }
        }
        assertThat(d.fixes().get(0).options()).as("the shop's e-mail workers break by 10x")
                .isNotEmpty();
    }

    /** The "What 10x costs" chapter prints the plan the app service makes, step by step. */
    @Test
    void whatTenXCostsIsThePlannersPlan() {
        Design d = Fixtures.design(Fixtures.example("microservices-gateway.json"));
        String html = HtmlReport.render(List.of(d), DAY);
        var steps = d.analysis().planSteps(d.range(), false);
        var top = steps.get(steps.size() - 1);
        assertThat(html).contains("<h3>What 10x costs</h3>")
                .contains(Html.text(top.headline()));
        for (var s : steps) {
            assertThat(html).contains("<td>" + Format.usd(s.monthlyUsd()) + "</td>");
        }
        for (var c : top.changes()) {
            assertThat(html).contains(Html.text(c.words()));
        }
    }

    @Test
    void escapesEveryStringFromTheModelFile() throws Exception {
        // with the description, and the report settings' texts as hostile as the model's
        Branding brand = new Branding("<script>alert(3)</script>", "Me & <i>co</i>", DAY, null,
                null, "Para <b>one</b>\n\n<script>alert(4)</script>", true);
        String html = HtmlReport.render(List.of(Fixtures.unpricedDesign(hostile())), brand);
        String lower = html.toLowerCase(Locale.ROOT);
        assertThat(lower).doesNotContain("<script").doesNotContain("<img src=x")
                .doesNotContain("<b>friends").doesNotContain("<i>co").doesNotContain("<b>one");
        assertThat(html).contains("Prepared for &lt;script&gt;alert(3)&lt;/script&gt;")
                .contains("Prepared by Me &amp; &lt;i&gt;co&lt;/i&gt;")
                .contains("<p>&lt;script&gt;alert(4)&lt;/script&gt;</p>");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("&lt;img src=x onerror=alert(2)&gt; &quot;quoted&quot;")
                .contains("App &amp; &lt;b&gt;friends&lt;/b&gt;").doesNotContain("\u0001");
        wellFormed(html);
    }

    @Test
    void aModelWithoutNamedClassesGetsPlainP95ColumnsNotP95Default() {
        // no request classes: the engine names its one class "default", the reader never sees it
        Model m = Fixtures.parse("""
            {"name": "x", "workload": {"arrivalRatePerSecond": 50},
             "slo": {"p95LatencyMs": 200},
             "components": [{"id": "app", "serviceTimeMs": 10, "concurrency": 2}]}""");
        String html = HtmlReport.render(List.of(Fixtures.unpricedDesign(m)), DAY);
        assertThat(html).contains("<th>p95</th>").doesNotContain("p95 default")
                .doesNotContain(">default<");
    }

    @Test
    void theDescriptionIsPrintedOnlyWhenChosen() {
        Design d = Fixtures.unpricedDesign(Fixtures.SHOP);
        String description = d.model().description();
        assertThat(description).isNotBlank();
        assertThat(HtmlReport.render(List.of(d), DAY)).doesNotContain(Html.text(description));
        assertThat(HtmlReport.render(List.of(d), new Branding(null, null, DAY, null, null, null,
                true))).contains(Html.text(description));
    }

    @Test
    void escapingKeepsTextAndDropsWhatXmlForbids() {
        assertThat(Html.text("a<b>&'\"c")).isEqualTo("a&lt;b&gt;&amp;&#39;&quot;c");
        assertThat(Html.text("Café 東京 \uD83D\uDE80")).isEqualTo("Café 東京 \uD83D\uDE80");
        assertThat(Html.text("x\u0000y\u001Fz\uD800w\uFFFF")).isEqualTo("xyzw");
        assertThat(Html.text("line\nbreak\ttab")).isEqualTo("line\nbreak\ttab");
        assertThat(Html.text(null)).isEmpty();
    }

    @Test
    void isSelfContained() throws Exception {
        Model shop = Fixtures.model(Fixtures.SHOP);
        String html = HtmlReport.render(List.of(Fixtures.design(shop),
                Fixtures.design(Fixtures.bigDatabase(shop))), DAY);
        String lower = html.toLowerCase(Locale.ROOT);
        assertThat(lower).doesNotContain("<link").doesNotContain("<script")
                .doesNotContain("href=").doesNotContain("@import").doesNotContain("url(")
                .doesNotContain("@font-face");
        Matcher m = Pattern.compile("src=\"([^\"]{0,40})").matcher(html);
        int images = 0;
        while (m.find()) {
            assertThat(m.group(1)).startsWith("data:image/png;base64,");
            images++;
        }
        assertThat(images).as("2 diagrams, 2 x 6 charts, 2 comparison charts, and the spike "
                + "drill's traffic and latency for each design").isEqualTo(20);
        wellFormed(html);
    }

    @Test
    void comparisonHighlightsTheBetterFigure() {
        Model shop = Fixtures.comparableShop();
        Design small = Fixtures.design(shop);
        Design big = Fixtures.design(Fixtures.bigDatabase(shop));
        Comparison cmp = Comparison.of(List.of(small, big));
        String table = HtmlReport.comparisonTable(cmp);
        Comparison.Kpi big10 = cmp.designs().get(1).kpis().get(2);
        assertThat(table).contains("<td class=\"best\">" + Format.ms(big10.worstP95Ms())
                + "</td>");
        Comparison.Kpi small10 = cmp.designs().get(0).kpis().get(2);
        assertThat(table).contains("<td>" + Format.ms(small10.worstP95Ms()) + "</td>");
    }

    @Test
    void leavesMoneyOutWithoutPricing() {
        String html = HtmlReport.render(List.of(Fixtures.unpricedDesign(Fixtures.SHOP)), DAY);
        assertThat(html).doesNotContain("$").contains("No pricing");
    }

    static void wellFormed(String xhtml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.newDocumentBuilder().parse(new ByteArrayInputStream(
                xhtml.getBytes(StandardCharsets.UTF_8)));
    }
}
