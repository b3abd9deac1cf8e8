package dev.headroom.queueing;

/**
 * Mean value analysis of closed, product-form queueing networks: users cycle between a think time
 * and a set of FCFS stations with exponential service (or delay stations).
 *
 * <p>Every solver takes the same description: {@code demands} (total service demand per cycle,
 * {@code D_k = V_k·S_k}, finite and {@code ≥ 0}), {@code servers} (parallel servers per station,
 * {@code ≥ 1}), {@code delay} (true for an infinite-server station: residence = demand), think
 * time(s) {@code ≥ 0} and user count(s) {@code ≥ 0}. A class with users needs a positive think
 * time or some positive demand. Inputs outside this domain raise
 * {@link IllegalArgumentException}.
 *
 * <p>References: M. Reiser, S. S. Lavenberg, "Mean-value analysis of closed multichain queuing
 * networks", <i>JACM</i> 27(2), 1980; E. D. Lazowska, J. Zahorjan, G. S. Graham, K. C. Sevcik,
 * <i>Quantitative System Performance</i> (1984), ch. 6 (exact MVA, Schweitzer's approximation
 * §6.4.2) and ch. 8 (load-dependent centres); J. P. Buzen, "Computational algorithms for closed
 * queueing networks with exponential servers", <i>CACM</i> 16(9), 1973 (convolution);
 * P. Schweitzer (1979) and Y. Bard (1979) for approximate MVA; A. Seidmann, P. Schweitzer,
 * S. Shalev-Oren, "Computerized closed queueing network models of flexible manufacturing
 * systems", <i>Large Scale Systems</i> 12, 1987, for the multi-server approximation.
 */
public final class Mva {

    /** {@link #solve} uses exact MVA while the number of population vectors is at most this. */
    public static final long EXACT_POPULATION_VECTORS_LIMIT = 100_000;

    /** Convergence tolerance of Schweitzer–Bard: the largest change in a queue length per user. */
    static final double SCHWEITZER_TOLERANCE = 1e-10;

    /** Iteration cap of Schweitzer–Bard; the last iterate is returned when reached. */
    static final int SCHWEITZER_MAX_ITERATIONS = 100_000;

    private static final long MAX_RING_CELLS = 50_000_000L;

    /** Terms more than this far below the largest (in natural log) are dropped from a sum. */
    private static final double LOG_WINDOW = 60;

    private Mva() {
    }

    // ---- single class: exact, load-dependent, by log-space convolution -------------------------

