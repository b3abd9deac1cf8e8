package dev.headroom.sim.drill;

import dev.headroom.sim.Estimate;
import java.util.List;
import java.util.Optional;

/**
 * What a drill found (docs/drills.md "Output"). Summary figures are {@link Estimate}s over the
 * independent replications (mean and 95% half-width); the timeline is per bucket, rates averaged
 * over the replications and percentiles taken over every replication's requests in the bucket.
 * Times in milliseconds unless named seconds, rates per second.
 *
 * @param model the model's name
 * @param drill the drill's name
 * @param multiplier the growth multiplier the drill ran at
 * @param baseRatePerSecond arrival rate at traffic multiplier 1
 * @param durationSeconds the drill's simulated time
 * @param bucketSeconds width of a timeline bucket
 * @param triggerEndSeconds when the trigger ended (docs/drills.md "Recovery"), or null when the
 *     traffic never came back to its starting level
 * @param recoveryP95LimitMs the p95 a bucket had to stay within to count as recovered
 * @param limitFromSlo whether that limit is the model's {@code slo.p95LatencyMs} (else twice the
 *     p95 measured in the warm-up)
 * @param requests requests that arrived during the drill
 * @param succeeded of them, those answered before the drill ended
 * @param failed of them, those whose last allowed attempt failed before the drill ended
 * @param unfinished of them, those still waiting for an answer when the drill ended
 * @param failedFraction failed over finished requests
 * @param attempts the clients' attempts, retries included, during the drill
 * @param retryAmplification attempts per finished request
 * @param retries retries made at every level (clients and connections)
 * @param peakP99Ms the highest bucket p99 of successful requests
 * @param sloBreachedSeconds seconds in buckets whose p95 passed the limit or that had more than
 *     1% failing
 * @param recoverySeconds from the trigger's end to the first 60 s of good buckets, when every
 *     replication recovered; else null
 * @param recoveredReplications how many replications recovered before the drill ended
 * @param drainingReplications of those that did not, how many were still draining a backlog at
 *     the end (docs/drills.md "Recovery")
 * @param drainSecondsLeft for those, the time their backlog needs at the last minute's pace
 * @param latencyMeanMs mean latency of the requests answered during the drill
 * @param latencyP95Ms their p95
 * @param latencyP99Ms their p99
 * @param classes per request class, in model order
 * @param components per component, in model order
 * @param timeline per bucket, in time order
 * @param warmupSeconds simulated time before time 0 at the starting traffic
 * @param elapsedSeconds wall-clock time of the run
 * @param simulatedRequests requests simulated in all, warm-up and every replication included
 * @param refusedRequests of the drill's requests, over every replication, those refused at the
 *     door because the engine held its most jobs at once (docs/drills.md "Limits"); counted as
 *     failed
 */
public record DrillResult(
        String model,
        String drill,
        double multiplier,
        double baseRatePerSecond,
        double durationSeconds,
        double bucketSeconds,
        Double triggerEndSeconds,
        Double recoveryP95LimitMs,
        boolean limitFromSlo,
        Estimate requests,
        Estimate succeeded,
        Estimate failed,
        Estimate unfinished,
        Estimate failedFraction,
        Estimate attempts,
        Estimate retryAmplification,
        Estimate retries,
        Estimate peakP99Ms,
        Estimate sloBreachedSeconds,
        Estimate recoverySeconds,
        int recoveredReplications,
        int drainingReplications,
        Estimate drainSecondsLeft,
        Estimate latencyMeanMs,
        Estimate latencyP95Ms,
        Estimate latencyP99Ms,
        List<ClassSummary> classes,
        List<ComponentSummary> components,
        List<Bucket> timeline,
        int replications,
        long seed,
        double warmupSeconds,
        double elapsedSeconds,
        long simulatedRequests,
        long refusedRequests) {

    /** The engine's most jobs alive at once in a replication (beyond: refused at the door). */
    public static final int MAX_LIVE_JOBS = DrillReplication.MAX_LIVE_JOBS;

    public DrillResult {
        classes = List.copyOf(classes);
        components = List.copyOf(components);
        timeline = List.copyOf(timeline);
    }

    /**
     * Whether every replication that did not recover was still draining its backlog at the end
     * (so it is slow to recover, not stuck).
     */
    public boolean stillDraining() {
        return !recovered() && recoveredReplications + drainingReplications == replications;
    }

    /** Whether every replication recovered before the drill ended. */
    public boolean recovered() {
        return recoveredReplications == replications;
    }

    public Optional<ComponentSummary> component(String id) {
        return components.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /**
     * One request class over the drill.
     *
     * @param failedFraction its failed over finished requests
     * @param latencyP95Ms the p95 of its answered requests
     * @param latencyP99Ms their p99
     */
    public record ClassSummary(String name, Estimate failedFraction, Estimate latencyP95Ms,
            Estimate latencyP99Ms) {}

    /**
     * One component over the drill.
     *
     * @param peakQueueLength the highest bucket average of visits present (waiting or served)
     * @param peakUtilization the highest bucket utilization of its servers (0 for a delay)
     * @param meanUtilization its utilization over the whole drill
     * @param minInstances the fewest instances it ran at any moment
     * @param rejected visits turned away (a full queue, or no instance left)
     * @param errors visits that failed with an injected error
     * @param timeouts calls to it whose caller gave up waiting
     * @param lost visits that failed with a lost instance
     * @param threads whether it has thread pools
     */
    public record ComponentSummary(String id, String name, Estimate peakQueueLength,
            Estimate peakUtilization, Estimate meanUtilization, Estimate minInstances, Estimate rejected, Estimate errors,
            Estimate timeouts, Estimate lost, boolean threads) {}

    /**
     * One bucket of the timeline, starting at {@code t} seconds.
     *
     * @param offeredPerSecond new requests per second
     * @param attemptsPerSecond the clients' attempts per second, retries included
     * @param goodputPerSecond requests answered per second
     * @param failedPerSecond requests failed per second
     * @param p95Ms p95 of the requests answered in the bucket, or null when none was
     * @param p99Ms their p99, or null
     * @param failedShare failed over finished requests in the bucket, or null when none finished
     * @param good whether the bucket met the recovery test (p95 within the limit, at most 1%
     *     failing), pooled over the replications
     */
    public record Bucket(double t, double offeredPerSecond, double attemptsPerSecond,
            double goodputPerSecond, double failedPerSecond, Double p95Ms, Double p99Ms,
            Double failedShare, boolean good, List<ComponentPoint> components,
            List<ClassPoint> classes) {
        public Bucket {
            components = List.copyOf(components);
            classes = List.copyOf(classes);
        }
    }

    /**
     * One request class in one bucket.
     *
     * @param goodputPerSecond its requests answered per second
     * @param failedPerSecond its requests failed per second
     * @param p95Ms the p95 of its requests answered in the bucket, or null when none was
     */
    public record ClassPoint(String name, double goodputPerSecond, double failedPerSecond,
            Double p95Ms) {}

    /**
     * One component in one bucket, averaged over time and replications.
     *
     * @param utilization busy share of its servers (0 for a delay)
     * @param queueLength visits present, waiting for a thread or a server or being served
     * @param instances instances running
     * @param threadsInUse threads held (a pool held across downstream calls), or null without
     *     pools
     */
    public record ComponentPoint(String id, double utilization, double queueLength,
            double instances, Double threadsInUse) {}
}
