package dev.headroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.model.Model;
import dev.headroom.network.NetworkCompiler;
import org.junit.jupiter.api.Test;

class AnalyticBenchModelTest {
    @Test
    void syntheticBenchModelIsValidAndHasTheAdvertisedSize() {
        Model m = AnalyticBench.syntheticModel();
        assertThat(NetworkCompiler.check(m)).isEmpty();
        assertThat(m.components()).hasSize(50);
        assertThat(m.requestClasses()).hasSize(5);
    }
}
