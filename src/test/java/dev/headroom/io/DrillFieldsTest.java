package dev.headroom.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.model.DrillEvent;
import dev.headroom.model.Model;
import dev.headroom.model.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The drill fields of a model file: read, written back, and refused with their JSON paths. */
class DrillFieldsTest {
    static final String FULL = """
        {"format": 2, "name": "drilled",
         "workload": {"arrivalRatePerSecond": 100, "timeoutMs": 1000,
                      "retries": {"max": 3, "backoffMs": 50, "multiplier": 3, "jitter": true,
                                  "budgetRatio": 0.1},
                      "classes": [{"name": "browse", "share": 0.8, "entry": "app"},
                                  {"name": "pay", "share": 0.2, "entry": "app"}]},
         "slo": {"p95LatencyMs": 300},
         "components": [
           {"id": "app", "kind": "service", "concurrency": 4, "serviceTimeMs": 10,
            "maxQueue": 50, "threads": {"pay": 10, "*": 40},
            "autoscale": {"min": 2, "max": 8, "targetUtilization": 0.6, "scaleOutSeconds": 90}},
           {"id": "db", "kind": "database", "concurrency": 8, "serviceTimeMs": 2, "threads": 64},
           {"id": "psp", "kind": "external", "serviceTimeMs": 300}],
         "connections": [
           {"from": "app", "to": "db", "calls": 3, "timeoutMs": 200, "retries": {"max": 1}},
           {"from": "app", "to": "psp", "classes": ["pay"], "timeoutMs": 2000}],
         "drills": [
           {"name": "spike", "durationSeconds": 1800, "bucketSeconds": 10,
            "traffic": [{"atSeconds": 60, "multiplier": 3}, {"atSeconds": 660, "multiplier": 1}],
            "events": []},
           {"name": "outage", "durationSeconds": 900,
            "traffic": [],
            "events": [{"atSeconds": 60, "forSeconds": 120, "kind": "lose-instances",
                        "component": "app", "count": 1},
                       {"atSeconds": 60, "forSeconds": 300, "kind": "slow", "component": "psp",
                        "factor": 10},
                       {"atSeconds": 400, "forSeconds": 60, "kind": "errors",
                        "component": "db", "errorRate": 0.5}]}]}
        """;