    /**
     * Exact single-class MVA. Single-server and delay stations are exact product-form results;
     * multi-server stations are solved <b>exactly</b> as load-dependent stations with rate
     * {@code min(j, c)/D} when {@code j} users are present.
     *
     * <p>Method: Buzen's convolution of the normalising constant {@code G(n), n = 0..N}, carried in
     * log space so that it neither overflows nor underflows, with load-dependent factors
     * {@code f_k(j) = D_k^j / Π_{i≤j} min(i, c_k)}. All delay stations and the think time are
     * merged into one infinite-server factor {@code (Z + ΣD)^j / j!}. Throughput
     * {@code X = G(N−1)/G(N)}; single-server queue lengths {@code Q = Σ_{j≥1} D^j G(N−j)/G(N)};
     * multi-server marginals {@code p_k(j) = f_k(j)·G_{−k}(N−j)/G(N)} with {@code G_{−k}} the
     * constant of the network without station k. Every quantity is a sum of positive terms, so
     * there is none of the subtractive cancellation of the classic {@code p(0|n) = 1 − Σ p(j|n)}
     * recursion. Each convolution step sums only a window of terms around its largest, so 5,000 users on
     * a 300-server station with a think time take a few tens of milliseconds.
     *
     * @param demands   total demand per cycle at each station
     * @param servers   servers per station
     * @param delay     whether each station is an infinite-server (delay) station
     * @param thinkTime think time {@code Z ≥ 0}
     * @param users     number of users {@code N ≥ 0}
     * @return the exact solution ({@link MvaSolution.Method#EXACT}, no Seidmann approximation)
     */
    public static MvaSolution exactSingleClass(double[] demands, int[] servers, boolean[] delay,
            double thinkTime, int users) {
        if (demands == null) {
            throw new IllegalArgumentException("demands must not be null");
        }
        validate(new double[][] {demands}, servers, delay, new double[] {thinkTime},
                new int[] {users});
        int stations = demands.length;
        double[] residence = new double[stations];
        double[] utilization = new double[stations];
        if (users == 0) {
            return new MvaSolution(MvaSolution.Method.EXACT, false, new double[] {0},
                    new double[][] {residence}, utilization);
        }
        int n = users;
        // Demands are divided by the largest per-server demand D_k/c_k: then G(n) neither grows nor
        // decays geometrically with n, which keeps log G small and its rounding error tiny.
        double scale = 0;
        for (int k = 0; k < stations; k++) {
            if (!delay[k]) {
                scale = Math.max(scale, demands[k] / servers[k]);
            }
        }
        if (scale == 0) {
            scale = 1;
        }
        double infiniteServerDemand = thinkTime / scale;
        for (int k = 0; k < stations; k++) {
            if (delay[k]) {
                infiniteServerDemand += demands[k] / scale;
            }
        }
        // base: the empty network, G(0) = 1, convolved with the merged infinite-server factor.
        double[] base = new double[n + 1];
        java.util.Arrays.fill(base, Double.NEGATIVE_INFINITY);
        base[0] = 0;
        if (infiniteServerDemand > 0) {
            base = convolveLoadDependent(base, Math.log(infiniteServerDemand), n + 1);
        }
        double[] logG = base;
        for (int k = 0; k < stations; k++) {
            logG = convolveStation(logG, demands[k] / scale, servers[k], delay[k]);
        }
        double logGn = logG[n];
        double x = Math.exp(logG[n - 1] - logGn) / scale;
        for (int k = 0; k < stations; k++) {
            double d = demands[k];
            if (d == 0) {
                continue;
            }
            if (delay[k]) {
                residence[k] = d;
                continue;
            }
            double queue;
            if (servers[k] == 1) {
                // Q = Σ_{j≥1} P(n_k ≥ j) = Σ_{j≥1} D^j G(N−j)/G(N).
                double logD = Math.log(d / scale);
                queue = 0;
                for (int j = 1; j <= n; j++) {
                    queue += Math.exp(j * logD + logG[n - j] - logGn);
                }
            } else {
                double[] without = base;
                for (int i = 0; i < stations; i++) {
                    if (i != k) {
                        without = convolveStation(without, demands[i] / scale, servers[i],
                                delay[i]);
                    }
                }
                double logD = Math.log(d / scale);
                double logF = 0;
                queue = 0;
                for (int j = 1; j <= n; j++) {
                    logF += logD - Math.log(Math.min(j, servers[k]));
                    queue += j * Math.exp(logF + without[n - j] - logGn);
                }
            }
            residence[k] = queue / x;
            utilization[k] = Math.min(x * d / servers[k], 1.0);
        }
        return new MvaSolution(MvaSolution.Method.EXACT, false, new double[] {x},
                new double[][] {residence}, utilization);
    }

    /**
     * The exact throughput at every population {@code n = 0..maxUsers} of the single-class network
     * of {@link #exactSingleClass}, from one convolution: {@code X(n) = G(n−1)/G(n)}. What a
     * search over the population needs, at the cost of one solve instead of one per probe.
     *
     * @return {@code X[n]} for {@code n = 0..maxUsers} ({@code X[0] = 0})
     */
    public static double[] throughputs(double[] demands, int[] servers, boolean[] delay,
            double thinkTime, int maxUsers) {
        validate(new double[][] {demands}, servers, delay, new double[] {thinkTime},
                new int[] {maxUsers});
        double scale = 0;
        for (int k = 0; k < demands.length; k++) {
            if (!delay[k]) {
                scale = Math.max(scale, demands[k] / servers[k]);
            }
        }
        if (scale == 0) {
            scale = 1;
        }
        double infiniteServerDemand = thinkTime / scale;
        for (int k = 0; k < demands.length; k++) {
            if (delay[k]) {
                infiniteServerDemand += demands[k] / scale;
            }
        }
        double[] logG = new double[maxUsers + 1];
        java.util.Arrays.fill(logG, Double.NEGATIVE_INFINITY);
        logG[0] = 0;
        if (infiniteServerDemand > 0) {
            logG = convolveLoadDependent(logG, Math.log(infiniteServerDemand), maxUsers + 1);
        }
        for (int k = 0; k < demands.length; k++) {
            logG = convolveStation(logG, demands[k] / scale, servers[k], delay[k]);
        }
        double[] x = new double[maxUsers + 1];
        for (int n = 1; n <= maxUsers; n++) {
            x[n] = Math.exp(logG[n - 1] - logG[n]) / scale;
        }
        return x;
    }

