package dev.headroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@org.junit.jupiter.api.parallel.Isolated
class CliTest {
    static final String SHOP = "src/test/resources/models/shop.json";
    static final String MM1 = "src/test/resources/models/mm1.json";

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    /**
     * A bounded queue's losses are said under the table. The API is M/M/4/K with K = 4 + 6
     * (a = 120/s × 50 ms = 6 Erlangs); its loss, summed state by state (p_n ∝ aⁿ/n! below 4,
     * p_4 (a/4)^(n−4) above), is 615.1/1,798.3 = 34%; the database, unbounded, loses nothing.
     */
    @Test
    void solveSaysWhatABoundedQueueTurnsAway(@TempDir Path dir) throws Exception {
        Path m = dir.resolve("bounded.json");
        Files.writeString(m, """
            {"name": "b", "workload": {"arrivalRatePerSecond": 120},
             "components": [{"id": "api", "concurrency": 4, "serviceTimeMs": 50, "maxQueue": 6},
                            {"id": "db", "concurrency": 4, "serviceTimeMs": 1}],
             "connections": [{"from": "api", "to": "db", "calls": 2}]}""");
        double a = 6;
        double[] p = new double[11];
        double sum = 0;
        for (int n = 0; n <= 10; n++) {
            p[n] = n <= 4 ? Math.pow(a, n) / factorial(n) : p[4] * Math.pow(a / 4, n - 4);
            sum += p[n];
        }
        String pct = String.format(java.util.Locale.ROOT, "%.0f%%", 100 * p[10] / sum);
        Run r = run("solve", m.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("api turns away " + pct
                + " of its arrivals (at most 6 wait an instance).").doesNotContain("db turns");
    }

    static double factorial(int n) {
        return n <= 1 ? 1 : n * factorial(n - 1);
    }

    @Test
    void validateSaysOkForAGoodModel() {
        Run r = run("validate", SHOP);
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("shop.json: ok (6 components, 2 request classes)");
    }

    @Test
    void badModelExitsOneWithOneLinePerProblemAndNoStackTrace(@TempDir Path dir)
            throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, """
            {"name": "x", "workload": {"arrivalRatePerSecond": 1},
             "components": [{"id": "c", "kind": "cache", "serviceTimeMs": 1, "hitRatio": 1.2},
                            {"id": "d", "serviceTimeMs": -3}],
             "connections": []}""");
        for (String cmd : new String[] {"validate", "solve", "sweep"}) {
            Run r = run(cmd, bad.toString());
            assertThat(r.code()).as(cmd).isEqualTo(1);
            assertThat(r.err().lines()).as(cmd).containsExactly(
                    bad + ": components[0].hitRatio: must be between 0 and 1",
                    bad + ": components[1].serviceTimeMs: must not be negative");
            assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        }
    }

    @Test
    void everyHelpPageRendersWithoutFormattingWarnings() {
        java.io.PrintStream stderr = System.err;
        java.io.ByteArrayOutputStream picocliLog = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(picocliLog, true));
        try {
            Run root = run("--help");
            assertThat(root.code()).isZero();
            for (Class<?> c : Cli.COMMANDS) {
                String name = c.getAnnotation(picocli.CommandLine.Command.class).name();
                assertThat(root.out()).contains("  " + name + " ");
                Run page = run(name, "--help");
                assertThat(page.code()).as(name).isZero();
                assertThat(page.out()).as(name).startsWith("Usage: headroom " + name);
            }
        } finally {
            System.setErr(stderr);
        }
        assertThat(picocliLog.toString()).doesNotContain("WARN");
    }

    @Test
    void onlyTheCommandBeingRunIsBuilt() {
        assertThat(Cli.commandsFor(new String[] {"solve", "x.json"}))
                .containsExactly(SolveCommand.class);
        assertThat(Cli.commandsFor(new String[] {"--help"})).isEqualTo(Cli.COMMANDS);
        assertThat(Cli.commandsFor(new String[] {"slove"})).isEqualTo(Cli.COMMANDS);
        assertThat(Cli.commandsFor(new String[] {"--version", "solve"})).isEqualTo(Cli.COMMANDS);
    }

    /**
     * With no locale Java writes US-ASCII, and "×" or "∞" would print as "?": the command line
     * writes their ASCII forms instead, and a right-aligned column keeps its width.
     */
    @Test
    void withoutALocaleTheOutputIsReadableAscii() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new String[] {"solve", SHOP}, new PrintWriter(out), new PrintWriter(err),
                java.nio.charset.StandardCharsets.US_ASCII, java.nio.charset.StandardCharsets.US_ASCII);
        assertThat(code).isZero();
        String ascii = out.toString();
        String utf = run("solve", SHOP).out();
        assertThat(utf).contains("\u00d7").contains("\u221e");
        assertThat(ascii).matches("\\p{ASCII}*").doesNotContain("?");
        List<String> a = ascii.lines().toList();
        List<String> u = utf.lines().toList();
        assertThat(a).hasSameSizeAs(u);
        for (int i = 0; i < u.size(); i++) {
            if (u.get(i).contains("  \u221e") || u.get(i).contains("  \u2014")) {
                // "        ∞" (servers) and "        —" (no price) in right-aligned columns:
                // the same width, ending in "inf" and "--"
                assertThat(a.get(i)).hasSameSizeAs(u.get(i));
                assertThat(a.get(i).replace("inf", "  \u221e").replace("--", " \u2014"))
                        .isEqualTo(u.get(i));
            } else {
                assertThat(a.get(i)).isEqualTo(u.get(i).replace('\u00d7', 'x').replace('\u00f7', '/'));
            }
        }
        // a UTF-8 terminal gets the characters themselves
        StringWriter utf8 = new StringWriter();
        Cli.run(new String[] {"solve", SHOP}, new PrintWriter(utf8), new PrintWriter(err),
                java.nio.charset.StandardCharsets.UTF_8, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(utf8.toString()).isEqualTo(utf);
    }

    @Test
    void theVersionIsPrintedWithoutPicocliAsPicocliWould() {
        Run version = run("--version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).isEqualTo("headroom " + dev.headroom.app.Version.current()
                + System.lineSeparator());
        assertThat(run("-V")).isEqualTo(version);
        // a command's --version goes through picocli
        assertThat(run("solve", "--version")).isEqualTo(version);
    }

    @Test
    void aPlainValidateIsReadWithoutPicocliAndPrintsWhatPicocliWould() {
        assertThat(ValidateCommand.plain(new String[] {"validate", SHOP, MM1})).isNotNull();
        for (String[] args : new String[][] {{"validate"}, {"validate", SHOP, "-h"},
                {"validate", "--", SHOP}, {"validate", "@args.txt"}, {"validate", ""},
                {"solve", SHOP}}) {
            assertThat(ValidateCommand.plain(args)).as(String.join(" ", args)).isNull();
        }
        Run ok = run("validate", SHOP, MM1);
        assertThat(ok.code()).isZero();
        assertThat(ok).isEqualTo(run("validate", "--", SHOP, MM1));
        Run missing = run("validate", SHOP, "no-such-model.json");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing).isEqualTo(run("validate", "--", SHOP, "no-such-model.json"));
    }

    @Test
    void aPlainSolveIsReadWithoutPicocliAndAnythingElseWithIt() {
        assertThat(SolveCommand.plain(new String[] {"solve", SHOP})).isNotNull();
        SolveCommand c = SolveCommand.plain(new String[] {"solve", "--json", "--at", "2.5", SHOP});
        assertThat(c).isNotNull();
        assertThat(c.json).isTrue();
        assertThat(c.at).isEqualTo(2.5);
        assertThat(c.file).isEqualTo(Path.of(SHOP));
        for (String[] args : new String[][] {{"solve"}, {"solve", SHOP, "--at"},
                {"solve", SHOP, "--at=2"}, {"solve", SHOP, "--at", "1e3"},
                {"solve", SHOP, "--at", "0"}, {"solve", SHOP, "--at", "2000000"},
                {"solve", SHOP, "--at", "2."}, {"solve", SHOP, "--at", ".5"},
                {"solve", SHOP, "--at", " 2"}, {"solve", SHOP, "--at", "2", "--at", "3"},
                {"solve", SHOP, "--json", "--json"}, {"solve", SHOP, SHOP},
                {"solve", "--", SHOP}, {"solve", "@args.txt"}, {"solve", ""},
                {"solve", SHOP, "-h"}, {"solve", SHOP, "--help"}, {"sweep", SHOP},
                {"solve", "a\u0000b.json"}}) {
            assertThat(SolveCommand.plain(args)).as(String.join(" ", args)).isNull();
        }
    }

    @Test
    void aPlainSolvePrintsWhatPicocliWouldHave() {
        // "--" and "--at=M" send the same command through picocli
        assertThat(run("solve", SHOP)).isEqualTo(run("solve", "--", SHOP));
        assertThat(run("solve", SHOP, "--at", "2.5", "--json"))
                .isEqualTo(run("solve", "--at=2.5", "--json", "--", SHOP));
        assertThat(run("solve", MM1, "--at", "3")).isEqualTo(run("solve", "--at=3", "--", MM1));
        Run missing = run("solve", "no-such-model.json");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing).isEqualTo(run("solve", "--", "no-such-model.json"));
        Run saturated = run("solve", SHOP, "--at", "1000000");
        assertThat(saturated).isEqualTo(run("solve", "--at=1000000", "--", SHOP));
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run("solve").code()).isEqualTo(2);
        assertThat(run("solve", SHOP, "--at", "abc").code()).isEqualTo(2);
        assertThat(run("solve", SHOP, "--at", "-1").code()).isEqualTo(2);
        assertThat(run("frobnicate").code()).isEqualTo(2);
        assertThat(run("sweep", SHOP, "--json", "--csv").code()).isEqualTo(2);
    }

    @Test
    void solveJsonHasTheFieldsOfTheContract() throws Exception {
        Run r = run("solve", MM1, "--json");
        assertThat(r.code()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        for (String f : new String[] {"model", "multiplier", "users", "arrivalRatePerSecond",
                "stable", "bottleneck", "maxArrivalRatePerSecond", "maxUsers", "monthlyCostUsd",
                "classes", "components"}) {
            assertThat(j.has(f)).as(f).isTrue();
        }
        JsonNode c = j.get("classes").get(0);
        for (String f : new String[] {"name", "arrivalRatePerSecond", "throughputPerSecond",
                "latencyMeanMs", "latencyP50Ms", "latencyP95Ms", "latencyP99Ms"}) {
            assertThat(c.has(f)).as(f).isTrue();
        }
        JsonNode s = j.get("components").get(0);
        for (String f : new String[] {"id", "kind", "arrivalRatePerSecond", "utilization",
                "instances", "servers", "waitMs", "responseMs", "queueLength", "saturated",
                "monthlyCostUsd"}) {
            assertThat(s.has(f)).as(f).isTrue();
        }
        // M/M/1 at ρ = 0.9 with S = 1 s: T = 10 s exactly.
        assertThat(c.get("latencyMeanMs").asDouble()).isEqualTo(10_000.0);
        assertThat(s.get("utilization").asDouble()).isEqualTo(0.9);
    }

    @Test
    void saturatedLatencyIsNullInJsonNeverNaN() throws Exception {
        Run r = run("solve", MM1, "--at", "2", "--json");
        assertThat(r.code()).isZero();
        assertThat(r.out()).doesNotContain("NaN").doesNotContain("Infinity");
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("stable").asBoolean()).isFalse();
        assertThat(j.get("classes").get(0).get("latencyP95Ms").isNull()).isTrue();
        assertThat(j.get("components").get(0).get("saturated").asBoolean()).isTrue();
    }

    @Test
    void sweepJsonHasPointsBreaksAndSloBreach() throws Exception {
        Run r = run("sweep", SHOP, "--json", "--to", "5", "--steps", "5");
        assertThat(r.code()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("points")).hasSize(5);
        assertThat(j.get("points").get(4).get("multiplier").asDouble()).isEqualTo(5.0);
        assertThat(j.get("breaks").get(0).has("overUtilizationAt")).isTrue();
        assertThat(j.get("breaks").get(0).has("saturatesAt")).isTrue();
        assertThat(j.has("sloBreachedAt")).isTrue();
    }

    @Test
    void humanTablesNameTheBottleneckAndBreaks() {
        Run solve = run("solve", SHOP, "--at", "2");
        assertThat(solve.code()).isZero();
        assertThat(solve.out()).contains("Bottleneck:").contains("browse").contains("checkout");
        Run sweep = run("sweep", SHOP);
        assertThat(sweep.out()).contains("What breaks first").contains("p95 objective").contains("Breaks at ");
    }

    @Test
    void sweepCsvHasOneRowPerPointAndClass() {
        Run r = run("sweep", SHOP, "--csv", "--steps", "3");
        assertThat(r.code()).isZero();
        assertThat(r.out().split("\r\n")).hasSize(1 + 3 * 2);
        assertThat(r.out()).startsWith("multiplier,users,");
    }

    @Test
    void pricingListsCatalogsAndLooksASkuUp() {
        Run list = run("pricing");
        assertThat(list.code()).isZero();
        assertThat(list.out()).contains("aws-us-east-1", "gcp-us-central1", "azure-eastus",
                "hetzner");
        Run sku = run("pricing", "aws-us-east-1", "m6i.large");
        assertThat(sku.code()).isZero();
        assertThat(sku.out()).startsWith("m6i.large in aws-us-east-1: $0.0960 per hour");
        // each commitment names where its price comes from: D4ds_v5's reservation, East US,
        // 1,168 USD a year (akcloudx's quote of the Retail Prices API), spot elsewhere
        Run azure = run("pricing", "azure-eastus", "D4ds_v5");
        assertThat(azure.out()).contains("  1y: $0.1333 per hour (source: https://github.com/"
                + "akcloudx/Multi-Cloud-FinOps-Optimization-System/");
        Run typo = run("pricing", "aws-us-east-1", "m6i.larg");
        assertThat(typo.code()).isEqualTo(1);
        assertThat(typo.err()).contains("did you mean m6i.large");
    }

    @Test
    void solveJsonCarriesTheBillPerComponentAndInTotal() throws Exception {
        Run r = run("solve", SHOP, "--json");
        JsonNode j = new ObjectMapper().readTree(r.out());
        double sum = 0;
        for (JsonNode c : j.get("components")) {
            sum += c.get("monthlyCostUsd").asDouble();
        }
        // shop.json has no response sizes, so no egress: the total is the components' sum.
        assertThat(j.get("monthlyCostUsd").asDouble()).isCloseTo(sum,
                org.assertj.core.data.Offset.offset(1e-6));
        // lb: 1 × alb at $0.0225/h × 730 h = $16.425; shop.json gives no message sizes, so its
        // capacity units count new connections: 20,000 users × 120 × 30.4 = 72,960,000 requests
        // / (25/s × 3,600 s) = 810.67 LCU-hours × $0.008 = $6.4853; one public IPv4 address
        // (one zone) × 730 h × $0.005 = $3.65. Sum $26.5603.
        assertThat(j.get("components").get(0).get("monthlyCostUsd").asDouble())
                .isCloseTo(16.425 + 72_960_000 / 90_000.0 * 0.008 + 3.65,
                        org.assertj.core.data.Offset.offset(1e-9));
        JsonNode bill = j.get("bill");
        double lines = 0;
        for (JsonNode l : bill.get("lines")) {
            lines += l.get("monthlyUsd").asDouble();
            for (String f : new String[] {"component", "item", "sku", "quantity", "unit",
                    "unitPriceUsd", "monthlyUsd", "source", "read", "confirmed"}) {
                assertThat(l.has(f)).as(f).isTrue();
            }
            assertThat(l.get("monthlyUsd").asDouble()).isCloseTo(l.get("quantity").asDouble()
                    * l.get("unitPriceUsd").asDouble(), org.assertj.core.data.Offset.offset(1e-6));
        }
        assertThat(lines).isCloseTo(j.get("monthlyCostUsd").asDouble(),
                org.assertj.core.data.Offset.offset(1e-6));
        assertThat(bill.get("totalUsd").asDouble()).isEqualTo(j.get("monthlyCostUsd").asDouble());
        assertThat(bill.get("unpricedComponents").toString()).isEqualTo("[\"payments\"]");
        assertThat(j.get("components").get(4).get("monthlyCostUsd").isNull()).isTrue();
        assertThat(j.get("costPerThousandUsersUsd").asDouble()).isCloseTo(
                j.get("monthlyCostUsd").asDouble() / 20, org.assertj.core.data.Offset.offset(1e-6));
    }
}
