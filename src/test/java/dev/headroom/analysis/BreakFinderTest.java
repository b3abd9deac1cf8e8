package dev.headroom.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.headroom.io.ModelReader;
import dev.headroom.model.Model;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BreakFinderTest {
    static Model model(String json) {
        ModelReader.Result r = ModelReader.parse(json);
        assertThat(r.problems()).isEmpty();
        return r.model();
    }

    @Test
    void fixedTierBreaksWhereItsUtilizationCrossesTheLimits() {
        // ρ(m) = 0.3 m: over 0.75 at m = 2.5, saturated at m = 1/0.3 = 3.333…
        Model m = model("""
            {"name": "a", "workload": {"arrivalRatePerSecond": 3},
             "slo": {"maxUtilization": 0.75},
             "components": [{"id": "s", "serviceTimeMs": 100}], "connections": []}""");
        Sweep sw = Sweeps.sweep(m);
        Break b = sw.breaks().get(0);
        assertThat(b.overUtilizationAt()).isCloseTo(2.5, within(1e-9));
        assertThat(b.saturatesAt()).isCloseTo(1 / 0.3, within(1e-9));
    }

    @Test
    void componentsComeInTheOrderTheyBreak() {
        Model m = ModelReader.read(Path.of("src/test/resources/models/tandem.json")).model();
        Sweep sw = Sweeps.sweep(m);
        // s1: ρ = 0.75 m, s2: 0.6 m, s3: 0.75 m. Limit 0.8: s1 and s3 at 1.0667x, s2 at 1.333x.
        assertThat(sw.breaks()).extracting(Break::component).containsExactly("s1", "s3", "s2");
        assertThat(sw.breaks().get(2).saturatesAt()).isCloseTo(1 / 0.6, within(1e-9));
    }

    @Test
    void autoscaledTierBreaksOnlyOnceItIsPinnedAtMax() {
        // λ·S = 0.5 m busy servers; max 4 instances × 1: saturates at m = 8, and with
        // target 0.5 < limit 0.8 it passes 0.8 only when pinned: 0.5 m / 4 > 0.8 -> m = 6.4.
        Model m = model("""
            {"name": "a", "workload": {"arrivalRatePerSecond": 5},
             "components": [{"id": "s", "serviceTimeMs": 100,
                             "autoscale": {"min": 1, "max": 4, "targetUtilization": 0.5}}],
             "connections": []}""");
        Break b = Sweeps.sweep(m).breaks().get(0);
        assertThat(b.overUtilizationAt()).isCloseTo(6.4, within(1e-9));
        assertThat(b.saturatesAt()).isCloseTo(8, within(1e-9));
    }

    @Test
    void latencySloBreachIsFoundByBisection() {
        // M/M/1, S = 100 ms, λ = 2m: p95 = ln(20)/(10 - 2m) s. p95 > 1 s when 10 - 2m < ln 20,
        // i.e. m > (10 - ln 20)/2 = 3.50214…
        Model m = model("""
            {"name": "a", "workload": {"arrivalRatePerSecond": 2},
             "slo": {"p95LatencyMs": 1000},
             "components": [{"id": "s", "serviceTimeMs": 100}], "connections": []}""");
        assertThat(Sweeps.sweep(m).sloBreachedAt()).isCloseTo((10 - Math.log(20)) / 2,
                within(1e-9));
    }

    @Test
    void aClassP99ObjectiveIsFoundByBisectionToo() {
        // M/M/1, S = 100 ms, λ = 2m: the sojourn is exponential at rate 10 − 2m, so its p99 is
        // ln(100)/(10 − 2m) s. p99 > 1.5 s when 10 − 2m < ln(100)/1.5, i.e.
        // m > (10 − ln(100)/1.5)/2 = 3.4649…; the p95 objective (3 s) holds until 4.50…
        Model m = model("""
            {"name": "a", "workload": {"arrivalRatePerSecond": 2, "classes": [
                {"name": "c", "share": 1, "entry": "s", "p99LatencyMs": 1500}]},
             "slo": {"p95LatencyMs": 3000},
             "components": [{"id": "s", "serviceTimeMs": 100}], "connections": []}""");
        assertThat(Sweeps.sweep(m).sloBreachedAt()).isCloseTo((10 - Math.log(100) / 1.5) / 2,
                within(1e-9));
    }

    @Test
    void sweepHasOnePointPerStepBothEndsIncluded() {
        Model m = ModelReader.read(Path.of("src/test/resources/models/shop.json")).model();
        Sweep sw = Sweeps.sweep(m);
        assertThat(sw.points()).extracting(Solution::multiplier)
                .containsExactly(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0);
    }

    @Test
    void sloThatServiceTimesAloneExceedIsBreachedAtZero() {
        // A 350 ms exponential external call has p95 = 350 ms × ln 20 = 1,048 ms at any load.
        Model m = model("""
            {"name": "a", "workload": {"arrivalRatePerSecond": 2},
             "slo": {"p95LatencyMs": 400},
             "components": [{"id": "s", "kind": "external", "serviceTimeMs": 350}],
             "connections": []}""");
        assertThat(Sweeps.sweep(m).sloBreachedAt()).isZero();
    }
}