    private static double[] convolveStation(double[] logG, double demand, int servers,
            boolean isDelay) {
        if (isDelay || demand == 0) {
            return logG; // delay stations are already in the merged infinite-server factor
        }
        double logD = Math.log(demand);
        if (servers == 1) {
            // h(n) = g(n) + D·h(n−1): O(N).
            double[] h = new double[logG.length];
            h[0] = logG[0];
            for (int m = 1; m < h.length; m++) {
                h[m] = logAddExp(logG[m], logD + h[m - 1]);
            }
            return h;
        }
        return convolveLoadDependent(logG, logD, servers);
    }

    /**
     * {@code h(n) = Σ_j f(j)·g(n−j)} for {@code f(j) = D^j / Π_{i≤j} min(i, c)}, in log space.
     * Terms with {@code j ≥ c} share the ratio {@code D/c}, so their sum obeys the positive
     * recursion {@code T(n) = (D/c)·T(n−1) + f(c)·g(n−c)}. The remaining terms {@code j < c} are
     * summed over a window around their largest: {@code f} and {@code g} are log-concave (a
     * convolution of log-concave sequences is log-concave), so the log-terms are concave in
     * {@code j}, and once they fall {@value #LOG_WINDOW} below the largest the rest of that side
     * adds less than {@code N·e^{−60}} relative. Work is {@code O(N·w)} for a window {@code w}
     * of a few standard deviations instead of {@code O(N·c)}.
     */
    private static double[] convolveLoadDependent(double[] logG, double logD, int servers) {
        int len = logG.length;
        int c = Math.min(servers, len);
        double[] logF = new double[c + 1];
        for (int j = 1; j <= c; j++) {
            logF[j] = logF[j - 1] + logD - Math.log(j);
        }
        double logRatio = logD - Math.log(servers);
        double[] h = new double[len];
        double tail = Double.NEGATIVE_INFINITY;
        int peak = 0;
        for (int m = 0; m < len; m++) {
            if (m >= c) {
                tail = logAddExp(logRatio + tail, logF[c] + logG[m - c]);
            }
            int top = Math.min(m, c - 1);
            // Hill-climb to the largest term from the previous peak (the terms are concave in j).
            int j = Math.min(peak, top);
            double best = logF[j] + logG[m - j];
            while (j < top && logF[j + 1] + logG[m - j - 1] >= best) {
                j++;
                best = logF[j] + logG[m - j];
            }
            while (j > 0 && logF[j - 1] + logG[m - j + 1] > best) {
                j--;
                best = logF[j] + logG[m - j];
            }
            peak = j;
            double max = Math.max(best, tail);
            if (max == Double.NEGATIVE_INFINITY) {
                h[m] = max;
                continue;
            }
            double sum = Math.exp(tail - max) + Math.exp(best - max);
            double floor = best - LOG_WINDOW;
            for (int i = j + 1; i <= top; i++) {
                double t = logF[i] + logG[m - i];
                if (t < floor) {
                    break;
                }
                sum += Math.exp(t - max);
            }
            for (int i = j - 1; i >= 0; i--) {
                double t = logF[i] + logG[m - i];
                if (t < floor) {
                    break;
                }
                sum += Math.exp(t - max);
            }
            h[m] = max + Math.log(sum);
        }
        return h;
    }

