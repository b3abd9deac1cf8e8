package dev.headroom.analysis;

import dev.headroom.network.Edge;
import dev.headroom.network.Network;
import dev.headroom.network.Pools;
import dev.headroom.queueing.BoundedQueue;
import dev.headroom.queueing.Cumulants;
import dev.headroom.queueing.ErlangC;
import dev.headroom.queueing.MultiServer;

/**
 * Stations with a bounded queue ({@code maxQueue}) or thread pools ({@code threads}) in the
 * steady state (docs/engine.md "Bounded queues and thread pools"); a model with neither is left
 * exactly as {@link AnalyticSolver.StationState#open} solved it.
 *
 * <ul>
 * <li><b>Bounded queue, no pool</b>: the servers are an M/M/c/K queue with
 *     {@code K = c + maxQueue × instances} ({@link BoundedQueue}): exact for exponential service.
 *     It never saturates; it turns away {@code p_K} of its arrivals, which fail at once.</li>
 * <li><b>Thread pools</b>: a visit holds a thread from its start to the end of its last
 *     synchronous call, so the holding time is its local response (wait and service at the
 *     servers) plus, for each synchronous call, the network latency and the callee's whole
 *     visit, a pool wait included. Each pool is an M/M/c queue of {@code threads × instances}
 *     "servers" with that holding time as its service time (Erlang C; the holding time taken
 *     as exponential); with {@code maxQueue}, an M/M/c/K queue. Holding times depend on the
 *     callees' pool waits, so they are found by fixed-point iteration over the call graph
 *     (exact in as many rounds as the graph is deep).</li>
 * <li><b>Losses thin the traffic downstream</b>: a visit turned away makes none of its calls, so
 *     the visit ratios are solved again with each station's calls scaled by its admitted share
 *     (the reduced-load or Erlang fixed-point approximation, F. P. Kelly, "Loss networks",
 *     <i>Annals of Applied Probability</i> 1(3), 1991), alternating with the stations' losses
 *     until they settle. A request succeeds when every visit on its synchronous path is
 *     admitted, taken as independent: {@code Π_k (1 − loss_rk)^{W_rk}}.</li>
 * </ul>
 */
final class LimitedStations {
    private static final int ROUNDS = 60;
    private static final double TOLERANCE = 1e-10;

    private LimitedStations() {}

    /** Whether any station of the network bounds its queue or holds threads. */
    static boolean any(Network net) {
        Pools p = net.pools();
        for (int k = 0; k < net.stationCount(); k++) {
            if (p.bounded(k) || p.hasPools(k)) {
                return true;
            }
        }
        return false;
    }

    /** Re-solves the bounded and pooled stations of {@code s} (open network, rates lamR). */
    static void apply(Network net, AnalyticSolver.StationState s, double[] lamR) {
        if (!any(net)) {
            return;
        }
        int n = net.stationCount();
        int rc = lamR.length;
        Pools pools = net.pools();
        s.limit(n, rc);
        double[][] admit = new double[rc][n];
        for (double[] row : admit) {
            java.util.Arrays.fill(row, 1);
        }
        double[][] visits = new double[rc][n];
        double[][] hold = new double[rc][n];
        double[][] loss = new double[rc][n];
        for (int round = 0; round < ROUNDS; round++) {
            for (int r = 0; r < rc; r++) {
                visits[r] = thinnedVisits(net, r, admit[r]);
            }
            solveStations(net, s, lamR, visits, hold, loss);
            double change = 0;
            for (int r = 0; r < rc; r++) {
                for (int k = 0; k < n; k++) {
                    double a = 1 - loss[r][k];
                    double next = round == 0 ? a : 0.5 * admit[r][k] + 0.5 * a;
                    change = Math.max(change, Math.abs(next - admit[r][k]));
                    admit[r][k] = next;
                }
            }
            if (change < TOLERANCE) {
                break;
            }
        }
        for (int k = 0; k < n; k++) {
            double offered = 0;
            double lost = 0;
            for (int r = 0; r < rc; r++) {
                double v = lamR[r] * visits[r][k];
                offered += v;
                lost += v * loss[r][k];
            }
            // a loss below 1e-12 is no loss worth printing (a queue that is never full)
            s.loss[k] = offered > 0 && lost / offered >= 1e-12 ? lost / offered : 0;
            if (!pools.hasPools(k)) {
                continue;
            }
            for (int r = 0; r < rc; r++) {
                s.holdSec[r][k] = hold[r][k];
            }
        }
        for (int r = 0; r < rc; r++) {
            double success = 1;
            for (int k = 0; k < n; k++) {
                double w = net.latencyVisits(r, k);
                if (w > 0 && loss[r][k] > 0) {
                    success *= Math.pow(1 - loss[r][k], w);
                }
            }
            s.success[r] = success;
        }
    }

