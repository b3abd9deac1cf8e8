package dev.headroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.io.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCommandTest {
    static final String GATEWAY = "models/microservices-gateway.json";

    /**
     * A design with nothing the planner can size (serverless: functions free per instance,
     * managed tables as delays) is planned at every step where it holds as it is, with no
     * change, and "no plan" where it saturates; it once ended in an internal error.
     */
    @Test
    void aDesignWithNothingToSizeIsPlannedAsItIs() {
        CliTest.Run r = CliTest.run("plan", "models/serverless-dynamodb.json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("internal error");
        // today's step: today's bill, 1.00× of it, no change
        assertThat(r.out()).containsPattern("\\n1x +\\$[0-9,]+ +1\\.00\u00d7 .* 0\\n")
                .contains("no plan");
    }

    /** Every bundled model plans without an error. */
    @Test
    void everyBundledModelPlans() throws Exception {
        try (var s = Files.list(Path.of("models"))) {
            for (Path f : s.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                CliTest.Run r = CliTest.run("plan", f.toString(), "--json");
                assertThat(r.code()).as(f + ": " + r.err()).isZero();
            }
        }
    }

    /**
     * {@code plan --at 10 -o} writes the planned model, and {@code solve} of that model at 10x
     * bills exactly what the plan says, to the cent.
     */
    @Test
    void solveOfThePlannedModelReproducesThePlannedBill(@TempDir Path dir) throws Exception {
        Path planned = dir.resolve("planned.json");
        CliTest.Run r = CliTest.run("plan", GATEWAY, "--at", "10", "--json", "-o",
                planned.toString());
        assertThat(r.code()).as(r.err()).isZero();
        Json o = Json.parse(r.out());
        assertThat(o.get("multiplier").asDouble()).isEqualTo(10);
        assertThat(o.get("feasible").asBoolean()).isTrue();
        double usd = o.get("monthlyCostUsd").asDouble();
        assertThat(o.get("costMultipleVsToday").asDouble())
                .isEqualTo(usd / o.get("todayMonthlyCostUsd").asDouble(),
                        org.assertj.core.data.Offset.offset(1e-9));
        assertThat(o.get("changes").elements()).isNotEmpty();
        assertThat(o.get("frontier").elements()).anySatisfy(p -> assertThat(
                p.get("today").asBoolean()).isTrue());
        assertThat(o.get("headline").asText()).startsWith("10x the users for ");
        assertThat(Files.exists(planned)).isTrue();
        CliTest.Run solved = CliTest.run("solve", planned.toString(), "--at", "10", "--json");
        assertThat(solved.code()).as(solved.err()).isZero();
        double billed = Json.parse(solved.out()).get("monthlyCostUsd").asDouble();
        assertThat(Math.round(billed * 100)).isEqualTo(Math.round(usd * 100));
    }

    @Test
    void theTableHasTheHeadlineEveryStepAndTheFrontier() {
        CliTest.Run r = CliTest.run("plan", GATEWAY);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("10x the users for ").contains("growth")
                .contains("1x").contains("10x").contains("Cost against latency at 10x");
    }

    @Test
    void aModelNoSizingHoldsSaysWhyAndWritesNothing(@TempDir Path dir) {
        Path planned = dir.resolve("planned.json");
        // At 30x the database runs at 109% even on db.m6g.8xlarge, the largest PostgreSQL node
        // the catalog prices (at 10x and 20x the planner still sizes it, on db.m6g.4xlarge and
        // db.m6g.8xlarge).
        CliTest.Run r = CliTest.run("plan", "models/monolith-postgres.json", "--at", "30", "-o",
                planned.toString());
        assertThat(r.out()).contains("no sizing meets the SLO").contains("db stays above 75%")
                .contains("db.m6g.8xlarge");
        assertThat(r.code()).isEqualTo(Cli.INPUT_ERROR);
        assertThat(Files.exists(planned)).isFalse();
    }

    @Test
    void aClosedWorkloadIsRefusedWithItsPath() {
        CliTest.Run r = CliTest.run("plan", "src/test/resources/models/closed.json");
        assertThat(r.code()).isEqualTo(Cli.INPUT_ERROR);
        assertThat(r.err()).contains("workload.type").contains("open workloads");
    }
}
