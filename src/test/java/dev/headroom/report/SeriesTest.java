package dev.headroom.report;

import dev.headroom.app.Format;
import dev.headroom.app.Point;
import dev.headroom.app.Design;
import dev.headroom.Fixtures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeriesTest {
    static final Design SHOP = Fixtures.design(
            Fixtures.model(Path.of("models/monolith-redis-replica.json")));

    @Test
    void latencyLinesAreTheEngineFiguresAndStopWhereAClassSaturates() {
        List<Point> pts = SHOP.curve();
        List<Series.Latency> lines = Series.latency(SHOP, pts);
        assertThat(lines).extracting(Series.Latency::name).containsExactly("browse", "checkout");
        for (Series.Latency l : lines) {
            for (int j = 0; j < pts.size(); j++) {
                Double p95 = pts.get(j).solution().requestClass(l.name()).orElseThrow()
                        .latencyP95Ms();
                if (p95 == null) {
                    assertThat(l.p95()[j]).isNaN();
                } else {
                    assertThat(l.p95()[j]).isEqualTo(p95);
                }
            }
        }
        // the shop's primary saturates before 10x, so its classes' lines stop there
        assertThat(lines).allMatch(Series.Latency::hasGap);
    }

    @Test
    void billLayersAddUpToTheBillAtEveryPoint() {
        List<Point> pts = SHOP.points();
        List<Series.Line> layers = new java.util.ArrayList<>(Series.billByComponent(SHOP, pts));
        layers.addAll(Series.billModelWide(pts));
        int served = Series.served(pts);
        assertThat(served).as("the shop saturates within its range").isLessThan(pts.size());
        for (int j = 0; j < pts.size(); j++) {
            int at = j;
            double sum = layers.stream().mapToDouble(l -> l.y()[at]).sum();
            if (j < served) {
                assertThat(sum).isCloseTo(pts.get(j).bill().totalUsd(), within(1e-6));
            } else {
                // past saturation the design serves no more users: no bill is drawn
                assertThat(pts.get(j).solution().stable()).isFalse();
                assertThat(sum).isNaN();
            }
        }
        // the whole design's charges, one layer each: egress, NAT hours, NAT data, the NAT
        // gateway's address and traffic between zones
        assertThat(Series.billModelWide(pts)).extracting(Series.Line::name).containsExactly(
                "Internet egress", "NAT gateway hours", "NAT gateway data processed",
                "Public IPv4 addresses", "Traffic between availability zones");
        assertThat(Series.billModelWide(pts)).extracting(Series.Line::index)
                .containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void oneAutoscaledTierGetsOneUnlabelledMaximum() {
        assertThat(Series.autoscaleMaxima(SHOP)).containsExactly(java.util.Map.entry(12, "max 12"));
        assertThat(Series.instances(SHOP, SHOP.curve())).extracting(Series.Line::name)
                .containsExactly("Application server");
    }
}
