package dev.headroom.analysis;

import dev.headroom.queueing.Cumulants;

/**
 * A latency distribution as a small mixture: with probability {@code w[i]} the latency has
 * cumulants {@code (k1[i], k2[i], k3[i])}. Branches such as a cache hit or a miss to the
 * database make request latencies multi-modal; keeping the branches apart (up to
 * {@link #MAX_PARTS}, merging the two with the closest means beyond that, first three moments
 * preserved) lets the quantiles follow the modes where a single fit would smear them.
 * Primitive arrays throughout: the engine builds one of these per station visit on every solve.
 */
final class LatencyMixture {
    static final int MAX_PARTS = 4;
    static final LatencyMixture ZERO = point(0);

    final int n;
    final double[] w;
    final double[] k1;
    final double[] k2;
    final double[] k3;

    private LatencyMixture(int n) {
        this.n = n;
        this.w = new double[n];
        this.k1 = new double[n];
        this.k2 = new double[n];
        this.k3 = new double[n];
    }

    static LatencyMixture of(Cumulants c) {
        LatencyMixture m = new LatencyMixture(1);
        m.w[0] = 1;
        m.k1[0] = c.k1();
        m.k2[0] = c.k2();
        m.k3[0] = c.k3();
        return m;
    }

    /**
     * A mixture of exponentials: with probability {@code w[i]} exponential with mean
     * {@code m[i]} (a mean of 0 is the point 0).
     */
    static LatencyMixture exponentials(double[] w, double[] m) {
        int size = 0;
        for (double v : w) {
            size += v > 0 ? 1 : 0;
        }
        LatencyMixture x = new LatencyMixture(Math.max(size, 1));
        int j = 0;
        for (int i = 0; i < w.length; i++) {
            if (!(w[i] > 0)) {
                continue; // an empty branch (a probability that underflowed) adds nothing
            }
            x.w[j] = w[i];
            x.k1[j] = m[i];
            x.k2[j] = m[i] * m[i];
            x.k3[j] = 2 * m[i] * m[i] * m[i];
            j++;
        }
        if (j == 0) {
            x.w[0] = 1;
        }
        return x.sortedReduced();
    }

    static LatencyMixture point(double t) {
        LatencyMixture m = new LatencyMixture(1);
        m.w[0] = 1;
        m.k1[0] = t;
        return m;
    }

