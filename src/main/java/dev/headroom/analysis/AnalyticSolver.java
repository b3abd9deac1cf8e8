package dev.headroom.analysis;

import dev.headroom.network.Network;
import dev.headroom.queueing.Cumulants;
import dev.headroom.queueing.MultiServer;
import java.util.ArrayList;
import java.util.List;

/**
 * The analytic engine of docs/engine.md: an open network solved station by station (Erlang C scaled
 * by Allen–Cunneen), or a closed one by MVA ({@link ClosedSolver}). Pure and fast: it reads only
 * the compiled {@link Network} and allocates a few small arrays per call.
 */
public final class AnalyticSolver {
    /** Utilization at or above this is saturation (guards against rounding at exactly 1). */
    static final double SATURATION = dev.headroom.network.OperatingPoint.SATURATION;

    private AnalyticSolver() {}

    private static void requireMultiplier(double m) {
        if (!(m > 0) || !Double.isFinite(m)) {
            throw new IllegalArgumentException("the growth multiplier must be a positive number");
        }
    }

    /** Solves the network at growth multiplier {@code m}. */
    public static Solution solve(Network net, double m) {
        requireMultiplier(m);
        return net.isClosed() ? ClosedSolver.solve(net, m) : solveOpen(net, m, true);
    }

    /**
     * The solution at {@code m} with each class's p50 and p99 left out (null beside a p95):
     * for figures made by the thousand that read only the mean and the p95 (the draws of a
     * model's ranges). A quantile costs a search of the latency distribution; this makes one of
     * three. Every other figure is {@link #solve}'s. A closed network is solved in full.
     */
    public static Solution solveMeanAndP95(Network net, double m) {
        requireMultiplier(m);
        return net.isClosed() ? ClosedSolver.solve(net, m) : solveOpen(net, m, false);
    }

    /**
     * Whether the network is stable at {@code m} (no station saturated): {@link #solve}'s
     * {@code stable()}, without the latency figures. For figures made by the thousand that need
     * only that and the bill (a drawn model's spend, month by month).
     */
    public static boolean isStable(Network net, double m) {
        requireMultiplier(m);
        if (net.isClosed()) {
            return ClosedSolver.solve(net, m).stable();
        }
        return StationState.open(net, dev.headroom.network.OperatingPoint.classRates(net, m))
                .stable();
    }

    /**
     * Whether some class misses a latency objective at multiplier m (a saturated class misses
     * any limit): the same answer as comparing {@code solve(net, m)}'s percentiles with the
     * limits, computing only what it needs. A percentile above its limit is a distribution
     * function below the level at the limit, so a class costs one evaluation of its latency
     * distribution per limit instead of a quantile search. The planner asks this of every sizing
     * it tries.
     */
    public static boolean missesLatency(Network net, double m, Objectives o) {
        if (o.classCount() != net.classCount()) {
            throw new IllegalArgumentException("objectives for " + o.classCount()
                    + " classes, network has " + net.classCount());
        }
        if (!o.anyLatency()) {
            return false;
        }
        if (net.isClosed()) {
            Solution s = solve(net, m);
            for (int r = 0; r < net.classCount(); r++) {
                ClassResult c = s.classes().get(r);
                if (o.missedBy(r, c.latencyP95Ms(), c.latencyP99Ms())) {
                    return true;
                }
            }
            return false;
        }
        double[] lamR = dev.headroom.network.OperatingPoint.classRates(net, m);
        StationState st = StationState.open(net, lamR);
        for (int r = 0; r < lamR.length; r++) {
            double p95 = o.p95Ms(r);
            double p99 = o.p99Ms(r);
            if (!Double.isFinite(p95) && !Double.isFinite(p99)) {
                continue;
            }
            for (int k = 0; k < net.stationCount(); k++) {
                if (net.latencyVisits(r, k) > 0 && st.saturated[k]) {
                    return true;
                }
            }
            LatencyDistribution d = LatencyDistribution.of(net, st, r);
            if (Double.isFinite(p95) && d.cdfSec(p95 / 1000) < 0.95
                    || Double.isFinite(p99) && d.cdfSec(p99 / 1000) < 0.99) {
                return true;
            }
        }
        return false;
    }

