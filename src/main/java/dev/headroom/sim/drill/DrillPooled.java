package dev.headroom.sim.drill;

/**
 * What the replications of one run pool as they go: each bucket's latencies of successful
 * requests, summed over the replications (addition does not depend on the order they finish
 * in, so the pooled percentiles are the same on any number of threads).
 */
final class DrillPooled {
    private final LatencyHistogram[] buckets;
    private final LatencyHistogram[][] classes;

    DrillPooled(int buckets, int classCount) {
        this.buckets = new LatencyHistogram[buckets];
        this.classes = new LatencyHistogram[buckets][classCount];
        for (int b = 0; b < buckets; b++) {
            this.buckets[b] = new LatencyHistogram();
            for (int r = 0; r < classCount; r++) {
                classes[b][r] = new LatencyHistogram();
            }
        }
    }

    void mergeClass(int bucket, int r, LatencyHistogram h) {
        LatencyHistogram into = classes[bucket][r];
        synchronized (into) {
            into.merge(h);
        }
    }

    LatencyHistogram bucket(int b, int r) {
        return classes[b][r];
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
