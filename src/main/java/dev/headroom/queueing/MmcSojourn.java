package dev.headroom.queueing;

/**
 * The exact response-time (sojourn) distribution of a stable M/M/c FCFS queue: wait plus service.
 *
 * <p>An arrival waits with probability {@code C = C(c, λ/μ)} (Erlang C) and then for an
 * exponential time of rate {@code θ = cμ − λ}; its service is exponential with rate {@code μ},
 * independent of the wait. Hence, with {@code H(t)} the survival function of a sum of
 * independent Exp(θ) and Exp(μ) variables,
 * <pre>  P(T &gt; t) = (1 − C)·e^{−μt} + C·H(t).</pre>
 * Reference: D. Gross, J. F. Shortle, J. M. Thompson, C. M. Harris, <i>Fundamentals of Queueing
 * Theory</i>, 4th ed. (2008), §2.3, eq. (2.32)–(2.33); Kleinrock Vol. 1 §3.5.
 *
 * <p>Numerics: with {@code a = min(θ, μ)}, {@code b = max(θ, μ)} and {@code x = (b − a)t},
 * {@code H(t) = e^{−at}·(1 + a·t·φ(x))} where {@code φ(x) = (1 − e^{−x})/x} is evaluated as
 * {@code −expm1(−x)/x} (and by its Taylor series for {@code x < 1e-6}). Every term is positive, so
 * there is no cancellation when {@code θ ≈ μ}, and at {@code θ = μ} it reduces to the Gamma(2)
 * survival {@code e^{−μt}(1 + μt)}. For {@code c = 1} the mixture collapses to
 * {@code e^{−(μ−λ)t}}, which is used directly so that M/M/1 quantiles are exact closed forms.
 */
public final class MmcSojourn {

    private static final double SERIES_THRESHOLD = 1e-6;

    private final int servers;
    private final double mu;
    private final double theta;
    private final double pWait;

    private MmcSojourn(int servers, double mu, double theta, double pWait) {
        this.servers = servers;
        this.mu = mu;
        this.theta = theta;
        this.pWait = pWait;
    }

    /**
     * The sojourn-time distribution of an M/M/c queue.
     *
     * @param c           servers, {@code ≥ 1}
     * @param lambda      arrival rate, finite and {@code ≥ 0}
     * @param meanService mean service time {@code 1/μ}, finite and {@code > 0}
     * @throws IllegalArgumentException outside the domain, including {@code λ/μ ≥ c}
     */
    public static MmcSojourn of(int c, double lambda, double meanService) {
        double theta = MultiServer.waitRate(c, lambda, meanService);
        double pWait = MultiServer.probabilityOfWait(c, lambda, meanService);
        return new MmcSojourn(c, 1 / meanService, theta, pWait);
    }

    /** Probability that an arrival waits, {@code C(c, λ/μ)}. */
    public double probabilityOfWait() {
        return pWait;
    }

    /** Mean sojourn time {@code 1/μ + C/θ}. */
    public double mean() {
        return 1 / mu + pWait / theta;
    }

    /** Variance {@code 1/μ² + C(2 − C)/θ²} (wait and service are independent). */
    public double variance() {
        return 1 / (mu * mu) + pWait * (2 - pWait) / (theta * theta);
    }

    /**
     * {@code P(T > t)}.
     *
     * @param t time, not NaN; negative times give 1
     */
    public double survival(double t) {
        if (Double.isNaN(t)) {
            throw new IllegalArgumentException("time t must not be NaN");
        }
        if (t <= 0) {
            return 1.0;
        }
        if (servers == 1) {
            // (1 − ρ)e^{−μt} + ρ·H(t) = e^{−(μ−λ)t} exactly when c = 1 (θ = μ − λ).
            return Math.exp(-theta * t);
        }
        return (1 - pWait) * Math.exp(-mu * t) + pWait * twoPhaseSurvival(theta, mu, t);
    }

    /** {@code P(T ≤ t)}. */
    public double cdf(double t) {
        return 1 - survival(t);
    }

    /**
     * The p-quantile: the {@code t} with {@code P(T ≤ t) = p}, found by bracketing and bisection
     * to a relative width of 1e-12 (the survival function is continuous and strictly decreasing).
     *
     * @param p probability in [0, 1)
     * @throws IllegalArgumentException when {@code p} is outside [0, 1)
     */
    public double quantile(double p) {
        if (!(p >= 0 && p < 1)) {
            throw new IllegalArgumentException("probability p must be in [0, 1), was " + p);
        }
        if (p == 0) {
            return 0.0;
        }
        double target = 1 - p;
        if (servers == 1) {
            return -Math.log1p(-p) / theta;
        }
        double lo = 0;
        double hi = mean();
        while (survival(hi) > target) {
            lo = hi;
            hi *= 2;
        }
        for (int i = 0; i < 200 && hi - lo > 1e-12 * hi; i++) {
            double mid = 0.5 * (lo + hi);
            if (survival(mid) > target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /**
     * Survival function of the sum of independent exponentials with rates {@code r1, r2} (a
     * hypoexponential, or Gamma(2) when the rates coincide), evaluated without cancellation.
     */
    static double twoPhaseSurvival(double r1, double r2, double t) {
        double a = Math.min(r1, r2);
        double b = Math.max(r1, r2);
        double x = (b - a) * t;
        double phi;
        if (x < SERIES_THRESHOLD) {
            phi = 1 - x / 2 * (1 - x / 3);
        } else {
            phi = -Math.expm1(-x) / x;
        }
        return Math.exp(-a * t) * (1 + a * t * phi);
    }
}
