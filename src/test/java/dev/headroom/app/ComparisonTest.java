package dev.headroom.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.headroom.Fixtures;
import dev.headroom.analysis.AnalyticSolver;
import dev.headroom.analysis.Solution;
import dev.headroom.cost.Bill;
import dev.headroom.model.Growth;
import dev.headroom.model.Model;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonTest {
    static Model shop() {
        return Fixtures.comparableShop();
    }

    static Model bigDatabase(Model shop) {
        return Fixtures.bigDatabase(shop);
    }

    @Test
    void comparesAtOneThreeAndTenTimes() {
        Model shop = shop();
        Comparison cmp = Comparison.of(List.of(Fixtures.design(shop),
                Fixtures.design(bigDatabase(shop))));
        assertThat(cmp.multipliers()).containsExactly(1.0, 3.0, 10.0);
    }

    @Test
    void topPointIsTheCommonGrowthEnd() {
        Model shop = shop();
        Model short6 = bigDatabase(shop).withGrowth(new Growth(1, 6, 6));
        Model short2 = bigDatabase(shop).withGrowth(new Growth(1, 2, 2));
        assertThat(Comparison.points(List.of(Fixtures.design(shop), Fixtures.design(short6))))
                .containsExactly(1.0, 3.0, 6.0);
        assertThat(Comparison.points(List.of(Fixtures.design(shop), Fixtures.design(short2))))
                .containsExactly(1.0, 2.0);
    }

    @Test
    void figuresAreTheEnginesAndTheBillsAtEachPoint() {
        Model shop = shop();
        List<Design> ds = List.of(Fixtures.design(shop), Fixtures.design(bigDatabase(shop)));
        Comparison cmp = Comparison.of(ds);
        for (int i = 0; i < ds.size(); i++) {
            Design d = ds.get(i);
            for (Comparison.Kpi k : cmp.designs().get(i).kpis()) {
                Solution s = AnalyticSolver.solve(d.analysis().network(), k.multiplier());
                assertThat(k.worstP95Ms()).isEqualTo(s.worstP95Ms().orElse(null));
                assertThat(k.users()).isEqualTo(s.users());
                assertThat(k.bottleneck()).isEqualTo(s.bottleneck());
                Bill bill = d.analysis().billAt(k.multiplier());
                assertThat(k.monthlyUsd()).isEqualTo(bill.totalUsd());
                assertThat(k.perThousandUsersUsd()).isEqualTo(bill.perThousandUsersUsd());
            }
        }
    }

    @Test
    void marksTheBetterFigureOnly() {
        Model shop = shop();
        Comparison cmp = Comparison.of(List.of(Fixtures.design(shop),
                Fixtures.design(bigDatabase(shop))));
        Comparison.Kpi small3 = cmp.designs().get(0).kpis().get(1);
        Comparison.Kpi big3 = cmp.designs().get(1).kpis().get(1);
        assertThat(small3.broken()).isFalse();
        assertThat(big3.worstP95Ms()).isLessThan(small3.worstP95Ms());
        assertThat(big3.isBest(Comparison.Metric.P95)).isTrue();
        assertThat(small3.isBest(Comparison.Metric.P95)).isFalse();
        // Same instance types, same prices: a tie marks neither.
        assertThat(small3.monthlyUsd()).isEqualTo(big3.monthlyUsd());
        assertThat(small3.isBest(Comparison.Metric.MONTHLY_BILL)).isFalse();
        assertThat(big3.isBest(Comparison.Metric.MONTHLY_BILL)).isFalse();
        assertThat(cmp.designs().get(1).breaksLatest()).isTrue();
        assertThat(cmp.designs().get(0).breaksLatest()).isFalse();
    }

    @Test
    void aBrokenDesignIsNeverBestAndTheOtherWinsTheCell() {
        Model shop = shop();
        // Fewer database servers: cheaper by nothing, but it breaks before 10x.
        int db = shop.indexOf("db");
        Model weak = shop.withName("weak").withComponent(db,
                shop.components().get(db).withConcurrency(1));
        Design broken = Fixtures.design(weak);
        Design fine = Fixtures.design(bigDatabase(shop));
        assertThat(broken.breaksAt()).isLessThan(10.0);
        Comparison cmp = Comparison.of(List.of(broken, fine));
        Comparison.Kpi weak10 = cmp.designs().get(0).kpis().get(2);
        Comparison.Kpi fine10 = cmp.designs().get(1).kpis().get(2);
        assertThat(weak10.broken()).isTrue();
        assertThat(weak10.best()).isEmpty();
        assertThat(fine10.broken()).isFalse();
        assertThat(fine10.isBest(Comparison.Metric.P95)).isTrue();
        assertThat(fine10.isBest(Comparison.Metric.MONTHLY_BILL)).isTrue();
    }

    @Test
    void usersToGoCountFromThePointToTheBreak() {
        Model shop = shop();
        Design d = Fixtures.design(shop);
        Comparison cmp = Comparison.of(List.of(d, Fixtures.design(bigDatabase(shop))));
        Comparison.Kpi at1 = cmp.designs().get(0).kpis().get(0);
        assertThat(at1.usersToGo()).isCloseTo(shop.workload().users() * (d.breaksAt() - 1),
                org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void needsTwoToFourDesigns() {
        Design d = Fixtures.design(Fixtures.SHOP);
        assertThatThrownBy(() -> Comparison.of(List.of(d)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Comparison.of(List.of(d, d, d, d, d)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