    private static double logAddExp(double a, double b) {
        if (a == Double.NEGATIVE_INFINITY) {
            return b;
        }
        if (b == Double.NEGATIVE_INFINITY) {
            return a;
        }
        return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
    }

    // ---- multi-class: exact by population recursion ---------------------------------------------

    /**
     * Exact multi-class MVA by the population recursion of Reiser and Lavenberg:
     * {@code R_rk(n) = D_rk·(1 + Q_k(n − e_r))}, {@code X_r(n) = n_r / (Z_r + Σ_k R_rk(n))},
     * over all population vectors {@code 0 ≤ n ≤ N}. Memory: population vectors are visited in
     * mixed-radix order with the largest class as the slowest digit, so only a ring of
     * {@code Π_{r≠max}(N_r + 1)} queue-length vectors is kept. Time
     * {@code O(Π_r(N_r + 1)·R·K)}.
     *
     * <p>Multi-server stations use <b>Seidmann's approximation</b> (a {@code c}-server station
     * with demand {@code D} becomes a single server with demand {@code D/c} followed by a delay of
     * {@code D(c−1)/c}); the solution then reports {@link MvaSolution#seidmannApproximation()}.
     * For exact single-class multi-server results use {@link #exactSingleClass}.
     *
     * @param demands    {@code [class][station]} total demand per cycle
     * @param servers    servers per station
     * @param delay      delay (infinite-server) flags per station
     * @param thinkTimes think time per class
     * @param users      users per class
     * @throws IllegalArgumentException outside the domain, or when the population is so large that
     *                                  the ring would exceed 50 million cells
     */
    public static MvaSolution exactMultiClass(double[][] demands, int[] servers, boolean[] delay,
            double[] thinkTimes, int[] users) {
        validate(demands, servers, delay, thinkTimes, users);
        int classCount = demands.length;
        int stations = servers.length;
        Split split = Split.of(demands, servers, delay);

        // Order classes so the largest population is the slowest-varying digit.
        int slowest = 0;
        for (int r = 1; r < classCount; r++) {
            if (users[r] > users[slowest]) {
                slowest = r;
            }
        }
        int[] order = new int[classCount];
        for (int r = 0, i = 0; r < classCount; r++) {
            if (r != slowest) {
                order[i++] = r;
            }
        }
        order[classCount - 1] = slowest;
        long[] stride = new long[classCount]; // stride of class order[i] in the linear index
        long s = 1;
        for (int i = 0; i < classCount; i++) {
            stride[order[i]] = s;
            s *= users[order[i]] + 1L;
        }
        long lookback = stride[slowest];
        if (lookback + 1 > MAX_RING_CELLS / Math.max(1, stations)) {
            throw new IllegalArgumentException("population too large for exact multi-class MVA ("
                    + lookback + " vectors per level); use schweitzerBard");
        }
        int ring = (int) (lookback + 1);
        double[][] queue = new double[ring][stations]; // queue part only (Seidmann delays excluded)
        long total = s;
        int[] n = new int[classCount];
        double[] x = new double[classCount];
        double[][] residence = new double[classCount][stations];
        double[][] queued = new double[classCount][stations];
        for (long idx = 0; idx < total; idx++) {
            double[] qNow = queue[(int) (idx % ring)];
            java.util.Arrays.fill(qNow, 0);
            for (int r = 0; r < classCount; r++) {
                x[r] = 0;
                if (n[r] == 0) {
                    continue;
                }
                double[] qPrev = queue[(int) ((idx - stride[r]) % ring)];
                double cycle = thinkTimes[r];
                for (int k = 0; k < stations; k++) {
                    double q = split.queueing[r][k] * (1 + qPrev[k]);
                    queued[r][k] = q;
                    residence[r][k] = q + split.delay[r][k];
                    cycle += residence[r][k];
                }
                x[r] = n[r] / cycle;
                for (int k = 0; k < stations; k++) {
                    qNow[k] += x[r] * queued[r][k];
                }
            }
            // Advance the mixed-radix digits.
            for (int i = 0; i < classCount; i++) {
                int r = order[i];
                if (n[r] < users[r]) {
                    n[r]++;
                    break;
                }
                n[r] = 0;
            }
        }
        for (int r = 0; r < classCount; r++) {
            if (users[r] == 0) {
                java.util.Arrays.fill(residence[r], 0);
            }
        }
        return new MvaSolution(MvaSolution.Method.EXACT, split.usedSeidmann, x, residence,
                utilization(demands, servers, delay, x));
    }

