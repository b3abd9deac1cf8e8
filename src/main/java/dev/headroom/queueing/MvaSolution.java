package dev.headroom.queueing;

import java.util.Arrays;

/**
 * The mean performance of a closed queueing network, per class {@code r} and station {@code k},
 * as computed by {@link Mva}. Times are per cycle of a request (a request's total over all its
 * visits to a station); response times exclude think time.
 */
public final class MvaSolution {

    /** How a solution was computed. */
    public enum Method {
        /** Exact mean value analysis (load-dependent for multi-server stations when single-class). */
        EXACT,
        /** Schweitzer–Bard approximate MVA (a fixed point, not exact). */
        SCHWEITZER_BARD
    }

    private final Method method;
    private final boolean seidmann;
    private final double[] throughput;
    private final double[][] residence;
    private final double[] utilization;

    MvaSolution(Method method, boolean seidmann, double[] throughput, double[][] residence,
            double[] utilization) {
        this.method = method;
        this.seidmann = seidmann;
        this.throughput = throughput.clone();
        this.residence = new double[residence.length][];
        for (int r = 0; r < residence.length; r++) {
            this.residence[r] = residence[r].clone();
        }
        this.utilization = utilization.clone();
    }

    /** The algorithm that produced this solution. */
    public Method method() {
        return method;
    }

    /**
     * Whether a multi-server station was replaced by Seidmann's approximation (a single server
     * with demand {@code D/c} plus a delay {@code D(c−1)/c}), making the figures approximate
     * even when {@link #method()} is {@link Method#EXACT}.
     */
    public boolean seidmannApproximation() {
        return seidmann;
    }

    /** Number of classes. */
    public int classes() {
        return throughput.length;
    }

    /** Number of stations. */
    public int stations() {
        return utilization.length;
    }

    /** Throughput of class {@code r} (requests per time unit). */
    public double throughput(int r) {
        return throughput[r];
    }

    /** Total throughput over all classes. */
    public double systemThroughput() {
        return Arrays.stream(throughput).sum();
    }

    /** Response time of class {@code r}, the sum of its residence times (think time excluded). */
    public double responseTime(int r) {
        return Arrays.stream(residence[r]).sum();
    }

    /**
     * Throughput-weighted mean response time over all classes (think time excluded); 0 when no
     * class has users.
     */
    public double systemResponseTime() {
        double x = systemThroughput();
        if (x == 0) {
            return 0;
        }
        double sum = 0;
        for (int r = 0; r < throughput.length; r++) {
            sum += throughput[r] * responseTime(r);
        }
        return sum / x;
    }

    /** Residence time of class {@code r} at station {@code k}, summed over its visits. */
    public double residenceTime(int r, int k) {
        return residence[r][k];
    }

    /** Mean number of class-{@code r} requests at station {@code k} (Little: X_r · R_rk). */
    public double queueLength(int r, int k) {
        return throughput[r] * residence[r][k];
    }

    /** Mean number of requests of all classes at station {@code k}, waiting or in service. */
    public double queueLength(int k) {
        double sum = 0;
        for (int r = 0; r < throughput.length; r++) {
            sum += queueLength(r, k);
        }
        return sum;
    }

    /**
     * Per-server utilization of station {@code k}, {@code Σ_r X_r·D_rk / c_k}; 0 for delay
     * stations, which have no finite server pool.
     */
    public double utilization(int k) {
        return utilization[k];
    }

    @Override
    public String toString() {
        return "MvaSolution[" + method + (seidmann ? "+Seidmann" : "") + ", X="
                + Arrays.toString(throughput) + "]";
    }
}