    /**
     * How far the classes are over their latency objectives at multiplier m: the sum over
     * classes and limits of {@code max(0, percentile / limit − 1)}, 0 when every objective is
     * met, and a large number ({@value #SATURATED_EXCESS} per class) for a saturated class.
     * The planner's compass while it builds a first sizing: smaller is closer to meeting them.
     */
    public static double latencyExcess(Network net, double m, Objectives o) {
        if (net.isClosed()) {
            Solution s = solve(net, m);
            double sum = 0;
            for (int r = 0; r < net.classCount(); r++) {
                ClassResult c = s.classes().get(r);
                sum += excess(c.latencyP95Ms(), o.p95Ms(r)) + excess(c.latencyP99Ms(), o.p99Ms(r));
            }
            return sum;
        }
        double[] lamR = dev.headroom.network.OperatingPoint.classRates(net, m);
        StationState st = StationState.open(net, lamR);
        double sum = 0;
        for (int r = 0; r < lamR.length; r++) {
            double p95 = o.p95Ms(r);
            double p99 = o.p99Ms(r);
            if (!Double.isFinite(p95) && !Double.isFinite(p99)) {
                continue;
            }
            boolean saturated = false;
            for (int k = 0; k < net.stationCount(); k++) {
                saturated |= net.latencyVisits(r, k) > 0 && st.saturated[k];
            }
            if (saturated) {
                sum += SATURATED_EXCESS;
                continue;
            }
            LatencyDistribution d = LatencyDistribution.of(net, st, r);
            if (Double.isFinite(p95)) {
                sum += excess(d.quantileSec(0.95) * 1000, p95);
            }
            if (Double.isFinite(p99)) {
                sum += excess(d.quantileSec(0.99) * 1000, p99);
            }
        }
        return sum;
    }

    /** What {@link #latencyExcess} counts for a saturated class. */
    static final double SATURATED_EXCESS = 1e6;

    private static double excess(Double v, double limit) {
        if (!Double.isFinite(limit)) {
            return 0;
        }
        return v == null ? SATURATED_EXCESS : Math.max(0, v / limit - 1);
    }

