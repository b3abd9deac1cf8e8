package dev.headroom.queueing;

/**
 * The M/M/c/K queue: {@code c} servers, exponential service, Poisson arrivals, room for at most
 * {@code K = c + waitingRoom} requests; an arrival that finds it full is lost (load shedding).
 * Exact for exponential service at any load, also above {@code λS = c}, where an unbounded queue
 * has no steady state but a bounded one does.
 *
 * <p>The stationary distribution is {@code p_n = p_0 a^n / n!} for {@code n < c} and
 * {@code p_n = p_c ρ^(n−c)} for {@code c ≤ n ≤ K}, with {@code a = λS} and {@code ρ = a/c}
 * (D. Gross, C. M. Harris, <i>Fundamentals of Queueing Theory</i>, 4th ed., §2.5, eqs.
 * (2.45)–(2.52); L. Kleinrock, <i>Queueing Systems, Vol. 1</i>, §3.7). The states below
 * {@code c} are summed through the Erlang-B recurrence ({@code Σ_{n<c} p_n / p_c = 1/B(c, a) − 1}),
 * the geometric tail in closed form on a log scale, so that neither a large {@code c} nor a
 * large {@code K} at {@code ρ > 1} overflows. M/M/1/K gives the familiar loss
 * {@code (1−ρ)ρ^K / (1−ρ^(K+1))}; a waiting room of 0 gives Erlang B.
 *
 * <p>An admitted arrival that finds {@code c + j} present ({@code 0 ≤ j < waitingRoom}) waits an
 * Erlang({@code j+1}, {@code c/S}) time; {@link Result#waitCumulants()} is that mixture's first
 * three cumulants (exact up to a waiting room of 65,536; beyond it the number ahead is taken as
 * continuous within its truncated exponential law for the second and third moments).
 */
public final class BoundedQueue {
    /** Above this waiting room the higher moments of the number ahead are taken as continuous. */
    static final long EXACT_ROOM = 65_536;

    private BoundedQueue() {}

    /**
     * The figures of one M/M/c/K queue (times in the unit of {@code meanService}).
     *
     * @param lossProbability share of arrivals rejected: {@code p_K}
     * @param carriedLoad mean busy servers {@code a(1 − p_K)}
     * @param meanQueue mean number waiting {@code L_q}
     * @param meanWaitAdmitted mean wait of an admitted arrival, {@code L_q / (λ(1 − p_K))}
     * @param probWaitAdmitted probability that an admitted arrival waits
     * @param waitAdmitted the first three cumulants of an admitted arrival's wait
     */
    public record Result(double lossProbability, double carriedLoad, double meanQueue,
            double meanWaitAdmitted, double probWaitAdmitted, Cumulants waitAdmitted) {

        /** Utilization of the servers, {@code a(1 − p_K)/c}. */
        public double utilization(int c) {
            return carriedLoad / c;
        }

        /** Mean number present, waiting or in service. */
        public double meanPresent() {
            return meanQueue + carriedLoad;
        }
    }

