package dev.headroom.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.analysis.AnalyticSolver;
import dev.headroom.analysis.StationResult;
import dev.headroom.analysis.Sweep;
import dev.headroom.analysis.Sweeps;
import dev.headroom.model.Model;
import dev.headroom.network.Network;
import dev.headroom.network.NetworkCompiler;
import org.junit.jupiter.api.Test;

class DesignTest {
    @Test
    void pointsAndBreaksAreTheEnginesSweep() {
        Model m = Fixtures.model(Fixtures.SHOP);
        Network net = NetworkCompiler.compile(m);
        Sweep engine = Sweeps.sweep(m, net, m.growth());
        Design d = Design.of(m, net, Costing.NONE);

        assertThat(d.sweep()).isEqualTo(engine);
        assertThat(d.points()).hasSize(engine.points().size());
        for (int i = 0; i < engine.points().size(); i++) {
            assertThat(d.points().get(i).solution()).isEqualTo(engine.points().get(i));
        }
        assertThat(d.breaks()).extracting(BreakFix::componentId)
                .containsExactlyElementsOf(engine.breaks().stream()
                        .map(dev.headroom.analysis.Break::component).toList());
        for (int i = 0; i < engine.breaks().size(); i++) {
            assertThat(d.breaks().get(i).overUtilizationAt())
                    .isEqualTo(engine.breaks().get(i).overUtilizationAt());
            assertThat(d.breaks().get(i).saturatesAt())
                    .isEqualTo(engine.breaks().get(i).saturatesAt());
        }
    }

    @Test
    void curvePointsAreEngineSolutionsOverTheGrowthRange() {
        Model m = Fixtures.model(Fixtures.SHOP);
        Design d = Fixtures.design(Fixtures.SHOP);
        assertThat(d.curve()).hasSize(Design.CURVE_POINTS);
        assertThat(d.curve().get(0).multiplier()).isEqualTo(m.growth().from());
        assertThat(d.curve().get(Design.CURVE_POINTS - 1).multiplier())
                .isEqualTo(m.growth().to());
        Design.Point p = d.curve().get(17);
        assertThat(p.solution()).isEqualTo(AnalyticSolver.solve(d.network(), p.multiplier()));
    }

    @Test
    void fixKeepsTheComponentUnderTheLimitAtTheTopOfTheRange() {
        Design d = Fixtures.design(Fixtures.SHOP);
        double limit = d.model().slo().maxUtilization();
        double top = d.model().growth().to();
        for (BreakFix b : d.breaks()) {
            StationResult s = AnalyticSolver.solve(d.network(), top).component(b.componentId())
                    .orElseThrow();
            int conc = d.model().component(b.componentId()).orElseThrow().concurrency();
            double load = s.arrivalRatePerSecond() * s.meanServiceMs() / 1000;
            assertThat(b.instancesNeeded()).as(b.componentId())
                    .isEqualTo(Math.max(1, (int) Math.ceil(load / (conc * limit) - 1e-9)));
            assertThat(load / (b.instancesNeeded() * conc)).isLessThanOrEqualTo(limit + 1e-12);
            assertThat(load / ((b.instancesNeeded() - 1.0) * conc)).isGreaterThan(limit);
            assertThat(b.instancesAtTop()).isEqualTo(s.instances());
        }
    }

    @Test
    void onlyComponentsPastTheLimitInRangeNeedAFix() {
        Design d = Fixtures.design(Fixtures.SHOP);
        BreakFix emails = d.breaks().get(0);
        assertThat(emails.componentId()).isEqualTo("emails");
        assertThat(emails.overUtilizationAt()).isLessThan(10.0);
        assertThat(emails.breaksInRange()).isTrue();
        assertThat(emails.extraInstances()).isEqualTo(emails.instancesNeeded() - 1);
        assertThat(emails.fixMonthlyUsd()).as("no pricing, no price").isNull();
        BreakFix db = d.breaks().stream().filter(b -> b.componentId().equals("db")).findFirst()
                .orElseThrow();
        assertThat(db.overUtilizationAt()).isGreaterThan(10.0);
        assertThat(db.breaksInRange()).isFalse();
        assertThat(db.extraInstances()).isZero();
        assertThat(DesignChapter.fixText(db)).isEqualTo("none needed");
    }

    @Test
    void fixIsPricedByTheCostingOfTheFixedModel() {
        Design d = Fixtures.design(Fixtures.model(Fixtures.SHOP), Fixtures.FLAT);
        for (BreakFix b : d.breaks()) {
            assertThat(b.fixMonthlyUsd()).as(b.componentId())
                    .isEqualTo(100.0 * b.extraInstances());
        }
        assertThat(d.priced()).isTrue();
    }

    @Test
    void breaksAtIsTheFirstSaturationOrSloBreach() {
        Design d = Fixtures.design(Fixtures.SHOP);
        Double sat = d.breaks().stream().map(BreakFix::saturatesAt)
                .filter(java.util.Objects::nonNull).min(Double::compare).orElse(null);
        Double slo = d.sweep().sloBreachedAt();
        Double expected = sat == null ? slo : slo == null ? sat : Math.min(sat, slo);
        assertThat(d.breaksAt()).isEqualTo(expected);
    }
}
