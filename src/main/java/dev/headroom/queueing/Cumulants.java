package dev.headroom.queueing;

/**
 * The first three cumulants of a random time: {@code k1} the mean, {@code k2} the variance and
 * {@code k3} the third central moment. Cumulants of independent variables add, which makes them
 * the natural currency for the latency of a request that crosses several stations.
 *
 * <p>Service-time shapes ({@link #service(double, double)}) follow the simulator's documented
 * choice: coefficient of variation 0 is constant, below 1 a gamma with shape {@code 1/cv²}, 1 an
 * exponential, above 1 a balanced-means two-phase hyperexponential.
 *
 * @param k1 mean, finite
 * @param k2 variance, finite and {@code ≥ 0}
 * @param k3 third central moment {@code E[(X − k1)³]}, finite
 */
public record Cumulants(double k1, double k2, double k3) {

    /** The cumulants of the constant 0, the neutral element of {@link #plus}. */
    public static final Cumulants ZERO = new Cumulants(0, 0, 0);

    /**
     * @throws IllegalArgumentException when a cumulant is not finite or the variance is negative
     */
    public Cumulants {
        if (!Double.isFinite(k1) || !Double.isFinite(k2) || !Double.isFinite(k3)) {
            throw new IllegalArgumentException(
                    "cumulants must be finite, were (" + k1 + ", " + k2 + ", " + k3 + ")");
        }
        if (k2 < 0) {
            throw new IllegalArgumentException("variance k2 must be >= 0, was " + k2);
        }
    }

    /** The mean {@code k1}. */
    public double mean() {
        return k1;
    }

    /** The variance {@code k2}. */
    public double variance() {
        return k2;
    }

    /** The skewness {@code k3 / k2^{3/2}}; 0 when the variance is 0. */
    public double skewness() {
        return k2 == 0 ? 0 : k3 / (k2 * Math.sqrt(k2));
    }

    /** The cumulants of the sum of this variable and an independent {@code other}. */
    public Cumulants plus(Cumulants other) {
        return new Cumulants(k1 + other.k1, k2 + other.k2, k3 + other.k3);
    }

    /**
     * The cumulants of {@code factor·X}: {@code (a·k1, a²·k2, a³·k3)}. Scaling a time by a
     * deterministic factor (not summing independent copies: see {@link #randomSum}).
     *
     * @param factor finite scale factor
     */
    public Cumulants times(double factor) {
        if (!Double.isFinite(factor)) {
            throw new IllegalArgumentException("factor must be finite, was " + factor);
        }
        return new Cumulants(factor * k1, factor * factor * k2, factor * factor * factor * k3);
    }

    /** A constant time {@code d ≥ 0}: {@code (d, 0, 0)}. */
    public static Cumulants constant(double d) {
        return new Cumulants(Checks.finiteNonNegative("constant time", d), 0, 0);
    }

    /** A deterministic service time; the same as {@link #constant(double)}. */
    public static Cumulants deterministic(double mean) {
        return constant(mean);
    }

    /**
     * An exponential time with mean {@code m > 0}: cumulants {@code (m, m², 2m³)}
     * ({@code κ_n = (n−1)!·m^n}).
     */
    public static Cumulants exponential(double mean) {
        double m = Checks.finitePositive("mean", mean);
        return new Cumulants(m, m * m, 2 * m * m * m);
    }

    /**
     * A gamma time with the given mean and squared coefficient of variation: shape
     * {@code 1/scv}, scale {@code m·scv}; cumulants {@code (m, m²·scv, 2m³·scv²)}
     * ({@code κ_n = (n−1)!·shape·scale^n}). {@code scv = 0} is a constant; {@code scv = 1/k} is
     * Erlang-k.
     *
     * @param mean mean, {@code > 0}
     * @param scv  squared coefficient of variation, {@code ≥ 0}
     */
    public static Cumulants gamma(double mean, double scv) {
        double m = Checks.finitePositive("mean", mean);
        double s = Checks.finiteNonNegative("SCV", scv);
        return new Cumulants(m, m * m * s, 2 * m * m * m * s * s);
    }

    /**
     * A two-phase hyperexponential with balanced means (each branch contributes half the mean):
     * branch probabilities {@code p1,2 = (1 ± √((scv−1)/(scv+1)))/2}, rates
     * {@code μ_i = 2p_i/m}. Raw moments {@code E[X²] = (m²/2)·Σ1/p_i},
     * {@code E[X³] = (3m³/4)·Σ1/p_i²}. Reference: W. Whitt, "Approximating a point process by a
     * renewal process, I", <i>Operations Research</i> 30(1), 1982, §3; Allen (1990) §6.
     *
     * @param mean mean, {@code > 0}
     * @param scv  squared coefficient of variation, {@code ≥ 1} (1 gives the exponential)
     */
    public static Cumulants hyperexponentialBalanced(double mean, double scv) {
        double m = Checks.finitePositive("mean", mean);
        if (!Double.isFinite(scv) || scv < 1) {
            throw new IllegalArgumentException(
                    "a hyperexponential needs an SCV >= 1, was " + scv);
        }
        // p1·p2 = 1/(2(scv+1)), so Σ1/p_i = 2(scv+1) and Σ1/p_i² = (Σ1/p_i)² − 2/(p1 p2).
        double sumInv = 2 * (scv + 1);
        double sumInvSq = sumInv * sumInv - 4 * (scv + 1);
        double m2 = m * m / 2 * sumInv;
        double m3 = 0.75 * m * m * m * sumInvSq;
        double variance = m * m * scv;
        double third = m3 - 3 * m * m2 + 2 * m * m * m;
        return new Cumulants(m, variance, third);
    }

