package dev.headroom.ui.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.headroom.Fixtures;
import dev.headroom.app.Design;
import dev.headroom.app.Months;
import dev.headroom.app.Point;
import dev.headroom.app.Uncertainty;
import dev.headroom.model.Bounds;
import dev.headroom.model.Model;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Projection's growth charts along the months and with their P10–P90 bands, as plain
 * {@link Plot}s (no display): a multiple m at ln m / ln(1 + rate) months, the bands exactly the
 * draws' percentiles, and the hand-worked months on the markers (docs/model-format.md "Worked
 * example: months").
 */
class ProjectionBandsTest {
    static Model byTheMonth() {
        Model m = Fixtures.model(Fixtures.WORKED);
        return m.withGrowth(m.growth().withMonthlyRate(0.15)
                .withStartMonth(YearMonth.of(2027, 1)));
    }

    static Plot plot(List<Plot> plots, String id) {
        return plots.stream().filter(p -> p.id.equals(id)).findFirst().orElseThrow();
    }

    @Test
    void alongTheMonthsEachPointSitsAtItsMonthsAndTheMarkersSayTheirMonth() {
        Design d = Fixtures.design(byTheMonth());
        Months months = Months.of(d.model()).orElseThrow();
        List<Plot> plots = ProjectionPlots.of(d, new ProjectionPlots.Axis(months), null);
        Plot util = plot(plots, ProjectionPlots.UTILIZATION);
        for (int i = 0; i < d.curve().size(); i++) {
            double m = d.curve().get(i).multiplier();
            assertThat(util.x(i)).isCloseTo(Math.log(m) / Math.log(1.15), within(1e-12));
        }
        assertThat(util.xTick(3)).startsWith("Apr 2027");
        // app passes 80% at 2x: June 2027; db at 3.33x: October 2027 (the hand-worked months)
        assertThat(util.markers()).extracting(Plot.Marker::label)
                .anyMatch(l -> l.endsWith("at 2x (Jun 2027)"))
                .anyMatch(l -> l.endsWith("at 3.33x (Oct 2027)"));
        assertThat(util.bands()).isEmpty();
        Plot along = plot(ProjectionPlots.of(d), ProjectionPlots.UTILIZATION);
        assertThat(along.x(0)).isEqualTo(1);
    }

    @Test
    void theBandsAreTheDrawsPercentilesAndEndWhereTheirLineEnds() {
        Model m = byTheMonth().withUncertainty(new dev.headroom.model.Uncertainty(
                new Bounds(0.8, 1.25), new Bounds(0.9, 1.2), null));
        Design d = Fixtures.design(m);
        double[] curve = d.curve().stream().mapToDouble(Point::multiplier).toArray();
        Uncertainty.Result u = d.analysis().uncertainty(curve, 200);
        List<Plot> plots = ProjectionPlots.of(d, ProjectionPlots.Axis.MULTIPLES, u);
        Plot util = plot(plots, ProjectionPlots.UTILIZATION);
        Plot.Band db = util.bands().stream().filter(b -> b.line().equals("db")
                || b.line().equals(d.model().component("db").orElseThrow().displayName()))
                .findFirst().orElseThrow();
        double[] p10 = u.band(Uncertainty.utilization("db")).orElseThrow().p10();
        double[] p90 = u.band(Uncertainty.utilization("db")).orElseThrow().p90();
        for (int i = 0; i < curve.length; i++) {
            assertThat(db.lo(i)).isEqualTo(p10[i]);
            assertThat(db.hi(i)).isEqualTo(p90[i]);
            assertThat(db.lo(i)).isLessThanOrEqualTo(db.hi(i));
        }
        Plot cost = plot(plots, ProjectionPlots.COST_PER_USERS);
        Plot.Band perK = cost.bands().get(0);
        double[] line = cost.lines().get(0).y();
        for (int i = 0; i < line.length; i++) {
            assertThat(Double.isNaN(perK.lo(i))).as("point %d", i).isEqualTo(
                    Double.isNaN(line[i]) || Double.isNaN(u.band(Uncertainty.PER_THOUSAND_USERS)
                            .orElseThrow().p10()[i]));
        }
        assertThat(plot(plots, ProjectionPlots.LATENCY).bands()).isNotEmpty();
        // drawn at other multiples than the curve's: no bands rather than misplaced ones
        Uncertainty.Result elsewhere = d.analysis().uncertainty(new double[] {1, 2}, 100);
        assertThat(plot(ProjectionPlots.of(d, ProjectionPlots.Axis.MULTIPLES, elsewhere),
                ProjectionPlots.UTILIZATION).bands()).isEmpty();
    }
}
