package dev.headroom.sim.drill;

import java.util.Arrays;

/**
 * Events whose delay is the same for every entry of a line: the timeouts of one call policy and
 * the replies along one connection with network latency. Entries of a line are pushed in time
 * order (a constant added to a clock that never goes back), so each line is a FIFO ring buffer
 * and only its head competes for the next event. A timeout costs a ring-buffer write instead of a
 * future-event-list insertion, and a timeout that never fires (the answer came first) is dropped
 * when it reaches the head, never sifted and never handed to the event loop.
 *
 * <p>An entry is a time and three ints (the caller job, the stamp of its attempt, and a code).
 */
final class DelayLines {
    /** Says whether an entry no longer matters (its attempt is over): it is dropped unseen. */
    interface Staleness {
        boolean stale(int job, int stamp);
    }

    private final Staleness staleness;
    /** Lines below this one hold timeouts, whose stale entries are dropped on the way. */
    private final int prunedLines;
    private final double[][] time;
    private final int[][] job;
    private final int[][] stamp;
    private final int[][] code;
    private final int[] head;
    private final int[] size;
    /** The time of each line's head entry, +∞ when the line is empty. */
    private final double[] headTime;
    private final int lineCount;
    /** The line whose head is earliest, or -1 when every line is empty. */
    private int minLine = -1;
    private double minTime = Double.POSITIVE_INFINITY;

    /** The entry taken by the last {@link #poll()}. */
    int polledJob;
    int polledStamp;
    int polledCode;
    int polledLine;

    DelayLines(int lines, int prunedLines, Staleness staleness) {
        this.staleness = staleness;
        this.prunedLines = prunedLines;
        lineCount = lines;
        time = new double[lines][64];
        job = new int[lines][64];
        stamp = new int[lines][64];
        code = new int[lines][64];
        head = new int[lines];
        size = new int[lines];
        headTime = new double[lines];
        Arrays.fill(headTime, Double.POSITIVE_INFINITY);
    }

    /** Time of the earliest entry of all lines, or +∞ when every line is empty. */
    double peekTime() {
        return minTime;
    }

    /** Appends an entry to {@code line}; {@code t} must not be before the line's last entry. */
    void push(int line, double t, int j, int s, int c) {
        int sz = size[line];
        double[] tm = time[line];
        if (sz == tm.length) {
            grow(line);
            tm = time[line];
        }
        int i = (head[line] + sz) & (tm.length - 1);
        tm[i] = t;
        job[line][i] = j;
        stamp[line][i] = s;
        code[line][i] = c;
        size[line] = sz + 1;
        if (sz == 0) {
            headTime[line] = t;
            if (t < minTime) {
                minTime = t;
                minLine = line;
            }
        }
    }

    /**
     * Removes the earliest entry, leaving it in the {@code polled…} fields. The next earliest is
     * found by a scan of the lines' head times: a drill has a few dozen lines at most, and the
     * scan of one contiguous array costs less than keeping a heap of them in order.
     */
    void poll() {
        int l = minLine;
        int h = head[l];
        polledLine = l;
        polledJob = job[l][h];
        polledStamp = stamp[l][h];
        polledCode = code[l][h];
        double[] tm = time[l];
        int mask = tm.length - 1;
        int next = (h + 1) & mask;
        int left = --size[l];
        if (l < prunedLines) {
            // most timeouts never fire (the answer came first): drop them here rather than
            // let each take a turn of the event loop
            int[] jb = job[l];
            int[] st = stamp[l];
            while (left > 0 && staleness.stale(jb[next], st[next])) {
                next = (next + 1) & mask;
                left--;
            }
            size[l] = left;
        }
        head[l] = next;
        headTime[l] = left == 0 ? Double.POSITIVE_INFINITY : tm[next];
        double best = Double.POSITIVE_INFINITY;
        int bestLine = -1;
        double[] ht = headTime;
        for (int i = 0; i < lineCount; i++) {
            if (ht[i] < best) {
                best = ht[i];
                bestLine = i;
            }
        }
        minTime = best;
        minLine = bestLine;
    }

    private void grow(int line) {
        int n = time[line].length;
        int h = head[line];
        time[line] = unroll(time[line], h, n);
        job[line] = unroll(job[line], h, n);
        stamp[line] = unroll(stamp[line], h, n);
        code[line] = unroll(code[line], h, n);
        head[line] = 0;
    }

    private static double[] unroll(double[] a, int h, int n) {
        double[] b = new double[n * 2];
        System.arraycopy(a, h, b, 0, n - h);
        System.arraycopy(a, 0, b, n - h, h);
        return b;
    }

    private static int[] unroll(int[] a, int h, int n) {
        int[] b = new int[n * 2];
        System.arraycopy(a, h, b, 0, n - h);
        System.arraycopy(a, 0, b, n - h, h);
        return b;
    }
}
