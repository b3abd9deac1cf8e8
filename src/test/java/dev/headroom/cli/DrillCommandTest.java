package dev.headroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code headroom drill}: its JSON, CSV and text, and the one-line errors. */
class DrillCommandTest {
    static final String STORM = "models/retry-storm.json";
    static final String TANDEM = "src/test/resources/models/tandem.json";

    @Test
    void jsonHasTheFieldsOfTheIssueWithTheirIntervals() throws Exception {
        CliTest.Run r = CliTest.run("drill", STORM, "--policy", "shedding", "--replications",
                "2", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("drill").asText()).isEqualTo("Push notification: 3x for 30 s");
        assertThat(j.get("policy").asText()).isEqualTo("shedding");
        for (String f : new String[] {"requests", "succeeded", "failed", "failedFraction",
                "attempts", "retryAmplification", "peakP99Ms", "sloBreachedSeconds",
                "recoverySeconds"}) {
            assertThat(j.get(f).isNumber()).as(f).isTrue();
            assertThat(j.get(f + "Ci95").isNumber()).as(f + "Ci95").isTrue();
        }
        assertThat(j.get("metastable").isBoolean()).isTrue();
        assertThat(j.get("metastable").asBoolean()).isFalse();
        assertThat(j.get("recoveredReplications").asInt()).isEqualTo(2);
        JsonNode api = j.get("components").get(1);
        assertThat(api.get("id").asText()).isEqualTo("api");
        for (String f : new String[] {"peakQueueLength", "peakUtilization", "minInstances"}) {
            assertThat(api.get(f).isNumber()).as(f).isTrue();
        }
        JsonNode t = j.get("timeline");
        assertThat(t).hasSize(180); // 900 s in buckets of 5 s
        JsonNode b = t.get(13);
        assertThat(b.get("t").asDouble()).isEqualTo(65);
        for (String f : new String[] {"offeredPerSecond", "goodputPerSecond", "failedPerSecond",
                "p95Ms", "p99Ms"}) {
            assertThat(b.get(f).isNumber()).as(f).isTrue();
        }
        JsonNode bc = b.get("components").get(1);
        assertThat(bc.get("id").asText()).isEqualTo("api");
        for (String f : new String[] {"utilization", "queueLength", "instances"}) {
            assertThat(bc.get(f).isNumber()).as(f).isTrue();
        }
        // during the spike, the shed requests fail at once
        assertThat(b.get("failedPerSecond").asDouble()).isGreaterThan(100);
    }

    @Test
    void theSameSeedPrintsTheSameDrill() {
        CliTest.Run a = CliTest.run("drill", TANDEM, "--preset", "spike", "--replications", "2",
                "--seed", "4", "--csv");
        CliTest.Run b = CliTest.run("drill", TANDEM, "--preset", "spike", "--replications", "2",
                "--seed", "4", "--csv");
        assertThat(a.code()).as(a.err()).isZero();
        assertThat(a.out()).isEqualTo(b.out());
        String[] lines = a.out().split("\r\n");
        assertThat(lines[0]).isEqualTo("t,offeredPerSecond,attemptsPerSecond,goodputPerSecond,"
                + "failedPerSecond,p95Ms,p99Ms,good,s1.utilization,s1.queueLength,"
                + "s1.instances,s2.utilization,s2.queueLength,s2.instances,s3.utilization,"
                + "s3.queueLength,s3.instances");
        assertThat(lines).hasSize(1 + 360);
    }

    @Test
    void textSaysTheVerdictAndThePolicy() {
        CliTest.Run r = CliTest.run("drill", STORM, "--replications", "2");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("policy: As modelled")
                .contains("Does not recover: the load is back to one the design carries, but "
                        + "retries and abandoned work keep it overloaded (metastable).")
                .contains("metastable             yes").contains("component").contains("api")
                .contains("Timeline");
    }

    @Test
    void aPresetsSentenceEndsWithOnePeriod() {
        CliTest.Run r = CliTest.run("drill", STORM, "--preset", "spike", "--replications", "2");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("in all. Base traffic").doesNotContain("..");
    }

    @Test
    void mistakesAreOneLine(@TempDir Path dir) throws Exception {
        CliTest.Run none = CliTest.run("drill", TANDEM);
        assertThat(none.code()).isEqualTo(1);
        assertThat(none.err().lines()).containsExactly(TANDEM + ": drills: the model defines no "
                + "drill; add one (docs/drills.md) or run a --preset");
        CliTest.Run missing = CliTest.run("drill", STORM, "--drill", "flood");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err().lines()).containsExactly(STORM + ": drills: no drill named "
                + "\"flood\"; the model has \"Push notification: 3x for 30 s\"");
        CliTest.Run policy = CliTest.run("drill", STORM, "--policy", "prayer");
        assertThat(policy.code()).isEqualTo(2);
        assertThat(policy.err()).contains("--policy must be one of as-modelled, naive-retries, "
                + "no-retries, backoff, retry-budget, shedding, budget-and-shedding, bulkheads, "
                + "not prayer");
        CliTest.Run lose = CliTest.run("drill", STORM, "--preset", "lose-one");
        assertThat(lose.code()).isEqualTo(1);
        assertThat(lose.err().lines()).containsExactly(STORM + ": preset lose-one: give the "
                + "component that loses an instance, --component ID");
        // 400/s × 4,000 for its 900 s (×3 for 30 s) and a 600 s warm-up: 2.4e9, too many to run
        CliTest.Run huge = CliTest.run("drill", STORM, "--at", "4000");
        assertThat(huge.code()).isEqualTo(1);
        assertThat(huge.err().lines()).singleElement().satisfies(l -> assertThat(l)
                .startsWith(STORM + ": drills[0]: about ").contains("requests to simulate in "
                        + "each run").endsWith("at most 100,000,000: shorten the drill or drill "
                        + "at a lower growth multiple"));
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(Path.of(STORM)).replace("\"count\"", "\"x\"")
                .replace("\"multiplier\": 3", "\"multiplier\": -3"));
        CliTest.Run invalid = CliTest.run("drill", bad.toString());
        assertThat(invalid.code()).isEqualTo(1);
        assertThat(invalid.err().lines()).containsExactly(bad + ": drills[0].traffic[0]"
                + ".multiplier: must be from 0 to 1,000 (times the base rate)");
    }
}
