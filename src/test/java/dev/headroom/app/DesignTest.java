package dev.headroom.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.Fixtures;
import dev.headroom.analysis.AnalyticSolver;
import dev.headroom.analysis.Break;
import dev.headroom.analysis.Sweep;
import dev.headroom.analysis.Sweeps;
import dev.headroom.model.Model;
import dev.headroom.network.Network;
import org.junit.jupiter.api.Test;

class DesignTest {
    @Test
    void pointsAndBreaksAreTheEnginesSweep() {
        Analysis a = Fixtures.analysis(Fixtures.SHOP);
        Model m = a.model();
        Network net = a.network();
        Sweep engine = Sweeps.sweep(m, net, m.growth());
        Design d = a.design();

        assertThat(d.sweep()).isEqualTo(engine);
        for (int i = 0; i < engine.points().size(); i++) {
            assertThat(d.points().get(i).solution()).isEqualTo(engine.points().get(i));
        }
        assertThat(d.fixes()).extracting(Fixes.BreakFixes::brk)
                .containsExactlyElementsOf(engine.breaks());
    }

    @Test
    void curvePointsAreEngineSolutionsOverTheGrowthRange() {
        Design d = Fixtures.design(Fixtures.SHOP);
        assertThat(d.curve()).hasSize(Design.CURVE_POINTS);
        assertThat(d.curve().get(0).multiplier()).isEqualTo(d.range().from());
        assertThat(d.curve().get(Design.CURVE_POINTS - 1).multiplier())
                .isEqualTo(d.range().to());
        Point p = d.curve().get(17);
        assertThat(p.solution()).isEqualTo(AnalyticSolver.solve(d.analysis().network(),
                p.multiplier()));
    }

    @Test
    void breaksAtIsTheFirstSaturationOrSloBreach() {
        Design d = Fixtures.design(Fixtures.SHOP);
        Double sat = d.breaks().components().stream().map(Break::saturatesAt)
                .filter(java.util.Objects::nonNull).min(Double::compare).orElse(null);
        Double slo = d.breaks().sloBreachedAt();
        Double expected = sat == null ? slo : slo == null ? sat : Math.min(sat, slo);
        assertThat(d.breaksAt()).isEqualTo(expected);
        assertThat(d.breaks().breaksAtUsers())
                .isEqualTo(d.model().workload().users() * expected);
    }

    @Test
    void onlyComponentsPastTheLimitInRangeGetFixes() {
        Design d = Fixtures.design(Fixtures.SHOP);
        double top = d.range().to();
        for (Fixes.BreakFixes b : d.fixes()) {
            Double over = b.brk().overUtilizationAt();
            boolean inRange = over != null && over <= top;
            assertThat(b.options().isEmpty()).as(b.componentId()).isEqualTo(!inRange);
        }
    }
}
