package dev.headroom.sim;

import dev.headroom.model.Kind;
import java.util.List;
import java.util.Optional;

/**
 * What a simulation found: every figure an {@link Estimate} over the replications. Times in
 * milliseconds, rates per second.
 *
 * @param model the model's name
 * @param multiplier the growth multiplier simulated
 * @param closed whether the workload is closed
 * @param users users at this multiplier, or null when the model gives none
 * @param arrivalRatePerSecond open: the offered rate; closed: null
 * @param throughputPerSecond completed requests per second, all classes
 * @param latencyMeanMs mean latency over all requests (closed: the response time)
 * @param classes per request class, in model order
 * @param components per component, in model order
 * @param replications replications run
 * @param requestsPerReplication completed requests per replication, warm-up included
 * @param warmupFraction share of each replication dropped as warm-up
 * @param seed the seed
 * @param completedRequests requests completed in all, warm-up included
 * @param elapsedSeconds wall-clock time of the run
 */
public record SimResult(
        String model,
        double multiplier,
        boolean closed,
        Double users,
        Double arrivalRatePerSecond,
        Estimate throughputPerSecond,
        Estimate latencyMeanMs,
        List<ClassStats> classes,
        List<StationStats> components,
        int replications,
        long requestsPerReplication,
        double warmupFraction,
        long seed,
        long completedRequests,
        double elapsedSeconds) {

    /** Completed requests per second of wall-clock time, over all threads. */
    public double requestsPerSecond() {
        return elapsedSeconds > 0 ? completedRequests / elapsedSeconds : 0;
    }

    public Optional<ClassStats> cls(String name) {
        return classes.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    public Optional<StationStats> component(String id) {
        return components.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /**
     * One request class.
     *
     * @param arrivalRatePerSecond open: offered rate {@code share × λ}; closed: null
     */
    public record ClassStats(String name, Double arrivalRatePerSecond,
            Estimate throughputPerSecond, Estimate latencyMeanMs, Estimate latencyP50Ms,
            Estimate latencyP95Ms, Estimate latencyP99Ms) {}

    /**
     * One component.
     *
     * @param instances instances simulated (autoscaled tiers: sized for the simulated load)
     * @param servers parallel servers, or null for a delay station
     * @param arrivalRatePerSecond visits completed per second (its throughput)
     * @param utilization busy fraction of its servers (0 for a delay station)
     * @param busyServers mean busy servers (for a delay station, the mean number in service)
     * @param waitMs mean queueing delay per visit
     * @param responseMs mean time per visit, wait plus service ({@code queueLength / throughput})
     * @param queueLength time-average number present, waiting or in service
     */
    public record StationStats(String id, String name, Kind kind, int instances,
            Integer servers, Estimate arrivalRatePerSecond, Estimate utilization,
            Estimate busyServers, Estimate waitMs, Estimate responseMs,
            Estimate queueLength) {}
}
