package dev.headroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16's command-line cases, one test each. */
class HostileCliTest {
    static final Path SHOP = Path.of("models/monolith-postgres.json");
    static final String CLOSED = "src/test/resources/models/closed.json";

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    static Path escaped(Path dir) throws Exception {
        Path f = dir.resolve("esc.json");
        Files.writeString(f, Files.readString(SHOP)
                .replaceFirst("\"name\": \"[^\"]*\"", "\"name\": \"\\\\u001b[2J\\\\u001b]0;pwned"
                        + "\\\\u0007shop\\\\u202e\"")
                .replace("\"app\"", "\"app\\u001b[31m\""));
        return f;
    }

    @Test
    void terminalEscapesInAModelReachNoCommandsOutput(@TempDir Path dir) throws Exception {
        String f = escaped(dir).toString();
        String[][] commands = {{"validate", f}, {"solve", f}, {"solve", f, "--json"},
            {"sweep", f, "--steps", "2"}, {"sweep", f, "--steps", "2", "--csv"},
            {"compare", f, SHOP.toString()},
            {"simulate", f, "--requests", "2000", "--replications", "2"},
            {"report", f, "-o", dir.resolve("r.html").toString()}};
        for (String[] c : commands) {
            Run r = run(c);
            assertThat(r.code()).as(String.join(" ", c) + r.err()).isZero();
            assertThat(r.out() + r.err()).as(c[0]).doesNotContain("\u001b", "\u0007", "\u202e");
        }
        // a problem quoting a name from the file is cleaned too
        Files.writeString(dir.resolve("bad.json"), Files.readString(SHOP)
                .replaceFirst("\"entry\": \"lb\"", "\"entry\": \"\\\\u001b[2Jgone\""));
        Run bad = run("validate", dir.resolve("bad.json").toString());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("unknown component \"\uFFFD[2Jgone\"")
                .doesNotContain("\u001b");
    }

    @Test
    void theOutputFilterKeepsLineEndsAndMarksEveryOtherControlCharacter() throws Exception {
        StringWriter sink = new StringWriter();
        try (Cli.CleanWriter w = new Cli.CleanWriter(sink)) {
            w.write("a,b\r\n1,2\r");
            w.write("\nred\u001b[31m\tbell\u0007 over\rwrite \u202eevil\r");
        }
        assertThat(sink.toString()).isEqualTo("a,b\r\n1,2\r\nred\uFFFD[31m\tbell\uFFFD "
                + "over\uFFFDwrite \uFFFDevil\uFFFD");
    }

    @Test
    void hugeNumbersAreOneLineWithTheirJsonPath(@TempDir Path dir) throws Exception {
        String[][] cases = {
            {"\"users\": 30000", "\"users\": 1e308", "workload.users: must be at most "
                + "10,000,000,000 (docs/model-format.md \"Limits\")"},
            {"\"requestsPerUserPerDay\": 60", "\"requestsPerUserPerDay\": 1e308",
                "workload.requestsPerUserPerDay: must be at most 1,000,000"},
            {"\"to\": 10,", "\"to\": 1e308,", "growth.to: must be at most 1,000,000"},
        };
        for (String[] c : cases) {
            Path f = dir.resolve("big.json");
            String text = Files.readString(SHOP);
            assertThat(text).contains(c[0]);
            Files.writeString(f, text.replace(c[0], c[1]));
            Run r = run("solve", f.toString());
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err()).contains(f + ": " + c[2]).doesNotContain("internal error");
        }
    }

    @Test
    void extremeFlagsAreUsageErrorsNamingTheFlag() {
        Run at = run("solve", SHOP.toString(), "--at", "1e308");
        assertThat(at.code()).isEqualTo(2);
        assertThat(at.err()).startsWith("headroom: --at must be a growth multiplier above 0 "
                + "and at most 1,000,000");
        Run to = run("sweep", SHOP.toString(), "--to=Infinity");
        assertThat(to.code()).isEqualTo(2);
        assertThat(to.err()).contains("--to");
        Run reps = run("simulate", SHOP.toString(), "--replications", "2147483647");
        assertThat(reps.code()).isEqualTo(2);
        assertThat(reps.err()).startsWith("headroom: --replications must be between 1 and "
                + "1,000");
    }

    @Test
    void aClosedWorkloadPastItsLimitIsSaidNotSolved() {
        Run r = run("solve", CLOSED, "--at", "1000000");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("headroom: at 1.00e+06x the closed workload has "
                + "20,000,000 concurrent users; Headroom solves a closed workload for up to "
                + "1,000,000 (docs/model-format.md \"Limits\")" + System.lineSeparator());
        assertThat(run("simulate", CLOSED, "--at", "1000000").err())
                .contains("Headroom solves a closed workload for up to 1,000,000");
    }

    @Test
    void thousandsOfProblemsAreCutToAHundredLines(@TempDir Path dir) throws Exception {
        StringBuilder cs = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            cs.append(i == 0 ? "" : ",").append("{\"id\": \"c").append(i)
                    .append("\", \"serviceTimeMs\": -1}");
        }
        Path f = dir.resolve("many.json");
        Files.writeString(f, "{\"name\": \"many\", \"workload\": {\"arrivalRatePerSecond\": 1},"
                + " \"components\": [" + cs + "]}");
        Run r = run("validate", f.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().lines()).hasSize(InputException.MAX_LINES + 1)
                .last().isEqualTo("… and 400 more problems");
    }

    @Test
    void tenThousandComponentsAreRefusedByTheirCount(@TempDir Path dir) throws Exception {
        StringBuilder cs = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            cs.append(i == 0 ? "" : ",").append("{\"id\": \"c").append(i)
                    .append("\", \"serviceTimeMs\": 1}");
        }
        Path f = dir.resolve("huge.json");
        Files.writeString(f, "{\"name\": \"huge\", \"workload\": {\"arrivalRatePerSecond\": 1},"
                + " \"components\": [" + cs + "]}");
        Run r = run("validate", f.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo(f + ": components: has 10,000 components; a model may "
                + "have at most 1,000 (docs/model-format.md \"Limits\")" + System.lineSeparator());
    }
}