    private static Solution solveOpen(Network net, double m, boolean tails) {
        int rc = net.classCount();
        int n = net.stationCount();
        double lambda = net.arrivalRate(m);
        double[] lamR = dev.headroom.network.OperatingPoint.classRates(net, m);
        StationState st = StationState.open(net, lamR);

        List<StationResult> stations = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            stations.add(st.result(net, k));
        }
        List<ClassResult> classes = new ArrayList<>(rc);
        for (int r = 0; r < rc; r++) {
            classes.add(classResult(net, st, r, lamR[r], tails));
        }
        Double maxRate = Capacity.maxArrivalRate(net);
        return new Solution(net.name(), m, net.users(m), lambda, st.stable(), st.bottleneck(net),
                maxRate, Capacity.maxUsers(net, maxRate), classes, stations, st.warnings);
    }

    static ClassResult classResult(Network net, StationState st, int r, double arrival) {
        return classResult(net, st, r, arrival, true);
    }

    /** {@code tails} false: p50 and p99 left out (null). */
    static ClassResult classResult(Network net, StationState st, int r, double arrival,
            boolean tails) {
        double throughput = st.success == null ? arrival : arrival * st.success[r];
        for (int k = 0; k < net.stationCount(); k++) {
            if (net.latencyVisits(r, k) > 0 && st.utilization[k] > 1) {
                // Past saturation a station completes at most c/S̄ visits a second; every class
                // whose synchronous path crosses it is throttled in proportion (FCFS shares
                // capacity by arrival rate). An async backlog does not hold requests back.
                throughput = Math.min(throughput, arrival / st.utilization[k]);
            }
        }
        for (int k = 0; k < net.stationCount(); k++) {
            if (net.latencyVisits(r, k) > 0 && st.saturated[k]) {
                return new ClassResult(net.className(r), arrival, throughput, null, null, null,
                        null);
            }
        }
        LatencyDistribution d = LatencyDistribution.of(net, st, r);
        return new ClassResult(net.className(r), arrival, throughput, d.meanSec() * 1000,
                tails ? d.quantileSec(0.50) * 1000 : null, d.quantileSec(0.95) * 1000,
                tails ? d.quantileSec(0.99) * 1000 : null);
    }

    /** Per-station figures at one operating point, shared by the open and closed solvers. */
    static final class StationState {
        /** What the figures take for granted that the user should know (non-convergence). */
        List<String> warnings = List.of();
        final double[] lambda;
        final double[] meanService;
        final double[] scv;
        /** SCV of the interarrival times (1 for Poisson), from {@link ArrivalVariability}. */
        final double[] arrivalScv;
        final int[] instances;
        final int[] servers;
        final double[] utilization;
        final boolean[] saturated;
        final double[] wait;
        final double[] probWait;
        /** The distribution of a wait given that the arrival waits (null: no waiting). */
        final dev.headroom.queueing.WaitShape[] waitShape;
        /** Closed network: the M/M/c sojourn formula does not apply to its stations. */
        final boolean closed;
        // Bounded queues and thread pools (LimitedStations); null when the model has neither.
        /** Share of visits turned away (M/M/c/K), per station. */
        double[] loss;
        /** [r][k]: mean wait for a thread, and its probability. */
        double[][] poolWait;
        double[][] poolProbWait;
        /** [r][k]: mean time a visit holds its thread. */
        double[][] holdSec;
        /** Mean threads held, per station. */
        double[] threadsHeld;
        /** The admitted wait's cumulants at a bounded station without pools, else null. */
        Cumulants[] boundedWait;
        /** [r]: probability that a request of class r is admitted everywhere it goes. */
        double[] success;

        /** Makes room for the figures of bounded queues and thread pools. */
        void limit(int n, int rc) {
            loss = new double[n];
            poolWait = new double[rc][n];
            poolProbWait = new double[rc][n];
            holdSec = new double[rc][n];
            threadsHeld = new double[n];
            boundedWait = new Cumulants[n];
            success = new double[rc];
        }

        boolean limited() {
            return loss != null;
        }

        /** Whether station k is an M/M/c-style queue: no bound, no pool. */
        boolean plain(Network net, int k) {
            return loss == null || (!net.pools().bounded(k) && !net.pools().hasPools(k));
        }

        StationState(int n, boolean closed) {
            this.closed = closed;
            lambda = new double[n];
            meanService = new double[n];
            scv = new double[n];
            arrivalScv = new double[n];
            java.util.Arrays.fill(arrivalScv, 1);
            instances = new int[n];
            servers = new int[n];
            utilization = new double[n];
            saturated = new boolean[n];
            wait = new double[n];
            probWait = new double[n];
            waitShape = new dev.headroom.queueing.WaitShape[n];
        }

        /** Open network at class arrival rates {@code lamR}. */
        static StationState open(Network net, double[] lamR) {
            int n = net.stationCount();
            StationState s = new StationState(n, false);
            for (int k = 0; k < n; k++) {
                s.mix(net, k, lamR);
                double offered = dev.headroom.network.OperatingPoint.offeredLoad(net, k, lamR);
                s.instances[k] = net.instancesAt(k, offered);
                s.servers[k] = s.instances[k] * net.concurrency(k);
                if (!net.isDelay(k)) {
                    s.utilization[k] = offered / s.servers[k];
                    s.saturated[k] = s.utilization[k] >= SATURATION;
                }
            }
            double[] rho = new double[n];
            for (int k = 0; k < n; k++) {
                rho[k] = Math.min(1, s.utilization[k]);
            }
            ArrivalVariability.Result ca = ArrivalVariability.of(net, lamR, s.lambda, rho, s.scv,
                    s.servers);
            System.arraycopy(ca.scv(), 0, s.arrivalScv, 0, n);
            if (!ca.converged()) {
                s.warnings = List.of("the arrival variability did not settle in "
                        + ArrivalVariability.MAX_SWEEPS + " sweeps (a routing loop close to a "
                        + "gain of 1); the waits use the last sweep");
            }
            for (int k = 0; k < n; k++) {
                // a station whose visits take no time never queues anyone
                if (!net.isDelay(k) && !s.saturated[k] && s.lambda[k] > 0
                        && s.meanService[k] > 0) {
                    s.wait[k] = MultiServer.meanWait(s.servers[k], s.lambda[k], s.meanService[k],
                            s.arrivalScv[k], s.scv[k]);
                    s.probWait[k] = MultiServer.probabilityOfWait(s.servers[k], s.lambda[k],
                            s.meanService[k]);
                    s.waitShape[k] = dev.headroom.queueing.WaitShape.of(s.servers[k],
                            s.lambda[k], s.meanService[k], s.arrivalScv[k], s.scv[k]);
                }
            }
            LimitedStations.apply(net, s, lamR);
            return s;
        }

        /**
         * λ_k, S̄_k and the mixture SCV {@code cs² = Σ p_r S_rk²(1+cv_r²)/S̄² − 1} of station k
         * for class rates {@code lamR} (docs/engine.md). With no traffic, S̄ is the share-weighted mean.
         */
        void mix(Network net, int k, double[] lamR) {
            double lam = 0;
            double s1 = 0;
            double s2 = 0;
            for (int r = 0; r < lamR.length; r++) {
                double lr = lamR[r] * net.loadVisits(r, k);
                double s = net.serviceSec(r, k);
                double cv = net.serviceCv(r, k);
                lam += lr;
                s1 += lr * s;
                s2 += lr * s * s * (1 + cv * cv);
            }
            lambda[k] = lam;
            if (lam > 0) {
                meanService[k] = s1 / lam;
                scv[k] = meanService[k] > 0 ? Math.max(0, s2 / lam / (meanService[k] * meanService[k]) - 1) : 0;
            } else {
                double w = 0;
                for (int r = 0; r < lamR.length; r++) {
                    w += net.share(r) * net.serviceSec(r, k);
                }
                meanService[k] = w;
                scv[k] = 1;
            }
        }

        boolean stable() {
            for (boolean b : saturated) {
                if (b) {
                    return false;
                }
            }
            return true;
        }

        /** The most utilized queueing station that carries load, or null. */
        String bottleneck(Network net) {
            int best = -1;
            for (int k = 0; k < utilization.length; k++) {
                if (!net.isDelay(k) && lambda[k] > 0
                        && (best < 0 || utilization[k] > utilization[best])) {
                    best = k;
                }
            }
            return best < 0 ? null : net.id(best);
        }

        /**
         * Mean response per visit of class r at station k, seconds (wait + own service; plus
         * the wait for a thread at a pooled station).
         */
        double response(Network net, int r, int k) {
            double pool = poolWait == null ? 0 : poolWait[r][k];
            return (net.isDelay(k) ? 0 : wait[k]) + net.serviceSec(r, k) + pool;
        }

        StationResult result(Network net, int k) {
            boolean delay = net.isDelay(k);
            double s = meanService[k];
            Double waitMs = saturated[k] ? null : wait[k] * 1000;
            Double respMs = saturated[k] ? null : (wait[k] + s) * 1000;
            Double queue = saturated[k] ? null : lambda[k] * (wait[k] + s);
            if (loss != null) {
                double admitted = 1 - loss[k];
                queue = saturated[k] ? null : lambda[k] * admitted * (wait[k] + s);
                respMs = saturated[k] ? null : (wait[k] + s) * 1000;
                return new StationResult(net.id(k), net.displayName(k), net.kind(k), lambda[k],
                        utilization[k], instances[k], delay ? null : servers[k], waitMs, respMs,
                        queue, saturated[k], s * 1000, loss[k],
                        net.pools().hasPools(k) ? threadsHeld[k] : null);
            }
            return new StationResult(net.id(k), net.displayName(k), net.kind(k), lambda[k],
                    utilization[k], instances[k], delay ? null : servers[k], waitMs, respMs,
                    queue, saturated[k], s * 1000);
        }
    }
}
