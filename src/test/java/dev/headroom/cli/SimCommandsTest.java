package dev.headroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class SimCommandsTest {
    static final String SHOP = "src/test/resources/models/shop.json";
    static final String MM1 = "src/test/resources/models/mm1.json";

    @Test
    void simulateJsonHasSolveFieldsAndConfidenceHalfWidths() throws Exception {
        CliTest.Run r = CliTest.run("simulate", SHOP, "--requests", "5000", "--replications", "4",
                "--seed", "7", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("model").asText()).isEqualTo("Shop: monolith + Postgres");
        assertThat(j.get("multiplier").asDouble()).isEqualTo(1.0);
        assertThat(j.get("simulation").get("replications").asInt()).isEqualTo(4);
        assertThat(j.get("bottleneck").asText()).isEqualTo("emails");
        JsonNode browse = j.get("classes").get(0);
        assertThat(browse.get("name").asText()).isEqualTo("browse");
        for (String f : new String[] {"throughputPerSecond", "latencyMeanMs", "latencyP50Ms",
                "latencyP95Ms", "latencyP99Ms"}) {
            assertThat(browse.get(f).isNumber()).as(f).isTrue();
            assertThat(browse.get(f + "Ci95").isNumber()).as(f + "Ci95").isTrue();
        }
        JsonNode app = j.get("components").get(1);
        assertThat(app.get("id").asText()).isEqualTo("app");
        assertThat(app.get("instances").asInt()).isEqualTo(2);
        assertThat(app.get("servers").asInt()).isEqualTo(8);
        for (String f : new String[] {"arrivalRatePerSecond", "utilization", "waitMs",
                "responseMs", "queueLength"}) {
            assertThat(app.get(f).isNumber()).as(f).isTrue();
            assertThat(app.get(f + "Ci95").isNumber()).as(f + "Ci95").isTrue();
        }
        assertThat(j.get("components").get(4).get("servers").isNull()).isTrue();
        CliTest.Run again = CliTest.run("simulate", SHOP, "--requests", "5000",
                "--replications", "4", "--seed", "7", "--json");
        JsonNode k = new ObjectMapper().readTree(again.out());
        assertThat(k.get("classes")).isEqualTo(j.get("classes"));
    }

    @Test
    void simulatePrintsTables() {
        CliTest.Run r = CliTest.run("simulate", MM1, "--at", "0.5", "--requests", "5000");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("M/M/1 at 90% load at 0.5x").contains("p95")
                .contains("server").contains(" ± ");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void unstableModelIsOneLineAndExitOne() {
        CliTest.Run r = CliTest.run("simulate", SHOP, "--at", "3");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().lines()).containsExactly(SHOP + ": emails would be 225% busy at 3x: "
                + "the simulation would never reach a steady state");
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertThat(CliTest.run("simulate", SHOP, "--requests", "0").code()).isEqualTo(2);
        assertThat(CliTest.run("simulate", SHOP, "--replications", "0").code()).isEqualTo(2);
        assertThat(CliTest.run("simulate", SHOP, "--at", "-2").code()).isEqualTo(2);
        assertThat(CliTest.run("simulate").code()).isEqualTo(2);
    }

    @Test
    void quickBenchRunsTheThreeModels() {
        CliTest.Run r = CliTest.run("bench", "--quick");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("mm1 latency").contains("tandem latency")
                .contains("closed throughput").contains("closed response")
                .contains("requests/s").contains("Drill engine:").contains("requests/s (cpu)");
    }
}
