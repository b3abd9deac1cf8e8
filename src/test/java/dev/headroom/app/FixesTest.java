package dev.headroom.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.headroom.Fixtures;
import dev.headroom.model.Model;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The fixes of "what breaks first", each checked against the closed form of the stations it
 * changes: a station with c servers offered a = λ·S Erlangs passes the limit u where a = u·c,
 * so it passes at {@code m = u·c / a(1)} and the instances that keep it under u at m are
 * {@code ceil(a(m) / (servers per instance × u))}. Prices are the test catalog's round figures
 * (src/test/resources/catalogs/machines.json), 730 hours a month.
 */
class FixesTest {
    /**
     * λ = 100/s: browse 80/s (read-only), checkout 20/s. app: 2 × m.2 (2 vCPUs) = 4 servers,
     * 10 ms → a = 1.0 Erlang at 1x. db: db.medium (4 vCPUs), 2 calls per request, 2 ms browse and
     * 5 ms checkout → a = 80·2·0.002 + 20·2·0.005 = 0.32 + 0.2 = 0.52 Erlang at 1x.
     */
    static Model shop(String appExtra, String dbExtra) {
        return shop(appExtra, dbExtra, "db.medium");
    }

    static Model shop(String appExtra, String dbExtra, String dbType) {
        return Fixtures.parse("""
                {"format": 2, "name": "shop", "pricing": "machines",
                 "workload": {"arrivalRatePerSecond": 100, "classes": [
                   {"name": "browse", "share": 0.8, "entry": "app", "readOnly": true},
                   {"name": "checkout", "share": 0.2, "entry": "app"}]},
                 "growth": {"from": 1, "to": 10, "steps": 10},
                 "slo": {"maxUtilization": 0.75},
                 "components": [
                   {"id": "app", "kind": "service", "instances": 2, "serviceTimeMs": 10,
                    "instanceType": "m.2"%s},
                   {"id": "db", "kind": "database",
                    "serviceTimeMs": {"browse": 2, "checkout": 5}, "instanceType": "%s"%s}],
                 "connections": [{"from": "app", "to": "db", "calls": 2}]}
                """.formatted(appExtra, dbType, dbExtra));
    }

    static Fixes.BreakFixes fixesOf(Design d, String id) {
        return d.fixes().stream().filter(f -> f.componentId().equals(id)).findFirst()
                .orElseThrow();
    }

    static Optional<Fixes.Option> option(Fixes.BreakFixes b, Fixes.Type type) {
        return b.options().stream().filter(o -> o.kind() == type).findFirst();
    }

    static Design design(Model m) {
        return Fixtures.machines().analyze(m).design();
    }

    @Test
    void scaleOutAddsTheInstancesThatKeepTheServiceUnderTheLimitAtTheTop() {
        Design d = design(shop("", "", "db.xlarge"));
        Fixes.BreakFixes app = fixesOf(d, "app");
        // passes 75% where a(m) = 0.75 × 4: m = 3
        assertThat(app.brk().overUtilizationAt()).isCloseTo(3.0, within(1e-9));
        // at 10x a = 10 Erlang: ceil(10 / (2 × 0.75)) = 7 instances
        assertThat(app.instancesNeeded()).isEqualTo(7);
        Fixes.Option out = option(app, Fixes.Type.SCALE_OUT).orElseThrow();
        assertThat(out.title()).isEqualTo("Scale out to 7 instances (+5)");
        assertThat(out.holds()).isTrue();
        // 7 instances = 14 servers pass 75% at a = 10.5: m = 10.5
        assertThat(out.limitAt()).isCloseTo(10.5, within(1e-9));
        assertThat(out.monthlyChangeUsd()).isCloseTo(5 * 0.10 * 730, within(1e-6));
    }

    @Test
    void aDatabaseMovesToTheSmallestSizeThatHoldsNotOneMoreInstance() {
        Design d = design(shop(", \"autoscale\": {\"min\": 2, \"max\": 40, "
                + "\"targetUtilization\": 0.6}", ""));
        Fixes.BreakFixes db = fixesOf(d, "db");
        // 4 servers pass 75% at a = 3: m = 3 / 0.52
        assertThat(db.brk().overUtilizationAt()).isCloseTo(3 / 0.52, within(1e-9));
        assertThat(option(db, Fixes.Type.SCALE_OUT)).isEmpty();
        Fixes.Option size = option(db, Fixes.Type.NEXT_SIZE).orElseThrow();
        // at 10x a = 5.2: db.large's 8 servers run at 65%, within 75%; db.medium's 4 do not
        assertThat(size.title()).isEqualTo("Move to db.large (8 vCPUs, was 4)");
        assertThat(size.holds()).isTrue();
        assertThat(size.limitAt()).isCloseTo(0.75 * 8 / 0.52, within(1e-9));
        assertThat(size.monthlyChangeUsd()).isCloseTo((0.40 - 0.20) * 730, within(1e-6));
    }

