package dev.headroom.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.headroom.io.ModelReader;
import dev.headroom.model.Model;
import dev.headroom.model.RequestClass;
import dev.headroom.model.Slo;
import dev.headroom.network.Network;
import dev.headroom.network.NetworkCompiler;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

class AnalyticSolverTest {
    static Network load(String file) {
        ModelReader.Result r = ModelReader.read(Path.of("src/test/resources/models", file));
        assertThat(r.problems()).isEmpty();
        return NetworkCompiler.compile(r.model());
    }

    static Network parse(String json) {
        ModelReader.Result r = ModelReader.parse(json);
        assertThat(r.problems()).isEmpty();
        return NetworkCompiler.compile(r.model());
    }

    static Model model(String json) {
        return ModelReader.parse(json).model();
    }

    @Test
    void mm1AtNinetyPercentMatchesTheClosedForm() {
        // M/M/1: T = S/(1-ρ) = 1 s / 0.1 = 10,000 ms; P(T > t) = exp(-(μ-λ)t), so
        // p95 = ln(20)/0.1 s = 29,957.32 ms (Kleinrock, Queueing Systems vol. 1, eq. 3.27).
        Solution s = AnalyticSolver.solve(load("mm1.json"), 1);
        ClassResult c = s.classes().get(0);
        assertThat(c.latencyMeanMs()).isCloseTo(10_000, within(1e-6));
        assertThat(c.latencyP95Ms()).isCloseTo(Math.log(20) / 0.1 * 1000, within(1e-6));
        assertThat(c.latencyP99Ms()).isCloseTo(Math.log(100) / 0.1 * 1000, within(1e-6));
        assertThat(c.latencyP50Ms()).isCloseTo(Math.log(2) / 0.1 * 1000, within(1e-6));
        StationResult st = s.components().get(0);
        assertThat(st.utilization()).isCloseTo(0.9, within(1e-12));
        // L = ρ/(1-ρ) = 9
        assertThat(st.queueLength()).isCloseTo(9, within(1e-9));
        assertThat(s.maxArrivalRatePerSecond()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void threeStationLineMatchesTheExactMeanOfTheBenchmark() {
        // shared/bench/README.md: exact mean latency 315.229 ms (M/M/4 -> M/M/1 -> M/M/2).
        Solution s = AnalyticSolver.solve(load("tandem.json"), 1);
        assertThat(s.classes().get(0).latencyMeanMs()).isCloseTo(315.229, within(0.0005));
        assertThat(s.bottleneck()).isIn("s1", "s3");
        assertThat(s.stable()).isTrue();
    }

    @Test
    void mmcWithOneServerEqualsMm1() {
        Network one = parse("""
            {"name": "a", "workload": {"arrivalRatePerSecond": 7},
             "components": [{"id": "s", "serviceTimeMs": 100}], "connections": []}""");
        // M/M/1 with λ = 7, μ = 10: T = 1/(μ-λ) = 333.33 ms
        assertThat(AnalyticSolver.solve(one, 1).classes().get(0).latencyMeanMs())
                .isCloseTo(1000.0 / 3, within(1e-9));
    }

    @Test
    void mm2MeanWaitMatchesTheClosedForm() {
        // M/M/2: Wq = ρ²/(μ(1-ρ²)) (Gross & Harris, Fundamentals of Queueing Theory, §2.3).
        // λ = 16/s, S = 100 ms: ρ = 0.8, Wq = 0.64/(10 × 0.36) s = 177.78 ms.
        Network n = parse("""
            {"name": "a", "workload": {"arrivalRatePerSecond": 16},
             "components": [{"id": "s", "concurrency": 2, "serviceTimeMs": 100}],
             "connections": []}""");
        StationResult st = AnalyticSolver.solve(n, 1).components().get(0);
        assertThat(st.waitMs()).isCloseTo(640.0 / 3.6, within(1e-9));
    }

    @Test
    void constantServiceHalvesTheWaitOfMm1() {
        // M/D/1 (Pollaczek–Khinchine): Wq = ρS/(2(1-ρ)), half the M/M/1 wait.
        Network n = parse("""
            {"name": "a", "workload": {"arrivalRatePerSecond": 5},
             "components": [{"id": "s", "serviceTimeMs": 100, "serviceTimeCv": 0}],
             "connections": []}""");
        assertThat(AnalyticSolver.solve(n, 1).components().get(0).waitMs())
                .isCloseTo(0.5 * 100 / (2 * 0.5), within(1e-9));
    }

    @Test
    void delayStationsNeverSaturateAndAddTheirServiceTime() {
        Network n = parse("""
            {"name": "a", "workload": {"arrivalRatePerSecond": 1000},
             "components": [{"id": "api", "kind": "external", "serviceTimeMs": 350}],
             "connections": []}""");
        Solution s = AnalyticSolver.solve(n, 10);
        assertThat(s.stable()).isTrue();
        assertThat(s.classes().get(0).latencyMeanMs()).isCloseTo(350, within(1e-9));
        assertThat(s.components().get(0).servers()).isNull();
        assertThat(s.maxArrivalRatePerSecond()).isNull();
    }

    @Test
    void networkLatencyIsAddedPerSynchronousTraversal() {
        Network n = parse("""
            {"name": "a", "workload": {"arrivalRatePerSecond": 1},
             "components": [{"id": "a", "kind": "external", "serviceTimeMs": 10},
                            {"id": "b", "kind": "external", "serviceTimeMs": 20}],
             "connections": [{"from": "a", "to": "b", "calls": 3, "latencyMs": 2}]}""");
        assertThat(AnalyticSolver.solve(n, 1).classes().get(0).latencyMeanMs())
                .isCloseTo(10 + 3 * (20 + 2), within(1e-9));
    }

    @Test
    void saturatedStationReportsNoLatencyOnlyForClassesThatCrossIt() {
        // 'report' requests fan out asynchronously to a slow worker that saturates;
        // 'page' requests never touch it and keep their figures.
        Network n = parse("""
            {"name": "a", "workload": {"arrivalRatePerSecond": 10,
               "classes": [{"name": "page", "share": 0.5, "entry": "web"},
                           {"name": "report", "share": 0.5, "entry": "web"}]},
             "components": [{"id": "web", "concurrency": 8, "serviceTimeMs": 10},
                            {"id": "worker", "kind": "worker", "serviceTimeMs": 500},
                            {"id": "pdf", "kind": "service", "serviceTimeMs": 100}],
             "connections": [{"from": "web", "to": "worker", "async": true, "classes": ["report"]},
                             {"from": "web", "to": "pdf", "classes": ["report"]}]}""");
        Solution s = AnalyticSolver.solve(n, 1);
        assertThat(s.stable()).isFalse();
        assertThat(s.component("worker").orElseThrow().saturated()).isTrue();
        assertThat(s.component("worker").orElseThrow().waitMs()).isNull();
        assertThat(s.component("pdf").orElseThrow().saturated()).isFalse();
        assertThat(s.requestClass("page").orElseThrow().latencyMeanMs()).isNotNull();
        // report's synchronous path (web, pdf) is fine: the async backlog does not slow it.
        assertThat(s.requestClass("report").orElseThrow().latencyMeanMs()).isNotNull();
        // once pdf saturates too (ρ = 5m × 0.1 s reaches 1 at 2x), report has no latency.
        Solution at3 = AnalyticSolver.solve(n, 3);
        assertThat(at3.requestClass("report").orElseThrow().latencyMeanMs()).isNull();
        assertThat(at3.requestClass("report").orElseThrow().latencyP95Ms()).isNull();
        assertThat(at3.requestClass("page").orElseThrow().latencyP95Ms()).isNotNull();
        assertThat(at3.requestClass("page").orElseThrow().throughputPerSecond())
                .isCloseTo(15, within(1e-9));
    }

    @Test
    void autoscaledTierIsSizedByTheFormula() {
        // shop.json at 1x: app λ = 83.33/s, S̄ = 0.85×25 + 0.15×80 = 33.25 ms, a = 2.7708;
        // ceil(2.7708 / (4 × 0.6)) = 2 instances; at 10x a = 27.708 -> ceil(11.54) = 12.
        Network n = load("shop.json");
        assertThat(AnalyticSolver.solve(n, 1).component("app").orElseThrow().instances())
                .isEqualTo(2);
        assertThat(AnalyticSolver.solve(n, 10).component("app").orElseThrow().instances())
                .isEqualTo(12);
        assertThat(AnalyticSolver.solve(n, 10).component("app").orElseThrow().servers())
                .isEqualTo(48);
    }

    @Test
    void capacityIsTheTightestStationAtItsMaximum() {
        // shop.json: D_db = 0.85×0.3×4 ms + 0.15×2.3×12 ms = 5.16 ms per request; 8 servers
        // -> 1550.4 req/s. D_cache = 3 × 0.3 ms = 0.9 ms, 2 servers -> 2222 req/s.
        // D_app = 33.25 ms, 20 × 4 servers -> 2406 req/s. emails: 0.15 × 120 ms, 2 -> 111.1/s.
        Solution s = AnalyticSolver.solve(load("shop.json"), 1);
        assertThat(s.maxArrivalRatePerSecond()).isCloseTo(2 / 0.018, Percentage.withPercentage(1e-9));
        assertThat(s.maxUsers()).isCloseTo(20000 * (2 / 0.018) / (250.0 / 3),
                Percentage.withPercentage(1e-9));
    }

    @Test
    void littlesLawHoldsAtEveryStation() {
        Solution s = AnalyticSolver.solve(load("shop.json"), 2);
        for (StationResult st : s.components()) {
            if (!st.saturated()) {
                assertThat(st.queueLength()).isCloseTo(
                        st.arrivalRatePerSecond() * st.responseMs() / 1000, within(1e-9));
            }
        }
    }

    @Test
    void percentilesAreOrdered() {
        Solution s = AnalyticSolver.solve(load("shop.json"), 3);
        for (ClassResult c : s.classes()) {
            assertThat(c.latencyP50Ms()).isLessThanOrEqualTo(c.latencyP95Ms());
            assertThat(c.latencyP95Ms()).isLessThanOrEqualTo(c.latencyP99Ms());
        }
    }

    @Test
    void theSloSearchShortcutAgreesWithTheFullSolution() {
        Network n = load("shop.json");
        for (double m : new double[] {0.5, 1, 2.5, 7, 40}) {
            Solution s = AnalyticSolver.solve(n, m);
            java.util.Optional<Double> p95 = s.worstP95Ms();
            for (double f : new double[] {0.5, 0.999999, 1.000001, 2}) {
                double limit = p95.orElse(100.0) * f;
                Objectives o = Objectives.p95Only(new Slo(limit, 0.8), n.classCount());
                assertThat(AnalyticSolver.missesLatency(n, m, o))
                        .as("m=%s limit=%s p95=%s", m, limit, p95)
                        .isEqualTo(p95.map(p -> p > limit).orElse(true));
            }
        }
    }

    @Test
    void theShortcutChecksEachClassAgainstItsOwnP99() {
        Network n = load("shop.json");
        Solution s = AnalyticSolver.solve(n, 2);
        List<RequestClass> classes = new java.util.ArrayList<>();
        for (int r = 0; r < n.classCount(); r++) {
            classes.add(new RequestClass(n.className(r), 1.0 / n.classCount(), "x"));
        }
        for (int r = 0; r < n.classCount(); r++) {
            double p99 = s.classes().get(r).latencyP99Ms();
            for (double f : new double[] {0.999999, 1.000001}) {
                List<RequestClass> own = new java.util.ArrayList<>(classes);
                own.set(r, classes.get(r).withP99LatencyMs(p99 * f));
                Objectives o = Objectives.of(Slo.DEFAULT, own);
                assertThat(AnalyticSolver.missesLatency(n, 2, o)).as("class %d at %s", r, f)
                        .isEqualTo(f < 1);
            }
        }
    }
}
