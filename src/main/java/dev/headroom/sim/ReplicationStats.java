package dev.headroom.sim;

import org.HdrHistogram.Histogram;

/**
 * The raw figures of one replication after its warm-up (times in seconds). Rates are over the
 * measured span {@code seconds}; station figures are time averages over the same span.
 */
record ReplicationStats(
        long completedRequests,
        double seconds,
        long[] classCount,
        double[] classThroughput,
        double[] latencyMean,
        double[] latencyP50,
        double[] latencyP95,
        double[] latencyP99,
        double[] busyServers,
        double[] stationThroughput,
        double[] numberPresent,
        double[] waitMean,
        Histogram[] histograms) {}
