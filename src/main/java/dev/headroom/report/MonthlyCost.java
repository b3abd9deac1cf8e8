package dev.headroom.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The monthly bill at one growth point, as the report prints it: the cost engine's figures,
 * copied, never recomputed.
 *
 * @param totalUsd the whole bill, USD per month
 * @param perThousandUsersUsd the bill per 1,000 users, or null when the workload has no users
 * @param items one line per billed component, in the model's order
 * @param warnings what the pricing could not cover (shown under the bill)
 */
public record MonthlyCost(double totalUsd, Double perThousandUsersUsd, List<Item> items,
        List<String> warnings) {

    public MonthlyCost {
        items = List.copyOf(items);
        warnings = List.copyOf(warnings);
    }

    /**
     * One line of the bill.
     *
     * @param componentId the component it charges for, or null for a model-wide charge
     * @param basis how the cost engine made the figure, in words
     */
    public record Item(String componentId, String label, double monthlyUsd, String basis) {
        public Item {
            Objects.requireNonNull(label);
        }
    }

    public Optional<Item> item(String componentId) {
        return items.stream().filter(i -> componentId.equals(i.componentId())).findFirst();
    }

    /** The component's monthly cost, 0 when the bill has no line for it. */
    public double componentUsd(String componentId) {
        return item(componentId).map(Item::monthlyUsd).orElse(0.0);
    }
}
