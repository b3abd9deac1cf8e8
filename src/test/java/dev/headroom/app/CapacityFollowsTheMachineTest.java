package dev.headroom.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.headroom.Fixtures;
import dev.headroom.analysis.Break;
import dev.headroom.model.Model;
import dev.headroom.network.Servers;
import org.junit.jupiter.api.Test;

/**
 * Capacity follows the instance type (docs/model-format.md "Servers"): servers per instance are
 * {@code concurrency} when pinned, else vCPUs × concurrencyPerVcpu of the type, else 1; a
 * service time measured on one type scales by the per-core speeds. Checked against the closed
 * form of a single station: it saturates where λ·S = c, so the saturation multiplier is
 * {@code c / (λ(1)·S)}.
 */
class CapacityFollowsTheMachineTest {
    /** One database at λ(1) = 100/s with S = 10 ms: offered load 1 Erlang at 1x. */
    static Model db(String type, String extra) {
        return Fixtures.parse("""
                {"format": 2, "name": "db", "pricing": "machines",
                 "workload": {"arrivalRatePerSecond": 100},
                 "components": [{"id": "db", "kind": "database", "serviceTimeMs": 10,
                                 "instanceType": "%s"%s}]}""".formatted(type, extra));
    }

    static double saturatesAt(Model m) {
        Analysis a = Fixtures.machines().analyze(m);
        return a.breaks().of("db").map(Break::saturatesAt).orElseThrow();
    }

    @Test
    void aDatabaseOnFourVcpusSaturatesAtHalfTheLoadOfOneOnEight() {
        double medium = saturatesAt(db("db.medium", ""));
        double large = saturatesAt(db("db.large", ""));
        // c / (λS) = 4 / 1 and 8 / 1
        assertThat(medium).isCloseTo(4.0, within(1e-9));
        assertThat(large).isCloseTo(8.0, within(1e-9));
        assertThat(medium / large).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void aPinnedPoolIsTheServersWhateverTheMachine() {
        assertThat(saturatesAt(db("db.large", ", \"concurrency\": 4"))).isCloseTo(4.0,
                within(1e-9));
        Servers s = Fixtures.machines().analyze(db("db.large", ", \"concurrency\": 4"))
                .servers("db");
        assertThat(s.source()).isEqualTo(Servers.Source.PINNED);
        assertThat(s.explanation()).isEqualTo("pinned at 4 \u2014 db.large has 8 vCPUs");
    }

    @Test
    void serversPerVcpuMultiplyTheVcpus() {
        Model m = db("db.medium", ", \"concurrencyPerVcpu\": 2");
        assertThat(saturatesAt(m)).isCloseTo(8.0, within(1e-9));
        assertThat(Fixtures.machines().analyze(m).servers("db").explanation())
                .isEqualTo("8 = 2 per vCPU \u00d7 vCPUs of db.medium (4)");
    }

    @Test
    void theInspectorSaysWhereTheServersComeFrom() {
        assertThat(Fixtures.machines().analyze(db("db.large", "")).servers("db").explanation())
                .isEqualTo("8 = vCPUs of db.large");
        Model untyped = Fixtures.parse("""
                {"format": 2, "name": "x", "workload": {"arrivalRatePerSecond": 1},
                 "components": [{"id": "db", "serviceTimeMs": 10}]}""");
        assertThat(Fixtures.machines().analyze(untyped).servers("db").explanation())
                .isEqualTo("1 per instance (no instance type; set concurrency for a pool)");
    }

    @Test
    void aServiceTimeMeasuredOnASlowerCoreShrinksOnAFasterOne() {
        // measured 10 ms on m.2 (speed 1.0); on fast.2 (speed 1.25) it takes 8 ms
        Model m = Fixtures.parse("""
                {"format": 2, "name": "svc", "pricing": "machines",
                 "workload": {"arrivalRatePerSecond": 100},
                 "components": [{"id": "db", "kind": "service", "serviceTimeMs": 10,
                                 "serviceTimeMeasuredOn": "m.2", "instanceType": "fast.2"}]}""");
        Analysis a = Fixtures.machines().analyze(m);
        assertThat(a.at(1).solution().component("db").orElseThrow().meanServiceMs())
                .isCloseTo(8.0, within(1e-12));
        // 2 servers / (100/s × 8 ms) = 2.5
        assertThat(saturatesAt(m)).isCloseTo(2.5, within(1e-9));
    }

    @Test
    void formatOneFilesKeepTheirOneServer() {
        Model old = Fixtures.parse("""
                {"format": 1, "name": "db", "pricing": "machines",
                 "workload": {"arrivalRatePerSecond": 100},
                 "components": [{"id": "db", "kind": "database", "serviceTimeMs": 10,
                                 "instanceType": "db.large"}]}""");
        assertThat(saturatesAt(old)).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void aPoolBeyondAMillionServersIsRefusedWithItsPath() {
        Model huge = Fixtures.parse("""
                {"format": 2, "name": "huge", "workload": {"arrivalRatePerSecond": 1},
                 "components": [{"id": "db", "serviceTimeMs": 10, "instances": 100000,
                                 "concurrency": 100000}]}""");
        Analysis a = Fixtures.machines().analyze(huge);
        assertThat(a.solvable()).isFalse();
        assertThat(a.problems()).singleElement().asString()
                .startsWith("components[0].instances: gives 10,000,000,000 servers");
    }
}
