package dev.headroom.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.headroom.Fixtures;
import dev.headroom.analysis.AnalyticSolver;
import dev.headroom.analysis.Solution;
import dev.headroom.app.Analysis;
import dev.headroom.app.Planning;
import dev.headroom.io.ModelReader;
import dev.headroom.model.Autoscale;
import dev.headroom.model.Component;
import dev.headroom.model.Model;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * An autoscaled tier on a 1- or 3-year commitment is billed as its always-running instances
 * committed and the rest on demand (docs/pricing.md, "Commitments"); the planner prices its
 * options the same way, so its cheapest plan equals the cheapest bill found by trying every
 * type and every maximum: random loads and busy-hour shapes on the bundled AWS catalog, whose
 * m6i, m7i and c6i types carry dated reserved prices.
 */
class CommittedAutoscalePlanTest {

    @Property(tries = 60)
    void theOptimalCommittedBillEqualsBruteForce(
            @ForAll @DoubleRange(min = 20, max = 400) double rate,
            @ForAll @DoubleRange(min = 5, max = 60) double ms,
            @ForAll @IntRange(min = 2, max = 20) int busyHours,
            @ForAll @DoubleRange(min = 1.2, max = 4) double busyWeight,
            @ForAll boolean threeYears) {
        // quiet hours at the weight that keeps the day's mean at 1
        double quiet = (24 - busyHours * busyWeight) / (24 - busyHours);
        net.jqwik.api.Assume.that(quiet >= 0.1);
        String profile = String.join(",", java.util.Collections.nCopies(24 - busyHours,
                Double.toString(quiet))) + "," + String.join(",",
                java.util.Collections.nCopies(busyHours, Double.toString(busyWeight)));
        ModelReader.Result r = ModelReader.parse("""
            {"format": 2, "name": "tier", "pricing": "aws-us-east-1",
             "workload": {"arrivalRatePerSecond": %s, "dailyProfile": [%s]},
             "slo": {"maxUtilization": 0.8},
             "components": [{"id": "web", "serviceTimeMs": %s, "instanceType": "m6i.large",
                             "serviceTimeMeasuredOn": "m6i.large", "commitment": "%s",
                             "candidates": ["m6i.large", "m7i.large", "c6i.large", "m6i.xlarge"],
                             "autoscale": {"min": 1, "max": 2, "targetUtilization": 0.6},
                             "maxInstances": 12}],
             "connections": []}""".formatted(rate, profile, ms, threeYears ? "3y" : "1y"));
        assertThat(r.problems()).isEmpty();
        Model m = r.model();
        Analysis a = Fixtures.service().analyze(m);
        Planning.Step step = a.plan(1, false);
        Double best = null;
        Component web = m.component("web").orElseThrow();
        for (String t : web.candidates()) {
            for (int max = 1; max <= 12; max++) {
                Model v = m.withComponent(0, web.withInstanceType(t).withAutoscale(
                        new Autoscale(1, max, 0.6)));
                Analysis va = a.variant(v);
                Solution s = AnalyticSolver.solve(va.network(), 1);
                if (PlannerTest.meets(v, s)) {
                    double bill = va.billAt(1).totalUsd();
                    best = best == null ? bill : Math.min(best, bill);
                }
            }
        }
        if (best == null) {
            assertThat(step.feasible()).isFalse();
        } else {
            assertThat(step.feasible()).isTrue();
            assertThat(step.monthlyUsd()).as("brute force finds $%.4f", best)
                    .isCloseTo(best, within(1e-6));
        }
    }
}
