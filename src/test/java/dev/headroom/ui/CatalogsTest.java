package dev.headroom.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogsTest {
    private static String catalog(String id, String provider) {
        return """
                {"id": "%s", "provider": "%s", "region": "r", "currency": "USD", "read": "2026-11-25",
                 "items": [{"sku": "box", "category": "compute", "family": "general-purpose", "unit": "hour",
                            "price": 0.5, "source": "https://example.com", "read": "2026-11-25"}]}
                """.formatted(id, provider);
    }

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
