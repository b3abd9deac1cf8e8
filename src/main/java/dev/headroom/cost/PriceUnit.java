package dev.headroom.cost;

import java.util.Optional;

/** What one unit of a price buys. */
public enum PriceUnit {
    /** One instance (node, server, load balancer) for one hour. */
    HOUR("hour"),
    /** One instance for one calendar month (providers that publish a monthly cap, e.g. Hetzner). */
    MONTH("month"),
    /** One million requests (or request units). */
    MILLION_REQUESTS("million-requests"),
    /** One thousand requests. */
    THOUSAND_REQUESTS("1000-requests"),
    /** One GB stored for one month. */
    GB_MONTH("gb-month"),
    /** One GB transferred. */
    GB("gb"),
    /** One GB of memory allocated for one second (serverless duration). */
    GB_SECOND("gb-second"),
    /** Ten thousand requests (CDN request fees). */
    TEN_THOUSAND_REQUESTS("10000-requests"),
    /** One provisioned IOPS for one month. */
    IOPS_MONTH("iops-month"),
    /** One unit of the month's other charges, in the catalog currency (support plans: a share). */
    SPEND("spend");

    private final String key;

    PriceUnit(String key) {
        this.key = key;
    }

    /** The key used in catalog files. */
    public String key() {
        return key;
    }

    /** Whether a price in this unit is the price of keeping one instance running. */
    public boolean isTimeBased() {
        return this == HOUR || this == MONTH;
    }

    /** The unit with this key, or empty when there is none. */
    public static Optional<PriceUnit> fromKey(String key) {
        for (PriceUnit u : values()) {
            if (u.key.equals(key)) {
                return Optional.of(u);
            }
        }
        return Optional.empty();
    }
}
