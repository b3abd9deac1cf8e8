package dev.headroom.cost;

/**
 * One line of a monthly bill.
 *
 * @param componentId the component it charges for, or null for a model-wide charge (egress)
 * @param label what is charged, as a person would say it
 * @param monthlyUsd USD per month (730 hours)
 * @param basis how the figure was made, e.g. {@code "2 × m6i.large at $0.0960/h × 730 h"}
 * @param priced false when nothing prices this component (no instance type, no hourly cost)
 */
public record LineItem(String componentId, String label, double monthlyUsd, String basis,
        boolean priced) {}
