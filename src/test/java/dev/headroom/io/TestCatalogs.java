package dev.headroom.io;

/** Catalog files for tests: one valid SKU ("box", $0.50 an hour) under a given id. */
public final class TestCatalogs {
    private TestCatalogs() {}

    public static String catalog(String id, String provider) {
        return """
                {"id": "%s", "provider": "%s", "region": "r", "currency": "USD", "read": "2026-11-25",
                 "items": [{"sku": "box", "category": "compute", "family": "general-purpose", "unit": "hour",
                            "price": 0.5, "source": "https://example.com", "read": "2026-11-25"}]}
                """.formatted(id, provider);
    }
}
