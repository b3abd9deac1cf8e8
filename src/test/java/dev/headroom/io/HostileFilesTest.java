package dev.headroom.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.headroom.model.Limits;
import dev.headroom.model.Problem;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Files a user or an attacker may hand the reader: each gives one clear line, quickly. */
class HostileFilesTest {
    static final Path SHOP = Path.of("src/test/resources/models/shop.json");

    static String only(ModelReader.Result r) {
        assertThat(r.ok()).isFalse();
        assertThat(r.problems()).hasSize(1);
        return r.problems().get(0).toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/dev/zero", "/dev/urandom"})
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void endlessDevicesAreRefusedBySizeWithoutReadingThemWhole(String device) {
        String msg = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> only(ModelReader.read(Path.of(device))));
        assertThat(msg).isEqualTo("the file is larger than 10 MB, the most Headroom reads "
                + "(docs/model-format.md \"Limits\")");
    }

    @Test
    void aFileJustOverTheLimitIsRefusedAndOneJustUnderIsParsed(@TempDir Path dir)
            throws Exception {
        Path big = dir.resolve("big.json");
        byte[] over = new byte[(int) Limits.MAX_FILE_BYTES + 1];
        java.util.Arrays.fill(over, (byte) ' ');
        over[0] = '{';
        over[over.length - 1] = '}';
        Files.write(big, over);
        assertThat(only(ModelReader.read(big))).startsWith("the file is larger than 10 MB");
        Files.write(big, java.util.Arrays.copyOf(over, over.length - 2));
        // within the limit it is read, and what is wrong is said about its content
        assertThat(only(ModelReader.read(big))).contains("malformed JSON");
    }