    /**
     * Solves M/M/c/K with {@code K = c + waitingRoom}.
     *
     * @param c servers, {@code ≥ 1}
     * @param lambda arrival rate, finite and {@code ≥ 0} (any load)
     * @param meanService mean service time, finite and {@code > 0}
     * @param waitingRoom places to wait, {@code ≥ 0}
     * @throws IllegalArgumentException outside the domain
     */
    public static Result of(int c, double lambda, double meanService, long waitingRoom) {
        Checks.positive("servers c", c);
        Checks.finiteNonNegative("arrival rate lambda", lambda);
        Checks.finitePositive("mean service time", meanService);
        if (waitingRoom < 0) {
            throw new IllegalArgumentException("waiting room must be >= 0, was " + waitingRoom);
        }
        double a = lambda * meanService;
        if (a == 0) {
            return new Result(0, 0, 0, 0, 0, Cumulants.ZERO);
        }
        double b = ErlangC.erlangB(c, a);
        // Σ_{n<c} p_n in units of p_c; infinite when B underflowed (p_c is then negligible)
        double below = b == 0 ? Double.POSITIVE_INFINITY : 1 / b - 1;
        double lnr = Math.log(a / c);
        long m = waitingRoom;
        Geometric all = Geometric.of(lnr, m);
        double pAtLeastC = below == Double.POSITIVE_INFINITY ? 0
                : 1 / (1 + below * Math.exp(-all.logSum));
        double loss = pAtLeastC * Math.exp(all.logTop);
        double lq = pAtLeastC * all.mean;
        double carried = a * (1 - loss);
        double pWaitAdmitted = loss >= 1 ? 0 : Math.max(0, (pAtLeastC - loss) / (1 - loss));
        double wq = carried > 0 ? lq / (lambda * (1 - loss)) : 0;
        Cumulants wait = Cumulants.ZERO;
        if (m > 0 && pWaitAdmitted > 0) {
            Geometric ahead = Geometric.of(lnr, m - 1);
            double theta = c / meanService;
            // Y = Erlang(j+1, θ) given j ahead: by the law of total cumulance,
            // κ1 = E[j+1]/θ, κ2 = (E[j+1] + Var j)/θ², κ3 = (2E[j+1] + 3 Var j + κ3(j))/θ³
            double mu = (ahead.mean + 1) / theta;
            double var = (ahead.mean + 1 + ahead.var) / (theta * theta);
            double k3 = (2 * (ahead.mean + 1) + 3 * ahead.var + ahead.k3) / (theta * theta * theta);
            // X = Y with probability p, else 0
            double p = pWaitAdmitted;
            double q = 1 - p;
            wait = new Cumulants(p * mu, p * var + p * q * mu * mu,
                    p * k3 + 3 * p * q * mu * var + p * q * (q - p) * mu * mu * mu);
        }
        return new Result(loss, carried, lq, wq, pWaitAdmitted, wait);
    }

    /**
     * The law {@code P(j) ∝ e^{j·lnr}} on {@code j = 0..n}: the log of its total weight, the log
     * of {@code P(j = n)}, its mean, variance and third central moment.
     */
    record Geometric(double logSum, double logTop, double mean, double var, double k3) {
        static Geometric of(double lnr, long n) {
            if (n == 0) {
                return new Geometric(0, 0, 0, 0, 0);
            }
            if (n <= EXACT_ROOM) {
                return exact(lnr, (int) n);
            }
            return large(lnr, n);
        }

        /** Summed term by term, each weight scaled by the largest so that nothing overflows. */
        private static Geometric exact(double lnr, int n) {
            int top = lnr > 0 ? n : 0;
            double s = 0;
            double s1 = 0;
            for (int j = 0; j <= n; j++) {
                double w = Math.exp((j - top) * lnr);
                s += w;
                s1 += w * j;
            }
            double mean = s1 / s;
            double c2 = 0;
            double c3 = 0;
            for (int j = 0; j <= n; j++) {
                double w = Math.exp((j - top) * lnr);
                double d = j - mean;
                c2 += w * d * d;
                c3 += w * d * d * d;
            }
            double logTop = lnr > 0 ? -Math.log(s) : n * lnr - Math.log(s);
            return new Geometric(Math.log(s) + top * lnr, logTop, mean, c2 / s, c3 / s);
        }

