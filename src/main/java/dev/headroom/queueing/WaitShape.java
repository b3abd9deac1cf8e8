package dev.headroom.queueing;

/**
 * The distribution of a queueing wait given that the arrival waits, as a mixture of (at most
 * two) exponentials: {@code P(W > t | W > 0) = Σ w_i·e^(−t/m_i)}.
 *
 * <p>Exponential service ({@code scv ≤ 1} here): one exponential with the M/M/c mean
 * {@code 1/(cμ − λ)} scaled by Allen–Cunneen, as before. Bursty service ({@code scv > 1}): the
 * service is taken as the balanced-means two-phase hyperexponential the simulator samples, and
 * the wait is that of the M/H2/1 queue, exact: with {@code B*(s) = Σ p_i μ_i/(s + μ_i)}, the
 * Pollaczek–Khinchine transform {@code W*(s) = (1 − ρ)s / (s − λ + λB*(s))} has two poles
 * {@code −r_1, −r_2}, the roots of {@code s² + (μ_1 + μ_2 − λ)s + μ_1μ_2 − λ(μ_1 + μ_2)
 * + λ(p_1μ_1 + p_2μ_2) = 0}, so {@code P(W > t) = (1 − ρ) Σ A_i/r_i·e^(−r_i t)} with
 * {@code A_i = (μ_1 − r_i)(μ_2 − r_i)/(r_j − r_i)} (Kleinrock, <i>Queueing Systems</i> vol. 1,
 * §5.6, the M/G/1 waiting time, with the rational transform of a hyperexponential service).
 * Most waits are short (behind an ordinary job) and a few very long (behind one of the rare
 * long jobs), which one exponential cannot show. A c-server station uses the single server of
 * c times the speed at the same utilization (the shape; its probability of waiting stays Erlang
 * C), whose conditional mean is exactly the Allen–Cunneen one; arrivals that are not Poisson
 * scale the means by {@code (ca² + cs²)/(1 + cs²)}, again the Allen–Cunneen factor.
 *
 * @param weights the mixture weights, summing to 1
 * @param means the exponentials' means (same unit as the service time)
 */
public record WaitShape(double[] weights, double[] means) {

    /**
     * The conditional wait of a station.
     *
     * @param c servers
     * @param lambda arrival rate
     * @param meanService mean service time
     * @param arrivalScv SCV of the arrivals
     * @param serviceScv SCV of the service times
     */
    public static WaitShape of(int c, double lambda, double meanService, double arrivalScv,
            double serviceScv) {
        double meanGivenWait = MultiServer.meanWaitGivenWait(c, lambda, meanService)
                * (arrivalScv + serviceScv) / 2;
        if (serviceScv <= 1) {
            return new WaitShape(new double[] {1}, new double[] {meanGivenWait});
        }
        // one server c times as fast, same utilization
        double s = meanService / c;
        double rho = lambda * s;
        double p1 = (1 + Math.sqrt((serviceScv - 1) / (serviceScv + 1))) / 2;
        double p2 = 1 - p1;
        double mu1 = 2 * p1 / s;
        double mu2 = 2 * p2 / s;
        double b = mu1 + mu2 - lambda;
        double k = mu1 * mu2 - lambda * (mu1 + mu2) + lambda * (p1 * mu1 + p2 * mu2);
        double disc = Math.sqrt(Math.max(0, b * b - 4 * k));
        // the smaller root by the product of roots, which avoids cancellation
        double r1 = (b + disc) / 2;
        double r2 = k / r1;
        double a1 = (mu1 - r1) * (mu2 - r1) / (r2 - r1);
        double a2 = (mu1 - r2) * (mu2 - r2) / (r1 - r2);
        double w1 = (1 - rho) * a1 / (r1 * rho);
        double w2 = (1 - rho) * a2 / (r2 * rho);
        double total = w1 + w2;
        if (!(w1 >= 0 && w2 >= 0 && total > 0 && Double.isFinite(total))) {
            return new WaitShape(new double[] {1}, new double[] {meanGivenWait});
        }
        w1 /= total;
        w2 /= total;
        // the same shape with its mean set to the Allen–Cunneen one (exact for c = 1, ca² = 1)
        double mean = w1 / r1 + w2 / r2;
        double scale = meanGivenWait / mean;
        return new WaitShape(new double[] {w1, w2}, new double[] {scale / r1, scale / r2});
    }

    /** The mean of the conditional wait. */
    public double mean() {
        double m = 0;
        for (int i = 0; i < weights.length; i++) {
            m += weights[i] * means[i];
        }
        return m;
    }
}