    /**
     * Visits of class r per request when a visit to k makes its calls only with probability
     * {@code admit[k]}: {@code v = e_r + (v ∘ a) P_r}, iterated from {@code e_r} (the series
     * converges because the routing's spectral radius is below 1).
     */
    static double[] thinnedVisits(Network net, int r, double[] admit) {
        int n = net.stationCount();
        double[] v = new double[n];
        double[] next = new double[n];
        for (int it = 0; it < 10_000; it++) {
            java.util.Arrays.fill(next, 0);
            next[net.entry(r)] = 1;
            for (int k = 0; k < n; k++) {
                if (v[k] == 0) {
                    continue;
                }
                double out = v[k] * admit[k];
                for (Edge e : net.outgoing(k)) {
                    double c = e.meanCalls(r);
                    if (c > 0) {
                        next[e.to()] += out * c;
                    }
                }
            }
            double diff = 0;
            double size = 0;
            for (int k = 0; k < n; k++) {
                diff = Math.max(diff, Math.abs(next[k] - v[k]));
                size = Math.max(size, Math.abs(next[k]));
            }
            double[] t = v;
            v = next;
            next = t;
            if (diff <= 1e-13 * Math.max(1, size)) {
                break;
            }
        }
        return v;
    }

    /** One pass over the stations at the given visit ratios: servers, then pools. */
    private static void solveStations(Network net, AnalyticSolver.StationState s, double[] lamR,
            double[][] visits, double[][] hold, double[][] loss) {
        int n = net.stationCount();
        int rc = lamR.length;
        Pools pools = net.pools();
        for (int k = 0; k < n; k++) {
            double lam = 0;
            double s1 = 0;
            double s2 = 0;
            for (int r = 0; r < rc; r++) {
                double lr = lamR[r] * visits[r][k];
                double sv = net.serviceSec(r, k);
                double cv = net.serviceCv(r, k);
                lam += lr;
                s1 += lr * sv;
                s2 += lr * sv * sv * (1 + cv * cv);
                loss[r][k] = 0;
            }
            if (lam > 0) {
                s.lambda[k] = lam;
                s.meanService[k] = s1 / lam;
                s.scv[k] = s.meanService[k] > 0
                        ? Math.max(0, s2 / lam / (s.meanService[k] * s.meanService[k]) - 1) : 0;
            } else {
                s.lambda[k] = 0;
            }
            double offered = s.lambda[k] * s.meanService[k];
            s.instances[k] = net.instancesAt(k, offered);
            s.servers[k] = s.instances[k] * net.concurrency(k);
            s.saturated[k] = false;
            s.wait[k] = 0;
            s.probWait[k] = 0;
            s.waitShape[k] = null;
            s.boundedWait[k] = null;
            s.utilization[k] = 0;
            if (net.isDelay(k)) {
                continue;
            }
            double u = offered / s.servers[k];
            if (pools.bounded(k) && !pools.hasPools(k) && s.lambda[k] > 0
                    && s.meanService[k] > 0) {
                long room = (long) pools.maxQueue(k) * s.instances[k];
                BoundedQueue.Result q = BoundedQueue.of(s.servers[k], s.lambda[k],
                        s.meanService[k], room);
                s.utilization[k] = q.utilization(s.servers[k]);
                s.wait[k] = q.meanWaitAdmitted();
                s.probWait[k] = q.probWaitAdmitted();
                s.boundedWait[k] = q.waitAdmitted();
                for (int r = 0; r < rc; r++) {
                    loss[r][k] = q.lossProbability();
                }
                continue;
            }
            s.utilization[k] = u;
            if (u >= AnalyticSolver.SATURATION) {
                s.saturated[k] = true;
            } else if (s.lambda[k] > 0 && s.meanService[k] > 0) {
                // as StationState.open: the arrival SCV it found (from the flows before any
                // loss thinned them), Allen–Cunneen and the wait's shape
                s.wait[k] = MultiServer.meanWait(s.servers[k], s.lambda[k], s.meanService[k],
                        s.arrivalScv[k], s.scv[k]);
                s.probWait[k] = MultiServer.probabilityOfWait(s.servers[k], s.lambda[k],
                        s.meanService[k]);
                s.waitShape[k] = dev.headroom.queueing.WaitShape.of(s.servers[k], s.lambda[k],
                        s.meanService[k], s.arrivalScv[k], s.scv[k]);
            }
        }
        pools(net, s, lamR, visits, hold, loss);
    }

