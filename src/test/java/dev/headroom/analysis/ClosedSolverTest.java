package dev.headroom.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ClosedSolverTest {
    @Test
    void benchClosedModelMatchesItsPublishedExactFigures() {
        // shared/bench/README.md (checked with JMT): throughput 3.518/s, response 685.05 ms.
        Solution s = AnalyticSolver.solve(AnalyticSolverTest.load("closed.json"), 1);
        assertThat(s.arrivalRatePerSecond()).isCloseTo(3.518, within(0.0005));
        assertThat(s.classes().get(0).latencyMeanMs()).isCloseTo(685.05, within(0.005));
        assertThat(s.stable()).isTrue();
        assertThat(s.bottleneck()).isEqualTo("q1");
    }

    @Test
    void oneUserSeesTheSumOfDemands() {
        // MVA with N = 1: R = Σ D_k, X = 1/(R + Z) (Lazowska et al., QSP §6.2).
        Solution s = AnalyticSolver.solve(AnalyticSolverTest.parse("""
            {"name": "a", "workload": {"type": "closed", "users": 1, "thinkTimeMs": 1000},
             "components": [{"id": "a", "concurrency": 4, "serviceTimeMs": 30},
                            {"id": "b", "serviceTimeMs": 20}],
             "connections": [{"from": "a", "to": "b", "calls": 2}]}"""), 1);
        assertThat(s.classes().get(0).latencyMeanMs()).isCloseTo(70, within(1e-9));
        assertThat(s.arrivalRatePerSecond()).isCloseTo(1 / 1.07, within(1e-12));
    }

    @Test
    void fourHundredUsersOnThreeHundredThreadsGiveExactlyThreeHundredOverS() {
        // No think time, 400 users > 300 servers: all servers always busy, X = c/S.
        Solution s = AnalyticSolver.solve(AnalyticSolverTest.parse("""
            {"name": "pool", "workload": {"type": "closed", "users": 400, "thinkTimeMs": 0},
             "components": [{"id": "pool", "concurrency": 300, "serviceTimeMs": 100}],
             "connections": []}"""), 1);
        assertThat(s.arrivalRatePerSecond()).isCloseTo(3000, within(3000 * 1e-9));
        assertThat(s.components().get(0).utilization()).isCloseTo(1, within(1e-9));
        // Little: R = N/X = 400/3000 s
        assertThat(s.classes().get(0).latencyMeanMs()).isCloseTo(400.0 / 3, within(1e-6));
    }

    @Test
    void growthMultipliesUsers() {
        Solution s = AnalyticSolver.solve(AnalyticSolverTest.load("closed.json"), 2);
        assertThat(s.users()).isEqualTo(40);
        // Past the knee N* = (D + Z)/D_max = 5.3/0.2 = 26.5 users the bottleneck caps X at 5/s.
        assertThat(s.arrivalRatePerSecond()).isLessThan(5).isGreaterThan(4.5);
    }

    @Test
    void closedStationSaturatesAtTheKneeOfItsBound() {
        Sweep sw = Sweeps.sweep(AnalyticSolverTest.model("""
            {"name": "a", "workload": {"type": "closed", "users": 10, "thinkTimeMs": 800},
             "components": [{"id": "a", "serviceTimeMs": 200}], "connections": []}"""));
        // N* = (0.2 + 0.8)/0.2 = 5 users = 0.5x of today's 10.
        assertThat(sw.breaks().get(0).saturatesAt()).isCloseTo(0.5, within(1e-12));
    }
}
