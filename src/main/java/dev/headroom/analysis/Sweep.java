package dev.headroom.analysis;

import java.util.List;

/**
 * A growth sweep (docs/cli.md {@code sweep}): one solution per multiplier, the components in the
 * order they break, and the multiplier at which the p95 latency SLO is first breached (null when
 * it never is within the search limit, or when the model has no latency SLO).
 */
public record Sweep(String model, List<Solution> points, List<Break> breaks, Double sloBreachedAt) {
    public Sweep {
        points = List.copyOf(points);
        breaks = List.copyOf(breaks);
    }
}