    @Test
    void aReadReplicaTakesTheReadOnlyClassesQueries() {
        Design d = design(shop(", \"autoscale\": {\"min\": 2, \"max\": 40, "
                + "\"targetUtilization\": 0.6}", ""));
        Fixes.Option replica = option(fixesOf(d, "db"), Fixes.Type.READ_REPLICA).orElseThrow();
        assertThat(replica.title()).isEqualTo("Add a read replica for browse");
        Analysis fixed = Fixtures.machines().analyze(replica.applied());
        var s = fixed.at(1).solution();
        // the primary keeps checkout's 0.2 Erlang, the replica takes browse's 0.32
        assertThat(s.component("db").orElseThrow().utilization()).isCloseTo(0.2 / 4,
                within(1e-12));
        assertThat(s.component("db-replica").orElseThrow().utilization()).isCloseTo(0.32 / 4,
                within(1e-12));
        // the replica passes 75% first: 3 / 0.32
        assertThat(replica.limitAt()).isCloseTo(3 / 0.32, within(1e-9));
        assertThat(replica.holds()).isFalse();
        assertThat(replica.monthlyChangeUsd()).isCloseTo(0.20 * 730, within(1e-6));
        assertThat(replica.assumption()).contains("replication lag");
    }

    @Test
    void aCacheInFrontTakesTheStatedShareOfTheReads() {
        Design d = design(shop(", \"autoscale\": {\"min\": 2, \"max\": 40, "
                + "\"targetUtilization\": 0.6}", ""));
        Fixes.Option cache = option(fixesOf(d, "db"), Fixes.Type.CACHE_IN_FRONT).orElseThrow();
        assertThat(cache.assumption()).isEqualTo("80% of browse's queries hit the cache");
        var s = Fixtures.machines().analyze(cache.applied()).at(1).solution();
        // browse's 0.32 Erlang falls to 20% of it; checkout's 0.2 stays
        assertThat(s.component("db").orElseThrow().utilization())
                .isCloseTo((0.32 * 0.2 + 0.2) / 4, within(1e-12));
        assertThat(cache.limitAt()).isCloseTo(3 / (0.32 * 0.2 + 0.2), within(1e-9));
        assertThat(cache.holds()).isTrue();
        assertThat(cache.monthlyChangeUsd()).isCloseTo(0.05 * 730, within(1e-6));
    }

    @Test
    void aPoolPinnedBelowTheVcpusIsRaisedToThem() {
        Design d = design(shop(", \"autoscale\": {\"min\": 2, \"max\": 40, "
                + "\"targetUtilization\": 0.6}", ", \"concurrency\": 2"));
        Fixes.Option pool = option(fixesOf(d, "db"), Fixes.Type.LARGER_POOL).orElseThrow();
        assertThat(pool.title()).isEqualTo("Raise the pool from 2 to 4 (the vCPUs of db.medium)");
        assertThat(pool.limitAt()).isCloseTo(3 / 0.52, within(1e-9));
        assertThat(pool.monthlyChangeUsd()).isCloseTo(0, within(1e-9));
    }

    @Test
    void aFixedTierCanAutoscaleAndPaysForItsPeaksOnly() {
        Design d = design(shop("", "", "db.xlarge"));
        Fixes.Option auto = option(fixesOf(d, "app"), Fixes.Type.AUTOSCALE).orElseThrow();
        // max sized for the 70% target: 7 × 0.75 / 0.7 = 7.5, so 8
        assertThat(auto.title()).isEqualTo("Autoscale 2\u20138 instances at 70% busy");
        assertThat(auto.holds()).isTrue();
    }

    @Test
    void theFixesAreOrderedByWhetherTheyHoldThenByTheirPrice() {
        Design d = design(shop(", \"autoscale\": {\"min\": 2, \"max\": 40, "
                + "\"targetUtilization\": 0.6}", ""));
        var options = fixesOf(d, "db").options();
        assertThat(options).isSortedAccordingTo(Fixes.BEST_FIRST);
        assertThat(options.get(0).kind()).isEqualTo(Fixes.Type.CACHE_IN_FRONT);
    }

    @Test
    void aSlowDependencyGetsAdviceNotACapacityFix() {
        Model m = Fixtures.parse("""
                {"format": 2, "name": "pay", "workload": {"arrivalRatePerSecond": 10, "classes": [
                   {"name": "browse", "share": 0.9, "entry": "app"},
                   {"name": "checkout", "share": 0.1, "entry": "app"}]},
                 "slo": {"p95LatencyMs": 400},
                 "components": [
                   {"id": "app", "kind": "service", "instances": 4, "concurrency": 4,
                    "serviceTimeMs": 20},
                   {"id": "payments", "kind": "external", "serviceTimeMs": 350,
                    "serviceTimeCv": 0.5}],
                 "connections": [{"from": "app", "to": "payments", "classes": ["checkout"]}]}""");
        Design d = Fixtures.machines().analyze(m).design();
        assertThat(d.breaks().breaksAt()).isEqualTo(0.0);
        Fixes.LatencyAdvice advice = d.latencyAdvice();
        assertThat(advice).isNotNull();
        assertThat(advice.requestClass()).isEqualTo("checkout");
        assertThat(advice.dependency()).isEqualTo("payments");
        assertThat(advice.dependencyMs()).isCloseTo(350, within(1e-9));
        assertThat(advice.advice()).contains("more capacity will not bring its p95 under 400 ms");
        Fixes.Option async = advice.options().get(0);
        assertThat(async.kind()).isEqualTo(Fixes.Type.ASYNC_CALL);
        assertThat(async.holds()).isTrue();
        assertThat(async.assumption()).isEqualTo(
                "checkout does not need payments's answer before it replies");
    }
}