    /**
     * Holding times and pool waits by fixed point: a visit's latency is its pool wait plus its
     * holding time, and the holding time of a visit is its local response plus the latency of
     * its synchronous calls.
     */
    private static void pools(Network net, AnalyticSolver.StationState s, double[] lamR,
            double[][] visits, double[][] hold, double[][] loss) {
        int n = net.stationCount();
        int rc = lamR.length;
        Pools pools = net.pools();
        double[][] latency = new double[rc][n];
        for (int round = 0; round < n + ROUNDS; round++) {
            double change = 0;
            for (int k = 0; k < n; k++) {
                for (int r = 0; r < rc; r++) {
                    double h = (net.isDelay(k) || s.saturated[k] ? 0 : s.wait[k])
                            + net.serviceSec(r, k);
                    // a load balancer's edges carry their routing probability as mean calls
                    for (Edge e : net.outgoing(k)) {
                        if (!e.async() && e.meanCalls(r) > 0) {
                            h += e.meanCalls(r) * (e.latencySec() + latency[r][e.to()]);
                        }
                    }
                    hold[r][k] = h;
                }
                for (int p = 0; p < pools.poolCount(k); p++) {
                    double lam = 0;
                    double work = 0;
                    for (int r = 0; r < rc; r++) {
                        if (pools.poolOf(k, r) == p) {
                            double lr = lamR[r] * visits[r][k];
                            lam += lr;
                            work += lr * hold[r][k];
                        }
                    }
                    int threads = pools.threads(k, p) * s.instances[k];
                    double wait = 0;
                    double pWait = 0;
                    double lost = 0;
                    boolean saturated = false;
                    if (lam > 0 && work > 0 && threads > 0) {
                        double hBar = work / lam;
                        if (pools.bounded(k)) {
                            BoundedQueue.Result q = BoundedQueue.of(threads, lam, hBar,
                                    (long) pools.maxQueue(k) * s.instances[k]);
                            wait = q.meanWaitAdmitted();
                            pWait = q.probWaitAdmitted();
                            lost = q.lossProbability();
                        } else if (work / threads >= AnalyticSolver.SATURATION) {
                            saturated = true;
                        } else {
                            double a = work;
                            pWait = ErlangC.erlangC(threads, a);
                            wait = pWait / (threads / hBar - lam);
                        }
                    }
                    for (int r = 0; r < rc; r++) {
                        if (pools.poolOf(k, r) == p) {
                            s.poolWait[r][k] = wait;
                            s.poolProbWait[r][k] = pWait;
                            loss[r][k] = lost;
                        }
                    }
                    if (saturated) {
                        s.saturated[k] = true;
                    }
                }
                double held = 0;
                for (int r = 0; r < rc; r++) {
                    if (pools.poolOf(k, r) >= 0) {
                        held += lamR[r] * visits[r][k] * (1 - loss[r][k]) * hold[r][k];
                    }
                }
                s.threadsHeld[k] = held;
                for (int r = 0; r < rc; r++) {
                    double l = s.poolWait[r][k] + hold[r][k];
                    if (!Double.isFinite(l)) {
                        l = 0;
                    }
                    change = Math.max(change, Math.abs(l - latency[r][k]));
                    latency[r][k] = l;
                }
            }
            if (change < 1e-12) {
                break;
            }
        }
    }

    /**
     * The waits of one visit of class r at station k as cumulants: at a bounded station the
     * admitted wait of M/M/c/K, elsewhere the Erlang C mixture; plus the wait for a thread,
     * taken as the pool's M/M/c wait (0 with probability 1 − C, else exponential).
     */
    static Cumulants waits(Network net, AnalyticSolver.StationState st, int r, int k) {
        Cumulants c = Cumulants.ZERO;
        if (!net.isDelay(k)) {
            if (st.boundedWait[k] != null) {
                c = st.boundedWait[k];
            } else if (st.probWait[k] > 0 && st.wait[k] > 0) {
                c = Cumulants.waitMixture(st.probWait[k], st.wait[k] / st.probWait[k]);
            }
        }
        double pw = st.poolProbWait[r][k];
        double w = st.poolWait[r][k];
        if (pw > 0 && w > 0) {
            c = c.plus(Cumulants.waitMixture(Math.min(1, pw), w / Math.min(1, pw)));
        }
        return c;
    }
}
