package dev.headroom.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.Fixtures;
import dev.headroom.network.Network;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The solution without p50 and p99 is {@code solve}'s, figure for figure, but for those two. */
class MeanAndP95Test {
    @Test
    void everyOtherFigureIsTheFullSolutions() throws IOException {
        List<Path> models;
        try (Stream<Path> files = Files.list(Path.of("models"))) {
            models = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path file : models) {
            Network net = Fixtures.analysis(file).network();
            for (double m : new double[] {0.3, 1, 4, 12}) {
                Solution full = AnalyticSolver.solve(net, m);
                Solution lean = AnalyticSolver.solveMeanAndP95(net, m);
                assertThat(lean.components()).as(file + " at " + m)
                        .isEqualTo(full.components());
                assertThat(lean.stable()).isEqualTo(full.stable());
                assertThat(lean.throughputPerSecond()).isEqualTo(full.throughputPerSecond());
                assertThat(lean.worstP95Ms()).isEqualTo(full.worstP95Ms());
                for (int r = 0; r < full.classes().size(); r++) {
                    ClassResult f = full.classes().get(r);
                    ClassResult l = lean.classes().get(r);
                    assertThat(new ClassResult(l.name(), l.arrivalRatePerSecond(),
                            l.throughputPerSecond(), l.latencyMeanMs(), f.latencyP50Ms(),
                            l.latencyP95Ms(), f.latencyP99Ms())).isEqualTo(f);
                    if (f.latencyP95Ms() != null && !net.isClosed()) {
                        assertThat(l.latencyP50Ms()).isNull();
                        assertThat(l.latencyP99Ms()).isNull();
                    }
                }
            }
        }
    }
}
