package dev.headroom.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The intervals mean what they say: over independent runs of M/M/1 at ρ = 0.7, the 95%
 * interval of the mean latency covers the exact value in at least 85% of 40 runs (a correct
 * 95% interval falls below that with probability about 1%, binomial).
 */
class CoverageTest {

    @Test
    void meanLatencyIntervalCoversTheExactValue() {
        double exact = 1000 / (1 - 0.7);
        long covered = IntStream.range(0, 40).parallel()
                .filter(seed -> new Simulator(SimModels.station(0.7, 1000, 1, 1), 1,
                        SimModels.options(20_000, 10).withSeed(1000 + seed).withThreads(1))
                        .runOnCallingThread().classes().get(0).latencyMeanMs().covers(exact))
                .count();
        assertThat(covered).isGreaterThanOrEqualTo(34);
    }
}
