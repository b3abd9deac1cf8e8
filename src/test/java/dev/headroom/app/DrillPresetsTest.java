package dev.headroom.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.Fixtures;
import dev.headroom.io.ModelReader;
import dev.headroom.model.DrillEvent;
import dev.headroom.model.Model;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The zone-outage preset takes one zone's share of every tier of two or more instances. */
class DrillPresetsTest {
    /** An app of 6 instances, a database of 1, an external API (a pure delay). */
    static Model model(String network) {
        ModelReader.Result r = ModelReader.parse("""
            {"format": 2, "name": "zones", %s
             "workload": {"arrivalRatePerSecond": 100},
             "components": [
               {"id": "app", "kind": "service", "instances": 6, "concurrency": 4,
                "serviceTimeMs": 20},
               {"id": "db", "kind": "database", "concurrency": 4, "serviceTimeMs": 2},
               {"id": "api", "kind": "external", "serviceTimeMs": 100}],
             "connections": [{"from": "app", "to": "db"}, {"from": "app", "to": "api"}]}"""
                .formatted(network));
        assertThat(r.problems()).isEmpty();
        return r.model();
    }

    static Drills.Preset zone(Model m) {
        return Fixtures.analysis(m).drills().presets(null).stream()
                .filter(p -> p.id().equals("zone")).findFirst().orElseThrow();
    }

    static List<DrillEvent> events(Drills.Preset p) {
        return p.drill().events();
    }

    @Test
    void withoutZonesInTheModelOneOfThreeIsLost() {
        Drills.Preset p = zone(model(""));
        assertThat(p.title()).isEqualTo("Zone outage (1 of 3)");
        // ⌈6/3⌉ = 2 of the app's 6; the database runs one instance and is left alone
        assertThat(events(p)).singleElement().satisfies(e -> {
            assertThat(e.component()).isEqualTo("app");
            assertThat(e.count()).isEqualTo(2);
        });
    }

    @Test
    void theModelsZonesSetTheShareLost() {
        Drills.Preset p = zone(model("\"network\": {\"availabilityZones\": 2},"));
        assertThat(p.title()).isEqualTo("Zone outage (1 of 2)");
        assertThat(events(p)).singleElement().satisfies(e -> assertThat(e.count()).isEqualTo(3));
        // ⌈6/4⌉ = 2 with four zones
        assertThat(events(zone(model("\"network\": {\"availabilityZones\": 4},"))))
                .singleElement().satisfies(e -> assertThat(e.count()).isEqualTo(2));
    }

    /**
     * A drill's size is the area under its traffic plus a warm-up of at most 600 s: 60 s at
     * ×1, 30 s at ×3, 810 s at ×1 make 960 s at the base rate, 1,560 s with the warm-up.
     */
    @Test
    void aDrillsRequestsAreTheAreaUnderItsTrafficAndTheWarmUp() {
        dev.headroom.model.Drill d = new dev.headroom.model.Drill("spike", 900, 5, List.of(
                new dev.headroom.model.Drill.TrafficStep(60, 3),
                new dev.headroom.model.Drill.TrafficStep(90, 1)), List.of());
        assertThat(d.multiplierSeconds()).isEqualTo(960);
        assertThat(Drills.requests(d, 400)).isEqualTo(400 * 1560.0);
        // a step past the end counts for nothing; a step at 0 sets the starting traffic
        assertThat(new dev.headroom.model.Drill("x", 100, 5, List.of(
                new dev.headroom.model.Drill.TrafficStep(0, 2),
                new dev.headroom.model.Drill.TrafficStep(200, 5)), List.of())
                .multiplierSeconds()).isEqualTo(200);
    }
}