    // ---- approximate MVA --------------------------------------------------------------------

    /**
     * Schweitzer–Bard approximate MVA: the arrival-instant queue length seen by class r is
     * estimated from the full-population one, {@code A_rk = Q_k − Q_rk/N_r}, and
     * {@code R_rk = D_rk(1 + A_rk)}, {@code X_r = N_r/(Z_r + Σ_k R_rk)}, {@code Q_rk = X_r R_rk} are
     * iterated to a fixed point (largest change per user below 1e-10, at most 100,000
     * iterations). Lazowska et al. (1984) §6.4.2 report errors of a few percent. Multi-server
     * stations use Seidmann's approximation as in {@link #exactMultiClass}.
     *
     * @throws IllegalArgumentException outside the domain
     */
    public static MvaSolution schweitzerBard(double[][] demands, int[] servers, boolean[] delay,
            double[] thinkTimes, int[] users) {
        validate(demands, servers, delay, thinkTimes, users);
        int classCount = demands.length;
        int stations = servers.length;
        Split split = Split.of(demands, servers, delay);
        double[][] q = new double[classCount][stations];
        for (int r = 0; r < classCount; r++) {
            for (int k = 0; k < stations; k++) {
                q[r][k] = split.queueing[r][k] > 0 ? (double) users[r] / (stations + 1) : 0;
            }
        }
        double[] x = new double[classCount];
        double[][] residence = new double[classCount][stations];
        double[][] queued = new double[classCount][stations];
        double[] totalQ = new double[stations];
        for (int iteration = 0; iteration < SCHWEITZER_MAX_ITERATIONS; iteration++) {
            java.util.Arrays.fill(totalQ, 0);
            for (int r = 0; r < classCount; r++) {
                for (int k = 0; k < stations; k++) {
                    totalQ[k] += q[r][k];
                }
            }
            double change = 0;
            for (int r = 0; r < classCount; r++) {
                if (users[r] == 0) {
                    continue;
                }
                double cycle = thinkTimes[r];
                for (int k = 0; k < stations; k++) {
                    double seen = Math.max(totalQ[k] - q[r][k] / users[r], 0);
                    queued[r][k] = split.queueing[r][k] * (1 + seen);
                    residence[r][k] = queued[r][k] + split.delay[r][k];
                    cycle += residence[r][k];
                }
                x[r] = users[r] / cycle;
                for (int k = 0; k < stations; k++) {
                    double updated = x[r] * queued[r][k];
                    change = Math.max(change, Math.abs(updated - q[r][k]) / users[r]);
                    q[r][k] = updated;
                }
            }
            if (change < SCHWEITZER_TOLERANCE) {
                break;
            }
        }
        return new MvaSolution(MvaSolution.Method.SCHWEITZER_BARD, split.usedSeidmann, x,
                residence, utilization(demands, servers, delay, x));
    }

    /**
     * Solves with the best affordable method: a single class always exactly
     * ({@link #exactSingleClass}, exact load-dependent multi-servers); several classes exactly
     * ({@link #exactMultiClass}) while {@code Π_r(N_r + 1) ≤ 100,000}, else by
     * {@link #schweitzerBard}. The solution says which was used.
     *
     * @throws IllegalArgumentException outside the domain
     */
    public static MvaSolution solve(double[][] demands, int[] servers, boolean[] delay,
            double[] thinkTimes, int[] users) {
        validate(demands, servers, delay, thinkTimes, users);
        if (demands.length == 1) {
            return exactSingleClass(demands[0], servers, delay, thinkTimes[0], users[0]);
        }
        return populationVectors(users) <= EXACT_POPULATION_VECTORS_LIMIT
                ? exactMultiClass(demands, servers, delay, thinkTimes, users)
                : schweitzerBard(demands, servers, delay, thinkTimes, users);
    }

