package dev.headroom.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.cost.Catalog;
import dev.headroom.cost.CatalogLibrary;
import dev.headroom.cost.PriceItem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Keeps the counts that docs/pricing.md states equal to the bundled catalogs. */
class CatalogDocTest {

    private static final Path DOC = Path.of("docs", "pricing.md");
    private static final CatalogLibrary LIBRARY = CatalogLoader.loadBundled().library();
    /** A row of the "What ships" table: | `id` | provider, region | currency | items | confirmed |. */
    private static final Pattern ROW = Pattern.compile(
            "^\\|\\s*`([a-z0-9.-]+)`\\s*\\|[^|]*\\|[^|]*\\|\\s*(\\d+)\\s*\\|\\s*(\\d+)\\s*\\|\\s*$");
    private static final Pattern TOTAL_ROW = Pattern.compile(
            "^\\|\\s*\\*\\*all\\*\\*\\s*\\|[^|]*\\|[^|]*\\|\\s*(\\d+)\\s*\\|\\s*(\\d+)\\s*\\|\\s*$");
    /** "* **AWS (7 of 122):**": unconfirmed of all items in one catalog. */
    private static final Pattern UNCONFIRMED = Pattern.compile("\\*\\*(AWS|GCP|Azure|Hetzner) \\((\\d+) of (\\d+)\\):\\*\\*");
    private static final Map<String, String> PROVIDER_IDS = Map.of(
            "AWS", "aws-us-east-1", "GCP", "gcp-us-central1", "Azure", "azure-eastus", "Hetzner", "hetzner");

    private static String whatShips() throws IOException {
        String doc = Files.readString(DOC);
        int start = doc.indexOf("## What ships");
        assertThat(start).as("docs/pricing.md has a \"What ships\" section").isNotNegative();
        int end = doc.indexOf("\n## ", start + 1);
        return doc.substring(start, end < 0 ? doc.length() : end);
    }

    private static long confirmed(Catalog c) {
        return c.items().stream().filter(PriceItem::confirmed).count();
    }

    @Test
    void theTableListsEveryBundledCatalogWithItsItemAndConfirmedCounts() throws IOException {
        Map<String, long[]> rows = new LinkedHashMap<>();
        long[] total = null;
        for (String line : whatShips().split("\n")) {
            Matcher m = ROW.matcher(line);
            if (m.matches()) {
                rows.put(m.group(1), new long[] {Long.parseLong(m.group(2)), Long.parseLong(m.group(3))});
            }
            Matcher t = TOTAL_ROW.matcher(line);
            if (t.matches()) {
                total = new long[] {Long.parseLong(t.group(1)), Long.parseLong(t.group(2))};
            }
        }
        assertThat(rows.keySet()).containsExactlyInAnyOrderElementsOf(LIBRARY.ids());
        long items = 0;
        long conf = 0;
        for (Catalog c : LIBRARY.all()) {
            long[] row = rows.get(c.id());
            assertThat(row[0]).as(c.id() + " items in docs/pricing.md").isEqualTo(c.items().size());
            assertThat(row[1]).as(c.id() + " confirmed in docs/pricing.md").isEqualTo(confirmed(c));
            items += c.items().size();
            conf += confirmed(c);
        }
        assertThat(total).as("the table's **all** row").isNotNull();
        assertThat(total).as("the table's **all** row").containsExactly(items, conf);
        assertThat(whatShips()).as("the sentence stating the confirmed share")
                .contains(conf + " of the " + items + " items are confirmed");
    }

    @Test
    void theListOfUnconfirmedItemsStatesTheRightCounts() throws IOException {
        Matcher m = UNCONFIRMED.matcher(whatShips());
        Map<String, long[]> stated = new LinkedHashMap<>();
        while (m.find()) {
            stated.put(PROVIDER_IDS.get(m.group(1)), new long[] {Long.parseLong(m.group(2)), Long.parseLong(m.group(3))});
        }
        for (Catalog c : LIBRARY.all()) {
            long unconfirmed = c.items().size() - confirmed(c);
            if (unconfirmed == 0) {
                assertThat(stated).as(c.id() + " has no unconfirmed item").doesNotContainKey(c.id());
            } else {
                assertThat(stated).as(c.id() + " unconfirmed items listed").containsKey(c.id());
                assertThat(stated.get(c.id())).as(c.id()).containsExactly(unconfirmed, (long) c.items().size());
            }
        }
    }
}
