package dev.headroom.cost;

import java.util.Objects;

/**
 * A price in US dollars per unit, and which commitment it was actually priced at. When the
 * requested commitment is not offered for the item, the quote falls back to on-demand and
 * {@link #fellBack()} is true, so the caller can tell the user (e.g. "no 3-year price for
 * g5.xlarge in aws-us-east-1; priced on-demand").
 *
 * @param sku       the item priced
 * @param unit      the unit of {@code usd}
 * @param usd       US dollars per unit
 * @param requested the commitment asked for
 * @param applied   the commitment the price is for
 * @param source    the page the applied price comes from
 */
public record PriceQuote(String sku, PriceUnit unit, double usd, Commitment requested, Commitment applied,
        String source) {

    public PriceQuote {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(requested, "requested");
        Objects.requireNonNull(applied, "applied");
        Objects.requireNonNull(source, "source");
    }

    /** Whether the requested commitment was not offered and on-demand was used instead. */
    public boolean fellBack() {
        return requested != applied;
    }
}
