package dev.headroom.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.model.Bounds;
import dev.headroom.model.Model;
import dev.headroom.model.Uncertainty;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code growth.monthlyRate}, {@code growth.startMonth} and {@code uncertainty} (model-wide and
 * per component) are read, written back, and refused with their JSON paths when wrong
 * (docs/model-format.md "Growth by the calendar", "Uncertainty").
 */
class CalendarFieldsTest {
    static final String CACHED = """
        {"name": "m", "workload": {"arrivalRatePerSecond": 10},
         "growth": {"from": 1, "to": 10, "steps": 10%s},
         %s
         "components": [
           {"id": "app", "kind": "service", "serviceTimeMs": 20, "concurrency": 4%s},
           {"id": "cache", "kind": "cache", "serviceTimeMs": 1, "hitRatio": 0.9%s},
           {"id": "db", "kind": "database", "serviceTimeMs": 5}],
         "connections": [{"from": "app", "to": "cache"},
                         {"from": "cache", "to": "db", "onMiss": true}]}""";

    static String model(String growth, String uncertainty, String app, String cache) {
        return CACHED.formatted(growth, uncertainty, app, cache);
    }

    static List<String> problems(String json) {
        return ModelReaderTest.problems(json);
    }

    @Test
    void readsTheCalendarAndEveryRange() {
        ModelReader.Result r = ModelReader.parse(model(
                ", \"monthlyRate\": 0.15, \"startMonth\": \"2027-01\"",
                "\"uncertainty\": {\"traffic\": {\"low\": 0.8, \"high\": 1.3},"
                        + " \"serviceTime\": {\"low\": 0.9, \"high\": 1.2},"
                        + " \"hitRatio\": {\"low\": 0.8, \"high\": 0.95}},",
                ", \"uncertainty\": {\"serviceTime\": {\"low\": 0.5, \"high\": 2}}", ""));
        assertThat(r.problems()).isEmpty();
        Model m = r.model();
        assertThat(m.growth().monthlyRate()).isEqualTo(0.15);
        assertThat(m.growth().startMonth()).isEqualTo(YearMonth.of(2027, 1));
        assertThat(m.uncertainty()).isEqualTo(new Uncertainty(new Bounds(0.8, 1.3),
                new Bounds(0.9, 1.2), new Bounds(0.8, 0.95)));
        assertThat(m.component("app").orElseThrow().uncertainty())
                .isEqualTo(new Uncertainty(null, new Bounds(0.5, 2), null));
        assertThat(m.component("db").orElseThrow().uncertainty()).isNull();
    }

    @Test
    void aModelWithoutThemHasNoCalendarAndNoRanges() {
        Model m = ModelReader.parse(model("", "", "", "")).model();
        assertThat(m.growth().hasCalendar()).isFalse();
        assertThat(m.uncertainty().isEmpty()).isTrue();
    }

    @Test
    void theyRoundTripThroughAFile(@TempDir Path dir) throws Exception {
        Model m = ModelReader.parse(model(
                ", \"monthlyRate\": 0.07, \"startMonth\": \"2026-11\"",
                "\"uncertainty\": {\"traffic\": {\"low\": 0.5, \"high\": 2}},", "",
                ", \"uncertainty\": {\"hitRatio\": {\"low\": 0.7, \"high\": 0.97}}")).model();
        Path out = dir.resolve("m.json");
        ModelWriter.save(m, out);
        String text = java.nio.file.Files.readString(out);
        assertThat(text).contains("\"startMonth\": \"2026-11\"", "\"monthlyRate\": 0.07");
        assertThat(ModelReader.read(out).model()).isEqualTo(m);
    }

    @Test
    void aBadCalendarIsRefusedWithItsPath() {
        assertThat(problems(model(", \"monthlyRate\": 0.15", "", "", "")))
                .anyMatch(p -> p.startsWith("growth.startMonth: is needed with growth.monthlyRate"));
        assertThat(problems(model(", \"monthlyRate\": 0, \"startMonth\": \"2027-01\"", "", "",
                ""))).anyMatch(p -> p.startsWith("growth.monthlyRate: must be above 0"));
        assertThat(problems(model(", \"monthlyRate\": -0.1, \"startMonth\": \"2027-01\"", "",
                "", ""))).anyMatch(p -> p.startsWith("growth.monthlyRate: must be above 0"));
        for (String bad : List.of("2027-13", "27-01", "January 2027", "2027-1", "2027-01-01")) {
            assertThat(problems(model(", \"monthlyRate\": 0.1, \"startMonth\": \"" + bad + "\"",
                    "", "", ""))).as(bad).contains("growth.startMonth: must be a month written "
                            + "like \"2027-01\" (year, then month)");
        }
    }

    @Test
    void aBadRangeIsRefusedWithItsPath() {
        assertThat(problems(model("", "\"uncertainty\": {\"traffic\": {\"low\": 1.2, \"high\": 2}},",
                "", ""))).anyMatch(p -> p.startsWith("uncertainty.traffic.low: must be above 0 "
                        + "and at most 1"));
        assertThat(problems(model("", "\"uncertainty\": {\"serviceTime\": {\"low\": 0.5, "
                + "\"high\": 0.9}},", "", ""))).anyMatch(p -> p.startsWith(
                        "uncertainty.serviceTime.high: must be at least 1"));
        assertThat(problems(model("", "\"uncertainty\": {\"traffic\": {\"low\": 0.5}},", "",
                ""))).contains("uncertainty.traffic.high: is required");
        assertThat(problems(model("", "\"uncertainty\": {\"trafic\": {\"low\": 0.5, "
                + "\"high\": 2}},", "", ""))).anyMatch(p -> p.startsWith("uncertainty.trafic:"));
        // a model-wide hit-ratio range must hold every hit ratio it applies to
        assertThat(problems(model("", "\"uncertainty\": {\"hitRatio\": {\"low\": 0.5, "
                + "\"high\": 0.8}},", "", ""))).anyMatch(p -> p.startsWith("uncertainty.hitRatio: "
                        + "0.5 to 0.8 does not contain the hitRatio 0.9 of \"cache\""));
        assertThat(problems(model("", "", "", ", \"uncertainty\": {\"hitRatio\": {\"low\": 0.95, "
                + "\"high\": 1}}"))).contains("components[1].uncertainty.hitRatio: must contain "
                        + "the component's hitRatio 0.9");
        assertThat(problems(model("", "", ", \"uncertainty\": {\"hitRatio\": {\"low\": 0.1, "
                + "\"high\": 0.2}}", ""))).contains("components[0].uncertainty.hitRatio: the "
                        + "component has no hitRatio to vary");
        assertThat(problems(model("", "", ", \"uncertainty\": {\"traffic\": {\"low\": 0.5, "
                + "\"high\": 2}}", ""))).anyMatch(p -> p.startsWith(
                        "components[0].uncertainty.traffic: traffic is uncertain for the whole "
                                + "model"));
        assertThat(problems(model("", "", ", \"uncertainty\": {\"serviceTime\": {\"low\": 0, "
                + "\"high\": 2}}", ""))).anyMatch(p -> p.startsWith(
                        "components[0].uncertainty.serviceTime.low: must be above 0"));
    }
}