    @Test
    void aUtf8ByteOrderMarkIsAccepted(@TempDir Path dir) throws Exception {
        Path withBom = dir.resolve("bom.json");
        byte[] shop = Files.readAllBytes(SHOP);
        byte[] bytes = new byte[shop.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(shop, 0, bytes, 3, shop.length);
        Files.write(withBom, bytes);
        ModelReader.Result r = ModelReader.read(withBom);
        assertThat(r.problems()).isEmpty();
        assertThat(r.model()).isEqualTo(ModelReader.read(SHOP).model());
    }

    @Test
    void aCatalogWithAByteOrderMarkIsAccepted() throws Exception {
        byte[] catalog = Files.readAllBytes(Path.of("assets/pricing/hetzner.json"));
        byte[] bytes = new byte[catalog.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(catalog, 0, bytes, 3, catalog.length);
        assertThat(CatalogReader.read(new ByteArrayInputStream(bytes), "h.json"))
                .isInstanceOf(CatalogReadResult.Loaded.class);
    }

    @Test
    void notUtf8AndFoldersAreSaidInWords(@TempDir Path dir) throws Exception {
        Path latin1 = dir.resolve("latin1.json");
        Files.write(latin1, "{\"name\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(only(ModelReader.read(latin1))).isEqualTo("the file is not UTF-8 text");
        assertThat(only(ModelReader.read(dir))).isEqualTo("this is a folder, not a file");
    }

    /** Jackson's own setting names never reach a user: each syntax error is said plainly. */
    @ParameterizedTest
    @ValueSource(strings = {"{'a':1}", "{a:1}", "{\"a\":NaN}", "{\"a\":Infinity}",
            "{\"a\":-Infinity}", "{\"a\":01}", "{\"a\":1,}", "[1,]", "{\"a\":\"x\ny\"}",
            "// note\n{}", "/* note */{}", "{\"a\":+1}", "{\"a\":.5}", "{\"a\":1.}", "{\"a\":tru}",
            "{\"a\":1}}", "{\"a\":1", "{\"a\" 1}", "{\"a\":1 \"b\":2}", "{\"a\":1,\"a\":2}",
            "\"\\x\"", "{\"a\":\"\\u12\"}", "#", "{\"a\":-}", "\u0000", "{\"a\":\"\u0001\"}",
            "{,}", "{\"a\":[1 2]}", "{\"a\":0x10}", "{\"a\":1}garbage", "{\"a\":\"abc",
            "{\"a\":\u001b[31m}"})
    void syntaxErrorsNameNoParserSetting(String json) {
        String msg = only(ModelReader.parse(json));
        assertThat(msg).startsWith("malformed JSON");
        assertThat(msg).doesNotContain("Feature", "Constraints", "Source", "REDACTED", "`",
                "JsonToken", "code ", "\u001b", "\u0000", "\u0001");
        assertThat(msg.length()).isLessThan(160);
    }

    @Test
    void theCommonMistakesGetSpecificWords() {
        assertThat(only(ModelReader.parse("{\"a\": NaN}"))).endsWith("NaN is not a JSON number");
        assertThat(only(ModelReader.parse("// c\n{}"))).endsWith("comments are not allowed in JSON");
        assertThat(only(ModelReader.parse("{\"a\": 1,}"))).contains("a comma before '}'");
        assertThat(only(ModelReader.parse("{\"a\": 1, \"a\": 2}")))
                .endsWith("the field \"a\" appears twice");
        assertThat(only(ModelReader.parse("{\"a\": [1, 2"))).endsWith("(a missing } or ])");
    }

    @Test
    void nestingAndLongNumbersHitParserLimitsSaidInWords() {
        assertThat(only(ModelReader.parse("[".repeat(5000))))
                .isEqualTo("malformed JSON: nested deeper than 1000 levels");
        assertThat(only(ModelReader.parse("{\"a\": 1" + "0".repeat(2000) + "}")))
                .endsWith("a number longer than 1000 digits");
    }

    @Test
    void catalogSyntaxErrorsAreSaidTheSameWay() {
        CatalogReadResult r = CatalogReader.read(new ByteArrayInputStream(
                "{\"id\": NaN}".getBytes(StandardCharsets.UTF_8)), "x.json");
        assertThat(r).isInstanceOf(CatalogReadResult.Invalid.class);
        List<CatalogProblem> ps = ((CatalogReadResult.Invalid) r).problems();
        assertThat(ps).extracting(CatalogProblem::message)
                .containsExactly("malformed JSON at line 1, column 11: NaN is not a JSON number");
    }

    @Test
    void sharesNear1e308AreSaidInAFewCharactersNotThreeHundredDigits() {
        List<Problem> ps = ModelReader.parse("""
                {"name": "m", "workload": {"arrivalRatePerSecond": 1, "classes": [
                  {"name": "a", "share": 1e308, "entry": "c"},
                  {"name": "b", "share": 1e308, "entry": "c"}]},
                 "components": [{"id": "c", "serviceTimeMs": 1}]}""").problems();
        assertThat(ps).extracting(Problem::toString).contains(
                "workload.classes[0].share: must be between 0 and 1",
                "workload.classes: shares sum to more than 1E+308; they must sum to 1");
        ps.forEach(p -> assertThat(p.toString()).hasSizeLessThan(120));
    }

    @Test
    void aCatalogPriceNear1e308IsRefusedWithItsPath() throws Exception {
        String hetzner = Files.readString(Path.of("assets/pricing/hetzner.json"));
        String huge = hetzner.replaceFirst("\"price\": [0-9.]+", "\"price\": 1.7e308");
        CatalogReadResult r = CatalogReader.read(new ByteArrayInputStream(
                huge.getBytes(StandardCharsets.UTF_8)), "h.json");
        assertThat(r).isInstanceOf(CatalogReadResult.Invalid.class);
        assertThat(((CatalogReadResult.Invalid) r).problems()).extracting(CatalogProblem::describe)
                .containsExactly("items[0].price: must be at most 1,000,000,000 "
                        + "(docs/pricing.md \"Limits\")");
    }

    @Test
    void plainLeavesNoJacksonNamesInMessagesItHasNoRuleFor() throws Exception {
        String jackson = "Something odd (for Object starting at [Source: REDACTED "
                + "(`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1])";
        assertThat(JsonErrors.plain(jackson, false)).isEqualTo("something odd");
        JsonProcessingException e = new com.fasterxml.jackson.core.JsonParseException(null,
                "Odd: enable `JsonReadFeature.X` to allow");
        assertThat(JsonErrors.describe(e)).isEqualTo("malformed JSON: odd");
    }

    @Test
    void aHugeUnknownFieldNameCostsNoTimeAndIsShortenedInTheMessage() {
        String name = "x".repeat(5_000_000);
        List<Problem> ps = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> ModelReader.parse("{\"" + name + "\": 1}").problems());
        assertThat(ps).isNotEmpty();
        assertThat(ps.stream().mapToInt(p -> p.toString().length()).max().orElseThrow())
                .isLessThan(300);
    }
}
