package dev.headroom.cost;

import java.util.Optional;

/**
 * How a resource is paid for. Catalogs store committed prices as hourly equivalents of
 * 1-year and 3-year no-upfront reservations, committed-use discounts or savings plans, and spot
 * prices where the provider publishes them.
 */
public enum Commitment {
    ON_DEMAND("on-demand"),
    ONE_YEAR("1y"),
    THREE_YEAR("3y"),
    SPOT("spot");

    private final String key;

    Commitment(String key) {
        this.key = key;
    }

    /** The key used in catalog files and models: "on-demand", "1y", "3y" or "spot". */
    public String key() {
        return key;
    }

    /**
     * Whether it is a term paid for every hour whether an instance runs or not (a reservation, a
     * savings plan, committed use): 1-year and 3-year; not on-demand, nor spot, paid by the hour
     * used.
     */
    public boolean paidEveryHour() {
        return this == ONE_YEAR || this == THREE_YEAR;
    }

    /** The commitment with this key, or empty when there is none. */
    public static Optional<Commitment> fromKey(String key) {
        for (Commitment c : values()) {
            if (c.key.equals(key)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
