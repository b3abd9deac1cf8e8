package dev.headroom.analysis;

import dev.headroom.model.Slo;
import dev.headroom.network.Network;
import dev.headroom.queueing.Mva;
import java.util.ArrayList;
import java.util.List;

/**
 * What breaks first in a closed network with fixed tiers, from one exact MVA convolution
 * instead of one solve per probe: the throughput {@code X(n)} at every population comes out of
 * a single pass ({@link Mva#throughputs}), station k's utilization at n users is
 * {@code X(n)·D_k/c_k}, rising with n, and the first population over the limit is read off
 * that curve. The curve is computed up to twice the population where it is needed, doubling
 * until every station has crossed the limit or can no longer cross it (its utilization is
 * bounded by {@code X_max·D_k/c_k} with {@code X_max = min_j c_j/D_j}). A break at population n
 * is the multiplier at which today's users round to n, as the solver rounds them.
 */
final class ClosedBreaks {
    /** The population the curve may reach before the search gives up. */
    static final int MAX_USERS = 20_000_000;

    private ClosedBreaks() {}

    static List<Break> of(Network net, Slo slo, double searchLimit) {
        int n = net.stationCount();
        double[] demand = new double[n];
        int[] servers = new int[n];
        boolean[] delay = new boolean[n];
        double xMax = Double.POSITIVE_INFINITY;
        for (int k = 0; k < n; k++) {
            demand[k] = net.demandPerUnitRate(k);
            delay[k] = net.isDelay(k);
            servers[k] = Math.max(1, net.maxInstances(k) * net.concurrency(k));
            if (!delay[k] && demand[k] > 0) {
                xMax = Math.min(xMax, servers[k] / demand[k]);
            }
        }
        double users1 = net.users(1);
        long limitUsers = (long) Math.min(MAX_USERS, Math.ceil(users1 * searchLimit));
        int[] first = new int[n];
        java.util.Arrays.fill(first, -1);
        int size = (int) Math.min(limitUsers, Math.max(64, Math.ceil(users1) * 2));
        while (true) {
            double[] x = Mva.throughputs(demand, servers, delay, net.thinkTimeSec(), size);
            boolean done = true;
            for (int k = 0; k < n; k++) {
                if (delay[k] || demand[k] <= 0 || first[k] >= 0) {
                    continue;
                }
                double per = demand[k] / servers[k];
                if (xMax * per <= slo.maxUtilization()) {
                    continue; // can never pass the limit: the bottleneck caps the throughput
                }
                for (int u = 1; u <= size; u++) {
                    if (x[u] * per > slo.maxUtilization()) {
                        first[k] = u;
                        break;
                    }
                }
                done &= first[k] >= 0;
            }
            if (done || size >= limitUsers) {
                break;
            }
            size = (int) Math.min(limitUsers, 2L * size);
        }
        List<Break> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            if (delay[k] || demand[k] <= 0) {
                continue;
            }
            Double over = first[k] < 0 ? null : multiplierOf(first[k], users1);
            out.add(new Break(net.id(k), over, BreakFinder.closedKnee(net, k)));
        }
        return out;
    }

    /**
     * The smallest multiplier at which today's users round (half up, as {@code Math.round}) to
     * {@code users}: {@code (users − 0.5)/users(1)}, and never below the one user a closed network
     * always has.
     */
    static double multiplierOf(int users, double users1) {
        return users <= 1 ? Math.min(1, 0.5 / users1) : (users - 0.5) / users1;
    }

    /**
     * A multiplier past which the p95 objective is certainly missed: the mean latency
     * {@code R(N) = N/X(N) − Z ≥ N/X_max − Z} (the response-time law with the throughput
     * bound, Lazowska et al., <i>Quantitative System Performance</i>, §5.2), and a mean above
     * the objective puts the p95 above it too (a p95 below the mean would need more than 5% of
     * the requests to take more than 20 times the mean). So once {@code N ≥ X_max·(limit + Z)}
     * the objective is missed; the search need not look further.
     */
    static double certainLatencyBreach(Network net, double limitMs) {
        double xMax = Double.POSITIVE_INFINITY;
        for (int k = 0; k < net.stationCount(); k++) {
            double d = net.demandPerUnitRate(k);
            if (!net.isDelay(k) && d > 0) {
                xMax = Math.min(xMax, net.maxInstances(k) * net.concurrency(k) / d);
            }
        }
        if (!Double.isFinite(xMax)) {
            return Double.POSITIVE_INFINITY;
        }
        double users = xMax * (limitMs / 1000 + net.thinkTimeSec()) + 1;
        return users / net.users(1) * 1.01;
    }
}
