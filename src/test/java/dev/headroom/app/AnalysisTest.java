package dev.headroom.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.headroom.Fixtures;
import dev.headroom.io.ModelReader;
import dev.headroom.model.Model;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnalysisTest {
    static Model parse(String json) {
        ModelReader.Result r = ModelReader.parse(json);
        assertThat(r.problems()).isEmpty();
        return r.model();
    }

    /**
     * A class p99 objective tighter than the p95 one breaks the design first. M/M/1, S = 100 ms,
     * λ = 2m/s: the sojourn is exponential at rate 10 − 2m, p99 = ln(100)/(10 − 2m) s passes
     * 1.5 s at m = (10 − ln(100)/1.5)/2 = 3.4649…, before the p95 passes 3 s at 4.50…
     */
    @Test
    void aMissedP99ObjectiveIsWhereTheDesignBreaksAndSaysSo() {
        Model m = parse("""
            {"name": "a", "workload": {"arrivalRatePerSecond": 2, "classes": [
                {"name": "c", "share": 1, "entry": "s", "p99LatencyMs": 1500}]},
             "slo": {"p95LatencyMs": 3000},
             "components": [{"id": "s", "serviceTimeMs": 100}], "connections": []}""");
        Breaks b = Fixtures.analysis(m).breaks();
        assertThat(b.breaksAt()).isCloseTo((10 - Math.log(100) / 1.5) / 2, within(1e-9));
        assertThat(b.cause()).isEqualTo(Breaks.Cause.LATENCY);
        assertThat(b.percentile()).isEqualTo(99);
        assertThat(b.limitMs()).isEqualTo(1500);
        assertThat(b.causeJson()).isEqualTo("p99");
        assertThat(Words.breaksWhat(m, b, 10)).isEqualTo("c's p99 passes 1,500 ms");
    }

    @Test
    void edgeRatesFollowCallsAndMisses() {
        Analysis a = Fixtures.analysis(Fixtures.example("monolith-redis-replica.json"));
        Point p = a.at(1);
        Map<String, Double> rates = a.edgeRates(p.solution());
        assertThat(rates.get(Analysis.edgeKey("lb", "app")))
                .isCloseTo(p.solution().arrivalRatePerSecond(), within(1e-9));
        assertThat(rates.get(Analysis.edgeKey("cache", "replica")))
                .isLessThan(rates.get(Analysis.edgeKey("app", "cache")));
    }

    /**
     * A bounded queue's calls are made by the visits it admits only. The API is M/M/4/K with
     * K = 4 + 6 (S = 50 ms, 120 visits/s: a = 6 Erlangs on 4 servers); its loss is summed here
     * state by state, p_n ∝ aⁿ/n! below 4 and p_4 (a/4)^(n−4) above (Gross and Harris,
     * §2.5), and it calls the database twice per admitted visit.
     */
    @Test
    void aSheddingQueueCallsOnlyForTheVisitsItAdmits() {
        Model m = parse("""
            {"name": "b", "workload": {"arrivalRatePerSecond": 120},
             "components": [{"id": "api", "concurrency": 4, "serviceTimeMs": 50, "maxQueue": 6},
                            {"id": "db", "concurrency": 4, "serviceTimeMs": 1}],
             "connections": [{"from": "api", "to": "db", "calls": 2}]}""");
        double a = 120 * 0.050;
        double[] p = new double[11];
        double sum = 0;
        for (int n = 0; n <= 10; n++) {
            p[n] = n <= 4 ? Math.pow(a, n) / factorial(n) : p[4] * Math.pow(a / 4, n - 4);
            sum += p[n];
        }
        double loss = p[10] / sum;
        Analysis an = Fixtures.analysis(m);
        Point pt = an.at(1);
        assertThat(pt.solution().components().get(0).lossProbability())
                .isCloseTo(loss, within(1e-12));
        Map<String, Double> rates = an.edgeRates(pt.solution());
        assertThat(rates.get(Analysis.edgeKey("api", "db")))
                .isCloseTo(2 * 120 * (1 - loss), within(1e-9))
                .isCloseTo(pt.solution().components().get(1).arrivalRatePerSecond(),
                        within(1e-9));
    }

    static double factorial(int n) {
        return n <= 1 ? 1 : n * factorial(n - 1);
    }

    @Test
    void aModelThatPricesNothingHasNoBillRatherThanZeroDollars() {
        Analysis a = Fixtures.analysis(parse("""
                {"name": "unpriced", "workload": {"arrivalRatePerSecond": 10},
                 "components": [{"id": "a", "serviceTimeMs": 5}], "connections": []}"""));
        assertThat(a.solvable()).isTrue();
        assertThat(a.at(1).bill()).isNull();
        assertThat(a.pricing().priced()).isFalse();
        assertThat(a.pricing().why()).isEqualTo(Analysis.Pricing.NOTHING_PRICED);
    }

    @Test
    void anUnknownCatalogIsAPricingProblemWithItsPath() {
        Analysis a = Fixtures.unpriced().analyze(Fixtures.model(Fixtures.SHOP));
        assertThat(a.solvable()).isTrue();
        assertThat(a.pricing().priced()).isFalse();
        assertThat(a.pricing().problems()).first().hasToString(
                "pricing: unknown pricing catalog \"aws-us-east-1\" (no catalog is loaded)");
    }

    @Test
    void aModelWithProblemsSaysWhereAndIsNotSolved() {
        Analysis a = Fixtures.analysis(parse("""
                {"name": "x", "workload": {"arrivalRatePerSecond": 10},
                 "components": [{"id": "a", "serviceTimeMs": 5}],
                 "connections": [{"from": "a", "to": "a", "calls": 1.5}]}"""));
        assertThat(a.solvable()).isFalse();
        assertThat(a.problems()).first().extracting(Object::toString).asString()
                .startsWith("connections: routing cycle a → a");
    }

    @Test
    void aComponentWhoseVisitsTakeNoTimeNeverQueues() {
        Analysis a = Fixtures.analysis(parse("""
                {"format": 2, "name": "zero", "workload": {"arrivalRatePerSecond": 10},
                 "components": [{"id": "a", "serviceTimeMs": 0}, {"id": "b", "serviceTimeMs": 5}],
                 "connections": [{"from": "a", "to": "b"}]}"""));
        var s = a.at(1).solution();
        assertThat(s.component("a").orElseThrow().utilization()).isZero();
        assertThat(s.component("a").orElseThrow().waitMs()).isZero();
        // b alone: M/M/1 at ρ = 0.05, response 5 / 0.95 ms
        assertThat(s.classes().get(0).latencyMeanMs()).isCloseTo(5 / 0.95, within(1e-9));
    }

    @Test
    void aClosedNetworkTooBigForTheRunIsRefusedWithTheRunItNeeds() {
        Analysis a = Fixtures.analysis(parse("""
                {"format": 2, "name": "a million users", "workload": {"type": "closed",
                 "users": 1000000, "thinkTimeMs": 1000}, "growth": {"to": 1, "steps": 1},
                 "components": [{"id": "app", "serviceTimeMs": 5}]}"""));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new dev.headroom.sim.Simulator(
                a.network(), 1, dev.headroom.sim.SimOptions.defaults()))
                .isInstanceOf(dev.headroom.sim.UnstableModelException.class)
                .hasMessageContaining("1,000,000 users keep about 999,800 requests in the system")
                .hasMessageContaining("at least 19,996,000 requests per replication");
    }
}
