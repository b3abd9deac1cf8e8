package dev.headroom.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.headroom.analysis.AnalyticSolver;
import dev.headroom.analysis.Solution;
import dev.headroom.app.Analysis;
import dev.headroom.app.Planning;
import dev.headroom.model.Autoscale;
import dev.headroom.model.Component;
import dev.headroom.model.Model;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

/**
 * The planner's bill equals the cheapest bill of every sizing that meets the objectives, found
 * by trying them all (docs/planner.md "How the search stays exact"): random small models of a
 * web tier and a database on the test catalog, exponential service times, every candidate type
 * and every instance count, each compiled, solved and billed by the engine itself.
 */
class PlannerBruteForceTest {

    @Property(tries = 60)
    void theOptimalBillEqualsBruteForce(
            @ForAll @DoubleRange(min = 10, max = 400) double rate,
            @ForAll @DoubleRange(min = 5, max = 60) double webMs,
            @ForAll @DoubleRange(min = 1, max = 30) double dbMs,
            @ForAll @DoubleRange(min = 0.5, max = 3) double calls,
            @ForAll boolean autoscaled,
            @ForAll boolean dbScalesOut,
            @ForAll @DoubleRange(min = 1.05, max = 4) double sloFactor,
            @ForAll @DoubleRange(min = 0.5, max = 0.9) double maxU) {
        double slo = sloFactor * (webMs + calls * dbMs);
        Model m = PlannerTest.webAndDb(rate, webMs, dbMs, calls, autoscaled, dbScalesOut, slo,
                maxU);
        Analysis a = PlannerTest.MACHINES.analyze(m);
        Planning.Step step = a.plan(1, false);
        Double best = bruteForce(a);
        if (best == null) {
            assertThat(step.feasible()).as("brute force finds nothing").isFalse();
        } else {
            assertThat(step.feasible()).as("brute force finds $%.4f", best).isTrue();
            assertThat(step.monthlyUsd()).isCloseTo(best, within(1e-6));
            assertThat(step.plan().proven()).isTrue();
        }
    }

    /** The cheapest bill over every sizing that meets the objectives at 1x, or null. */
    static Double bruteForce(Analysis a) {
        Model m = a.model();
        Component web = m.component("web").orElseThrow();
        Component db = m.component("db").orElseThrow();
        Double best = null;
        for (Component w : sizings(web, 5)) {
            for (Component d : sizings(db, db.maxInstances() == null ? 1 : db.maxInstances())) {
                Model v = m.withComponent(0, w).withComponent(1, d);
                Analysis va = a.variant(v);
                Solution s = AnalyticSolver.solve(va.network(), 1);
                if (PlannerTest.meets(v, s)) {
                    double bill = va.billAt(1).totalUsd();
                    if (best == null || bill < best) {
                        best = bill;
                    }
                }
            }
        }
        return best;
    }

    /** Every candidate type at every count from 1 (autoscaled: every maximum from the min). */
    static List<Component> sizings(Component c, int most) {
        List<Component> out = new ArrayList<>();
        for (String t : c.candidates()) {
            Component typed = c.withInstanceType(t);
            if (c.isAutoscaled()) {
                Autoscale s = c.autoscale();
                for (int max = s.min(); max <= most; max++) {
                    out.add(typed.withAutoscale(new Autoscale(s.min(), max,
                            s.targetUtilization())));
                }
            } else {
                for (int n = 1; n <= most; n++) {
                    out.add(typed.withInstances(n));
                }
            }
        }
        return out;
    }
}
