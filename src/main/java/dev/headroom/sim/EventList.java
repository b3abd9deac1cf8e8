package dev.headroom.sim;

import java.util.Arrays;

/**
 * The future event list: a 4-ary min-heap over primitive arrays (time, sequence, payload), so
 * that scheduling and taking events never allocates once the arrays have grown to the model's
 * working size. Order: earlier time first; at equal times, the event scheduled first (smaller
 * insertion sequence) first. That tie-break makes a run a pure function of its random streams.
 */
public final class EventList {
    private double[] time = new double[64];
    private long[] seq = new long[64];
    private int[] payload = new int[64];
    private int size;
    private long nextSeq;

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public void clear() {
        size = 0;
        nextSeq = 0;
    }

    /** Schedules an event; {@code payload} is the caller's event code. */
    public void add(double t, int p) {
        if (size == time.length) {
            int n = size * 2;
            time = Arrays.copyOf(time, n);
            seq = Arrays.copyOf(seq, n);
            payload = Arrays.copyOf(payload, n);
        }
        long s = nextSeq++;
        int i = size++;
        double[] tm = time;
        long[] sq = seq;
        int[] pl = payload;
        while (i > 0) {
            int parent = (i - 1) >>> 2;
            double pt = tm[parent];
            if (pt < t || (pt == t && sq[parent] < s)) {
                break;
            }
            tm[i] = pt;
            sq[i] = sq[parent];
            pl[i] = pl[parent];
            i = parent;
        }
        tm[i] = t;
        sq[i] = s;
        pl[i] = p;
    }

    /** Time of the next event; the list must not be empty. */
    public double peekTime() {
        return time[0];
    }

    /** Payload of the next event; the list must not be empty. */
    public int peekPayload() {
        return payload[0];
    }

    /** Removes the next event. */
    public void poll() {
        int n = --size;
        if (n == 0) {
            return;
        }
        double[] tm = time;
        long[] sq = seq;
        int[] pl = payload;
        double t = tm[n];
        long s = sq[n];
        int p = pl[n];
        int i = 0;
        while (true) {
            int first = (i << 2) + 1;
            if (first >= n) {
                break;
            }
            int best = first;
            double bt = tm[first];
            long bs = sq[first];
            int last = Math.min(first + 4, n);
            for (int c = first + 1; c < last; c++) {
                double ct = tm[c];
                if (ct < bt || (ct == bt && sq[c] < bs)) {
                    best = c;
                    bt = ct;
                    bs = sq[c];
                }
            }
            if (t < bt || (t == bt && s < bs)) {
                break;
            }
            tm[i] = bt;
            sq[i] = bs;
            pl[i] = pl[best];
            i = best;
        }
        tm[i] = t;
        sq[i] = s;
        pl[i] = p;
    }
}
