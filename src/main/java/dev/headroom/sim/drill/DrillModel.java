package dev.headroom.sim.drill;

import dev.headroom.model.CallPolicy;
import dev.headroom.model.Drill;
import dev.headroom.model.DrillEvent;
import dev.headroom.model.Retries;
import dev.headroom.network.Edge;
import dev.headroom.network.Network;
import dev.headroom.network.OperatingPoint;
import dev.headroom.network.Pools;
import dev.headroom.sim.CallTable;
import dev.headroom.sim.ServiceTimes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A network and a drill flattened into the arrays the event loop reads (docs/drills.md): base
 * arrival rates, stations with their servers, queue bounds and thread pools, service samplers,
 * connections with their call policies and network latency, and the drill's schedule of traffic
 * steps and events. Immutable once built; shared by all replications.
 *
 * <p>Edges {@code 0..E−1} are the model's connections in station order; edges
 * {@code E..E+R−1} are the clients' calls to the entry of each class, with the workload's
 * policy.
 */
final class DrillModel {
    // control event kinds
    static final int TRAFFIC = 0;
    static final int SLOW_ON = 1;
    static final int SLOW_OFF = 2;
    static final int ERRORS_ON = 3;
    static final int ERRORS_OFF = 4;
    static final int LOSE = 5;
    static final int RESTORE = 6;

    /** The autoscaler decides every 10 s from the offered load of the last 60 s. */
    static final double AUTOSCALE_PERIOD = 10;
    static final int AUTOSCALE_WINDOW_SLOTS = 6;
    /** It removes instances only when 300 s of decisions all wanted fewer (a scale-in cooldown). */
    static final int SCALE_IN_SLOTS = 30;

    final Network net;
    final Drill drill;
    final double multiplier;
    final int n;
    final int classes;
    final double[] baseRate;
    final int[] entry;
    final double duration;
    final double bucket;
    final int buckets;
    final double startMultiplier;
    final Double triggerEnd;

    // stations
    final boolean[] delay;
    final int[] concurrency;
    final int[] initialInstances;
    final boolean[] autoscaled;
    final int[] asMin;
    final int[] asMax;
    final double[] asTarget;
    final double[] asScaleOut;
    final boolean anyAutoscaled;
    /** Offered load λ_k·S̄_k at the starting traffic (busy servers). */
    final double[] baseOffered;
    final int[] maxQueue;
    final boolean[] hasPools;
    /** Stations that can lose instances: their visits are tracked so that some can be lost. */
    final boolean[] tracked;

    // pools, numbered across stations
    final int pools;
    final int[] poolStation;
    final int[] poolThreads;
    /** [r*n+k] → pool or -1. */
    final int[] poolOf;

    // service
    final ServiceTimes service;
    final double[] meanService;

    // edges (connections, then one client edge per class)
    final int edges;
    final int clientEdge0;
    final int[] edgeTo;
    final int[] edgeFloor;
    final double[] edgeFrac;
    final double[] edgeFire;
    final boolean[] edgeAsync;
    final double[] edgeLatency;
    final double[] edgeTimeout;
    final int[] edgeMaxRetries;
    final double[] edgeBackoff;
    final double[] edgeBackoffGrowth;
    final boolean[] edgeJitter;
    final int[] edgeBudget;
    final double[] budgetRatio;
    final int[] edgeTimeoutLine;
    final int[] edgeReplyLine;
    final int timeoutLines;
    final int lines;

    // the applicable edges of class r leaving station k, as in the steady-state simulator
    final int[] applStart;
    final int[] applEdge;
    final boolean[] routes;
    final double[] applCum;

    // the drill's schedule, in time order
    final double[] ctlTime;
    final int[] ctlKind;
    final int[] ctlStation;
    final double[] ctlValue;