    /**
     * A service time with mean {@code mean} and coefficient of variation {@code cv}, shaped as the
     * simulator samples it: {@code cv = 0} deterministic; {@code 0 < cv < 1} gamma with shape
     * {@code 1/cv²} (Erlang-k when {@code 1/cv²} is an integer k); {@code cv = 1} exponential;
     * {@code cv > 1} balanced-means two-phase hyperexponential
     * ({@link #hyperexponentialBalanced}).
     *
     * @param mean mean, {@code > 0} (0 is allowed and gives a zero constant)
     * @param cv   coefficient of variation, {@code ≥ 0}
     */
    public static Cumulants service(double mean, double cv) {
        ServiceShape s = ServiceShape.of(mean, cv);
        return switch (s.kind()) {
            case CONSTANT -> deterministic(mean);
            case GAMMA -> gamma(mean, cv * cv);
            case EXPONENTIAL -> exponential(mean);
            case HYPEREXPONENTIAL -> hyperexponentialBalanced(mean, cv * cv);
        };
    }

    /**
     * A queueing wait: 0 with probability {@code 1 − p}, else exponential with mean {@code w} (the
     * M/M/c wait, with {@code p = C(c, a)} and {@code w = 1/θ}). Raw moments
     * {@code E[W^n] = p·n!·w^n}, hence {@code (p·w, p(2−p)·w², 2p(3 − 3p + p²)·w³)}.
     *
     * @param pWait             probability of waiting, in [0, 1]
     * @param meanWaitGivenWait mean wait of those who wait, {@code ≥ 0}
     */
    public static Cumulants waitMixture(double pWait, double meanWaitGivenWait) {
        double p = Checks.probability("probability of waiting", pWait);
        double w = Checks.finiteNonNegative("mean wait given wait", meanWaitGivenWait);
        return new Cumulants(p * w, p * (2 - p) * w * w, 2 * p * (3 - 3 * p + p * p) * w * w * w);
    }

    /**
     * The sum of a random number {@code N} of i.i.d. copies of {@code perVisit}, {@code N}
     * independent of the copies (a compound distribution). From {@code K_S(t) = K_N(K_X(t))}
     * (Faà di Bruno), exactly:
     * <pre>
     *   K1 = E[N]·κ1
     *   K2 = E[N]·κ2 + Var[N]·κ1²
     *   K3 = E[N]·κ3 + 3·Var[N]·κ1·κ2 + μ3[N]·κ1³
     * </pre>
     * Reference: N. L. Johnson, A. W. Kemp, S. Kotz, <i>Univariate Discrete Distributions</i>,
     * 3rd ed. (2005), §1.2.11 (cumulants of compound distributions).
     *
     * @param perVisit            cumulants of one visit
     * @param meanVisits          {@code E[N] ≥ 0}
     * @param varVisits           {@code Var[N] ≥ 0}
     * @param thirdCentralVisits  {@code E[(N − E[N])³]}, finite
     */
    public static Cumulants randomSum(Cumulants perVisit, double meanVisits, double varVisits,
            double thirdCentralVisits) {
        double n1 = Checks.finiteNonNegative("mean visits", meanVisits);
        double n2 = Checks.finiteNonNegative("variance of visits", varVisits);
        if (!Double.isFinite(thirdCentralVisits)) {
            throw new IllegalArgumentException(
                    "third central moment of visits must be finite, was " + thirdCentralVisits);
        }
        double x1 = perVisit.k1;
        double x2 = perVisit.k2;
        double x3 = perVisit.k3;
        return new Cumulants(
                n1 * x1,
                n1 * x2 + n2 * x1 * x1,
                n1 * x3 + 3 * n2 * x1 * x2 + thirdCentralVisits * x1 * x1 * x1);
    }

    /**
     * The sum over a visit count that is {@code ⌊v⌋} with probability {@code 1 − f} and
     * {@code ⌊v⌋ + 1} with probability {@code f = v − ⌊v⌋} (the simulator's floor + Bernoulli rule
     * for fractional calls): {@code N} has mean {@code v}, variance {@code f(1−f)} and third central
     * moment {@code f(1−f)(1−2f)}. An integer {@code v} gives exactly {@code v} visits.
     *
     * @param perVisit   cumulants of one visit
     * @param meanVisits {@code v ≥ 0}
     */
    public static Cumulants fractionalVisits(Cumulants perVisit, double meanVisits) {
        double v = Checks.finiteNonNegative("mean visits", meanVisits);
        double f = v - Math.floor(v);
        double var = f * (1 - f);
        return randomSum(perVisit, v, var, var * (1 - 2 * f));
    }
}