        /**
         * A large waiting room (more than {@link #EXACT_ROOM}). When the weights fall by
         * {@code e^40} or more across the room, the truncation is below double precision and the
         * moments are the untruncated geometric law's, seen from the heavy end. Otherwise the
         * decay length exceeds 1,600 places and the law is taken as continuous for the second and
         * third moments (a relative error below 1e-3); the total weight and the mean stay exact.
         */
        private static Geometric large(double lnr, long n) {
            double z = (n + 1) * lnr;
            double logSum;
            double logTop;
            if (Math.abs(z) < 1e-3) {
                logSum = Math.log(n + 1.0) + n * lnr / 2;
                logTop = n * lnr - logSum;
            } else if (lnr > 0) {
                // Σ r^j = r^(n+1)·(1 − r^−(n+1))/(r − 1); from the top: Σ r^(j−n)
                double fromTop = Math.log(-Math.expm1(-z)) - Math.log(-Math.expm1(-lnr));
                logSum = n * lnr + fromTop;
                logTop = -fromTop;
            } else {
                logSum = Math.log(Math.expm1(z) / Math.expm1(lnr));
                logTop = n * lnr - logSum;
            }
            double mean = meanOf(lnr, n);
            if (Math.abs(lnr) * n > 40) {
                double q = Math.exp(-Math.abs(lnr)); // ratio away from the heavy end
                double var = q / ((1 - q) * (1 - q));
                double k3 = q * (1 + q) / ((1 - q) * (1 - q) * (1 - q));
                // seen from the top (lnr > 0), j = n − i mirrors the skew
                return new Geometric(logSum, logTop, mean, var, lnr < 0 ? k3 : -k3);
            }
            double[] c = continuousMoments(lnr, n);
            double v = c[1] - c[0] * c[0];
            double k3 = c[2] - 3 * c[0] * c[1] + 2 * c[0] * c[0] * c[0];
            return new Geometric(logSum, logTop, mean, v, k3);
        }

        /** {@code E[j]} for weights {@code e^{j·lnr}} on 0..n, without cancellation near lnr = 0. */
        static double meanOf(double lnr, long n) {
            // E[j] = 1/(e^{-lnr} − 1) − (n+1)/(e^{-(n+1)lnr} − 1), written with u = −lnr
            double u = -lnr;
            double z = (n + 1) * u;
            if (Math.abs(z) < 1e-3) {
                double np1 = n + 1.0;
                return n / 2.0 + u * (1 - np1 * np1) / 12;
            }
            double second = z > 700 ? 0 : (n + 1) / Math.expm1(z);
            if (z < -700) {
                // r^(n+1) overflows: the weight sits at the top, E[j] = n + 1 + 1/(e^u − 1)
                return n + 1 + 1 / Math.expm1(u);
            }
            return 1 / Math.expm1(u) - second;
        }

        /** Raw moments 1..3 of the density ∝ e^{x·lnr} on [0, n]. */
        private static double[] continuousMoments(double lnr, long n) {
            double len = n;
            double t = lnr * len;
            if (Math.abs(t) < 1e-6) {
                return new double[] {len / 2, len * len / 3, len * len * len / 4};
            }
            // moments of the truncated exponential on [0, 1] with parameter t, scaled by len
            double[] m = new double[3];
            if (t > 0) {
                // mirror: x = 1 − y with y ∝ e^{−t y}
                double[] y = truncatedExponential(t);
                m[0] = 1 - y[0];
                m[1] = 1 - 2 * y[0] + y[1];
                m[2] = 1 - 3 * y[0] + 3 * y[1] - y[2];
            } else {
                m = truncatedExponential(-t);
            }
            return new double[] {m[0] * len, m[1] * len * len, m[2] * len * len * len};
        }

        /** Moments 1..3 of the density ∝ e^{−s·y} on [0, 1], s > 0. */
        private static double[] truncatedExponential(double s) {
            if (s < 1) {
                // ∫_0^1 y^k e^{−sy} dy = Σ_i (−s)^i / (i! (k+i+1)), no cancellation for s < 1
                double[] g = new double[4];
                for (int k = 0; k <= 3; k++) {
                    double term = 1;
                    double sum = 0;
                    for (int i = 0; i < 30; i++) {
                        sum += term / (k + i + 1);
                        term *= -s / (i + 1);
                    }
                    g[k] = sum;
                }
                return new double[] {g[1] / g[0], g[2] / g[0], g[3] / g[0]};
            }
            // E[y^k] = k!/s^k · P(Gamma(k+1, s) ≤ 1) / P(Exp(s) ≤ 1), by incomplete gammas
            double q = -Math.expm1(-s);
            double e = Math.exp(-s);
            double g1 = (1 - e * (1 + s)) / (s * s);
            double g2 = (2 - e * (2 + 2 * s + s * s)) / (s * s * s);
            double g3 = (6 - e * (6 + 6 * s + 3 * s * s + s * s * s)) / (s * s * s * s);
            double norm = q / s;
            return new double[] {g1 / norm, g2 / norm, g3 / norm};
        }
    }
}
