package dev.headroom.app;

import static dev.headroom.io.TestCatalogs.catalog;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderCatalogsTest {
    @Test
    void pricesWithTheCatalogsNextToTheModel(@TempDir Path home, @TempDir Path project)
            throws IOException {
        Files.writeString(home.resolve("onprem.json"), catalog("onprem", "Our racks"));
        Files.writeString(project.resolve("shop.pricing.json"), catalog("colo", "Colocation"));
        FolderCatalogs catalogs = new FolderCatalogs(home);

        assertThat(catalogs.catalogsFor(null, null).library().ids())
                .contains("aws-us-east-1", "onprem").doesNotContain("colo");
        assertThat(catalogs.catalogsFor(project.resolve("shop.json"), "colo").library().ids())
                .contains("aws-us-east-1", "onprem", "colo");
        assertThat(catalogs.catalogsFor(null, null).library().ids()).doesNotContain("colo");
    }

    @Test
    void aMissingUserFolderStillGivesTheBundledCatalogs(@TempDir Path dir) {
        FolderCatalogs catalogs = new FolderCatalogs(dir.resolve("does-not-exist"));
        assertThat(catalogs.catalogsFor(null, null).library().ids())
                .contains("aws-us-east-1", "gcp-us-central1", "azure-eastus", "hetzner");
    }

    @Test
    void aBrokenCatalogFileIsReportedWithItsFileAndPath(@TempDir Path home) throws IOException {
        Files.writeString(home.resolve("bad.json"), "{\"id\": \"bad\"}");
        Catalogs c = new FolderCatalogs(home).catalogsFor(null, null);
        assertThat(c.problems()).anyMatch(p -> p.contains("bad.json"));
        assertThat(c.library().ids()).contains("aws-us-east-1");
    }
    @Test
    void aCatalogFileAddedOrChangedNextToTheModelIsReadAtTheNextAsk(@TempDir Path project)
            throws IOException {
        FolderCatalogs catalogs = new FolderCatalogs(null);
        Path model = project.resolve("shop.json");
        assertThat(catalogs.catalogsFor(model, "colo").library().ids()).doesNotContain("colo");

        Files.writeString(project.resolve("colo.pricing.json"), catalog("colo", "Colocation"));
        assertThat(catalogs.catalogsFor(model, "colo").library().find("colo").orElseThrow()
                .provider()).isEqualTo("Colocation");

        Files.writeString(project.resolve("colo.pricing.json"), catalog("colo", "Colocation, renegotiated"));
        assertThat(catalogs.catalogsFor(model, "colo").library().find("colo").orElseThrow()
                .provider()).isEqualTo("Colocation, renegotiated");

        Files.delete(project.resolve("colo.pricing.json"));
        assertThat(catalogs.catalogsFor(model, "colo").library().ids()).doesNotContain("colo");
    }

    @Test
    void unchangedFoldersAreNotReadAgain(@TempDir Path project) throws IOException {
        Files.writeString(project.resolve("colo.pricing.json"), catalog("colo", "Colocation"));
        FolderCatalogs catalogs = new FolderCatalogs(null);
        Path model = project.resolve("shop.json");
        assertThat(catalogs.catalogsFor(model, "colo")).isSameAs(catalogs.catalogsFor(model, "colo"));
    }
}
