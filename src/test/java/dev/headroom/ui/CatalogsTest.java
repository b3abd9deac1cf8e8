package dev.headroom.ui;

import static dev.headroom.io.TestCatalogs.catalog;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogsTest {
    @Test
    void pricesWithTheCatalogsNextToTheOpenModel(@TempDir Path home, @TempDir Path project)
            throws IOException {
        Files.writeString(home.resolve("onprem.json"), catalog("onprem", "Our racks"));
        Files.writeString(project.resolve("shop.pricing.json"), catalog("colo", "Colocation"));
        Catalogs catalogs = new Catalogs(home);

        assertThat(catalogs.get().ids()).contains("aws-us-east-1", "onprem").doesNotContain("colo");

        catalogs.follow(project.resolve("shop.json"));
        assertThat(catalogs.get().ids()).contains("aws-us-east-1", "onprem", "colo");

        catalogs.follow(null);
        assertThat(catalogs.get().ids()).doesNotContain("colo");
    }

    @Test
    void aMissingUserFolderStillGivesTheBundledCatalogs(@TempDir Path dir) {
        Catalogs catalogs = new Catalogs(dir.resolve("does-not-exist"));
        assertThat(catalogs.get().ids()).contains("aws-us-east-1", "gcp-us-central1",
                "azure-eastus", "hetzner");
    }
}
