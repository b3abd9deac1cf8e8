package dev.headroom.cost;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The monthly bill of a model at one growth multiplier (docs/pricing.md "The bill").
 *
 * @param multiplier          the growth multiplier billed
 * @param totalUsd            the sum of the lines, USD per month
 * @param perThousandUsersUsd the total per 1,000 users, or null when the model gives no users
 * @param lines               every charge, component by component in model order, then the
 *                            charges of the whole model
 * @param unpriced            what the model uses but nothing prices, each with why; the total
 *                            leaves it out
 * @param warnings            prices that fell back (a commitment the catalog does not offer) and
 *                            traffic that could not be sized
 */
public record Bill(double multiplier, double totalUsd, Double perThousandUsersUsd,
        List<LineItem> lines, List<Unpriced> unpriced, List<String> warnings) {
    public Bill {
        lines = List.copyOf(lines);
        unpriced = List.copyOf(unpriced);
        warnings = List.copyOf(warnings);
    }

    /** The lines of one component, in bill order. */
    public List<LineItem> lines(String componentId) {
        return lines.stream().filter(i -> componentId.equals(i.componentId())).toList();
    }

    /** The component's monthly cost: the sum of its lines, 0 when it has none. */
    public double componentUsd(String componentId) {
        return lines(componentId).stream().mapToDouble(LineItem::monthlyUsd).sum();
    }

    /** Whether anything prices the component (a line, or a price of $0 typed in the model). */
    public boolean prices(String componentId) {
        return unpriced.stream().noneMatch(u -> u.whole() && u.componentId().equals(componentId));
    }

    /** The components with no price at all, in model order. */
    public List<String> unpricedComponents() {
        Set<String> out = new LinkedHashSet<>();
        unpriced.stream().filter(Unpriced::whole).forEach(u -> out.add(u.componentId()));
        return List.copyOf(out);
    }

    /**
     * Whether the total is only a lower bound: something the model uses, a whole component or a
     * part of one (storage, a standby, logs), has no price. Every front end says "at least"
     * (or "≥") exactly when this is true.
     */
    public boolean lowerBound() {
        return !unpriced.isEmpty();
    }

    /** The components with a part that has no price (storage, a standby, logs), in model order. */
    public List<String> partlyUnpricedComponents() {
        Set<String> out = new LinkedHashSet<>();
        unpriced.stream().filter(u -> !u.whole()).forEach(u -> out.add(u.componentId()));
        out.removeAll(unpricedComponents());
        return List.copyOf(out);
    }

    /** US dollars a month charged at catalog prices no dated source confirmed. */
    public double unconfirmedUsd() {
        return lines.stream().filter(LineItem::unconfirmed).mapToDouble(LineItem::monthlyUsd)
                .sum();
    }

    /** Whether any line is priced at an unconfirmed catalog price. */
    public boolean hasUnconfirmed() {
        return lines.stream().anyMatch(LineItem::unconfirmed);
    }

    /**
     * Something the model uses that nothing prices.
     *
     * @param componentId the component, never null
     * @param what        what has no price, e.g. "instances", "Multi-AZ standby", "storage"
     * @param why         one sentence: what to give or which price the catalog lacks
     * @param whole       true when nothing at all prices the component
     */
    public record Unpriced(String componentId, String what, String why, boolean whole) {
        public Unpriced {
            Objects.requireNonNull(componentId);
            Objects.requireNonNull(what);
            Objects.requireNonNull(why);
        }
    }
}
