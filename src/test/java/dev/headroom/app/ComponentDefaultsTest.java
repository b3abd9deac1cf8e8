package dev.headroom.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.headroom.Fixtures;
import dev.headroom.model.Kind;
import dev.headroom.model.Model;
import dev.headroom.model.ModelValidator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A new component's defaults, against the published figures they come from
 * (docs/model-format.md, "Defaults of a new component"): utilization is λ·S/c.
 */
class ComponentDefaultsTest {
    static Model alone(Kind kind, double perSecond) {
        Model m = Fixtures.parse("""
            {"name": "x", "workload": {"arrivalRatePerSecond": %s},
             "components": [{"id": "c", "serviceTimeMs": 1}]}""".formatted(perSecond));
        return m.withComponents(List.of(ComponentDefaults.of("c", kind)));
    }

    static double utilization(Model m) {
        Analysis a = Fixtures.service().analyze(m);
        return a.at(1).solution().component("c").orElseThrow().utilization();
    }

    @Test
    void aNewCacheServesWhatRedisBenchmarkShowsOnOneThread() {
        // 20 µs a GET on Redis's one command thread: 40,000 GETs/s keep it 80% busy, and it
        // saturates at 1 / 20 µs = 50,000 a second (redis-benchmark: 80,000–150,000 on a core)
        assertThat(utilization(alone(Kind.CACHE, 40_000))).isCloseTo(0.8, within(1e-9));
        assertThat(utilization(alone(Kind.CACHE, 50_000))).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void aNewDatabaseTakesStackOverflowsTimePerQueryOnFourServers() {
        // 1.67 ms a query on 4 servers: 1,000 queries/s keep it 1,000 × 0.00167 / 4 = 41.75% busy
        assertThat(utilization(alone(Kind.DATABASE, 1_000))).isCloseTo(0.4175, within(1e-9));
    }

    @Test
    void aNewStorageServesS3sRequestRatePerPrefix() {
        // S3: at least 5,500 GETs a second per prefix; at that rate a new storage is just full
        assertThat(utilization(alone(Kind.STORAGE, 5_500))).isCloseTo(1.0, within(0.001));
    }

    @Test
    void everyKindsDefaultsMakeAValidModel() {
        for (Kind k : Kind.values()) {
            assertThat(ModelValidator.validate(alone(k, 10))).as(k.json()).isEmpty();
        }
    }
}
