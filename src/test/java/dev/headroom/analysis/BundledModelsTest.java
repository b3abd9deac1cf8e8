package dev.headroom.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.headroom.io.ModelReader;
import dev.headroom.model.Model;
import dev.headroom.network.Network;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bundled example validates, solves and sweeps, and shows something breaking. */
class BundledModelsTest {
    static Stream<Path> bundled() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("models"))) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(8);
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("bundled")
    void validatesSolvesAndBreaksBeforeTheEndOfItsRange(Path file) {
        ModelReader.Result r = ModelReader.read(file);
        assertThat(r.problems()).as(file.toString()).isEmpty();
        Model m = r.model();
        assertThat(m.description()).as("description of " + file).isNotBlank();
        // the description goes into a client's report: stories and sources, not file names
        assertThat(m.description()).as("description of " + file)
                .doesNotContainPattern("[A-Za-z0-9_-]+\\.json");
        assertThat(m.layout().nodes().keySet()).as("layout of " + file)
                .containsAll(m.components().stream().map(c -> c.id()).toList());
        Network net = dev.headroom.Fixtures.network(m);
        Solution today = AnalyticSolver.solve(net, m.growth().from());
        assertThat(today.stable()).as(file + " is stable today").isTrue();
        Sweep sw = Sweeps.sweep(m);
        assertThat(sw.points()).hasSize(m.growth().steps());
        assertThat(sw.breaks()).as(file + " breaks").isNotEmpty();
        Break first = sw.breaks().get(0);
        assertThat(first.saturatesAt()).as(file + ": something saturates before the end")
                .isNotNull().isLessThan(m.growth().to());
    }

    @Test
    void workedExampleOfTheFormatGuideGivesItsPrintedNumbers() {
        // docs/model-format.md, "Worked example": λ = 12,000 × 72 / 86,400 × 2 = 20/s;
        // app ρ = 20 × 0.04 / 2 = 0.40, Wq = C(2, 0.8)/(2/0.04 − 20) = 7.62 ms;
        // db ρ = 60 × 0.004 = 0.24, Wq = 0.24 × 4/(1 − 0.24) = 1.263 ms;
        // T = 1 + 47.62 + 3 × (5.263 + 0.5) = 65.91 ms; app saturates at 2.5x.
        Model m = ModelReader.read(Path.of("src/test/resources/models/worked-example.json"))
                .model();
        Solution s = AnalyticSolver.solve(dev.headroom.Fixtures.network(m), 1);
        assertThat(s.arrivalRatePerSecond()).isCloseTo(20, within(1e-9));
        assertThat(s.component("app").orElseThrow().waitMs()).isCloseTo(0.16 / 0.84 * 40,
                within(1e-9));
        assertThat(s.component("db").orElseThrow().waitMs()).isCloseTo(0.24 * 4 / 0.76,
                within(1e-9));
        assertThat(s.classes().get(0).latencyMeanMs()).isCloseTo(65.91, within(0.005));
        assertThat(Sweeps.sweep(m).breaks().get(0).saturatesAt()).isCloseTo(2.5, within(1e-9));
    }
}
