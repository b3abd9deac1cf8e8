package dev.headroom.ui.simulate;

/**
 * A component: utilization (a fraction, 0..1) and throughput (visits per second), analytic
 * against simulated.
 *
 * @param id the component's id
 * @param name its display name
 * @param utilization null for a delay station (a CDN, an external API), which has none
 * @param throughput visits completed per second
 */
public record ComponentRow(String id, String name, Difference utilization,
        Difference throughput) {

    public boolean delay() {
        return utilization == null;
    }

    public boolean flagged() {
        return (utilization != null && utilization.flag().flagged())
                || throughput.flag().flagged();
    }
}
