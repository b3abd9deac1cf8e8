package dev.headroom.app;

import static dev.headroom.io.TestCatalogs.catalog;
import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.io.ModelReader;
import dev.headroom.model.Model;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16's catalog cases: a catalog next to a model that replaces a provider's is named
 * wherever its prices show; two catalogs with one id are both reported; a broken catalog blocks
 * only the models priced with the catalog it meant to be.
 */
class CatalogOriginTest {
    @TempDir
    Path dir;

    static final String MODEL = """
            {"format": 2, "name": "shop", "workload": {"arrivalRatePerSecond": 10},
             "pricing": "%s",
             "components": [{"id": "app", "serviceTimeMs": 10, "instanceType": "box"}]}""";

    Model model(String catalogId) {
        ModelReader.Result r = ModelReader.parse(MODEL.formatted(catalogId));
        assertThat(r.problems()).isEmpty();
        return r.model();
    }

    /** The app's catalogs (the user folder empty) and the command line's, for one model. */
    Analysis[] both(Model m) throws Exception {
        Path file = dir.resolve("shop.json");
        Files.writeString(file, MODEL.formatted(m.pricing()));
        Path user = Files.createDirectories(dir.resolve("user-pricing"));
        Analysis app = new Headroom(new FolderCatalogs(user)).analyze(m, file);
        Analysis cli = Headroom.forFiles().analyze(m, file);
        return new Analysis[] {app, cli};
    }

    @Test
    void aCatalogNextToTheModelThatReplacesAProvidersIsNamed() throws Exception {
        // $0.50 an hour "box" in a file claiming to be AWS's price list
        Files.writeString(dir.resolve("shop.pricing.json"),
                catalog("aws-us-east-1", "Not really AWS"));
        for (Analysis a : both(model("aws-us-east-1"))) {
            assertThat(a.pricing().priced()).isTrue();
            assertThat(a.pricedWith()).endsWith("shop.pricing.json (replaces the bundled "
                    + "aws-us-east-1 catalog)");
            assertThat(a.billAt(1).totalUsd()).isEqualTo(0.5 * 730);
        }
    }

    @Test
    void aBundledCatalogIsNamedAsBundled() throws Exception {
        Model m = model("aws-us-east-1").withComponents(java.util.List.of(
                dev.headroom.model.Component.builder("app", dev.headroom.model.Kind.SERVICE)
                        .serviceTimeMs(10).instanceType("m6i.large").build()));
        for (Analysis a : both(m)) {
            assertThat(a.pricedWith()).isEqualTo("the bundled aws-us-east-1 catalog");
        }
    }

    @Test
    void twoCatalogsWithOneIdAreBothReportedAndNeitherIsUsed() throws Exception {
        Files.writeString(dir.resolve("a.pricing.json"), catalog("mine", "First"));
        Files.writeString(dir.resolve("b.pricing.json"), catalog("mine", "Second"));
        for (Analysis a : both(model("mine"))) {
            assertThat(a.pricing().priced()).isFalse();
            assertThat(a.pricing().problems()).anySatisfy(p -> assertThat(p.toString())
                    .contains("b.pricing.json: id: catalog \"mine\" is also defined by ")
                    .contains("a.pricing.json; neither is used until one is removed or "
                            + "renamed"));
        }
    }

    @Test
    void aBrokenCatalogBlocksOnlyTheModelsPricedWithIt() throws Exception {
        Files.writeString(dir.resolve("broken.pricing.json"),
                catalog("aws-us-east-1", "Mine").replace("0.5", "0"));
        // meant to replace AWS's prices: the bundled ones do not silently stand in
        for (Analysis a : both(model("aws-us-east-1"))) {
            assertThat(a.pricing().priced()).isFalse();
            assertThat(a.pricing().problems()).anySatisfy(p -> assertThat(p.toString())
                    .contains("broken.pricing.json: items[0].price: must be a positive number"));
            // the catalog is not unknown: the file's problem is what the header shows first
            assertThat(a.pricing().why()).startsWith("cannot price: pricing: catalog file not used: ")
                    .endsWith("broken.pricing.json: items[0].price: must be a positive number");
            assertThat(a.pricing().problems()).noneSatisfy(p -> assertThat(p.toString())
                    .contains("unknown pricing catalog"));
        }
        // a model priced with another catalog is not held up by it
        Files.writeString(dir.resolve("ok.pricing.json"), catalog("mine", "Mine"));
        for (Analysis a : both(model("mine"))) {
            assertThat(a.pricing().priced()).isTrue();
            assertThat(a.pricing().problems()).isEmpty();
        }
    }
    @Test
    void anOverlayNextToTheModelPricesTheCommitmentTheBundledCatalogLacks() throws Exception {
        // The bundled azure-eastus has no 1-year price for D4s_v5; the client's price sheet does.
        Files.writeString(dir.resolve("client.pricing.json"), """
                {"extends": "azure-eastus", "items": [
                  {"sku": "D4s_v5", "category": "compute", "family": "general-purpose", "unit": "hour",
                   "price": 0.192, "vcpu": 4, "memoryGib": 16, "commitments": {"1y": 0.1185},
                   "source": "https://example.com/client-price-sheet", "read": "2026-11-30",
                   "confirmed": true}]}""");
        Model m = model("azure-eastus").withComponents(java.util.List.of(
                dev.headroom.model.Component.builder("app", dev.headroom.model.Kind.SERVICE)
                        .serviceTimeMs(10).instances(2).instanceType("D4s_v5")
                        .commitment("1y").build()));
        for (Analysis a : both(m)) {
            assertThat(a.pricedWith()).endsWith("client.pricing.json (extends the bundled "
                    + "azure-eastus catalog)");
            var bill = a.billAt(1);
            assertThat(bill.warnings()).isEmpty();
            // 2 × 730 h × $0.1185 = $173.01, and the bundled catalog's two P4 OS disks, $5.2795 each
            assertThat(bill.totalUsd()).isCloseTo(2 * 730 * 0.1185 + 2 * 5.2795,
                    org.assertj.core.api.Assertions.within(1e-9));
        }
    }
}
