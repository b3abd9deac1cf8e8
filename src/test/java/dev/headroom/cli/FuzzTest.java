package dev.headroom.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.headroom.io.CatalogReader;
import dev.headroom.io.ModelReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Issue 16's fuzz suite: random mutations of the bundled models (numbers pushed to extremes,
 * values of the wrong type, fields deleted, elements duplicated, text cut or spliced) and
 * random extreme flags, through the reader and every command. Whatever the input, a command
 * ends with exit code 0, 1 or 2 within its time bound, and prints no stack trace, no "internal
 * error", no NaN or Infinity, and no control character a terminal would obey.
 *
 * <p>The tries are bounded so that the suite takes well under half a minute on the 2-core CI
 * machine; jqwik prints the seed of any failure and tries that sample first on the next run.
 * To search harder, raise the tries in the annotations for a local run (ten times as many found
 * nothing more when this suite was written).
 */
class FuzzTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Duration BOUND = Duration.ofSeconds(40);

    /** Every bundled model: the examples and the test models. */
    static final List<Path> MODELS;

    static {
        try (Stream<Path> a = Files.list(Path.of("models"));
                Stream<Path> b = Files.list(Path.of("src/test/resources/models"))) {
            MODELS = Stream.concat(a, b).filter(p -> p.toString().endsWith(".json")).sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final double[] EXTREMES = {1e308, -1e308, Double.MAX_VALUE, Double.MIN_VALUE, 0, -1,
        1e15, 2147483648d, 9.3e18, 1e12, 1e6 + 1, 0.5, 1e-9, 123456789, 1e10, 10_001, 1e6};
    static final String[] TEXTS = {"", "\u001b[31mred\u001b[0m\u0007", "=HYPERLINK(\"http://x\")",
        "+1", "-1", "@SUM(A1)", "\u202Eevil", "\u540d\u524d\u30e2\u30c7\u30eb", "\uD83D\uDE80",
        "x".repeat(300), "line\r\nbreak", "a,b\"c", "default", "on-demand",
        "m6i.large", "load-balancer", "closed"};
    static final Pattern BAD = Pattern.compile("\\bNaN\\b|\\bInfinity\\b|internal error"
            + "|Exception|\\tat |[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f\\u202a-\\u202e]");

    static Path dir;

    @BeforeContainer
    static void folder() throws IOException {
        dir = Files.createTempDirectory("headroom-fuzz");
    }

    @AfterContainer
    static void clean() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        return assertTimeoutPreemptively(BOUND, () -> {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
            return new Run(code, out.toString(), err.toString());
        }, () -> "timed out: " + String.join(" ", args));
    }

    /** The invariants every command keeps, whatever it was given. */
    static void clean(Run r, String what, String input) {
        clean(r, what, input, false);
    }

    /**
     * As {@link #clean(Run, String, String)}; {@code echoesInput} when the input itself holds
     * "NaN" or "Infinity" (a flag), which a message may quote.
     */
    static void clean(Run r, String what, String input, boolean echoesInput) {
        assertThat(r.code()).as("%s exit code; stderr: %s%ninput: %s", what, r.err(), input)
                .isBetween(0, 2);
        String printed = r.out() + r.err();
        String judged = echoesInput ? printed.replace("NaN", "").replace("Infinity", "")
                : printed;
        assertThat(BAD.matcher(judged).find())
                .as("%s printed something it must not:%n%s%ninput: %s", what, printed, input)
                .isFalse();
        if (r.code() != 0) {
            assertThat(r.err()).as("%s fails with a reason", what).isNotBlank();
        }
    }

    // ---- mutations --------------------------------------------------------------------------

    static List<JsonNode> containers(JsonNode root) {
        List<JsonNode> out = new ArrayList<>();
        List<JsonNode> todo = new ArrayList<>(List.of(root));
        while (!todo.isEmpty()) {
            JsonNode n = todo.remove(todo.size() - 1);
            if (n.isContainerNode()) {
                out.add(n);
                n.forEach(todo::add);
            }
        }
        return out;
    }

    static JsonNode randomValue(Random rnd) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (rnd.nextInt(8)) {
            case 0, 1, 2 -> f.numberNode(EXTREMES[rnd.nextInt(EXTREMES.length)]);
            case 3, 4 -> f.textNode(TEXTS[rnd.nextInt(TEXTS.length)]);
            case 5 -> f.nullNode();
            case 6 -> f.booleanNode(rnd.nextBoolean());
            default -> rnd.nextBoolean() ? f.arrayNode() : f.objectNode();
        };
    }

    /** One random change to the tree: a value replaced, a field deleted, an element doubled. */
    static void mutate(JsonNode root, Random rnd) {
        List<JsonNode> cs = containers(root);
        JsonNode c = cs.get(rnd.nextInt(cs.size()));
        if (c instanceof ObjectNode o && o.size() > 0) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            String name = names.get(rnd.nextInt(names.size()));
            JsonNode old = o.get(name);
            switch (rnd.nextInt(6)) {
                case 0 -> o.remove(name);
                case 1 -> o.set(name, old.isNumber() || rnd.nextBoolean()
                        ? JsonNodeFactory.instance.numberNode(EXTREMES[rnd.nextInt(
                                EXTREMES.length)]) : randomValue(rnd));
                case 2 -> o.set(name, old.isTextual()
                        ? JsonNodeFactory.instance.textNode(TEXTS[rnd.nextInt(TEXTS.length)])
                        : randomValue(rnd));
                case 3 -> o.set(TEXTS[rnd.nextInt(TEXTS.length)], randomValue(rnd));
                default -> o.set(name, old.isNumber() ? JsonNodeFactory.instance.numberNode(
                        finite(old.asDouble() * (rnd.nextBoolean() ? 1e6 : -1)))
                        : randomValue(rnd));
            }
        } else if (c instanceof ArrayNode a && a.size() > 0) {
            int i = rnd.nextInt(a.size());
            switch (rnd.nextInt(3)) {
                case 0 -> a.remove(i);
                case 1 -> a.add(a.get(i).deepCopy());
                default -> a.set(i, randomValue(rnd));
            }
        }
    }

    static double finite(double v) {
        return Double.isFinite(v) ? v : Math.copySign(Double.MAX_VALUE, v);
    }

    /** Text-level damage: cut short, a character spliced in, a stretch removed. */
    static String damage(String text, Random rnd) {
        int at = rnd.nextInt(Math.max(1, text.length()));
        return switch (rnd.nextInt(3)) {
            case 0 -> text.substring(0, at);
            case 1 -> text.substring(0, at) + SPLICE.charAt(rnd.nextInt(SPLICE.length()))
                    + text.substring(at);
            default -> text.substring(0, at) + text.substring(Math.min(text.length(),
                    at + 1 + rnd.nextInt(40)));
        };
    }

    static final String SPLICE = "\"{}[],:\\\u0000\u001b9-e.";

    static String mutated(int model, long seed, int changes) throws IOException {
        Random rnd = new Random(seed);
        String text = Files.readString(MODELS.get(model % MODELS.size()));
        if (rnd.nextInt(5) == 0) {
            return damage(text, rnd);
        }
        JsonNode root = JSON.readTree(text);
        for (int i = 0; i < changes; i++) {
            mutate(root, rnd);
        }
        return JSON.writeValueAsString(root);
    }

    static Path write(String text, long seed) throws IOException {
        Path f = dir.resolve("m" + Long.toHexString(seed) + ".json");
        Files.writeString(f, text);
        return f;
    }

    // ---- properties -------------------------------------------------------------------------

    /** The reader, alone: any text gives a result, never an exception. */
    @Property(tries = 300)
    void theReaderAnswersEveryMutation(@ForAll @IntRange(min = 0, max = 63) int model,
            @ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int changes)
            throws IOException {
        String text = mutated(model, seed, changes);
        ModelReader.Result r = assertTimeoutPreemptively(BOUND, () -> ModelReader.parse(text));
        assertThat(r.ok() || !r.problems().isEmpty()).isTrue();
        r.problems().forEach(p -> assertThat(p.toString()).doesNotContain("Exception")
                .hasSizeLessThanOrEqualTo(dev.headroom.model.Problem.MAX_LINE));
    }

    /** Catalogs too: the bundled ones mutated the same way. */
    @Property(tries = 100)
    void theCatalogReaderAnswersEveryMutation(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 6) int changes) throws IOException {
        Random rnd = new Random(seed);
        JsonNode root = JSON.readTree(Path.of("assets/pricing/hetzner.json").toFile());
        for (int i = 0; i < changes; i++) {
            mutate(root, rnd);
        }
        byte[] bytes = JSON.writeValueAsBytes(root);
        assertThat(assertTimeoutPreemptively(BOUND, () -> CatalogReader.read(
                new ByteArrayInputStream(bytes), "fuzz.json"))).isNotNull();
    }

    /**
     * A catalog that extends a bundled one, mutated, beside a model priced with it: loading it
     * never throws, and solve answers cleanly, with a price or with the file's problem.
     */
    @Property(tries = 60)
    void anExtendingCatalogAnswersEveryMutation(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 5) int changes) throws IOException {
        Random rnd = new Random(seed);
        JsonNode root = JSON.readTree("""
            {"extends": "azure-eastus", "notes": "a client's prices",
             "items": [{"sku": "D4s_v5", "category": "compute", "family": "general-purpose",
                        "unit": "hour", "price": 0.192, "vcpu": 4, "memoryGib": 16,
                        "commitments": {"1y": 0.1185}, "source": "https://example.com/sheet",
                        "read": "2026-11-30", "confirmed": true}]}""");
        for (int i = 0; i < changes; i++) {
            mutate(root, rnd);
        }
        Path folder = Files.createDirectories(dir.resolve("x" + Long.toHexString(seed)));
        Files.writeString(folder.resolve("client.pricing.json"), JSON.writeValueAsString(root));
        Path model = folder.resolve("shop.json");
        Files.writeString(model, """
            {"format": 2, "name": "azure", "pricing": "azure-eastus",
             "workload": {"arrivalRatePerSecond": 10},
             "components": [{"id": "api", "serviceTimeMs": 20, "instances": 2,
                             "instanceType": "D4s_v5", "commitment": "1y"}]}""");
        var loaded = assertTimeoutPreemptively(BOUND,
                () -> dev.headroom.io.CatalogLoader.load(null, folder));
        assertThat(loaded.library().find("azure-eastus").isPresent() || !loaded.problems().isEmpty())
                .isTrue();
        clean(run("solve", model.toString()), "solve beside an extending catalog",
                root.toString());
    }

    /** validate, solve and sweep (table, JSON, CSV) on a mutated model. */
    @Property(tries = 45)
    void everyQuickCommandAnswersEveryMutation(@ForAll @IntRange(min = 0, max = 63) int model,
            @ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int changes)
            throws IOException {
        String text = mutated(model, seed, changes);
        String f = write(text, seed).toString();
        clean(run("validate", f), "validate", text);
        clean(run("solve", f), "solve", text);
        clean(run("solve", f, "--json"), "solve --json", text);
        clean(run("sweep", f, "--steps", "3"), "sweep", text);
        clean(run("sweep", f, "--steps", "3", "--csv"), "sweep --csv", text);
    }

    /** The slow commands, fewer times: report, simulate, compare. */
    @Property(tries = 8)
    void everySlowCommandAnswersEveryMutation(@ForAll @IntRange(min = 0, max = 63) int model,
            @ForAll long seed, @ForAll @IntRange(min = 1, max = 3) int changes)
            throws IOException {
        String text = mutated(model, seed, changes);
        Path f = write(text, seed);
        String original = MODELS.get(model % MODELS.size()).toString();
        clean(run("compare", f.toString(), original), "compare", text);
        clean(run("simulate", f.toString(), "--requests", "2000", "--replications", "2"),
                "simulate", text);
        clean(run("report", f.toString(), "-o", dir.resolve("r" + seed + ".html").toString()),
                "report", text);
    }

    static final String[] MULTIPLIERS = {"1e308", "Infinity", "-Infinity", "NaN", "-1", "0",
        "1e-320", "1000000", "1000000.5", "2147483648", "abc", "", "3", "0x10"};
    static final String[] COUNTS = {"0", "-1", "1", "2147483647", "2147483648",
        "9223372036854775807", "1e9", "10"};

    /** Extreme flags on the bundled models. */
    @Property(tries = 40)
    void everyFlagAnswersExtremeValues(@ForAll @IntRange(min = 0, max = 63) int model,
            @ForAll @IntRange(min = 0, max = 99) int which, @ForAll long seed) {
        Random rnd = new Random(seed);
        String f = MODELS.get(model % MODELS.size()).toString();
        String m = MULTIPLIERS[rnd.nextInt(MULTIPLIERS.length)];
        String n = COUNTS[rnd.nextInt(COUNTS.length)];
        String[] args = switch (which % 7) {
            case 0 -> new String[] {"solve", f, "--at", m};
            case 1 -> new String[] {"sweep", f, "--to=" + m, "--steps", "3"};
            case 2 -> new String[] {"sweep", f, "--from", m, "--steps", n};
            case 3 -> new String[] {"simulate", f, "--at", m, "--requests", "1000",
                "--replications", "2"};
            case 4 -> new String[] {"simulate", f, "--requests", n, "--replications", "1"};
            case 5 -> new String[] {"simulate", f, "--requests", "1000", "--replications", n};
            default -> new String[] {"solve", f, "--at", m, "--json"};
        };
        // an accepted run of a huge simulation is not the point: keep accepted ones small
        boolean countUsed = which % 7 == 4 || which % 7 == 5;
        if (countUsed && (n.equals("2147483647") || n.startsWith("9223")
                || n.equals("2147483648"))) {
            Run r = run(args);
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(2);
            clean(r, String.join(" ", args), "", true);
            return;
        }
        clean(run(args), String.join(" ", args), "", true);
    }

    /** Random bytes are never a model, and never an exception. */
    @Property(tries = 100)
    void randomBytesAreSaidToBeNoModel(@ForAll byte[] bytes) throws IOException {
        Path f = write(new String(bytes, StandardCharsets.ISO_8859_1), bytes.length * 31L + 7);
        Files.write(f, bytes);
        ModelReader.Result r = ModelReader.read(f);
        assertThat(r.ok()).isFalse();
        assertThat(r.problems()).isNotEmpty();
    }
}
