package dev.headroom.analysis;

import dev.headroom.network.Network;

/**
 * Threads held at a pooled station, class by class, in the steady state: Little's law on the
 * holding time, {@code λ_r·V_rk·(1 − loss)·H_rk} (docs/engine.md "Bounded queues and thread
 * pools"). Sizes the bulkheads of {@code app.DrillPolicy}.
 */
public final class ThreadDemand {
    private ThreadDemand() {}

    /**
     * Mean threads class r holds at station k at growth multiplier m, by class; zeros when k
     * has no pool or the workload is closed.
     */
    public static double[] byClass(Network net, double m, int k) {
        int rc = net.classCount();
        double[] out = new double[rc];
        if (net.isClosed() || !net.pools().hasPools(k)) {
            return out;
        }
        double[] lamR = new double[rc];
        for (int r = 0; r < rc; r++) {
            lamR[r] = net.share(r) * net.arrivalRate(m);
        }
        AnalyticSolver.StationState st = AnalyticSolver.StationState.open(net, lamR);
        double[] admit = new double[net.stationCount()];
        for (int r = 0; r < rc; r++) {
            for (int j = 0; j < admit.length; j++) {
                admit[j] = 1 - st.loss[j];
            }
            double v = LimitedStations.thinnedVisits(net, r, admit)[k];
            out[r] = lamR[r] * v * (1 - st.loss[k]) * st.holdSec[r][k];
        }
        return out;
    }
}
