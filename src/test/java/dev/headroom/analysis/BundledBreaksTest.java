package dev.headroom.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.app.Analysis;
import dev.headroom.app.Headroom;
import dev.headroom.network.Network;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * On every bundled model the latency break, found stretch by stretch, is the multiplier the
 * full scan of every grid point finds, bit for bit.
 */
class BundledBreaksTest {
    @Test
    void theStretchWiseSearchFindsTheFullScansBreak() throws IOException {
        List<Path> models;
        try (Stream<Path> s = Files.list(Path.of("models"))) {
            models = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(models).hasSizeGreaterThanOrEqualTo(10);
        Headroom service = Headroom.forFiles();
        int open = 0;
        for (Path f : models) {
            Headroom.Loaded l = service.read(f);
            assertThat(l.ok()).as(f.toString()).isTrue();
            Analysis a = service.analyze(l.model(), f);
            Network net = a.network();
            if (net.isClosed()) {
                continue;
            }
            open++;
            Objectives o = a.objectives();
            double end = l.model().growth().to();
            double hi = end * BreakFinder.SEARCH_LIMIT;
            Double scanned = AnalyticSolver.missesLatency(net, hi * 1e-9, o) ? Double.valueOf(0)
                    : BreakFinder.firstTrue(m -> AnalyticSolver.missesLatency(net, m, o), hi,
                            BreakFinder.SLO_SCAN_POINTS,
                            null);
            assertThat(BreakFinder.sloBreachedAt(net, o, end)).as(f.toString())
                    .isEqualTo(scanned);
        }
        assertThat(open).isGreaterThanOrEqualTo(8);
    }
}
