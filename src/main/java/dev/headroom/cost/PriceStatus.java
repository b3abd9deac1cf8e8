package dev.headroom.cost;

import java.util.Locale;

/** Where a bill line's price comes from, and whether it was checked. */
public enum PriceStatus {
    /** A catalog price found in a dated public source on its read date. */
    CONFIRMED,
    /** A catalog price no dated source confirmed: check it before relying on it. */
    UNCONFIRMED,
    /** A price typed in the model (hourlyCostUsd, costPerMillionCalls, monthlyFixedCostUsd). */
    MODEL;

    /** The catalog item's status. */
    public static PriceStatus of(PriceItem item) {
        return item.confirmed() ? CONFIRMED : UNCONFIRMED;
    }

    /** The JSON key. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
