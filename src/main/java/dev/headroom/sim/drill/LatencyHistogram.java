package dev.headroom.sim.drill;

import java.util.Arrays;

/**
 * Latencies in logarithmic bins 0.5% wide from 1 µs up: a value is reported as its bin's
 * geometric middle, within 0.25% of the truth. Counts are kept only over the range of bins that
 * have been used, so a timeline of thousands of buckets stays small (a bucket's latencies
 * usually span a factor of a hundred, about 900 bins). Merging adds counts, so the pooled
 * histogram of several replications does not depend on the order they finish in.
 */
final class LatencyHistogram {
    static final double MIN = 1e-6;
    static final double GROWTH = 1.005;
    private static final double LOG_GROWTH = Math.log(GROWTH);

    private int[] counts = new int[0];
    private int lo;
    private long total;

    /** The bin of a latency in seconds (0 at or below 1 µs). */
    static int bin(double seconds) {
        if (!(seconds > MIN)) {
            return 0;
        }
        return (int) (Math.log(seconds / MIN) / LOG_GROWTH);
    }

    /** The value a bin stands for: its geometric middle, in seconds. */
    static double value(int bin) {
        return MIN * Math.exp((bin + 0.5) * LOG_GROWTH);
    }

    void record(double seconds) {
        add(bin(seconds), 1);
    }

    long count() {
        return total;
    }

    void reset() {
        Arrays.fill(counts, 0);
        total = 0;
    }

    private void add(int bin, int n) {
        if (counts.length == 0) {
            counts = new int[64];
            lo = Math.max(0, bin - 32);
        }
        if (bin < lo || bin >= lo + counts.length) {
            int newLo = Math.min(lo, bin);
            int newHi = Math.max(lo + counts.length, bin + 1);
            int len = Math.max(counts.length * 2, newHi - newLo);
            if (bin < lo) {
                newLo = Math.max(0, newHi - len);
            }
            int[] c = new int[len];
            System.arraycopy(counts, 0, c, lo - newLo, counts.length);
            counts = c;
            lo = newLo;
        }
        counts[bin - lo] += n;
        total += n;
    }

    /** Adds another histogram's counts to this one. */
    void merge(LatencyHistogram other) {
        for (int i = 0; i < other.counts.length; i++) {
            if (other.counts[i] != 0) {
                add(other.lo + i, other.counts[i]);
            }
        }
    }

    /**
     * The p-quantile (0 &lt; p ≤ 1) in seconds: the value of the bin holding the
     * {@code ceil(p·count)}-th smallest latency; NaN when empty.
     */
    double quantile(double p) {
        if (total == 0) {
            return Double.NaN;
        }
        long rank = Math.max(1, (long) Math.ceil(p * total - 1e-9));
        long seen = 0;
        for (int i = 0; i < counts.length; i++) {
            seen += counts[i];
            if (seen >= rank) {
                return value(lo + i);
            }
        }
        return value(lo + counts.length - 1);
    }
}
