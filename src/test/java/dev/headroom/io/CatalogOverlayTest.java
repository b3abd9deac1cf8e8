package dev.headroom.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.cost.Catalog;
import dev.headroom.cost.Commitment;
import dev.headroom.cost.PriceItem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A catalog file that {@code extends} another lists only the items it adds or replaces: a
 * consultant puts the client's reservation prices for two VMs next to the model instead of
 * copying the whole bundled catalog.
 */
class CatalogOverlayTest {

    /** D4s_v5 with a 1-year price the bundled catalog lacks, as from a client's price sheet. */
    static final String D4S = """
            {"sku": "D4s_v5", "category": "compute", "family": "general-purpose", "unit": "hour",
             "price": 0.192, "vcpu": 4, "memoryGib": 16, "commitments": {"1y": 0.1185},
             "source": "https://example.com/client-price-sheet", "read": "2026-11-30",
             "confirmed": true}""";

    static String overlay(String id, String base, String items) {
        return """
                {%s"extends": "%s", "items": [%s]}""".formatted(
                id == null ? "" : "\"id\": \"" + id + "\", ", base, items);
    }

    static int bundledSize(String id) {
        return CatalogLoader.loadBundled().library().find(id).orElseThrow().items().size();
    }

    @Test
    void anOverlayWithTheBaseIdReplacesOneItemAndKeepsTheRest(@TempDir Path model) throws IOException {
        Files.writeString(model.resolve("client.pricing.json"), overlay("azure-eastus", "azure-eastus", D4S));

        CatalogLoader.Result r = CatalogLoader.load(null, model);

        assertThat(r.problems()).isEmpty();
        Catalog c = r.library().find("azure-eastus").orElseThrow();
        assertThat(c.items()).hasSize(bundledSize("azure-eastus"));
        PriceItem d4 = c.find("D4s_v5").orElseThrow();
        assertThat(d4.offers(Commitment.ONE_YEAR)).isTrue();
        assertThat(c.quote(d4, Commitment.ONE_YEAR).usd()).isEqualTo(0.1185);
        // the bundled figures of everything else are untouched
        assertThat(c.quote(c.find("D8s_v5").orElseThrow(), Commitment.ON_DEMAND).usd()).isEqualTo(0.384);
        assertThat(c.provider()).isEqualTo("Microsoft Azure");
        assertThat(r.origins().get("azure-eastus"))
                .endsWith("client.pricing.json (extends the bundled azure-eastus catalog)");
    }

    @Test
    void theIdMayBeLeftOutAndThenIsTheBases(@TempDir Path model) throws IOException {
        Files.writeString(model.resolve("client.pricing.json"), overlay(null, "azure-eastus", D4S));
        CatalogLoader.Result r = CatalogLoader.load(null, model);
        assertThat(r.problems()).isEmpty();
        assertThat(r.library().find("azure-eastus").orElseThrow().find("D4s_v5").orElseThrow()
                .offers(Commitment.ONE_YEAR)).isTrue();
    }

    @Test
    void anOverlayWithItsOwnIdLeavesTheBaseAsItWas(@TempDir Path home) throws IOException {
        String added = D4S.replace("D4s_v5", "D4s_v5-client");
        Files.writeString(home.resolve("client.json"), overlay("azure-client", "azure-eastus", added));

        CatalogLoader.Result r = CatalogLoader.load(home, null);

        assertThat(r.problems()).isEmpty();
        assertThat(r.library().find("azure-client").orElseThrow().items())
                .hasSize(bundledSize("azure-eastus") + 1);
        assertThat(r.library().find("azure-eastus").orElseThrow().find("D4s_v5-client")).isEmpty();
        assertThat(r.origins().get("azure-client")).endsWith("client.json (extends the bundled azure-eastus catalog)");
    }

