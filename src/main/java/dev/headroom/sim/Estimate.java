package dev.headroom.sim;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * A simulated figure: the mean of the independent replications' values and the half-width of its
 * 95% confidence interval, {@code t(0.975, R−1) · s / √R} (Student t over R replications; see
 * A. M. Law, <i>Simulation Modeling and Analysis</i>, 5th ed., §9.4.1). The half-width is null
 * with fewer than two replications; the value is null when no replication observed it.
 *
 * @param value the point estimate, or null
 * @param ci95 the 95% half-width, or null
 */
public record Estimate(Double value, Double ci95) {

    /** Whether {@code x} lies in {@code value ± ci95}. */
    public boolean covers(double x) {
        return value != null && ci95 != null && Math.abs(value - x) <= ci95;
    }

    /** The estimate times {@code f} (unit changes). */
    public Estimate times(double f) {
        return new Estimate(value == null ? null : value * f, ci95 == null ? null : ci95 * f);
    }

    /** From one value per replication; NaN values (nothing observed) are left out. */
    public static Estimate of(double[] perReplication) {
        int r = 0;
        double sum = 0;
        for (double v : perReplication) {
            if (!Double.isNaN(v)) {
                r++;
                sum += v;
            }
        }
        if (r == 0) {
            return new Estimate(null, null);
        }
        double mean = sum / r;
        if (r < 2) {
            return new Estimate(mean, null);
        }
        double ss = 0;
        for (double v : perReplication) {
            if (!Double.isNaN(v)) {
                ss += (v - mean) * (v - mean);
            }
        }
        double sd = Math.sqrt(ss / (r - 1));
        double t = new TDistribution(null, r - 1).inverseCumulativeProbability(0.975);
        return new Estimate(mean, t * sd / Math.sqrt(r));
    }
}
