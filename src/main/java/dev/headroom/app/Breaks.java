package dev.headroom.app;

import dev.headroom.analysis.Break;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Where a design breaks: one definition for the app, the command line and the report
 * (docs/engine.md "Where it breaks"). A design breaks at the first growth multiplier at which a
 * component saturates or a class misses a latency objective (p95, or a p99 where one is given),
 * whichever comes first.
 *
 * @param components each loaded queueing component's over-the-limit and saturation multipliers,
 *     in the engine's order (by when they pass the utilization limit)
 * @param sloBreachedAt where a class first misses a latency objective (p95 or p99); 0 when the
 *     service and network times alone miss it; null without a latency objective or when they
 *     hold within the search
 * @param breaksAt the first of saturation and the p95 breach; null when neither happens within
 *     the engine's search ({@code BreakFinder.SEARCH_LIMIT} × the growth range's end)
 * @param cause why it breaks there, or null when it does not
 * @param component the component that saturates first (cause {@link Cause#SATURATION})
 * @param requestClass the class that misses a latency objective first (cause
 *     {@link Cause#LATENCY})
 * @param breaksAtUsers the users at {@code breaksAt}, or null for a rate-only workload
 * @param usersPerMultiple today's users (the users at 1x), or null for a rate-only workload
 * @param percentile the percentile whose objective is missed, 95 or 99 (cause
 *     {@link Cause#LATENCY}), else null
 * @param limitMs that objective's limit, ms (cause {@link Cause#LATENCY}), else null
 */
public record Breaks(List<Break> components, Double sloBreachedAt, Double breaksAt, Cause cause,
        String component, String requestClass, Double breaksAtUsers, Double usersPerMultiple,
        Integer percentile, Double limitMs) {

    /** Why a design breaks. */
    public enum Cause {
        /** A component can no longer keep up: its queue grows without bound. */
        SATURATION("saturation"),
        /** A class's p95 (or p99) latency passes its objective. */
        LATENCY("p95");

        private final String json;

        Cause(String json) {
            this.json = json;
        }

        public String json() {
            return json;
        }
    }

    public Breaks {
        components = List.copyOf(components);
    }

    /** "p95" or "p99": the objective missed, as the JSON names the cause; else the cause's name. */
    public String causeJson() {
        if (cause == Cause.LATENCY && percentile != null) {
            return "p" + percentile;
        }
        return cause == null ? null : cause.json();
    }

    /** The component that saturates first, if any does within the search. */
    public Optional<Break> firstSaturation() {
        return components.stream().filter(b -> b.saturatesAt() != null)
                .min(Comparator.comparingDouble(Break::saturatesAt));
    }

    /** The break of one component. */
    public Optional<Break> of(String componentId) {
        return components.stream().filter(b -> b.component().equals(componentId)).findFirst();
    }

    /** Whether the design breaks at or below multiplier {@code m}. */
    public boolean brokenAt(double m) {
        return breaksAt != null && breaksAt <= m;
    }

    /**
     * Users still to go from multiplier {@code m} before it breaks: 0 when it already has, null
     * when it does not break within the search or the workload gives no users.
     */
    public Double usersToGo(double m) {
        if (breaksAt == null || usersPerMultiple == null) {
            return null;
        }
        return breaksAt <= m ? 0.0 : usersPerMultiple * (breaksAt - m);
    }
}
