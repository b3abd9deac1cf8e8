package dev.headroom.analysis;

import dev.headroom.network.Network;
import dev.headroom.network.OperatingPoint;
import dev.headroom.queueing.Mva;
import dev.headroom.queueing.MvaSolution;
import dev.headroom.queueing.MultiServer;
import java.util.ArrayList;
import java.util.List;

/**
 * Closed workloads (docs/model-format.md, docs/engine.md): {@code N} users, each thinking {@code Z} then sending one
 * request whose class is drawn by share. That is one customer population whose demand at
 * station k is the share-weighted {@code D_k = Σ_r share_r·V_rk·S_rk}, solved by exact MVA
 * ({@link Mva#exactSingleClass}, load-dependent and exact for multi-server stations).
 *
 * <p>Per-class latency: each class's visits meet the station's mean wait per visit from MVA,
 * plus its own service time. Async branches are counted as load (their demand is in D_k) but not
 * as latency. Autoscaled tiers are sized by fixed-point iteration: solve, size each tier for the
 * resulting throughput, repeat until the sizes stop changing (at most 20 rounds).
 */
final class ClosedSolver {

    private ClosedSolver() {}

    static Solution solve(Network net, double m) {
        int n = net.stationCount();
        int rc = net.classCount();
        int users = (int) Math.round(net.users(m));
        double[] demand = new double[n];
        double[] visits = new double[n];
        boolean[] delay = new boolean[n];
        for (int k = 0; k < n; k++) {
            demand[k] = net.demandPerUnitRate(k);
            visits[k] = net.visitsPerRequest(k);
            delay[k] = net.isDelay(k);
        }
        OperatingPoint.ClosedSizing sizing = OperatingPoint.closedSizing(net, users);
        int[] instances = sizing.instances();
        int[] servers = sizing.servers();
        MvaSolution mva = sizing.mva();

        double x = mva.systemThroughput();
        double[] lamR = new double[rc];
        for (int r = 0; r < rc; r++) {
            lamR[r] = net.share(r) * x;
        }
        AnalyticSolver.StationState st = new AnalyticSolver.StationState(n, true);
        for (int k = 0; k < n; k++) {
            st.mix(net, k, lamR);
            st.instances[k] = instances[k];
            st.servers[k] = servers[k];
            if (delay[k] || visits[k] <= 0) {
                continue;
            }
            st.utilization[k] = x * demand[k] / servers[k];
            double perVisit = mva.residenceTime(0, k) / visits[k];
            st.wait[k] = Math.max(0, perVisit - st.meanService[k]);
            // P(wait) as in an open M/M/c at the same load: an approximation for the tails.
            st.probWait[k] = st.meanService[k] <= 0 ? 0
                    : st.utilization[k] < AnalyticSolver.SATURATION
                    ? MultiServer.probabilityOfWait(servers[k], st.lambda[k], st.meanService[k])
                    : 1;
        }
        List<StationResult> stations = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            stations.add(st.result(net, k));
        }
        List<ClassResult> classes = new ArrayList<>(rc);
        for (int r = 0; r < rc; r++) {
            classes.add(AnalyticSolver.classResult(net, st, r, lamR[r]));
        }
        Double maxRate = Capacity.maxArrivalRate(net);
        java.util.List<String> warnings = sizing.converged() ? java.util.List.of()
                : java.util.List.of("the autoscaled tiers did not settle in "
                        + OperatingPoint.SIZING_ROUNDS + " rounds of sizing by MVA; the figures "
                        + "are those of the last round");
        return new Solution(net.name(), m, (double) users, x, true, st.bottleneck(net), maxRate,
                Capacity.maxUsers(net, maxRate), classes, stations, warnings);
    }
}
