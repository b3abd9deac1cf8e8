package dev.headroom.cost;

import java.util.List;
import java.util.Optional;

/**
 * The monthly bill of a model at one growth multiplier (docs/pricing.md "The bill").
 *
 * @param totalUsd the sum of the items, USD per month
 * @param perThousandUsersUsd the total per 1,000 users, or null when the model gives no users
 * @param items one line per component (in model order), then model-wide charges such as egress
 * @param warnings prices that fell back (e.g. a commitment the catalog does not offer)
 */
public record Bill(double multiplier, double totalUsd, Double perThousandUsersUsd,
        List<LineItem> items, List<String> warnings) {
    public Bill {
        items = List.copyOf(items);
        warnings = List.copyOf(warnings);
    }

    public Optional<LineItem> item(String componentId) {
        return items.stream().filter(i -> componentId.equals(i.componentId())).findFirst();
    }

    /** The component's monthly cost, or 0 when it has no line. */
    public double componentUsd(String componentId) {
        return item(componentId).map(LineItem::monthlyUsd).orElse(0.0);
    }
}
