package dev.headroom.report;

import dev.headroom.app.Format;
import dev.headroom.app.Point;
import dev.headroom.app.Design;
import dev.headroom.Fixtures;
import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.analysis.ClassResult;
import dev.headroom.analysis.Solution;
import dev.headroom.model.Model;
import java.util.List;
import org.junit.jupiter.api.Test;

class SweepCsvTest {
    @Test
    void oneRowPerPointAndClassWithTheEnginesFiguresAndTheBill() {
        Design d = Fixtures.design(Fixtures.model(Fixtures.SHOP));
        List<String> lines = SweepCsv.csv(d).lines().toList();
        assertThat(lines.get(0)).isEqualTo(String.join(",", SweepCsv.HEADER));
        assertThat(lines).hasSize(1 + d.points().size() * 2);
        Point p = d.points().get(3);
        Solution s = p.solution();
        ClassResult checkout = s.requestClass("checkout").orElseThrow();
        String[] row = lines.get(1 + 3 * 2 + 1).split(",", -1);
        assertThat(Double.parseDouble(row[0])).isEqualTo(s.multiplier());
        assertThat(Double.parseDouble(row[5])).isEqualTo(p.bill().totalUsd());
        assertThat(Double.parseDouble(row[6])).isEqualTo(p.bill().perThousandUsersUsd());
        assertThat(row[7]).isEqualTo("checkout");
        assertThat(Double.parseDouble(row[12])).isEqualTo(checkout.latencyP95Ms());
    }

    @Test
    void leavesMoneyEmptyWithoutPricing() {
        Model mm1 = Fixtures.model(Fixtures.MM1);
        String first = SweepCsv.csv(Fixtures.unpricedDesign(mm1)).lines().skip(1)
                .findFirst().orElseThrow();
        assertThat(first.split(",", -1)[5]).isEmpty();
        assertThat(first.split(",", -1)[1]).as("a rate-only workload has no users").isEmpty();
    }
}