    DrillModel(Network net, Drill drill, double m) {
        this.net = net;
        this.drill = drill;
        this.multiplier = m;
        n = net.stationCount();
        classes = net.classCount();
        duration = drill.durationSeconds();
        bucket = drill.bucketSeconds();
        buckets = (int) Math.ceil(duration / bucket - 1e-9);
        startMultiplier = drill.multiplierAt(0);
        triggerEnd = drill.triggerEndSeconds();
        baseRate = OperatingPoint.classRates(net, m);
        entry = new int[classes];
        for (int r = 0; r < classes; r++) {
            entry[r] = net.entry(r);
        }

        delay = new boolean[n];
        concurrency = new int[n];
        initialInstances = new int[n];
        autoscaled = new boolean[n];
        asMin = new int[n];
        asMax = new int[n];
        asTarget = new double[n];
        asScaleOut = new double[n];
        baseOffered = new double[n];
        maxQueue = new int[n];
        hasPools = new boolean[n];
        tracked = new boolean[n];
        boolean anyAs = false;
        Pools p = net.pools();
        for (int k = 0; k < n; k++) {
            delay[k] = net.isDelay(k);
            concurrency[k] = net.concurrency(k);
            double a = OperatingPoint.offeredLoad(net, k,
                    OperatingPoint.classRates(net, m * startMultiplier));
            baseOffered[k] = a;
            initialInstances[k] = net.instancesAt(k, a);
            if (net.isAutoscaled(k)) {
                autoscaled[k] = true;
                anyAs = true;
                asMin[k] = net.autoscale(k).min();
                asMax[k] = net.autoscale(k).max();
                asTarget[k] = net.autoscale(k).targetUtilization();
                asScaleOut[k] = net.autoscale(k).scaleOutSecondsOrDefault();
            }
            maxQueue[k] = p.maxQueue(k);
            hasPools[k] = p.hasPools(k);
        }
        anyAutoscaled = anyAs;

        int poolCount = 0;
        int[] poolBase = new int[n];
        for (int k = 0; k < n; k++) {
            poolBase[k] = poolCount;
            poolCount += p.poolCount(k);
        }
        pools = poolCount;
        poolStation = new int[pools];
        poolThreads = new int[pools];
        for (int k = 0; k < n; k++) {
            for (int q = 0; q < p.poolCount(k); q++) {
                poolStation[poolBase[k] + q] = k;
                poolThreads[poolBase[k] + q] = p.threads(k, q);
            }
        }
        poolOf = new int[classes * n];
        for (int r = 0; r < classes; r++) {
            for (int k = 0; k < n; k++) {
                int q = p.poolOf(k, r);
                poolOf[r * n + k] = q < 0 ? -1 : poolBase[k] + q;
            }
        }

        service = new ServiceTimes(classes * n);
        meanService = new double[classes * n];
        for (int r = 0; r < classes; r++) {
            for (int k = 0; k < n; k++) {
                service.set(r * n + k, net.serviceSec(r, k), net.serviceCv(r, k));
                meanService[r * n + k] = net.serviceSec(r, k);
            }
        }

        // edges
        List<Edge> all = new ArrayList<>();
        int[] firstEdge = new int[n + 1];
        for (int k = 0; k < n; k++) {
            firstEdge[k] = all.size();
            all.addAll(net.outgoing(k));
        }
        firstEdge[n] = all.size();
        clientEdge0 = all.size();
        edges = clientEdge0 + classes;
        edgeTo = new int[edges];
        edgeFloor = new int[edges];
        edgeFrac = new double[edges];
        edgeFire = new double[edges];
        edgeAsync = new boolean[edges];
        edgeLatency = new double[edges];
        edgeTimeout = new double[edges];
        edgeMaxRetries = new int[edges];
        edgeBackoff = new double[edges];
        edgeBackoffGrowth = new double[edges];
        edgeJitter = new boolean[edges];
        edgeBudget = new int[edges];
        edgeTimeoutLine = new int[edges];
        edgeReplyLine = new int[edges];
        List<Double> ratios = new ArrayList<>();
        int tLines = 0;
        for (int e = 0; e < edges; e++) {
            CallPolicy policy;
            if (e < clientEdge0) {
                Edge edge = all.get(e);
                edgeTo[e] = edge.to();
                double fl = Math.floor(edge.calls());
                edgeFloor[e] = (int) fl;
                edgeFrac[e] = edge.calls() - fl;
                edgeFire[e] = edge.missProbability();
                edgeAsync[e] = edge.async();
                edgeLatency[e] = edge.latencySec();
                policy = edge.policy();
            } else {
                edgeTo[e] = entry[e - clientEdge0];
                edgeFloor[e] = 1;
                edgeFire[e] = 1;
                policy = net.clientPolicy();
            }
            edgeTimeout[e] = policy.timeoutMs() == null ? Double.POSITIVE_INFINITY
                    : policy.timeoutMs() / 1000;
            Retries rt = policy.retries();
            edgeMaxRetries[e] = rt == null ? 0 : rt.max();
            edgeBackoff[e] = rt == null ? 0 : rt.backoffMs() / 1000;
            edgeBackoffGrowth[e] = rt == null ? 1 : rt.multiplier();
            edgeJitter[e] = rt != null && rt.jitter();
            edgeBudget[e] = -1;
            edgeTimeoutLine[e] = -1;
            if (rt != null && rt.budgetRatio() != null && rt.max() > 0) {
                if (e > clientEdge0) {
                    edgeBudget[e] = edgeBudget[clientEdge0]; // the clients share one budget
                } else {
                    edgeBudget[e] = ratios.size();
                    ratios.add(rt.budgetRatio());
                }
            }
            if (Double.isFinite(edgeTimeout[e])) {
                // every client edge has the same timeout: one line keeps their FIFO order
                edgeTimeoutLine[e] = e > clientEdge0 ? edgeTimeoutLine[clientEdge0] : tLines++;
            }
        }
        timeoutLines = tLines;
        int rLines = tLines;
        for (int e = 0; e < edges; e++) {
            edgeReplyLine[e] = edgeLatency[e] > 0 ? rLines++ : -1;
        }
        lines = rLines;
        budgetRatio = ratios.stream().mapToDouble(Double::doubleValue).toArray();

        routes = new boolean[n];
        for (int k = 0; k < n; k++) {
            routes[k] = net.routes(k);
        }
        CallTable calls = CallTable.of(net, firstEdge, routes, classes, clientEdge0);
        applStart = calls.start();
        applEdge = calls.edge();
        applCum = calls.cumulative();

        // schedule
        record Ctl(double t, int kind, int station, double value, int order) {}
        List<Ctl> ctl = new ArrayList<>();
        int order = 0;
        for (Drill.TrafficStep s : drill.traffic()) {
            ctl.add(new Ctl(s.atSeconds(), TRAFFIC, -1, s.multiplier(), order++));
        }
        for (DrillEvent e : drill.events()) {
            int k = net.indexOf(e.component());
            switch (e.type()) {
                case SLOW -> {
                    ctl.add(new Ctl(e.atSeconds(), SLOW_ON, k, e.factor(), order++));
                    ctl.add(new Ctl(e.endSeconds(), SLOW_OFF, k, e.factor(), order++));
                }
                case ERRORS -> {
                    ctl.add(new Ctl(e.atSeconds(), ERRORS_ON, k, e.errorRate(), order++));
                    ctl.add(new Ctl(e.endSeconds(), ERRORS_OFF, k, e.errorRate(), order++));
                }
                case LOSE_INSTANCES -> {
                    tracked[k] = true;
                    ctl.add(new Ctl(e.atSeconds(), LOSE, k, e.count(), order++));
                    ctl.add(new Ctl(e.endSeconds(), RESTORE, k, e.count(), order++));
                }
                default -> throw new IllegalStateException(e.type().toString());
            }
        }
        ctl.removeIf(c -> c.t() >= duration);
        ctl.sort(Comparator.comparingDouble(Ctl::t).thenComparingInt(Ctl::order));
        ctlTime = ctl.stream().mapToDouble(Ctl::t).toArray();
        ctlKind = ctl.stream().mapToInt(Ctl::kind).toArray();
        ctlStation = ctl.stream().mapToInt(Ctl::station).toArray();
        ctlValue = ctl.stream().mapToDouble(Ctl::value).toArray();
    }

