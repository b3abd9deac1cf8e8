package dev.headroom.sim.drill;

/**
 * What the replications of one run pool as they go: each bucket's latencies of successful
 * requests, summed over the replications (addition does not depend on the order they finish
 * in, so the pooled percentiles are the same on any number of threads).
 */
final class DrillPooled {
    private final LatencyHistogram[] buckets;

    DrillPooled(int buckets) {
        this.buckets = new LatencyHistogram[buckets];
        for (int b = 0; b < buckets; b++) {
            this.buckets[b] = new LatencyHistogram();
        }
    }

    void merge(int bucket, LatencyHistogram h) {
        LatencyHistogram into = buckets[bucket];
        synchronized (into) {
            into.merge(h);
        }
    }

    LatencyHistogram bucket(int b) {
        return buckets[b];
    }
}
