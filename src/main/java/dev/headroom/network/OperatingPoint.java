package dev.headroom.network;

import dev.headroom.queueing.Mva;
import dev.headroom.queueing.MvaSolution;

/**
 * Where a network operates at a growth multiplier, as both the analytic engine and the
 * simulator take it: the classes' arrival rates, each station's offered load and instances
 * (autoscaled tiers sized for that load), and for a closed workload the sizing found by fixed
 * point over exact MVA. One definition, so that the two engines always run the same system.
 */
public final class OperatingPoint {
    /** Utilization at or above this is saturation (it guards against rounding at exactly 1). */
    public static final double SATURATION = 1 - 1e-12;
    /** Rounds of "size for the throughput, solve again" before a closed sizing gives up. */
    public static final int SIZING_ROUNDS = 20;

    private OperatingPoint() {}

    /** Open workload: each class's arrival rate at multiplier m, {@code share_r × λ(m)}. */
    public static double[] classRates(Network net, double m) {
        double lambda = net.arrivalRate(m);
        double[] out = new double[net.classCount()];
        for (int r = 0; r < out.length; r++) {
            out[r] = net.share(r) * lambda;
        }
        return out;
    }

    /**
     * Offered load at station k in busy servers: {@code Σ_r λ_r·V_rk·S_rk}. The one definition:
     * the solver sizes autoscaled tiers and takes utilization from it, and the planner sizes
     * every option it tries with it.
     */
    public static double offeredLoad(Network net, int k, double[] classRates) {
        return offeredLoad(net, k, classRates, 1);
    }

    /**
     * The offered load at station k were its service times multiplied by {@code serviceScale}
     * (another instance type), computed exactly as {@link Network#resized} would give it.
     */
    public static double offeredLoad(Network net, int k, double[] classRates,
            double serviceScale) {
        double a = 0;
        for (int r = 0; r < classRates.length; r++) {
            a += classRates[r] * net.loadVisits(r, k) * (net.serviceSec(r, k) * serviceScale);
        }
        return a;
    }

    /**
     * A closed workload's sizing: instances per station and the exact MVA solution at them.
     *
     * @param converged the autoscaled tiers settled within {@link #SIZING_ROUNDS} rounds (always
     *     true without autoscaling); when false the figures are those of the last round
     */
    public record ClosedSizing(int[] instances, int[] servers, MvaSolution mva,
            boolean converged) {}

    /**
     * Sizes a closed network of {@code users} users: every tier starts at its fixed count (or
     * its autoscaling minimum); then, while any autoscaled tier's size changes, solve by exact
     * MVA and size each tier for the resulting throughput.
     */
    public static ClosedSizing closedSizing(Network net, int users) {
        int n = net.stationCount();
        double[] demand = new double[n];
        boolean[] delay = new boolean[n];
        int[] instances = new int[n];
        int[] servers = new int[n];
        boolean scaled = false;
        for (int k = 0; k < n; k++) {
            demand[k] = net.demandPerUnitRate(k);
            delay[k] = net.isDelay(k);
            instances[k] = net.instancesAt(k, 0);
            servers[k] = Math.max(1, instances[k] * net.concurrency(k));
            scaled |= net.isAutoscaled(k);
        }
        MvaSolution mva = Mva.exactSingleClass(demand, servers, delay, net.thinkTimeSec(), users);
        if (!scaled) {
            return new ClosedSizing(instances, servers, mva, true);
        }
        for (int round = 0; round < SIZING_ROUNDS; round++) {
            double x = mva.systemThroughput();
            boolean changed = false;
            for (int k = 0; k < n; k++) {
                int sized = net.instancesAt(k, x * demand[k]);
                if (sized != instances[k]) {
                    instances[k] = sized;
                    servers[k] = Math.max(1, sized * net.concurrency(k));
                    changed = true;
                }
            }
            if (!changed) {
                return new ClosedSizing(instances, servers, mva, true);
            }
            mva = Mva.exactSingleClass(demand, servers, delay, net.thinkTimeSec(), users);
        }
        return new ClosedSizing(instances, servers, mva, false);
    }
}
