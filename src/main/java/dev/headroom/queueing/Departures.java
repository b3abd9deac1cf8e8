package dev.headroom.queueing;

/**
 * How variable the departures of a queue are, from the variability of its arrivals and its
 * service: the linking equation of Whitt's Queueing Network Analyzer,
 * {@code c_d² = 1 + (1 − ρ²)(c_a² − 1) + ρ²(c_s² − 1)/√c} (W. Whitt, "The Queueing Network
 * Analyzer", <i>Bell System Technical Journal</i> 62(9), 1983, §4.3 eq. (39)). Exact for M/G/1,
 * where it reduces to Marshall's {@code ρ²c_s² + 1 − ρ²}; exactly 1 for M/M/c (Burke's
 * theorem), so product-form networks keep their Poisson flows.
 *
 * <p>Splitting a flow (each departure goes on with probability p) gives {@code p·c² + 1 − p};
 * merging flows averages their c² weighted by rate (QNA's basic superposition, eq. (32)).
 */
public final class Departures {
    private Departures() {}

    /**
     * The squared coefficient of variation of the departures.
     *
     * @param c servers, {@code ≥ 1}
     * @param rho utilization in [0, 1] (a saturated queue departs at its service pace: use 1)
     * @param arrivalScv SCV of the interarrival times, {@code ≥ 0}
     * @param serviceScv SCV of the service times, {@code ≥ 0}
     */
    public static double scv(int c, double rho, double arrivalScv, double serviceScv) {
        Checks.positive("servers c", c);
        Checks.finiteNonNegative("arrival SCV", arrivalScv);
        Checks.finiteNonNegative("service SCV", serviceScv);
        double r = Math.min(Math.max(rho, 0), 1);
        double r2 = r * r;
        return Math.max(0, 1 + (1 - r2) * (arrivalScv - 1) + r2 * (serviceScv - 1) / Math.sqrt(c));
    }

    /** The SCV of a flow that takes each event of one with SCV {@code scv} with probability p. */
    public static double thinned(double scv, double p) {
        double q = Math.min(Math.max(p, 0), 1);
        return q * scv + 1 - q;
    }
}
