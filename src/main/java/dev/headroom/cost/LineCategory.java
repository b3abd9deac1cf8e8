package dev.headroom.cost;

import java.util.Locale;

/** The groups a bill shows its lines under, in the order it shows them. */
public enum LineCategory {
    COMPUTE("Compute"),
    DATABASE("Databases"),
    CACHE("Caches"),
    SEARCH("Search"),
    STANDBY("Multi-AZ standbys"),
    STORAGE("Storage and backups"),
    LOAD_BALANCER("Load balancing"),
    REQUESTS("Requests and calls"),
    CDN("CDN"),
    EGRESS("Internet egress"),
    NETWORK("Network: NAT, zones, IPv4"),
    LOGS("Logs"),
    FIXED("Fixed charges"),
    SUPPORT("Support plan");

    private final String label;

    LineCategory(String label) {
        this.label = label;
    }

    /** The heading the bill shows. */
    public String label() {
        return label;
    }

    /** The JSON key, e.g. "load-balancer". */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The category of a component's instance-hours, from the catalog item's category. */
    static LineCategory ofInstances(PriceCategory c) {
        return switch (c) {
            case DATABASE -> DATABASE;
            case CACHE -> CACHE;
            case SEARCH -> SEARCH;
            case LOAD_BALANCER -> LOAD_BALANCER;
            case STORAGE -> STORAGE;
            case CDN -> CDN;
            default -> COMPUTE;
        };
    }
}
