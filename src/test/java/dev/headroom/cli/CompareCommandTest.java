package dev.headroom.cli;

import dev.headroom.app.Analysis;
import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.analysis.AnalyticSolver;
import dev.headroom.analysis.Solution;
import dev.headroom.io.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {
    static final String SHOP = CliTest.SHOP;
    static final String TANDEM = "src/test/resources/models/tandem.json";

    @Test
    void jsonFiguresAreTheEnginesAtOneThreeAndTenTimes() throws Exception {
        CliTest.Run r = CliTest.run("compare", SHOP, TANDEM, "--json");
        assertThat(r.code()).as(r.err()).isZero();
        Json o = Json.parse(r.out());
        assertThat(o.get("multipliers").elements()).extracting(Json::asDouble)
                .containsExactly(1.0, 3.0, 10.0);
        List<String> files = List.of(SHOP, TANDEM);
        for (int i = 0; i < files.size(); i++) {
            Analysis m = Models.load(Path.of(files.get(i)));
            Json d = o.get("designs").elements().get(i);
            assertThat(d.get("model").asText()).isEqualTo(m.model().name());
            for (Json p : d.get("points").elements()) {
                Solution s = AnalyticSolver.solve(m.network(), p.get("multiplier").asDouble());
                if (s.worstP95Ms().isPresent()) {
                    assertThat(p.get("worstP95Ms").asDouble())
                            .isCloseTo(s.worstP95Ms().get(), org.assertj.core.data.Percentage
                                    .withPercentage(1e-9));
                } else {
                    assertThat(p.get("worstP95Ms").isNull()).isTrue();
                    assertThat(p.get("saturated").asBoolean()).isTrue();
                }
                assertThat(p.get("bottleneck").isNull() ? null : p.get("bottleneck").asText())
                        .isEqualTo(s.bottleneck());
                assertThat(p.get("best").isArray()).isTrue();
            }
        }
    }

    @Test
    void billsAreTheCostEnginesAtEachPoint() throws Exception {
        String a = "models/monolith-postgres.json";
        String b = "models/monolith-redis-replica.json";
        CliTest.Run r = CliTest.run("compare", a, b, "--json");
        assertThat(r.code()).as(r.err()).isZero();
        Json o = Json.parse(r.out());
        List<String> files = List.of(a, b);
        for (int i = 0; i < files.size(); i++) {
            Analysis m = Models.load(Path.of(files.get(i)));
            for (Json p : o.get("designs").elements().get(i).get("points").elements()) {
                double mult = p.get("multiplier").asDouble();
                dev.headroom.cost.Bill bill = dev.headroom.cost.Billing.bill(m.model(),
                        m.network(), mult, m.catalogs().library());
                assertThat(p.get("monthlyCostUsd").asDouble()).isCloseTo(bill.totalUsd(),
                        org.assertj.core.data.Percentage.withPercentage(1e-9));
                assertThat(p.get("costPerThousandUsersUsd").asDouble())
                        .isCloseTo(bill.perThousandUsersUsd(),
                                org.assertj.core.data.Percentage.withPercentage(1e-9));
            }
        }
    }

    @Test
    void tablePrintsEachDesignAndMarksTheBetterFigure() {
        CliTest.Run r = CliTest.run("compare", SHOP, TANDEM);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("A  Shop: monolith + Postgres").contains("at 1x")
                .contains("at 3x").contains("at 10x").contains("worst p95")
                .contains("users still to go").contains(" *")
                .contains("A Breaks at any load: checkout's p95 passes 400 ms.")
                .contains("B Breaks at ");
    }

    @Test
    void needsTwoToFourModels() {
        assertThat(CliTest.run("compare", SHOP).code()).isEqualTo(2);
        assertThat(CliTest.run("compare", SHOP, SHOP, SHOP, SHOP, SHOP).code()).isEqualTo(2);
        assertThat(CliTest.run("compare").code()).isEqualTo(2);
    }

    @Test
    void aBadModelIsAnInputError(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"name\": \"x\"");
        CliTest.Run r = CliTest.run("compare", SHOP, bad.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith(bad.toString()).doesNotContain("\tat ");
    }
}
