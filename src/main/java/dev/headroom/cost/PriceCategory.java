package dev.headroom.cost;

import java.util.Locale;
import java.util.Optional;

/** What kind of building block a price item is. The JSON key is the lower-case name. */
public enum PriceCategory {
    COMPUTE, DATABASE, CACHE, LOAD_BALANCER, QUEUE, SERVERLESS, STORAGE, CDN, EGRESS, SEARCH, GPU,
    OTHER;

    /** The key used in catalog files, e.g. "load-balancer". */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The category with this key, or empty when there is none. */
    public static Optional<PriceCategory> fromKey(String key) {
        for (PriceCategory c : values()) {
            if (c.key().equals(key)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
