package dev.headroom.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.model.Kind;
import dev.headroom.model.Model;
import dev.headroom.model.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelReaderTest {
    static final Path SHOP = Path.of("src/test/resources/models/shop.json");

    static List<String> problems(String json) {
        ModelReader.Result r = ModelReader.parse(json);
        assertThat(r.ok()).isFalse();
        return r.problems().stream().map(Problem::toString).toList();
    }

    static String minimal(String components) {
        return """
            {"format": 1, "name": "m", "workload": {"arrivalRatePerSecond": 10},
             "components": %s, "connections": []}""".formatted(components);
    }

    @Test
    void readsEveryFieldOfTheDesignExample() {
        ModelReader.Result r = ModelReader.read(SHOP);
        assertThat(r.problems()).isEmpty();
        Model m = r.model();
        assertThat(m.name()).isEqualTo("Shop: monolith + Postgres");
        assertThat(m.workload().users()).isEqualTo(20000);
        assertThat(m.workload().peakToAverage()).isEqualTo(3.0);
        assertThat(m.requestClasses()).hasSize(2);
        assertThat(m.slo().p95LatencyMs()).isEqualTo(400);
        assertThat(m.components()).hasSize(6);
        assertThat(m.component("payments").orElseThrow().isDelay()).isTrue();
        assertThat(m.component("app").orElseThrow().autoscale().max()).isEqualTo(20);
        assertThat(m.component("app").orElseThrow().serviceTimeMs().get("checkout")).isEqualTo(80);
        assertThat(m.component("cache").orElseThrow().hitRatio()).isEqualTo(0.9);
        assertThat(m.component("lb").orElseThrow().kind()).isEqualTo(Kind.LOAD_BALANCER);
        assertThat(m.connections().get(5).async()).isTrue();
        assertThat(m.connections().get(3).classes()).containsExactly("checkout");
    }

    @Test
    void writingThenReadingGivesTheSameModel(@TempDir Path dir) throws Exception {
        Model m = ModelReader.read(SHOP).model();
        Path out = dir.resolve("copy.json");
        ModelWriter.save(m, out);
        Model back = ModelReader.read(out).model();
        assertThat(back).isEqualTo(m);
        assertThat(Files.list(dir)).containsExactly(out);
    }

    @Test
    void theReportSettingsRoundTripThroughAFile(@TempDir Path dir) throws Exception {
        String json = """
            {"format": 2, "name": "m", "workload": {"arrivalRatePerSecond": 10},
             "components": [{"id": "a", "serviceTimeMs": 1}],
             "report": {"client": "Acme Ltd", "preparedBy": "Jane Doe", "date": "2026-12-01",
                        "logo": "acme.png", "summary": "One.\\n\\nTwo.",
                        "includeDescription": true}}""";
        Model m = ModelReader.parse(json).model();
        assertThat(m.report()).isEqualTo(new dev.headroom.model.ReportSettings("Acme Ltd",
                "Jane Doe", java.time.LocalDate.of(2026, 12, 1), "acme.png", "One.\n\nTwo.",
                true));
        Path out = dir.resolve("copy.json");
        ModelWriter.save(m, out);
        assertThat(ModelReader.read(out).model()).isEqualTo(m);
        // a model without the object has none, and writes none
        Model plain = m.withReport(dev.headroom.model.ReportSettings.NONE);
        ModelWriter.save(plain, out);
        assertThat(Files.readString(out)).doesNotContain("\"report\"");
    }

    @Test
    void badReportSettingsAreNamedByTheirPath() {
        String body = """
            {"format": 2, "name": "m", "workload": {"arrivalRatePerSecond": 10},
             "components": [{"id": "a", "serviceTimeMs": 1}], "report": %s}""";
        assertThat(problems(body.formatted("{\"date\": \"1 Dec 2026\"}")))
                .containsExactly("report.date: must be a date written as YYYY-MM-DD, such as "
                        + "2026-12-01");
        assertThat(problems(body.formatted("{\"logo\": \"acme.gif\"}")))
                .containsExactly("report.logo: must name a .png or .jpg file");
        assertThat(problems(body.formatted("{\"colour\": \"red\"}")))
                .singleElement().asString().startsWith("report.colour");
        assertThat(problems(body.formatted("{\"includeDescription\": \"yes\"}")))
                .singleElement().asString().startsWith("report.includeDescription");
    }

    @Test
    void theBillingFieldsRoundTripThroughAFile(@TempDir Path dir) throws Exception {
        for (String name : new String[] {"monolith-postgres.json", "media-site-cdn.json",
                "microservices-gateway.json"}) {
            Model m = ModelReader.read(Path.of("models", name)).model();
            Path out = dir.resolve(name);
            ModelWriter.save(m, out);
            assertThat(ModelReader.read(out).model()).as(name).isEqualTo(m);
        }
        Model shop = ModelReader.read(Path.of("models", "monolith-postgres.json")).model();
        assertThat(shop.network().availabilityZones()).isEqualTo(2);
        assertThat(shop.network().natGateways()).isEqualTo(1);
        assertThat(shop.component("db").orElseThrow().multiAz()).isTrue();
        assertThat(shop.component("db").orElseThrow().storageGbPerUser()).isEqualTo(0.002);
        assertThat(shop.connections().get(1).requestKb()).isEqualTo(0.5);
        assertThat(shop.requestClasses().get(0).requestKb()).isEqualTo(2);
    }

    @Test
    void aBootDiskSizeRoundTripsAndIsCheckedWithItsPath(@TempDir Path dir) throws Exception {
        String json = """
            {"name": "d", "pricing": "aws-us-east-1", "workload": {"arrivalRatePerSecond": 1},
             "components": [{"id": "app", "serviceTimeMs": 1, "instanceType": "m6i.large",
                             "bootDiskGb": 30}],
             "connections": []}""";
        Path file = dir.resolve("d.json");
        Files.writeString(file, json);
        Model m = ModelReader.read(file).model();
        assertThat(m.component("app").orElseThrow().bootDiskGb()).isEqualTo(30);
        Path out = dir.resolve("out.json");
        ModelWriter.save(m, out);
        assertThat(ModelReader.read(out).model()).isEqualTo(m);
        Files.writeString(file, json.replace("\"bootDiskGb\": 30", "\"bootDiskGb\": 100000"));
        assertThat(ModelReader.read(file).problems()).extracting(Object::toString)
                .containsExactly("components[0].bootDiskGb: must be at most 65536");
    }

    @Test
    void thePlanningFieldsRoundTripAndAreCheckedWithTheirPaths(@TempDir Path dir)
            throws Exception {
        String json = """
            {"name": "m", "workload": {"arrivalRatePerSecond": 10, "classes": [
                {"name": "a", "share": 1, "entry": "s", "p99LatencyMs": 900}]},
             "slo": {"p95LatencyMs": 500, "p99LatencyMs": 1200, "maxUtilization": 0.7},
             "components": [{"id": "s", "serviceTimeMs": 1, "maxInstances": 12,
                             "candidates": ["m6i.large", "m6i.xlarge"]}],
             "connections": []}""";
        Model m = ModelReader.parse(json).model();
        assertThat(m.slo().p99LatencyMs()).isEqualTo(1200);
        assertThat(m.requestClasses().get(0).p99LatencyMs()).isEqualTo(900);
        assertThat(m.components().get(0).candidates()).containsExactly("m6i.large",
                "m6i.xlarge");
        assertThat(m.components().get(0).maxInstances()).isEqualTo(12);
        Path out = dir.resolve("m.json");
        ModelWriter.save(m, out);
        assertThat(ModelReader.read(out).model()).isEqualTo(m);
        assertThat(problems("""
            {"name": "m", "workload": {"arrivalRatePerSecond": 10, "classes": [
                {"name": "a", "share": 1, "entry": "s", "p99LatencyMs": 0}]},
             "slo": {"p99LatencyMs": -1},
             "components": [{"id": "s", "serviceTimeMs": 1, "maxInstances": 0}],
             "connections": []}"""))
                .containsExactlyInAnyOrder(
                        "components[0].maxInstances: must be between 1 and 1000",
                        "workload.classes[0].p99LatencyMs: must be above 0",
                        "slo.p99LatencyMs: must be above 0");
        assertThat(problems("""
            {"name": "m", "workload": {"arrivalRatePerSecond": 10},
             "components": [{"id": "s", "serviceTimeMs": 1, "candidates": ["m6i.large", 4]}],
             "connections": []}"""))
                .containsExactly("components[0].candidates[1]: must be an instance type name, "
                        + "not 4");
    }

    @Test
    void loadBalancerConnectionFieldsRoundTripAndAreCheckedWithTheirPaths(@TempDir Path dir)
            throws Exception {
        String json = """
            {"name": "m", "workload": {"arrivalRatePerSecond": 10},
             "network": {"availabilityZones": 2, "natGateways": 0, "requestsPerConnection": 5,
                         "connectionSeconds": 120},
             "components": [{"id": "lb", "kind": "load-balancer", "serviceTimeMs": 1,
                             "queueing": false, "rulesPerRequest": 60},
                            {"id": "s", "serviceTimeMs": 1}],
             "connections": [{"from": "lb", "to": "s"}]}""";
        Model m = ModelReader.parse(json).model();
        assertThat(m.network().connectionSeconds()).isEqualTo(120);
        assertThat(m.component("lb").orElseThrow().rulesPerRequest()).isEqualTo(60);
        Path out = dir.resolve("m.json");
        ModelWriter.save(m, out);
        assertThat(ModelReader.read(out).model()).isEqualTo(m);
        assertThat(ModelReader.parse(json.replaceAll(",\\s*\"connectionSeconds\": 120", ""))
                .model().network().connectionSeconds()).isEqualTo(60);
        assertThat(problems(json.replace("\"connectionSeconds\": 120", "\"connectionSeconds\": 0")
                .replace("\"serviceTimeMs\": 1}]", "\"serviceTimeMs\": 1, \"rulesPerRequest\": 3}]")
                .replace("\"rulesPerRequest\": 60", "\"rulesPerRequest\": 2000")))
                .containsExactlyInAnyOrder(
                        "network.connectionSeconds: must be more than 0 and at most 86,400 (a day)",
                        "components[0].rulesPerRequest: must be between 0 and 1,000",
                        "components[1].rulesPerRequest: only a load balancer evaluates listener "
                                + "rules; this is a service");
    }

    @Test
    void billingFieldsAreCheckedWithTheirPaths() {
        assertThat(problems("""
            {"name": "m", "workload": {"arrivalRatePerSecond": 10},
             "network": {"availabilityZones": 0, "natGateways": -1, "zones": 2},
             "components": [{"id": "a", "serviceTimeMs": 1, "multiAz": true,
                             "storageGb": 10},
                            {"id": "d", "kind": "database", "serviceTimeMs": 1,
                             "storageGbPerUser": 0.1, "provisionedIops": -5}],
             "connections": [{"from": "a", "to": "d", "responseKb": 2e7}]}"""))
                .containsExactly("network.zones: unknown field");
        assertThat(problems("""
            {"name": "m", "workload": {"arrivalRatePerSecond": 10},
             "network": {"availabilityZones": 0, "natGateways": -1},
             "components": [{"id": "a", "serviceTimeMs": 1, "multiAz": true,
                             "storageGb": 10},
                            {"id": "d", "kind": "database", "serviceTimeMs": 1,
                             "storageGbPerUser": 0.1, "provisionedIops": -5}],
             "connections": [{"from": "a", "to": "d", "responseKb": 2e7}]}"""))
                .containsExactlyInAnyOrder(
                        "components[0].storageGb: only a database or storage component stores "
                                + "data; this is a service",
                        "components[0].multiAz: only a database or a cache has a standby in "
                                + "another zone; this is a service",
                        "components[1].storageGbPerUser: needs workload.users (the workload is "
                                + "given as a rate)",
                        "components[1].provisionedIops: must not be negative",
                        "connections[0].responseKb: must be at most 10000000",
                        "network.availabilityZones: must be between 1 and 6",
                        "network.natGateways: must be between 0 and 64");
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        assertThat(problems("{\n  \"name\": \"x\",\n  \"format\": 1,,\n}"))
                .singleElement().asString().startsWith("malformed JSON at line 3, column");
    }

    @Test
    void emptyFileSaysSo() {
        assertThat(problems("  \n")).singleElement().asString().contains("the file is empty");
    }

    @Test
    void newerFormatIsAClearError() {
        assertThat(problems("{\"format\": 3, \"name\": \"x\"}")).singleElement().asString()
                .isEqualTo("format: this file is format 3, written by a newer Headroom; this "
                        + "version reads format 2 and older");
    }

    @Test
    void formatOneKeepsOneServerPerInstanceWhereConcurrencyWasLeftOut() {
        String body = ", \"name\": \"x\", \"workload\": {\"arrivalRatePerSecond\": 1}, "
                + "\"components\": [{\"id\": \"db\", \"serviceTimeMs\": 1, "
                + "\"instanceType\": \"db.m6g.xlarge\"}]}";
        Model old = ModelReader.parse("{\"format\": 1" + body).model();
        Model now = ModelReader.parse("{\"format\": 2" + body).model();
        assertThat(old.components().get(0).concurrency()).isEqualTo(1);
        assertThat(now.components().get(0).concurrency()).isNull();
        assertThat(old.format()).isEqualTo(Model.CURRENT_FORMAT);
    }

    @Test
    void everyProblemIsReportedNotJustTheFirst() {
        List<String> p = problems(minimal("""
            [{"id": "a", "serviceTimeMs": -1, "hitRatio": 1.5, "instances": 0},
             {"id": "a", "serviceTimeMs": "fast"}]"""));
        assertThat(p).contains("components[1].serviceTimeMs: must be a number or a map from "
                + "class to number, not \"fast\"");
        ModelReader.Result typed = ModelReader.parse(minimal("""
            [{"id": "a", "serviceTimeMs": -1, "hitRatio": 1.5, "instances": 0},
             {"id": "a", "serviceTimeMs": 3}]"""));
        assertThat(typed.problems()).extracting(Problem::toString).contains(
                "components[0].serviceTimeMs: must not be negative",
                "components[0].hitRatio: must be between 0 and 1",
                "components[0].instances: must be at least 1",
                "components[1].id: duplicate id \"a\" (also components[0])");
    }

    @Test
    void unknownFieldsAreRejectedWithASuggestion() {
        assertThat(problems(minimal("[{\"id\": \"a\", \"serviceTime\": 3}]"))).contains(
                "components[0].serviceTime: unknown field; did you mean \"serviceTimeCv\" or "
                + "\"serviceTimeMs\"?");
        assertThat(problems(minimal("[{\"id\": \"a\", \"serviceTimeMs\": 3, \"hitRatoi\": 0.5}]")))
                .containsExactly("components[0].hitRatoi: unknown field; did you mean \"hitRatio\"?");
    }

    @Test
    void unknownComponentsInConnectionsAndEntriesAreNamed() {
        String json = """
            {"name": "m", "workload": {"arrivalRatePerSecond": 10,
               "classes": [{"name": "a", "share": 0.5, "entry": "web"},
                           {"name": "b", "share": 0.4, "entry": "wbe"}]},
             "components": [{"id": "web", "serviceTimeMs": 1}],
             "connections": [{"from": "web", "to": "dbb"}]}""";
        assertThat(problems(json)).containsExactlyInAnyOrder(
                "workload.classes[1].entry: unknown component \"wbe\"; did you mean \"web\"?",
                "workload.classes: shares sum to 0.9; they must sum to 1",
                "connections[0].to: unknown component \"dbb\"");
    }

    @Test
    void perClassMapMissingAClassIsAnError() {
        String json = """
            {"name": "m", "workload": {"arrivalRatePerSecond": 10,
               "classes": [{"name": "a", "share": 0.5, "entry": "web"},
                           {"name": "b", "share": 0.5, "entry": "web"}]},
             "components": [{"id": "web", "serviceTimeMs": {"a": 3}}], "connections": []}""";
        assertThat(problems(json)).containsExactly(
                "components[0].serviceTimeMs: no value for class \"b\" (add it, or a \"*\" default)");
        assertThat(ModelReader.parse(json.replace("{\"a\": 3}", "{\"a\": 3, \"*\": 5}")).ok())
                .isTrue();
    }

    @Test
    void wrongTypesNameTheFieldAndTheValue() {
        assertThat(problems("""
            {"name": "m", "workload": {"arrivalRatePerSecond": "lots"},
             "components": [{"id": "a", "serviceTimeMs": 1, "instances": 2.5, "kind": "db"}]}"""))
                .contains("workload.arrivalRatePerSecond: must be a number, not \"lots\"",
                        "components[0].instances: must be a whole number, not 2.5",
                        "components[0].kind: unknown kind \"db\"; use one of load-balancer, "
                                + "service, worker, cache, database, queue, storage, cdn, external");
    }

    @Test
    void missingFileIsAProblemNotAnException() {
        ModelReader.Result r = ModelReader.read(Path.of("does/not/exist.json"));
        assertThat(r.problems()).singleElement().asString().startsWith("no such file");
    }

    @Test
    void onMissNeedsAHitRatioAtTheSource() {
        assertThat(problems("""
            {"name": "m", "workload": {"arrivalRatePerSecond": 1},
             "components": [{"id": "a", "serviceTimeMs": 1}, {"id": "b", "serviceTimeMs": 1}],
             "connections": [{"from": "a", "to": "b", "onMiss": true}]}"""))
                .containsExactly("connections[0].onMiss: source \"a\" has no hitRatio");
    }
}