    /** {@code Π_r (N_r + 1)}, saturating at {@code Long.MAX_VALUE}. */
    public static long populationVectors(int[] users) {
        long product = 1;
        for (int u : users) {
            if (u < 0) {
                throw new IllegalArgumentException("users must be >= 0, was " + u);
            }
            if (product > Long.MAX_VALUE / (u + 1L)) {
                return Long.MAX_VALUE;
            }
            product *= u + 1L;
        }
        return product;
    }

    // ---- shared -------------------------------------------------------------------------------

    /** Demands split into a queueing part and a pure delay part (Seidmann for c > 1). */
    private record Split(double[][] queueing, double[][] delay, boolean usedSeidmann) {

        static Split of(double[][] demands, int[] servers, boolean[] isDelay) {
            int classCount = demands.length;
            int stations = servers.length;
            double[][] queueing = new double[classCount][stations];
            double[][] delay = new double[classCount][stations];
            boolean seidmann = false;
            for (int r = 0; r < classCount; r++) {
                for (int k = 0; k < stations; k++) {
                    double d = demands[r][k];
                    if (isDelay[k]) {
                        delay[r][k] = d;
                    } else if (servers[k] == 1) {
                        queueing[r][k] = d;
                    } else {
                        queueing[r][k] = d / servers[k];
                        delay[r][k] = d - queueing[r][k];
                        seidmann |= d > 0;
                    }
                }
            }
            return new Split(queueing, delay, seidmann);
        }
    }

    private static double[] utilization(double[][] demands, int[] servers, boolean[] delay,
            double[] x) {
        double[] u = new double[servers.length];
        for (int k = 0; k < servers.length; k++) {
            if (delay[k]) {
                continue;
            }
            double sum = 0;
            for (int r = 0; r < demands.length; r++) {
                sum += x[r] * demands[r][k];
            }
            u[k] = Math.min(sum / servers[k], 1.0);
        }
        return u;
    }

    private static void validate(double[][] demands, int[] servers, boolean[] delay,
            double[] thinkTimes, int[] users) {
        if (demands == null || servers == null || delay == null || thinkTimes == null
                || users == null) {
            throw new IllegalArgumentException("arguments must not be null");
        }
        int classCount = demands.length;
        if (classCount == 0) {
            throw new IllegalArgumentException("at least one class is required");
        }
        int stations = servers.length;
        if (delay.length != stations) {
            throw new IllegalArgumentException("delay flags: expected " + stations
                    + " stations, got " + delay.length);
        }
        if (thinkTimes.length != classCount || users.length != classCount) {
            throw new IllegalArgumentException("think times and users need one entry per class ("
                    + classCount + "), got " + thinkTimes.length + " and " + users.length);
        }
        for (int k = 0; k < stations; k++) {
            if (servers[k] < 1) {
                throw new IllegalArgumentException(
                        "servers[" + k + "] must be >= 1, was " + servers[k]);
            }
        }
        for (int r = 0; r < classCount; r++) {
            if (demands[r] == null || demands[r].length != stations) {
                throw new IllegalArgumentException("demands[" + r + "]: expected " + stations
                        + " stations");
            }
            double cycle = Checks.finiteNonNegative("thinkTimes[" + r + "]", thinkTimes[r]);
            for (int k = 0; k < stations; k++) {
                cycle += Checks.finiteNonNegative("demands[" + r + "][" + k + "]", demands[r][k]);
            }
            if (users[r] < 0) {
                throw new IllegalArgumentException(
                        "users[" + r + "] must be >= 0, was " + users[r]);
            }
            if (users[r] > 0 && !(cycle > 0 && Double.isFinite(cycle))) {
                throw new IllegalArgumentException("class " + r
                        + " has users but no think time and no demand: throughput would be infinite");
            }
        }
    }
}
