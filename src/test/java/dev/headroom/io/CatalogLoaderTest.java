package dev.headroom.io;

import static dev.headroom.io.TestCatalogs.catalog;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogLoaderTest {

    @Test
    void userCatalogsOverrideBundledOnesAndModelCatalogsOverrideBoth(@TempDir Path home, @TempDir Path model)
            throws IOException {
        Files.writeString(home.resolve("aws.json"), catalog("aws-us-east-1", "My negotiated AWS"));
        Files.writeString(home.resolve("onprem.json"), catalog("onprem", "Our racks"));
        Files.writeString(model.resolve("shop.pricing.json"), catalog("onprem", "Model's racks"));
        Files.writeString(model.resolve("shop.json"), "{ not a catalog, not read }");

        CatalogLoader.Result result = CatalogLoader.load(home, model);

        assertThat(result.problems()).isEmpty();
        var lib = result.library();
        assertThat(lib.ids()).contains("aws-us-east-1", "gcp-us-central1", "azure-eastus", "hetzner", "onprem");
        assertThat(lib.find("aws-us-east-1").orElseThrow().provider()).isEqualTo("My negotiated AWS");
        assertThat(lib.find("onprem").orElseThrow().provider()).isEqualTo("Model's racks");
    }

    @Test
    void aBadUserCatalogIsReportedAndTheRestStillLoad(@TempDir Path home) throws IOException {
        Files.writeString(home.resolve("broken.json"), catalog("mine", "Me").replace("0.5", "0"));
        CatalogLoader.Result result = CatalogLoader.load(home, null);
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.origin()).endsWith("broken.json");
            assertThat(p.describe()).isEqualTo("items[0].price: must be a positive number");
        });
        assertThat(result.library().ids()).hasSize(4).doesNotContain("mine");
    }

    @Test
    void missingFoldersAreNotAProblem() {
        CatalogLoader.Result result = CatalogLoader.load(Path.of("/no/such/home"), null);
        assertThat(result.problems()).isEmpty();
        assertThat(result.library().ids()).hasSize(4);
    }
}
