package dev.headroom.ui.simulate;

/**
 * A request class: its mean, p95 and p99 latency (ms), analytic against simulated.
 *
 * @param name the class's name
 */
public record ClassRow(String name, Difference mean, Difference p95, Difference p99) {

    public boolean flagged() {
        return mean.flag().flagged() || p95.flag().flagged() || p99.flag().flagged();
    }
}
