package dev.headroom.cost;

/**
 * One volume tier of a price that falls as a month's usage grows (internet egress, CDN traffic,
 * a support plan's share of spend).
 *
 * @param upTo  the cumulative monthly quantity this tier ends at, in the item's unit; null for the
 *              last tier, which has no end
 * @param price the price per unit inside this tier, in the catalog currency; 0 for a free
 *              allowance
 */
public record PriceTier(Double upTo, double price) {
    public PriceTier {
        if (upTo != null && !(upTo > 0 && Double.isFinite(upTo))) {
            throw new IllegalArgumentException("upTo must be a positive number, was " + upTo);
        }
        if (!(price >= 0) || Double.isInfinite(price)) {
            throw new IllegalArgumentException("tier price must not be negative, was " + price);
        }
    }
}
