package dev.headroom.analysis;

import dev.headroom.network.Network;

/**
 * Capacity (docs/engine.md): {@code λ_max = min_k c_k / D_k} with {@code D_k = Σ_r share_r·V_rk·S_rk}
 * and autoscaled stations at their {@code max}.
 */
final class Capacity {
    private Capacity() {}

    /** Highest total arrival rate every queueing station can carry, or null when unbounded. */
    static Double maxArrivalRate(Network net) {
        double best = Double.POSITIVE_INFINITY;
        for (int k = 0; k < net.stationCount(); k++) {
            double d = net.demandPerUnitRate(k);
            if (net.isDelay(k) || d <= 0) {
                continue;
            }
            best = Math.min(best, net.maxInstances(k) * net.concurrency(k) / d);
        }
        return Double.isFinite(best) ? best : null;
    }

    /** Users that capacity corresponds to, or null when the workload gives no users. */
    static Double maxUsers(Network net, Double maxRate) {
        if (maxRate == null || net.users(1) == null) {
            return null;
        }
        if (net.isClosed()) {
            // Closed: users until the bottleneck saturates, from the asymptotic bound
            // N* = (D + Z)/D_max (Lazowska et al., QSP §5.3, "balanced job bounds").
            double dTotal = 0;
            for (int k = 0; k < net.stationCount(); k++) {
                dTotal += net.demandPerUnitRate(k);
            }
            return maxRate * (dTotal + net.thinkTimeSec());
        }
        double rate1 = net.arrivalRate(1);
        return rate1 > 0 ? net.users(1) * maxRate / rate1 : null;
    }
}
