package dev.headroom.report;

import dev.headroom.app.Point;
import dev.headroom.app.Format;
import dev.headroom.app.Design;
import dev.headroom.Fixtures;
import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.model.Layout;
import dev.headroom.model.Model;
import dev.headroom.report.chart.ArchitectureDiagram;
import dev.headroom.report.chart.Chart;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ChartsTest {
    @Test
    void drawsEveryChartOfAPricedAutoscaledDesign() throws Exception {
        Design d = Fixtures.design(Fixtures.model(Fixtures.SHOP));
        List<Chart> charts = ReportCharts.of(d);
        assertThat(charts).extracting(Chart::id).containsExactly("latency", "throughput", "bill",
                "cost-per-1000-users", "utilization", "instances");
        for (Chart c : charts) {
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(c.png()));
            assertThat(img.getWidth()).isEqualTo(ReportCharts.WIDTH * 2);
            assertThat(inkedFraction(img)).as(c.id()).isBetween(0.01, 0.5);
        }
    }

    @Test
    void leavesOutMoneyAndInstancesWhenTheyDoNotApply() {
        Design d = Fixtures.design(Fixtures.MM1);
        assertThat(ReportCharts.of(d)).extracting(Chart::id)
                .containsExactly("latency", "throughput", "utilization");
    }

    @Test
    void closedWorkloadPlotsThroughputAgainstUsers() {
        Design d = Fixtures.design(Fixtures.CLOSED);
        Chart t = ReportCharts.throughput(d);
        assertThat(t.title()).isEqualTo("Throughput vs concurrent users");
        assertThat(inkedFraction(t.image())).isBetween(0.01, 0.5);
    }

    @Test
    void laysOutUnplacedComponentsByCallDepth() {
        Model shop = Fixtures.model(Fixtures.SHOP);
        Map<String, Layout.Position> pos = ArchitectureDiagram.positions(shop);
        assertThat(pos.get("lb").x()).isZero();
        assertThat(pos.get("app").x()).isGreaterThan(pos.get("lb").x());
        assertThat(pos.get("cache").x()).isEqualTo(pos.get("db").x())
                .as("db is called by app directly").isEqualTo(pos.get("payments").x());
        assertThat(pos.get("cache").y()).isNotEqualTo(pos.get("db").y());
    }

    @Test
    void keepsTheLayoutsPositions() {
        Model shop = Fixtures.model(Fixtures.SHOP);
        Model placed = shop.withLayout(Layout.EMPTY.with("lb", new Layout.Position(500, 40)));
        Map<String, Layout.Position> pos = ArchitectureDiagram.positions(placed);
        assertThat(pos.get("lb")).isEqualTo(new Layout.Position(500, 40));
        assertThat(pos.get("app").y()).isGreaterThan(40 + ArchitectureDiagram.CARD_H);
        BufferedImage img = ArchitectureDiagram.render(placed);
        assertThat(img.getWidth()).isPositive();
    }

    /**
     * A layout spread to the limit of ±100,000 px (issue 16: 30,000 made an array too large to
     * allocate, 12,000 took 53 s and 2.6 GB) is drawn at a bounded size.
     */
    @Test
    void aFarFlungLayoutIsDrawnSmallEnoughForAPage() {
        Model shop = Fixtures.model(Fixtures.SHOP);
        Model far = shop.withLayout(Layout.EMPTY
                .with("lb", new Layout.Position(-100_000, -100_000))
                .with("db", new Layout.Position(100_000, 100_000))
                .with("app", new Layout.Position(100_000, -100_000)));
        BufferedImage img = ArchitectureDiagram.render(far);
        assertThat(Math.max(img.getWidth(), img.getHeight())).isLessThanOrEqualTo(2 * 4_000);
        assertThat((double) img.getWidth() * img.getHeight()).isLessThanOrEqualTo(4 * 3.0e6 * 1.01); // up to rounding of each side
        assertThat(inkedFraction(img)).isPositive();
    }

    /** Share of pixels that are not white. */
    static double inkedFraction(BufferedImage img) {
        long ink = 0;
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                if ((img.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    ink++;
                }
            }
        }
        return ink / ((img.getWidth() / 2.0) * (img.getHeight() / 2.0));
    }
}