    @Test
    void aModelsOverlayCanExtendTheUsersOverlay(@TempDir Path home, @TempDir Path model) throws IOException {
        Files.writeString(home.resolve("client.json"), overlay("azure-client", "azure-eastus", D4S));
        Files.writeString(model.resolve("deal.pricing.json"), overlay("azure-client", "azure-client",
                D4S.replace("0.1185", "0.11")));

        CatalogLoader.Result r = CatalogLoader.load(home, model);

        assertThat(r.problems()).isEmpty();
        Catalog c = r.library().find("azure-client").orElseThrow();
        assertThat(c.quote(c.find("D4s_v5").orElseThrow(), Commitment.ONE_YEAR).usd()).isEqualTo(0.11);
        assertThat(r.origins().get("azure-client")).contains("deal.pricing.json (extends ")
                .contains("client.json (extends the bundled azure-eastus catalog))");
    }

    @Test
    void theFastPathForOneCatalogReadsTheBundledBaseItNeeds(@TempDir Path model) throws IOException {
        Files.writeString(model.resolve("client.pricing.json"), overlay("azure-client", "azure-eastus", D4S));

        CatalogLoader.Result r = CatalogLoader.loadFor(model.resolve("shop.json"), "azure-client");

        assertThat(r.problems()).isEmpty();
        assertThat(r.library().find("azure-client").orElseThrow().items()).hasSize(bundledSize("azure-eastus"));
    }

    @Test
    void aBadItemIsNamedByItsPlaceInTheOverlayAndBlocksTheId(@TempDir Path model) throws IOException {
        Files.writeString(model.resolve("client.pricing.json"), overlay("azure-eastus", "azure-eastus",
                D4S + ", " + D4S.replace("D4s_v5", "D8s_v5").replace("0.192", "-1")));

        CatalogLoader.Result r = CatalogLoader.load(null, model);

        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.origin()).endsWith("client.pricing.json");
            assertThat(p.describe()).isEqualTo("items[1].price: must be a positive number");
        });
        // it meant to change azure-eastus: the bundled prices do not silently stand in
        assertThat(r.library().find("azure-eastus")).isEmpty();
    }

    @Test
    void anUnknownBaseIsNamedWithTheNearestId(@TempDir Path model) throws IOException {
        Files.writeString(model.resolve("client.pricing.json"), overlay("azure-client", "azure-east", D4S));

        CatalogLoader.Result r = CatalogLoader.load(null, model);

        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("extends");
            assertThat(p.message()).startsWith("no catalog \"azure-east\" to extend; did you mean "
                    + "\"azure-eastus\"?");
        });
        assertThat(r.library().find("azure-client")).isEmpty();
    }

    @Test
    void fieldsThatBelongToTheBaseAreRefused(@TempDir Path model) throws IOException {
        Files.writeString(model.resolve("client.pricing.json"), """
                {"id": "azure-eastus", "extends": "azure-eastus", "currency": "EUR", "items": []}""");

        CatalogLoader.Result r = CatalogLoader.load(null, model);

        assertThat(r.problems()).extracting(CatalogProblem::describe).containsExactly(
                "currency: not allowed in a catalog that extends another; expected one of extends, "
                        + "id, items, notes, read (the rest comes from the catalog it extends)",
                "items: must be a non-empty array of the items to add or replace");
        assertThat(r.library().find("azure-eastus")).isEmpty();
    }
    @Test
    void anOverlayBuildsOnAWholeCatalogOfTheSameFolderWithoutClashing(@TempDir Path home) throws IOException {
        Files.writeString(home.resolve("a-racks.json"), TestCatalogs.catalog("racks", "Our racks"));
        Files.writeString(home.resolve("b-racks-gpu.json"), overlay(null, "racks", """
                {"sku": "gpu-box", "category": "gpu", "family": "nvidia", "unit": "hour", "price": 2.5,
                 "source": "https://example.com", "read": "2026-11-30"}"""));

        CatalogLoader.Result r = CatalogLoader.load(home, null);

        assertThat(r.problems()).isEmpty();
        assertThat(r.library().find("racks").orElseThrow().items()).extracting(PriceItem::sku)
                .containsExactly("box", "gpu-box");
        assertThat(r.origins().get("racks")).startsWith(CatalogLoader.shown(home.resolve("b-racks-gpu.json"))
                + " (extends " + CatalogLoader.shown(home.resolve("a-racks.json")) + ")");
    }
}
