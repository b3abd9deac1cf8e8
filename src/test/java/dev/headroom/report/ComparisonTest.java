package dev.headroom.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.headroom.analysis.AnalyticSolver;
import dev.headroom.analysis.Solution;
import dev.headroom.model.Component;
import dev.headroom.model.Growth;
import dev.headroom.model.Model;
import dev.headroom.model.Slo;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonTest {
    /** The shop with a reachable p95 target and enough e-mail workers: the database breaks. */
    static Model shop() {
        Model shop = Fixtures.model(Fixtures.SHOP);
        int emails = shop.indexOf("emails");
        return shop.withSlo(new Slo(2000.0, 0.75))
                .withComponent(emails, shop.components().get(emails).withInstances(20));
    }

    static Model bigDatabase(Model shop) {
        int db = shop.indexOf("db");
        Component c = shop.components().get(db);
        return shop.withName("Shop with a bigger database")
                .withComponent(db, c.withConcurrency(c.concurrency() * 4));
    }

    @Test
    void comparesAtOneThreeAndTenTimes() {
        Model shop = shop();
        Comparison cmp = Comparison.of(List.of(Fixtures.design(shop, Costing.NONE),
                Fixtures.design(bigDatabase(shop), Costing.NONE)));
        assertThat(cmp.multipliers()).containsExactly(1.0, 3.0, 10.0);
    }

    @Test
    void topPointIsTheCommonGrowthEnd() {
        Model shop = shop();
        Model short6 = bigDatabase(shop).withGrowth(new Growth(1, 6, 6));
        Model short2 = bigDatabase(shop).withGrowth(new Growth(1, 2, 2));
        assertThat(Comparison.points(List.of(Fixtures.design(shop, Costing.NONE),
                Fixtures.design(short6, Costing.NONE)))).containsExactly(1.0, 3.0, 6.0);
        assertThat(Comparison.points(List.of(Fixtures.design(shop, Costing.NONE),
                Fixtures.design(short2, Costing.NONE)))).containsExactly(1.0, 2.0);
    }

    @Test
    void figuresAreTheEnginesAndTheBillsAtEachPoint() {
        Model shop = shop();
        Model big = bigDatabase(shop);
        List<Design> ds = List.of(Fixtures.design(shop, Fixtures.FLAT),
                Fixtures.design(big, Fixtures.FLAT));
        Comparison cmp = Comparison.of(ds);
        for (int i = 0; i < ds.size(); i++) {
            Design d = ds.get(i);
            for (Comparison.Kpi k : cmp.designs().get(i).kpis()) {
                Solution s = AnalyticSolver.solve(d.network(), k.multiplier());
                assertThat(k.worstP95Ms()).isEqualTo(s.worstP95Ms().orElse(null));
                assertThat(k.users()).isEqualTo(s.users());
                assertThat(k.bottleneck()).isEqualTo(s.bottleneck());
                MonthlyCost bill = Fixtures.FLAT.bill(d.model(), d.network(), k.multiplier())
                        .orElseThrow();
                assertThat(k.monthlyUsd()).isEqualTo(bill.totalUsd());
                assertThat(k.perThousandUsersUsd()).isEqualTo(bill.perThousandUsersUsd());
            }
        }
    }

    @Test
    void marksTheBetterFigureOnly() {
        Model shop = shop();
        Comparison cmp = Comparison.of(List.of(Fixtures.design(shop, Fixtures.FLAT),
                Fixtures.design(bigDatabase(shop), Fixtures.FLAT)));
        Comparison.Kpi small3 = cmp.designs().get(0).kpis().get(2);
        Comparison.Kpi big3 = cmp.designs().get(1).kpis().get(2);
        assertThat(big3.worstP95Ms()).isLessThan(small3.worstP95Ms());
        assertThat(big3.isBest(Comparison.Metric.P95)).isTrue();
        assertThat(small3.isBest(Comparison.Metric.P95)).isFalse();
        assertThat(big3.usersUntilBreak()).isGreaterThan(small3.usersUntilBreak());
        assertThat(big3.isBest(Comparison.Metric.USERS_UNTIL_BREAK)).isTrue();
        // Same instances, same flat price: a tie marks neither.
        assertThat(small3.monthlyUsd()).isEqualTo(big3.monthlyUsd());
        assertThat(small3.isBest(Comparison.Metric.MONTHLY_BILL)).isFalse();
        assertThat(big3.isBest(Comparison.Metric.MONTHLY_BILL)).isFalse();
    }

    @Test
    void usersUntilBreakCountsFromThePointToTheBreak() {
        Model shop = shop();
        Design d = Fixtures.design(shop, Costing.NONE);
        Comparison cmp = Comparison.of(List.of(d, Fixtures.design(bigDatabase(shop),
                Costing.NONE)));
        Comparison.Kpi at1 = cmp.designs().get(0).kpis().get(0);
        assertThat(at1.usersUntilBreak())
                .isCloseTo(shop.workload().users() * (d.breaksAt() - 1), org.assertj.core.data
                        .Offset.offset(1e-6));
        assertThat(d.breaksAt()).isGreaterThan(10.0);
        Comparison.Kpi at10 = cmp.designs().get(0).kpis().get(2);
        assertThat(at10.usersUntilBreak())
                .isCloseTo(shop.workload().users() * (d.breaksAt() - 10), org.assertj.core.data
                        .Offset.offset(1e-6));
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
