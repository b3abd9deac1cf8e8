package dev.headroom.cost;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One priced building block of a catalog, in the catalog's currency.
 *
 * @param sku              the provider's name for it, e.g. {@code m6i.large}; unique in its catalog
 * @param category         what kind of block it is
 * @param family           a finer grouping, e.g. general-purpose, burstable, postgres, redis
 * @param unit             what one unit of {@link #price()} buys
 * @param price            on-demand list price per unit, positive; 0 only on an
 *                         {@link PriceCategory#EGRESS} item the provider states is free (Azure's
 *                         traffic between availability zones)
 * @param vcpu             virtual CPUs of one instance, or 0 when not an instance
 * @param memoryGib        memory of one instance in GiB, or 0 when not an instance
 * @param commitments      committed or spot prices per unit, keyed by commitment; never contains
 *                         {@link Commitment#ON_DEMAND}; a commitment that is absent is not offered
 *                         (or could not be sourced)
 * @param source           the public page the on-demand price is published on (https)
 * @param commitmentSource the page the committed prices come from, or "" when it is {@code source}
 * @param read             the day the price was last checked against its source
 * @param confirmed        whether that check found the figure; false means the number is carried
 *                         over from an earlier list and {@code notes} says so
 * @param notes            free text: what is included, tier, caveats; may be ""
 * @param relativeSpeed    per-core speed against the catalog's {@code speedBaseline}, or 0 when
 *                         the catalog states none for this item
 * @param speedSource      the https page the relative speed comes from, or "" when not stated
 * @param terms            how the item is billed beyond one flat price: tiers, Multi-AZ price,
 *                         the items billed with it ({@link PriceTerms#NONE} for none)
 * @param spotSource       the page the spot price comes from, or "" when it is
 *                         {@code commitmentSource} (or {@code source})
 */
public record PriceItem(
        String sku,
        PriceCategory category,
        String family,
        PriceUnit unit,
        double price,
        double vcpu,
        double memoryGib,
        Map<Commitment, Double> commitments,
        String source,
        String commitmentSource,
        LocalDate read,
        boolean confirmed,
        String notes,
        double relativeSpeed,
        String speedSource,
        PriceTerms terms,
        String spotSource) {

    public PriceItem {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(commitmentSource, "commitmentSource");
        Objects.requireNonNull(read, "read");
        Objects.requireNonNull(notes, "notes");
        Objects.requireNonNull(speedSource, "speedSource");
        Objects.requireNonNull(terms, "terms");
        spotSource = spotSource == null ? "" : spotSource;
        if (relativeSpeed < 0 || Double.isInfinite(relativeSpeed) || Double.isNaN(relativeSpeed)) {
            throw new IllegalArgumentException(sku + ": relativeSpeed must be a positive number");
        }
        if (sku.isBlank()) {
            throw new IllegalArgumentException("sku must not be blank");
        }
        boolean free = price == 0 && category == PriceCategory.EGRESS;
        if (!(price > 0 || free) || Double.isInfinite(price)) {
            throw new IllegalArgumentException(sku + ": price must be positive, was " + price);
        }
        if (vcpu < 0 || memoryGib < 0) {
            throw new IllegalArgumentException(sku + ": vcpu and memoryGib must not be negative");
        }
        EnumMap<Commitment, Double> copy = new EnumMap<>(Commitment.class);
        for (Map.Entry<Commitment, Double> e : commitments.entrySet()) {
            Commitment c = Objects.requireNonNull(e.getKey(), "commitment");
            double p = Objects.requireNonNull(e.getValue(), "commitment price");
            if (c == Commitment.ON_DEMAND) {
                throw new IllegalArgumentException(sku + ": on-demand is the item's price, not a commitment");
            }
            if (!(p > 0) || Double.isInfinite(p)) {
                throw new IllegalArgumentException(sku + ": " + c.key() + " price must be positive");
            }
            copy.put(c, p);
        }
        commitments = Map.copyOf(copy);
    }

    /** An item whose spot price, if any, comes from the same page as its other commitments. */
    public PriceItem(String sku, PriceCategory category, String family, PriceUnit unit,
            double price, double vcpu, double memoryGib, Map<Commitment, Double> commitments,
            String source, String commitmentSource, LocalDate read, boolean confirmed,
            String notes, double relativeSpeed, String speedSource, PriceTerms terms) {
        this(sku, category, family, unit, price, vcpu, memoryGib, commitments, source,
                commitmentSource, read, confirmed, notes, relativeSpeed, speedSource, terms, "");
    }

    /** An item with no billing terms beyond its flat price. */
    public PriceItem(String sku, PriceCategory category, String family, PriceUnit unit,
            double price, double vcpu, double memoryGib, Map<Commitment, Double> commitments,
            String source, String commitmentSource, LocalDate read, boolean confirmed,
            String notes, double relativeSpeed, String speedSource) {
        this(sku, category, family, unit, price, vcpu, memoryGib, commitments, source,
                commitmentSource, read, confirmed, notes, relativeSpeed, speedSource,
                PriceTerms.NONE);
    }

    /** An item that states no per-core speed. */
    public PriceItem(String sku, PriceCategory category, String family, PriceUnit unit,
            double price, double vcpu, double memoryGib, Map<Commitment, Double> commitments,
            String source, String commitmentSource, LocalDate read, boolean confirmed,
            String notes) {
        this(sku, category, family, unit, price, vcpu, memoryGib, commitments, source,
                commitmentSource, read, confirmed, notes, 0, "", PriceTerms.NONE);
    }

    /** Whether the provider offers this item under the given commitment (on-demand always is). */
    public boolean offers(Commitment commitment) {
        return commitment == Commitment.ON_DEMAND || commitments.containsKey(commitment);
    }

    /** The price per unit under the commitment, in the catalog currency, or empty if not offered. */
    public OptionalDouble priceFor(Commitment commitment) {
        if (commitment == Commitment.ON_DEMAND) {
            return OptionalDouble.of(price);
        }
        Double p = commitments.get(commitment);
        return p == null ? OptionalDouble.empty() : OptionalDouble.of(p);
    }

    /** The page the price for this commitment comes from. */
    public String sourceFor(Commitment commitment) {
        if (commitment == Commitment.SPOT && !spotSource.isEmpty()) {
            return spotSource;
        }
        return commitment == Commitment.ON_DEMAND || commitmentSource.isEmpty() ? source : commitmentSource;
    }

    /** The number of vCPUs, when this item is an instance. */
    public OptionalDouble vcpus() {
        return vcpu > 0 ? OptionalDouble.of(vcpu) : OptionalDouble.empty();
    }

    /**
     * Per-core speed of this instance type against its catalog's baseline, when the catalog
     * states it; empty otherwise.
     */
    public OptionalDouble speed() {
        return relativeSpeed > 0 ? OptionalDouble.of(relativeSpeed) : OptionalDouble.empty();
    }

    /** The memory in GiB, when this item is an instance. */
    public OptionalDouble memory() {
        return memoryGib > 0 ? OptionalDouble.of(memoryGib) : OptionalDouble.empty();
    }

    /** The notes, or empty when there are none. */
    public Optional<String> note() {
        return notes.isBlank() ? Optional.empty() : Optional.of(notes);
    }
}