    /** The total base arrival rate (traffic multiplier 1), per second. */
    double baseRate() {
        double s = 0;
        for (double x : baseRate) {
            s += x;
        }
        return s;
    }

    /**
     * The warm-up before time 0 (docs/drills.md "Warm-up"): twenty relaxation times of the
     * slowest queue at the starting traffic, {@code 1/(cμ(1 − √ρ)²)} (P. M. Morse, "Stochastic
     * properties of waiting lines", J. Operations Research Society of America 3(3), 1955), at
     * least 60 s and at most 600 s; 60 s when some queue is not stable at the starting traffic.
     */
    double warmupSeconds() {
        double relax = 0;
        for (int k = 0; k < n; k++) {
            if (delay[k] || baseOffered[k] <= 0) {
                continue;
            }
            int c = Math.max(1, initialInstances[k] * concurrency[k]);
            double rho = baseOffered[k] / c;
            if (rho >= 1) {
                return 60;
            }
            double sBar = 0;
            double lam = 0;
            for (int r = 0; r < classes; r++) {
                double l = baseRate[r] * startMultiplier * net.loadVisits(r, k);
                lam += l;
                sBar += l * meanService[r * n + k];
            }
            sBar /= lam;
            double tau = sBar / (c * Math.pow(1 - Math.sqrt(rho), 2));
            relax = Math.max(relax, tau);
        }
        return Math.max(60, Math.min(600, 20 * relax));
    }
}
