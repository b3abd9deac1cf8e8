package dev.headroom.report;

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
        Design d = Fixtures.design(Fixtures.model(Fixtures.SHOP), Fixtures.FLAT);
        String html = HtmlReport.render(List.of(d), DAY);
        for (Design.Point p : d.points()) {
            for (ClassResult c : p.solution().classes()) {
                assertThat(html).contains(">" + Figures.ms(c.latencyP95Ms()) + "<");
            }
            assertThat(html).contains(">" + Figures.usd(p.bill().totalUsd()) + "<");
            assertThat(html).contains(">" + Figures.usd(p.bill().perThousandUsersUsd()) + "<");
            assertThat(html).contains(">" + Figures.count(p.solution().users()) + "<");
        }
        for (BreakFix b : d.breaks()) {
            if (b.overUtilizationAt() != null) {
                assertThat(html).contains(">" + Figures.times(b.overUtilizationAt()) + "<");
            }
        }
        BreakFix emails = d.breaks().get(0);
        assertThat(html).contains(">" + DesignChapter.fixText(emails) + "<")
                .contains(">" + Figures.usd(emails.fixMonthlyUsd()) + "<");
    }

    @Test
    void escapesEveryStringFromTheModelFile() throws Exception {
        String html = HtmlReport.render(List.of(Fixtures.design(hostile(), Costing.NONE)), DAY);
        String lower = html.toLowerCase(Locale.ROOT);
        assertThat(lower).doesNotContain("<script").doesNotContain("<img src=x")
                .doesNotContain("<b>friends");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("&lt;img src=x onerror=alert(2)&gt; &quot;quoted&quot;")
                .contains("App &amp; &lt;b&gt;friends&lt;/b&gt;").doesNotContain("\u0001");
        wellFormed(html);
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
        String html = HtmlReport.render(List.of(Fixtures.design(shop, Fixtures.FLAT),
                Fixtures.design(ComparisonTest.bigDatabase(shop), Fixtures.FLAT)), DAY);
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
        assertThat(images).as("2 diagrams, 2 x 6 charts, 2 comparison charts").isEqualTo(16);
        wellFormed(html);
    }

    @Test
    void comparisonHighlightsTheBetterFigure() {
        Model shop = ComparisonTest.shop();
        Design small = Fixtures.design(shop, Fixtures.FLAT);
        Design big = Fixtures.design(ComparisonTest.bigDatabase(shop), Fixtures.FLAT);
        Comparison cmp = Comparison.of(List.of(small, big));
        String table = HtmlReport.comparisonTable(cmp);
        Comparison.Kpi big10 = cmp.designs().get(1).kpis().get(2);
        assertThat(table).contains("<td class=\"best\">" + Figures.ms(big10.worstP95Ms())
                + "</td>");
        Comparison.Kpi small10 = cmp.designs().get(0).kpis().get(2);
        assertThat(table).contains("<td>" + Figures.ms(small10.worstP95Ms()) + "</td>");
    }

    @Test
    void leavesMoneyOutWithoutPricing() {
        String html = HtmlReport.render(List.of(Fixtures.design(Fixtures.SHOP)), DAY);
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
