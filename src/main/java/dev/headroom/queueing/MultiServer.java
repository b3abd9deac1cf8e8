package dev.headroom.queueing;

/**
 * Mean waiting time of a multi-server FCFS queue with Poisson arrivals: exact M/M/c, and the
 * Allen–Cunneen approximation for general service times (M/G/c).
 *
 * <p>Allen–Cunneen scales the M/M/c wait by {@code (ca² + cs²)/2}; with Poisson arrivals
 * ({@code ca² = 1}) that is {@code (1 + cs²)/2}, exact for {@code c = 1} (Pollaczek–Khinchine)
 * and for exponential service. Reference: A. O. Allen, <i>Probability, Statistics, and Queueing
 * Theory</i>, 2nd ed. (1990), §6.4.4, eq. (6.143); Kleinrock Vol. 1 §3.5 eq. (3.40) for M/M/c.
 *
 * <p>Units: {@code lambda} and {@code meanService} must use reciprocal units (e.g. requests per
 * second and seconds); the wait comes out in the service-time unit.
 */
public final class MultiServer {

    private MultiServer() {
    }

    /**
     * Mean wait in queue {@code Wq = C(c, λS) / (c/S − λ) × (1 + cs²)/2}.
     *
     * @param c           servers, {@code ≥ 1}
     * @param lambda      arrival rate, finite and {@code ≥ 0}
     * @param meanService mean service time {@code S}, finite and {@code > 0}
     * @param serviceScv  squared coefficient of variation of service time, finite and {@code ≥ 0}
     *                    (1 for exponential: exact M/M/c)
     * @return mean wait, {@code ≥ 0}, finite
     * @throws IllegalArgumentException outside the domain, including {@code λS ≥ c}
     */
    public static double meanWait(int c, double lambda, double meanService, double serviceScv) {
        return meanWait(c, lambda, meanService, 1, serviceScv);
    }

    /**
     * Mean wait in queue for general arrivals (GI/G/c), Allen–Cunneen:
     * {@code Wq = C(c, λS) / (c/S − λ) × (ca² + cs²)/2}. With Poisson arrivals ({@code ca² = 1})
     * this is {@link #meanWait(int, double, double, double)}.
     *
     * @param arrivalScv squared coefficient of variation of the interarrival times, {@code ≥ 0}
     * @throws IllegalArgumentException outside the domain, including {@code λS ≥ c}
     */
    public static double meanWait(int c, double lambda, double meanService, double arrivalScv,
            double serviceScv) {
        Checks.finiteNonNegative("arrival SCV", arrivalScv);
        Checks.finiteNonNegative("service SCV", serviceScv);
        return probabilityOfWait(c, lambda, meanService) / waitRate(c, lambda, meanService)
                * (arrivalScv + serviceScv) / 2;
    }

    /**
     * The probability that an arrival waits, {@code C(c, λS)} (exact for M/M/c).
     *
     * @throws IllegalArgumentException outside the domain, including {@code λS ≥ c}
     */
    public static double probabilityOfWait(int c, double lambda, double meanService) {
        return ErlangC.erlangC(c, offeredLoad(c, lambda, meanService));
    }

    /**
     * The wait rate {@code θ = c/S − λ}: in M/M/c the wait of a customer who waits is exponential
     * with this rate (Kleinrock Vol. 1 §3.5 / Gross &amp; Harris, <i>Fundamentals of Queueing
     * Theory</i>, 4th ed., §2.3 eq. (2.32)).
     *
     * @return {@code θ > 0}
     * @throws IllegalArgumentException outside the domain, including {@code λS ≥ c}
     */
    public static double waitRate(int c, double lambda, double meanService) {
        // (c − a)/S rather than c/S − λ: c − a is exact and positive whenever a < c.
        return (c - offeredLoad(c, lambda, meanService)) / meanService;
    }

    /**
     * Mean wait of an arrival that does wait, {@code 1/θ} (exact for M/M/c); multiply by
     * {@code (1 + cs²)/2} for the Allen–Cunneen value.
     */
    public static double meanWaitGivenWait(int c, double lambda, double meanService) {
        return 1 / waitRate(c, lambda, meanService);
    }

    /**
     * Per-server utilization {@code ρ = λS/c}.
     *
     * @throws IllegalArgumentException for invalid arguments (any load, stable or not, is allowed)
     */
    public static double utilization(int c, double lambda, double meanService) {
        Checks.positive("servers c", c);
        Checks.finiteNonNegative("arrival rate lambda", lambda);
        Checks.finitePositive("mean service time", meanService);
        return lambda * meanService / c;
    }

    private static double offeredLoad(int c, double lambda, double meanService) {
        Checks.positive("servers c", c);
        Checks.finiteNonNegative("arrival rate lambda", lambda);
        Checks.finitePositive("mean service time", meanService);
        double a = lambda * meanService;
        if (a >= c) {
            throw new IllegalArgumentException("unstable queue: lambda*S=" + a
                    + " must be below the server count c=" + c);
        }
        return a;
    }
}
