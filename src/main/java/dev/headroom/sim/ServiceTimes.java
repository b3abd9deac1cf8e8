package dev.headroom.sim;

/**
 * Service-time samplers in flat arrays, one slot per (class, station): the shapes of
 * {@code queueing.Cumulants.service} and docs/simulator.md ("Service times"), shared by the
 * steady-state simulator and the drill engine so that both draw exactly the same distributions.
 */
public final class ServiceTimes {
    public static final int CONSTANT = 0;
    public static final int EXPONENTIAL = 1;
    public static final int GAMMA = 2;
    public static final int HYPER = 3;

    private final int[] type;
    private final double[] a;
    private final double[] b;
    private final double[] c;

    public ServiceTimes(int slots) {
        type = new int[slots];
        a = new double[slots];
        b = new double[slots];
        c = new double[slots];
    }

    /** Sets slot i to the shape for this mean and coefficient of variation. */
    public void set(int i, double mean, double cv) {
        if (mean == 0 || cv == 0) {
            type[i] = CONSTANT;
            a[i] = mean;
        } else if (cv < 1) {
            double shape = 1 / (cv * cv);
            double d = shape - 1.0 / 3;
            type[i] = GAMMA;
            a[i] = d;
            b[i] = 1 / Math.sqrt(9 * d);
            c[i] = mean / shape; // scale
        } else if (cv == 1) {
            type[i] = EXPONENTIAL;
            a[i] = mean;
        } else {
            double scv = cv * cv;
            double p1 = (1 + Math.sqrt((scv - 1) / (scv + 1))) / 2;
            type[i] = HYPER;
            a[i] = p1;
            b[i] = mean / (2 * p1); // branch means: each branch carries half the mean
            c[i] = mean / (2 * (1 - p1));
        }
    }

    /** A draw from slot i. */
    public double draw(int i, Rng rng) {
        switch (type[i]) {
            case EXPONENTIAL:
                return rng.exponential(a[i]);
            case CONSTANT:
                return a[i];
            case GAMMA:
                return rng.gamma(a[i], b[i]) * c[i];
            default:
                return rng.exponential(rng.nextDouble() < a[i] ? b[i] : c[i]);
        }
    }
}
