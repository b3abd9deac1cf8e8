package dev.headroom.analysis;

import java.util.List;
import java.util.Optional;

/**
 * The analytic solution of a model at one growth multiplier (docs/engine.md, docs/cli.md {@code solve}).
 *
 * @param users users at this multiplier, or null when the workload is given as a rate
 * @param arrivalRatePerSecond offered request rate (open: the peak; closed: the throughput)
 * @param stable every queueing station has utilization below 1
 * @param bottleneck id of the most utilized queueing station, or null when there is none
 * @param maxArrivalRatePerSecond capacity {@code λ_max = min_k c_k/D_k} (autoscaled at max), or
 *     null when no queueing station carries load (unbounded)
 * @param maxUsers the users that capacity corresponds to, or null
 * @param warnings what the figures take for granted that the user should know: an iteration
 *     that stopped at its cap before settling; empty when there is none
 */
public record Solution(
        String model,
        double multiplier,
        Double users,
        double arrivalRatePerSecond,
        boolean stable,
        String bottleneck,
        Double maxArrivalRatePerSecond,
        Double maxUsers,
        List<ClassResult> classes,
        List<StationResult> components,
        List<String> warnings) {

    public Solution {
        classes = List.copyOf(classes);
        components = List.copyOf(components);
        warnings = List.copyOf(warnings);
    }

    public Optional<StationResult> component(String id) {
        return components.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<ClassResult> requestClass(String name) {
        return classes.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** The worst p95 over the classes, or empty when any class is saturated or none exist. */
    public Optional<Double> worstP95Ms() {
        double worst = 0;
        for (ClassResult c : classes) {
            if (c.latencyP95Ms() == null) {
                return Optional.empty();
            }
            worst = Math.max(worst, c.latencyP95Ms());
        }
        return classes.isEmpty() ? Optional.empty() : Optional.of(worst);
    }

    /** The worst class p99, or empty when a class is saturated (as {@link #worstP95Ms}). */
    public Optional<Double> worstP99Ms() {
        double worst = 0;
        for (ClassResult c : classes) {
            if (c.latencyP99Ms() == null) {
                return Optional.empty();
            }
            worst = Math.max(worst, c.latencyP99Ms());
        }
        return classes.isEmpty() ? Optional.empty() : Optional.of(worst);
    }

    public double throughputPerSecond() {
        return classes.stream().mapToDouble(ClassResult::throughputPerSecond).sum();
    }
}
