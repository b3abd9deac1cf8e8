package dev.headroom.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a component is: drives its icon, its defaults and where its price is looked up. */
public enum Kind {
    LOAD_BALANCER("load-balancer", "Load balancer"),
    SERVICE("service", "Service"),
    WORKER("worker", "Worker"),
    CACHE("cache", "Cache"),
    DATABASE("database", "Database"),
    QUEUE("queue", "Queue"),
    STORAGE("storage", "Storage"),
    CDN("cdn", "CDN"),
    EXTERNAL("external", "External API");

    private final String json;
    private final String label;

    Kind(String json, String label) {
        this.json = json;
        this.label = label;
    }

    /** The name used in model files, e.g. {@code load-balancer}. */
    public String json() {
        return json;
    }

    /** A human label, e.g. {@code Load balancer}. */
    public String label() {
        return label;
    }

    /** CDNs and third-party APIs are delay stations unless the model says otherwise. */
    public boolean queueingByDefault() {
        return this != CDN && this != EXTERNAL;
    }

    public static Optional<Kind> fromJson(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.json.equals(n)).findFirst();
    }

    /** The accepted names, for error messages. */
    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(Kind::json).toList());
    }
}
