package dev.headroom.sim;

import dev.headroom.queueing.ServiceShape;

/**
 * Service-time samplers in flat arrays, one slot per (class, station), for the drill engine: the
 * shapes of {@link ServiceShape} (docs/simulator.md "Service times"), drawn exactly as the
 * steady-state simulator draws them.
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
        ServiceShape shape = ServiceShape.of(mean, cv);
        switch (shape.kind()) {
            case CONSTANT -> {
                type[i] = CONSTANT;
                a[i] = mean;
            }
            case GAMMA -> {
                double d = shape.shape() - 1.0 / 3;
                type[i] = GAMMA;
                a[i] = d;
                b[i] = 1 / Math.sqrt(9 * d);
                c[i] = mean / shape.shape(); // scale
            }
            case EXPONENTIAL -> {
                type[i] = EXPONENTIAL;
                a[i] = mean;
            }
            case HYPEREXPONENTIAL -> {
                type[i] = HYPER;
                a[i] = shape.p1();
                b[i] = shape.mean1();
                c[i] = shape.mean2();
            }
            default -> throw new IllegalStateException(shape.kind().toString());
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