    static List<String> problems(String json) {
        ModelReader.Result r = ModelReader.parse(json);
        assertThat(r.ok()).isFalse();
        return r.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void readsEveryDrillField() {
        ModelReader.Result r = ModelReader.parse(FULL);
        assertThat(r.problems()).isEmpty();
        Model m = r.model();
        var client = m.workload().policy();
        assertThat(client.timeoutMs()).isEqualTo(1000);
        assertThat(client.retries().max()).isEqualTo(3);
        assertThat(client.retries().backoffMs()).isEqualTo(50);
        assertThat(client.retries().multiplier()).isEqualTo(3);
        assertThat(client.retries().jitter()).isTrue();
        assertThat(client.retries().budgetRatio()).isEqualTo(0.1);
        var app = m.component("app").orElseThrow();
        assertThat(app.maxQueue()).isEqualTo(50);
        assertThat(app.threads().get("pay")).isEqualTo(10);
        assertThat(app.threads().get("browse")).isEqualTo(40);
        assertThat(app.autoscale().scaleOutSeconds()).isEqualTo(90);
        assertThat(m.connections().get(0).policy().retries().multiplier()).isEqualTo(2);
        assertThat(m.connections().get(1).policy().retries()).isNull();
        assertThat(m.drills()).hasSize(2);
        assertThat(m.drill("spike").orElseThrow().bucketSeconds()).isEqualTo(10);
        assertThat(m.drill("outage").orElseThrow().bucketSeconds()).isEqualTo(5);
        assertThat(m.drill("outage").orElseThrow().events()).extracting(DrillEvent::type)
                .containsExactly(DrillEvent.Type.LOSE_INSTANCES, DrillEvent.Type.SLOW,
                        DrillEvent.Type.ERRORS);
    }

    @Test
    void writesThemBackUnchanged() {
        Model m = ModelReader.parse(FULL).model();
        Model back = ModelReader.parse(ModelWriter.toJson(m)).model();
        assertThat(back).isEqualTo(m);
    }

    @Test
    void aFileWithoutThemIsUnchanged() {
        String plain = """
            {"format": 2, "name": "m", "workload": {"arrivalRatePerSecond": 10},
             "components": [{"id": "a", "serviceTimeMs": 1}]}""";
        Model m = ModelReader.parse(plain).model();
        assertThat(m.drills()).isEmpty();
        assertThat(m.workload().policy().isNone()).isTrue();
        assertThat(ModelWriter.toJson(m)).doesNotContain("drills", "timeoutMs", "retries",
                "maxQueue", "threads", "scaleOutSeconds");
    }

    @Test
    void triggerEndsWhenTheLastEventEndsAndTrafficIsBack() {
        Model m = ModelReader.parse(FULL).model();
        assertThat(m.drill("spike").orElseThrow().triggerEndSeconds()).isEqualTo(660);
        assertThat(m.drill("outage").orElseThrow().triggerEndSeconds()).isEqualTo(460);
        var never = m.drill("spike").orElseThrow().withTraffic(List.of(
                new dev.headroom.model.Drill.TrafficStep(60, 2)));
        assertThat(never.triggerEndSeconds()).isNull();
    }

    @Test
    void unknownFieldsAndWrongTypesNameTheirPaths() {
        String bad = FULL.replace("\"budgetRatio\": 0.1", "\"budget\": 0.1")
                .replace("\"count\": 1", "\"count\": 1.5")
                .replace("\"kind\": \"slow\"", "\"kind\": \"sluggish\"");
        assertThat(problems(bad)).contains(
                "workload.retries.budget: unknown field; did you mean \"budgetRatio\"?",
                "drills[1].events[0].count: must be a whole number, not 1.5",
                "drills[1].events[1].kind: unknown kind \"sluggish\"; use one of "
                        + "lose-instances, slow, errors");
    }

    @Test
    void meaningIsCheckedWithPaths() {
        String bad = FULL.replace("\"timeoutMs\": 1000", "\"timeoutMs\": 0")
                .replace("\"max\": 3", "\"max\": -1")
                .replace("\"maxQueue\": 50", "\"maxQueue\": -2")
                .replace("\"threads\": 64", "\"threads\": 6.5")
                .replace("\"scaleOutSeconds\": 90", "\"scaleOutSeconds\": -1")
                .replace("{\"atSeconds\": 660, \"multiplier\": 1}",
                        "{\"atSeconds\": 30, \"multiplier\": -1}")
                .replace("\"component\": \"app\", \"count\": 1", "\"component\": \"ap\", \"count\": 0")
                .replace("\"factor\": 10", "\"factor\": 10, \"errorRate\": 0.2")
                .replace("\"errorRate\": 0.5", "\"errorRate\": 1.5");
        assertThat(problems(bad)).containsExactlyInAnyOrder(
                "workload.timeoutMs: must be above 0 ms",
                "workload.retries.max: must be from 0 to 100",
                "components[0].maxQueue: must be 0 or more (0: nobody waits)",
                "components[1].threads: must be a whole number of threads from 1 to 1,000,000",
                "components[0].autoscale.scaleOutSeconds: must be a number of seconds, 0 or more",
                "drills[0].traffic[1].atSeconds: steps must be in time order, each after the "
                        + "one before",
                "drills[0].traffic[1].multiplier: must be from 0 to 1,000 (times the base rate)",
                "drills[1].events[0].component: unknown component \"ap\"; did you mean "
                        + "\"app\"?",
                "drills[1].events[0].count: must be at least 1",
                "drills[1].events[1].errorRate: applies to \"errors\" events only, not \"slow\"",
                "drills[1].events[2].errorRate: must be between 0 and 1");
    }

    @Test
    void anAsyncCallHasNoTimeout() {
        String bad = FULL.replace("{\"from\": \"app\", \"to\": \"psp\", \"classes\": [\"pay\"], "
                + "\"timeoutMs\": 2000}", "{\"from\": \"app\", \"to\": \"psp\", \"async\": true, "
                + "\"timeoutMs\": 2000}");
        assertThat(problems(bad)).containsExactly("connections[1].timeoutMs: an async call waits "
                + "for nothing: timeouts and retries apply to synchronous calls");
    }

    @Test
    void aDelayComponentHasNoQueueToBoundOrInstancesToLose() {
        String bad = FULL.replace("\"serviceTimeMs\": 300}", "\"serviceTimeMs\": 300, "
                + "\"maxQueue\": 5}").replace("\"component\": \"db\", \"errorRate\": 0.5",
                "\"component\": \"db\", \"errorRate\": 0.5}, {\"atSeconds\": 1, "
                        + "\"forSeconds\": 1, \"kind\": \"lose-instances\", \"component\": "
                        + "\"psp\", \"count\": 1");
        assertThat(problems(bad)).containsExactlyInAnyOrder(
                "components[2].maxQueue: a component that does not queue (\"queueing\": false) "
                        + "has no queue to bound; give it threads for a concurrency limit",
                "drills[1].events[3].component: \"psp\" does not queue (\"queueing\": false): "
                        + "losing instances takes nothing away");
    }

    @Test
    void aThreadMapNeedsEveryClass() {
        String bad = FULL.replace("\"threads\": {\"pay\": 10, \"*\": 40}",
                "\"threads\": {\"pay\": 10, \"brows\": 40}");
        assertThat(problems(bad)).contains(
                "components[0].threads.brows: unknown class \"brows\"; did you mean \"browse\"?",
                "components[0].threads: no value for class \"browse\" (add it, or a \"*\" "
                        + "default)");
    }

    @Test
    void aClosedWorkloadIsNotDrilled() {
        String closed = FULL.replace("\"arrivalRatePerSecond\": 100,",
                "\"type\": \"closed\", \"users\": 50, \"thinkTimeMs\": 1000,");
        assertThat(problems(closed)).contains("drills: drills need an open workload (an arrival "
                + "rate); a closed workload's users wait for their answers, so a drill cannot "
                + "step its traffic");
    }
}
