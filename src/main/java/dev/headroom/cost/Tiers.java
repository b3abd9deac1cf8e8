package dev.headroom.cost;

import java.util.ArrayList;
import java.util.List;

/**
 * A month's quantity priced through volume tiers: each tier's price applies only to the part of
 * the quantity inside it, as cloud providers bill data transfer ("first 10 TB at $0.09, next
 * 40 TB at $0.085 …") and as AWS bills a support plan's share of spend.
 */
final class Tiers {
    private Tiers() {}

    /** One tier's part of a quantity. */
    record Segment(double quantity, double priceUsd) {
        double usd() {
            return quantity * priceUsd;
        }
    }

    /** A quantity split over the tiers, with the total in US dollars. */
    record Priced(double quantity, List<Segment> segments, double usd) {
        /** The month's average price per unit, or the first paid tier's price for no quantity. */
        double averageUsd(double fallback) {
            return quantity > 0 ? usd / quantity : fallback;
        }
    }

    /**
     * Splits {@code quantity} over {@code tiers} (ascending, the last open-ended) and prices each
     * part; a flat price is one open tier. Prices are converted with {@code rate}.
     */
    static Priced price(double quantity, List<PriceTier> tiers, double flatPrice,
            ExchangeRate rate) {
        List<PriceTier> ts = tiers.isEmpty() ? List.of(new PriceTier(null, flatPrice)) : tiers;
        List<Segment> out = new ArrayList<>();
        double start = 0;
        double usd = 0;
        for (PriceTier t : ts) {
            if (quantity <= start) {
                break;
            }
            double end = t.upTo() == null ? quantity : Math.min(quantity, t.upTo());
            double q = end - start;
            if (q > 0) {
                Segment s = new Segment(q, rate.toUsd(t.price()));
                out.add(s);
                usd += s.usd();
            }
            if (t.upTo() == null) {
                break;
            }
            start = t.upTo();
        }
        return new Priced(quantity, List.copyOf(out), usd);
    }

    /** "100 GB free + 3,300 GB × $0.0900", or "0 GB" for nothing. */
    static String arithmetic(Priced p, String unit) {
        if (p.segments().isEmpty()) {
            return BillText.quantity(0) + " " + unit;
        }
        List<String> parts = new ArrayList<>();
        for (Segment s : p.segments()) {
            parts.add(BillText.quantity(s.quantity()) + " " + unit
                    + (s.priceUsd() == 0 ? " free" : " × " + BillText.price(s.priceUsd())));
        }
        return String.join(" + ", parts);
    }

    /** A share as a percentage, every digit it has (to six): "10%", "19.98%". */
    static String percent(double share) {
        return new java.math.BigDecimal(share * 100).round(new java.math.MathContext(6))
                .stripTrailingZeros().toPlainString() + "%";
    }
}
