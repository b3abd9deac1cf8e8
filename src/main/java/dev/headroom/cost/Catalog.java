package dev.headroom.cost;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A provider's price list for one region: what each building block costs, in the currency the
 * provider publishes, with where and when every figure was read.
 *
 * @param id           short stable name, e.g. {@code aws-us-east-1}; models refer to it
 * @param provider     e.g. "Amazon Web Services"
 * @param region       e.g. "us-east-1 (N. Virginia)"
 * @param currency     ISO 4217 code of every price, e.g. USD or EUR
 * @param usdRate      how to convert {@code currency} to US dollars
 * @param read         the day the catalog as a whole was last checked
 * @param notes        what the prices are (on-demand list, Linux, single-AZ ...); may be ""
 * @param items        the priced items, SKUs unique
 * @param speedBaseline what the items' {@code relativeSpeed} is measured against (e.g. "one core
 *                     of an m6i at 1.0, SPECrate 2017 integer per vCPU"), or "" when no item
 *                     states a speed
 */
public record Catalog(
        String id,
        String provider,
        String region,
        String currency,
        ExchangeRate usdRate,
        LocalDate read,
        String notes,
        List<PriceItem> items,
        String speedBaseline) {

    /** Hours in the average month, as used by the cost model (docs/pricing.md "The bill"). */
    public static final double HOURS_PER_MONTH = 730.0;

    public Catalog {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(usdRate, "usdRate");
        Objects.requireNonNull(read, "read");
        Objects.requireNonNull(notes, "notes");
        Objects.requireNonNull(speedBaseline, "speedBaseline");
        items = Items.of(id, items);
        if ("USD".equals(currency) && usdRate.usdPerUnit() != 1.0) {
            throw new IllegalArgumentException(id + ": a USD catalog converts at 1.0");
        }
    }

    /** A catalog whose items state no per-core speed. */
    public Catalog(String id, String provider, String region, String currency,
            ExchangeRate usdRate, LocalDate read, String notes, List<PriceItem> items) {
        this(id, provider, region, currency, usdRate, read, notes, items, "");
    }

    /** The item with exactly this SKU. */
    public Optional<PriceItem> find(String sku) {
        return Optional.ofNullable(((Items) items).bySku.get(sku));
    }

    /** The items of one category, in catalog order. */
    public List<PriceItem> items(PriceCategory category) {
        return items.stream().filter(i -> i.category() == category).toList();
    }

    /**
     * Up to {@code n} SKUs of this catalog closest to a name that was not found, best first, for
     * "did you mean" messages. Closeness is the case-insensitive optimal-string-alignment edit
     * distance (Levenshtein plus adjacent transpositions); ties go to the longer common prefix,
     * then alphabetical order. Names further than half the query's length (at least 2 edits) are
     * not suggested, so a wild miss yields an empty list rather than noise.
     */
    public List<String> nearest(String sku, int n) {
        Objects.requireNonNull(sku, "sku");
        if (n <= 0) {
            return List.of();
        }
        String query = sku.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, query.length() / 2);
        record Candidate(String sku, int distance, int prefix) {}
        List<Candidate> candidates = new ArrayList<>();
        for (PriceItem item : items) {
            String name = item.sku().toLowerCase(Locale.ROOT);
            int d = SkuDistance.editDistance(query, name);
            if (d <= limit) {
                candidates.add(new Candidate(item.sku(), d, SkuDistance.commonPrefix(query, name)));
            }
        }
        return candidates.stream()
                .sorted(Comparator.comparingInt(Candidate::distance)
                        .thenComparing(Comparator.comparingInt(Candidate::prefix).reversed())
                        .thenComparing(Candidate::sku))
                .limit(n)
                .map(Candidate::sku)
                .toList();
    }

    /**
     * The price of one unit of the item under the commitment, in US dollars. When the commitment
     * is not offered the on-demand price is quoted and {@link PriceQuote#fellBack()} says so.
     */
    public PriceQuote quote(PriceItem item, Commitment commitment) {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(commitment, "commitment");
        Commitment applied = item.offers(commitment) ? commitment : Commitment.ON_DEMAND;
        double local = item.priceFor(applied).orElseThrow();
        return new PriceQuote(item.sku(), item.unit(), usdRate.toUsd(local), commitment, applied,
                item.sourceFor(applied));
    }

    /**
     * Like {@link #quote} but per instance-hour: an hourly price as is, a monthly price divided by
     * {@link #HOURS_PER_MONTH}.
     *
     * @throws IllegalArgumentException if the item is not priced per hour or per month
     */
    public PriceQuote hourlyQuote(PriceItem item, Commitment commitment) {
        PriceQuote q = quote(item, commitment);
        return switch (item.unit()) {
            case HOUR -> q;
            case MONTH -> new PriceQuote(q.sku(), PriceUnit.HOUR, q.usd() / HOURS_PER_MONTH, q.requested(),
                    q.applied(), q.source());
            default -> throw new IllegalArgumentException(item.sku() + " is priced per " + item.unit().key()
                    + ", not per instance-hour");
        };
    }

    /**
     * The US-dollar price of one instance-hour under the commitment, falling back to on-demand when
     * the commitment is not offered. Use {@link #hourlyQuote} to learn whether it fell back.
     *
     * @throws IllegalArgumentException if the item is not priced per hour or per month
     */
    public double hourlyUsd(PriceItem item, Commitment commitment) {
        return hourlyQuote(item, commitment).usd();
    }

    /**
     * The items, unmodifiable, in catalog order, with an index by SKU: a bill looks up every
     * priced component's item, and the uncertainty bands make thousands of bills.
     */
    private static final class Items extends java.util.AbstractList<PriceItem>
            implements java.util.RandomAccess {
        private final PriceItem[] all;
        private final java.util.Map<String, PriceItem> bySku;

        private Items(PriceItem[] all, java.util.Map<String, PriceItem> bySku) {
            this.all = all;
            this.bySku = bySku;
        }

        static Items of(String catalogId, List<PriceItem> items) {
            if (items instanceof Items already) {
                return already;
            }
            PriceItem[] all = items.toArray(new PriceItem[0]);
            java.util.Map<String, PriceItem> bySku = new java.util.HashMap<>(all.length * 2);
            for (PriceItem item : all) {
                Objects.requireNonNull(item, "item");
                if (bySku.putIfAbsent(item.sku(), item) != null) {
                    throw new IllegalArgumentException(catalogId + ": duplicate sku " + item.sku());
                }
            }
            return new Items(all, bySku);
        }

        @Override
        public PriceItem get(int index) {
            return all[index];
        }

        @Override
        public int size() {
            return all.length;
        }
    }
}