    /** The distribution of X + Y for independent X (this) and Y (other). */
    LatencyMixture plus(LatencyMixture o) {
        LatencyMixture m = new LatencyMixture(n * o.n);
        int i = 0;
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < o.n; b++) {
                m.w[i] = w[a] * o.w[b];
                m.k1[i] = k1[a] + o.k1[b];
                m.k2[i] = k2[a] + o.k2[b];
                m.k3[i] = k3[a] + o.k3[b];
                i++;
            }
        }
        return m.reduced();
    }

    /**
     * Exactly one of {@code parts}, the i-th with probability {@code p[i]} (a load balancer's
     * targets); the probabilities sum to 1.
     */
    static LatencyMixture choice(double[] p, LatencyMixture[] parts) {
        int total = 0;
        for (LatencyMixture part : parts) {
            total += part.n;
        }
        LatencyMixture m = new LatencyMixture(total);
        int i = 0;
        for (int j = 0; j < parts.length; j++) {
            LatencyMixture part = parts[j];
            for (int a = 0; a < part.n; a++) {
                m.w[i] = p[j] * part.w[a];
                m.k1[i] = part.k1[a];
                m.k2[i] = part.k2[a];
                m.k3[i] = part.k3[a];
                i++;
            }
        }
        return m.sortedReduced();
    }

    /** This shifted by a constant. */
    LatencyMixture shifted(double d) {
        LatencyMixture m = new LatencyMixture(n);
        for (int i = 0; i < n; i++) {
            m.w[i] = w[i];
            m.k1[i] = k1[i] + d;
            m.k2[i] = k2[i];
            m.k3[i] = k3[i];
        }
        return m;
    }

    /**
     * The call count of an edge: none with probability {@code pNone}, {@code n0} copies with
     * {@code pLow}, {@code n0 + 1} with {@code pHigh}. One copy keeps its parts; two or more are
     * collapsed to one part (sums of several calls are smooth).
     */
    LatencyMixture calls(double pNone, int n0, double pLow, double pHigh) {
        if (pNone <= 0 && pHigh <= 0) {
            return n0 == 1 ? this : copiesOnly(n0);
        }
        LatencyMixture m = new LatencyMixture(3 * n);
        int size = 0;
        size = addCopies(m, size, pNone, 0);
        size = addCopies(m, size, pLow, n0);
        size = addCopies(m, size, pHigh, n0 + 1);
        return m.truncated(size).reduced();
    }

    /**
     * The calls of an edge to a leaf queueing station whose waits within one request are taken
     * as one and the same wait: none with probability {@code pNone}, {@code n0} calls with
     * {@code pLow}, {@code n0 + 1} with {@code pHigh}; {@code n} calls cost {@code n} independent
     * services plus {@code n × shift} plus {@code n·W}, where {@code W} is 0 with probability
     * {@code 1 − pWait} and else exponential with mean {@code meanWaitGivenWait}.
     *
     * <p>Why: a request's calls to one database follow each other within milliseconds, far
     * quicker than the queue in front of it changes when it is busy, so they meet the same
     * queue. Summing them as independent waits thins the tail: on the bundled shop at 8x (its
     * primary 93% busy) the simulated browse p95 was 28% above the independent sum.
     */
    static LatencyMixture correlatedCalls(Cumulants service, double pWait,
            double meanWaitGivenWait, double shift, double pNone, int n0, double pLow,
            double pHigh) {
        LatencyMixture m = new LatencyMixture(5);
        int size = 0;
        if (pNone > 0) {
            m.w[size++] = pNone;
        }
        for (int pass = 0; pass < 2; pass++) {
            int n = n0 + pass;
            double p = pass == 0 ? pLow : pHigh;
            if (p <= 0 || n == 0) {
                if (p > 0) {
                    m.w[size++] = p;
                }
                continue;
            }
            double k1 = n * (service.k1() + shift);
            double k2 = n * service.k2();
            double k3 = n * service.k3();
            double w = n * meanWaitGivenWait;
            m.w[size] = p * (1 - pWait);
            m.k1[size] = k1;
            m.k2[size] = k2;
            m.k3[size] = k3;
            size++;
            m.w[size] = p * pWait;
            m.k1[size] = k1 + w;
            m.k2[size] = k2 + w * w;
            m.k3[size] = k3 + 2 * w * w * w;
            size++;
        }
        return m.truncated(size).sortedReduced();
    }

    /**
     * A geometric number N of visits ({@code P(N = n) = (1 − q) q^(n−1)}), each costing an
     * independent copy of {@code visit}, plus {@code shift} between consecutive visits, plus
     * one shared wait counted N times: 0 with probability {@code 1 − pWait}, else exponential
     * with mean {@code meanWaitGivenWait}. The terms run until their weight is below 1e-9;
     * the mixture is then reduced to {@link #MAX_PARTS} parts, first three moments kept.
     */
    static LatencyMixture geometricVisits(LatencyMixture visit, double q, double shift,
            double pWait, double meanWaitGivenWait) {
        double[] one = visit.merged(0, visit.n);
        int most = 1;
        while (Math.pow(q, most) > 1e-9 && most < 200) {
            most++;
        }
        LatencyMixture m = new LatencyMixture(2 * most);
        int size = 0;
        for (int n = 1; n <= most; n++) {
            double w = (1 - q) * Math.pow(q, n - 1);
            double k1 = n * one[0] + (n - 1) * shift;
            double k2 = n * one[1];
            double k3 = n * one[2];
            if (pWait < 1) {
                m.w[size] = w * (1 - pWait);
                m.k1[size] = k1;
                m.k2[size] = k2;
                m.k3[size] = k3;
                size++;
            }
            if (pWait > 0) {
                double t = n * meanWaitGivenWait;
                m.w[size] = w * pWait;
                m.k1[size] = k1 + t;
                m.k2[size] = k2 + t * t;
                m.k3[size] = k3 + 2 * t * t * t;
                size++;
            }
        }
        // the geometric tail beyond the last term goes to the last one, so weights sum to 1
        double total = 0;
        for (int i = 0; i < size; i++) {
            total += m.w[i];
        }
        for (int i = 0; i < size; i++) {
            m.w[i] /= total;
        }
        return m.truncated(size).sortedReduced();
    }

    private LatencyMixture sortedReduced() {
        for (int i = 1; i < n; i++) {
            for (int j = i; j > 0 && k1[j] < k1[j - 1]; j--) {
                swap(j, j - 1);
            }
        }
        return reduced();
    }

    private LatencyMixture copiesOnly(int copies) {
        LatencyMixture m = new LatencyMixture(1);
        addCopies(m, 0, 1, copies);
        return m;
    }

    private int addCopies(LatencyMixture m, int at, double p, int copies) {
        if (p <= 0) {
            return at;
        }
        if (copies == 0) {
            m.w[at] = p;
            return at + 1;
        }
        if (copies == 1) {
            for (int i = 0; i < n; i++) {
                m.w[at] = p * w[i];
                m.k1[at] = k1[i];
                m.k2[at] = k2[i];
                m.k3[at] = k3[i];
                at++;
            }
            return at;
        }
        double[] c = merged(0, n);
        m.w[at] = p;
        m.k1[at] = copies * c[0];
        m.k2[at] = copies * c[1];
        m.k3[at] = copies * c[2];
        return at + 1;
    }

    Cumulants[] parts() {
        Cumulants[] out = new Cumulants[n];
        for (int i = 0; i < n; i++) {
            out[i] = new Cumulants(k1[i], Math.max(0, k2[i]), k3[i]);
        }
        return out;
    }

    double[] weights() {
        return w.clone();
    }

    private LatencyMixture truncated(int size) {
        if (size == n) {
            return this;
        }
        LatencyMixture m = new LatencyMixture(size);
        System.arraycopy(w, 0, m.w, 0, size);
        System.arraycopy(k1, 0, m.k1, 0, size);
        System.arraycopy(k2, 0, m.k2, 0, size);
        System.arraycopy(k3, 0, m.k3, 0, size);
        return m;
    }

    /** At most {@link #MAX_PARTS} parts, sorted by mean. */
    private LatencyMixture reduced() {
        if (n <= MAX_PARTS) {
            return this;
        }
        // insertion sort by mean (n is at most a few dozen)
        for (int i = 1; i < n; i++) {
            for (int j = i; j > 0 && k1[j] < k1[j - 1]; j--) {
                swap(j, j - 1);
            }
        }
        int size = n;
        while (size > MAX_PARTS) {
            // the neighbours (sorted by mean) closest in units of their spread: compare squared
            // gaps, Δ²/(v₁+v₂), to spare a square root per pair
            int best = 0;
            double gap = Double.POSITIVE_INFINITY;
            for (int i = 0; i + 1 < size; i++) {
                double d = k1[i + 1] - k1[i];
                double g = d * d / Math.max(k2[i] + k2[i + 1], 1e-24);
                if (g < gap) {
                    gap = g;
                    best = i;
                }
            }
            mergeNext(best);
            for (int i = best + 1; i + 1 < size; i++) {
                w[i] = w[i + 1];
                k1[i] = k1[i + 1];
                k2[i] = k2[i + 1];
                k3[i] = k3[i + 1];
            }
            size--;
        }
        return truncated(size);
    }

    private void swap(int a, int b) {
        double t = w[a];
        w[a] = w[b];
        w[b] = t;
        t = k1[a];
        k1[a] = k1[b];
        k1[b] = t;
        t = k2[a];
        k2[a] = k2[b];
        k2[b] = t;
        t = k3[a];
        k3[a] = k3[b];
        k3[b] = t;
    }

    /** Merges part i+1 into part i, preserving the first three moments (as {@link #merged}). */
    private void mergeNext(int i) {
        double wa = w[i];
        double wb = w[i + 1];
        double a = k1[i];
        double b = k1[i + 1];
        double total = wa + wb;
        if (!(total > 0)) {
            return; // both branches empty: keep part i as it is
        }
        double m1 = (wa * a + wb * b) / total;
        double m2 = (wa * (k2[i] + a * a) + wb * (k2[i + 1] + b * b)) / total;
        double m3 = (wa * (k3[i] + 3 * a * k2[i] + a * a * a)
                + wb * (k3[i + 1] + 3 * b * k2[i + 1] + b * b * b)) / total;
        w[i] = total;
        k1[i] = m1;
        k2[i] = Math.max(0, m2 - m1 * m1);
        k3[i] = m3 - 3 * m1 * m2 + 2 * m1 * m1 * m1;
    }

    /** Moment-preserving merge of parts [from, to): raw moments average, cumulants follow. */
    private double[] merged(int from, int to) {
        double total = 0;
        double m1 = 0;
        double m2 = 0;
        double m3 = 0;
        for (int i = from; i < to; i++) {
            double a = k1[i];
            total += w[i];
            m1 += w[i] * a;
            m2 += w[i] * (k2[i] + a * a);
            m3 += w[i] * (k3[i] + 3 * a * k2[i] + a * a * a);
        }
        m1 /= total;
        m2 /= total;
        m3 /= total;
        return new double[] {m1, Math.max(0, m2 - m1 * m1), m3 - 3 * m1 * m2 + 2 * m1 * m1 * m1};
    }
}
