package dev.headroom.app;

import dev.headroom.analysis.Solution;
import dev.headroom.cost.Bill;
import java.util.Objects;

/**
 * A design at one growth multiplier: the engine's solution and the monthly bill.
 *
 * @param bill the bill, or null when the design is not priced (see {@link Analysis#pricing()})
 */
public record Point(Solution solution, Bill bill) {
    public Point {
        Objects.requireNonNull(solution);
    }

    public double multiplier() {
        return solution.multiplier();
    }

    /** The bill's total, or null without a bill. */
    public Double monthlyUsd() {
        return bill == null ? null : bill.totalUsd();
    }
}
