package dev.headroom.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.headroom.Fixtures;
import dev.headroom.app.Analysis;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps Headroom's bill of every bundled model within 1% of the hand calculation in
 * docs/pricing.md ("Hand calculations of the bundled models"): each row (component and item)
 * and the total. The figures are read from the document, where they were worked by hand from
 * the catalog prices, never from the engine.
 */
class BundledBillsTest {
    private static final Path DOC = Path.of("docs", "pricing.md");
    private static final Pattern HEADING = Pattern.compile("^### `([a-z0-9.-]+\\.json)`$");
    private static final Pattern ROW = Pattern.compile(
            "^\\| ([^|]+) \\| ([^|]+) \\| [^|]* \\| \\$([0-9,]+\\.[0-9]{2}) \\|$");
    private static final Pattern TOTAL = Pattern.compile(
            "^\\*\\*Hand total at 1x: \\$([0-9,]+\\.[0-9]{2}) a month\\.\\*\\*$");

    record Hand(String model, Map<String, Double> rows, double total) {}

    static List<Hand> hands() throws IOException {
        String doc = Files.readString(DOC);
        int start = doc.indexOf("## Hand calculations of the bundled models");
        assertThat(start).isNotNegative();
        int end = doc.indexOf("\n## ", start + 1);
        List<Hand> out = new ArrayList<>();
        String model = null;
        Map<String, Double> rows = new LinkedHashMap<>();
        for (String line : doc.substring(start, end).split("\n")) {
            Matcher h = HEADING.matcher(line);
            if (h.matches()) {
                model = h.group(1);
                rows = new LinkedHashMap<>();
                continue;
            }
            Matcher r = ROW.matcher(line);
            if (r.matches() && model != null) {
                rows.merge(r.group(1).trim() + " / " + r.group(2).trim(), usd(r.group(3)),
                        Double::sum);
                continue;
            }
            Matcher t = TOTAL.matcher(line);
            if (t.matches() && model != null) {
                out.add(new Hand(model, rows, usd(t.group(1))));
                model = null;
            }
        }
        return out;
    }

    private static double usd(String s) {
        return Double.parseDouble(s.replace(",", ""));
    }

    static Stream<Hand> bundled() throws IOException {
        return hands().stream();
    }

    @org.junit.jupiter.api.Test
    void everyBundledModelHasAHandCalculation() throws IOException {
        List<String> documented = hands().stream().map(Hand::model).toList();
        try (Stream<Path> files = Files.list(Path.of("models"))) {
            List<String> models = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json")).toList();
            assertThat(documented).containsExactlyInAnyOrderElementsOf(models);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundled")
    void theBillAgreesWithTheHandCalculationWithinOnePercent(Hand hand) {
        Analysis a = Fixtures.service().analyze(Fixtures.model(Path.of("models", hand.model())));
        Bill bill = a.billAt(1);
        assertThat(bill).isNotNull();
        Map<String, Double> engine = new LinkedHashMap<>();
        for (LineItem l : bill.lines()) {
            engine.merge((l.componentId() == null ? "(all)" : l.componentId()) + " / "
                    + l.item(), l.monthlyUsd(), Double::sum);
        }
        assertThat(engine.keySet()).as("the lines of " + hand.model())
                .containsExactlyInAnyOrderElementsOf(hand.rows().keySet());
        hand.rows().forEach((k, usd) -> assertThat(engine.get(k)).as(hand.model() + ": " + k)
                .isCloseTo(usd, within(Math.max(0.01, 0.01 * usd))));
        assertThat(bill.totalUsd()).as(hand.model() + " total")
                .isCloseTo(hand.total(), within(0.01 * hand.total()));
        assertThat(hand.rows().values().stream().mapToDouble(Double::doubleValue).sum())
                .as("the hand rows add up to the hand total").isCloseTo(hand.total(), within(0.05));
    }
}
