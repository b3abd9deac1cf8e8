package dev.headroom.sim;

import dev.headroom.network.Edge;
import dev.headroom.network.Network;
import dev.headroom.network.OperatingPoint;
import dev.headroom.queueing.Mva;
import dev.headroom.queueing.MvaSolution;
import dev.headroom.queueing.ServiceShape;
import java.util.Locale;

/**
 * A {@link Network} at one growth multiplier, flattened into the arrays the event loop reads:
 * servers per station (autoscaled tiers sized as the analytic engine sizes them for the same
 * load), arrival rates, service-time samplers and, per class and station, the connections that
 * class follows, in model order. Immutable once built; shared by all replications.
 */
final class SimModel {
    static final int CONSTANT = 0;
    static final int EXPONENTIAL = 1;
    static final int GAMMA = 2;
    static final int HYPER = 3;

    /** A queueing station at this utilization or more never settles (the analytic threshold). */
    static final double SATURATION = dev.headroom.network.OperatingPoint.SATURATION;

    final Network net;
    final double multiplier;
    final int n;
    final int classes;
    final boolean closed;
    final int users;
    final double thinkSec;
    final double[] classRate;
    final double[] shareCum;
    final int[] entry;

    final boolean[] delay;
    final int[] instances;
    /** Parallel servers; {@link Integer#MAX_VALUE} for a delay station. */
    final int[] servers;
    /** Offered load λ_k·S̄_k (busy servers) at the analytic throughput; closed: at MVA's. */
    final double[] offered;

    // service sampler of class r at station k, at index r*n + k
    final int[] svcType;
    final double[] svcA;
    final double[] svcB;
    final double[] svcC;

    // edges, flat
    final int[] edgeTo;
    final int[] edgeFloor;
    final double[] edgeFrac;
    final double[] edgeFire;
    final boolean[] edgeAsync;
    final double[] edgeLatency;
    /** Applicable edges of class r leaving station k: applEdge[applStart[r*n+k] .. applStart[r*n+k+1]). */
    final int[] applStart;
    final int[] applEdge;
    /** Load balancers: each visit takes exactly one applicable edge. */
    final boolean[] routes;
    /** For a routing station, cumulative probability of each applicable edge (same index). */
    final double[] applCum;

    SimModel(Network net, double m) {
        this.net = net;
        this.multiplier = m;
        n = net.stationCount();
        classes = net.classCount();
        closed = net.isClosed();
        thinkSec = net.thinkTimeSec();
        classRate = new double[classes];
        shareCum = new double[classes];
        entry = new int[classes];
        double cum = 0;
        for (int r = 0; r < classes; r++) {
            entry[r] = net.entry(r);
            cum += net.share(r);
            shareCum[r] = cum;
            classRate[r] = closed ? 0 : net.share(r) * net.arrivalRate(m);
        }
        shareCum[classes - 1] = Double.POSITIVE_INFINITY;
        users = closed ? (int) Math.round(net.users(m)) : 0;

        delay = new boolean[n];
        instances = new int[n];
        servers = new int[n];
        offered = new double[n];
        for (int k = 0; k < n; k++) {
            delay[k] = net.isDelay(k);
        }
        if (closed) {
            sizeClosed();
        } else {
            for (int k = 0; k < n; k++) {
                offered[k] = OperatingPoint.offeredLoad(net, k, classRate);
                setInstances(k, net.instancesAt(k, offered[k]));
            }
        }

        svcType = new int[classes * n];
        svcA = new double[classes * n];
        svcB = new double[classes * n];
        svcC = new double[classes * n];
        for (int r = 0; r < classes; r++) {
            for (int k = 0; k < n; k++) {
                sampler(r * n + k, net.serviceSec(r, k), net.serviceCv(r, k));
            }
        }

        int edges = 0;
        for (int k = 0; k < n; k++) {
            edges += net.outgoing(k).size();
        }
        edgeTo = new int[edges];
        edgeFloor = new int[edges];
        edgeFrac = new double[edges];
        edgeFire = new double[edges];
        edgeAsync = new boolean[edges];
        edgeLatency = new double[edges];
        int[] firstEdge = new int[n + 1];
        int e = 0;
        for (int k = 0; k < n; k++) {
            firstEdge[k] = e;
            for (Edge edge : net.outgoing(k)) {
                edgeTo[e] = edge.to();
                double fl = Math.floor(edge.calls());
                edgeFloor[e] = (int) fl;
                edgeFrac[e] = edge.calls() - fl;
                edgeFire[e] = edge.missProbability();
                edgeAsync[e] = edge.async();
                edgeLatency[e] = edge.latencySec();
                e++;
            }
        }
        firstEdge[n] = e;
        routes = new boolean[n];
        for (int k = 0; k < n; k++) {
            routes[k] = net.routes(k);
        }
        CallTable calls = CallTable.of(net, firstEdge, routes, classes, edges);
        applStart = calls.start();
        applEdge = calls.edge();
        applCum = calls.cumulative();
    }

    private void setInstances(int k, int inst) {
        instances[k] = inst;
        servers[k] = delay[k] ? Integer.MAX_VALUE : Math.max(1, inst * net.concurrency(k));
    }

    /**
     * Closed workloads: autoscaled tiers sized as the analytic engine does, by fixed point over
     * exact MVA (size for the throughput, solve, repeat until the sizes settle; 20 rounds at most).
     */
    private void sizeClosed() {
        OperatingPoint.ClosedSizing sizing = OperatingPoint.closedSizing(net, users);
        double x = sizing.mva().systemThroughput();
        for (int k = 0; k < n; k++) {
            setInstances(k, sizing.instances()[k]);
            offered[k] = x * net.demandPerUnitRate(k);
        }
    }

    /** The sampler of the service shape the analytic engine assumes too (queueing.ServiceShape). */
    private void sampler(int i, double mean, double cv) {
        ServiceShape shape = ServiceShape.of(mean, cv);
        switch (shape.kind()) {
            case CONSTANT -> {
                svcType[i] = CONSTANT;
                svcA[i] = mean;
            }
            case GAMMA -> {
                double d = shape.shape() - 1.0 / 3;
                svcType[i] = GAMMA;
                svcA[i] = d;
                svcB[i] = 1 / Math.sqrt(9 * d);
                svcC[i] = mean / shape.shape(); // scale
            }
            case EXPONENTIAL -> {
                svcType[i] = EXPONENTIAL;
                svcA[i] = mean;
            }
            case HYPEREXPONENTIAL -> {
                svcType[i] = HYPER;
                svcA[i] = shape.p1();
                svcB[i] = shape.mean1();
                svcC[i] = shape.mean2();
            }
        }
    }

    /**
     * @throws UnstableModelException when an open model has a queueing station at or beyond
     *     saturation, where no steady state exists
     */
    void requireStable() {
        if (closed) {
            return;
        }
        double total = 0;
        for (double rate : classRate) {
            total += rate;
        }
        if (!(total > 0)) {
            throw new UnstableModelException(String.format(Locale.ROOT,
                    "%s has no arrivals at %sx: there is nothing to simulate", net.name(),
                    fmt(multiplier)));
        }
        for (int k = 0; k < n; k++) {
            if (!delay[k] && offered[k] / servers[k] >= SATURATION) {
                double rho = offered[k] / servers[k];
                throw new UnstableModelException(String.format(Locale.ROOT,
                        "%s would be %.0f%% busy at %sx: the simulation would never reach a "
                                + "steady state", net.id(k), rho * 100, fmt(multiplier)), net.id(k),
                        rho);
            }
        }
    }

    /**
     * A closed network starts with every user thinking, and reaches its steady state only once
     * the users in the system at steady state ({@code N − X·Z}, by exact MVA) have gone through
     * it: requests that started in the transient make up the first {@code N − X·Z} completions.
     * The warm-up must cover that twice over, else the figures are those of the filling system
     * (1,000,000 users gave a mean of 549,570 ms where the exact one is 4,999,000 ms).
     *
     * @throws UnstableModelException naming the run length it would need
     */
    void requireLongEnough(SimOptions options) {
        if (!closed) {
            return;
        }
        double[] demand = new double[n];
        int[] srv = new int[n];
        for (int k = 0; k < n; k++) {
            demand[k] = net.demandPerUnitRate(k);
            srv[k] = delay[k] ? 1 : servers[k];
        }
        double x = Mva.exactSingleClass(demand, srv, delay, thinkSec, users).systemThroughput();
        double inSystem = Math.max(0, users - x * thinkSec);
        double warmup = options.requestsPerReplication() * options.warmupFraction();
        if (warmup < 2 * inSystem) {
            long needed = (long) Math.ceil(2 * inSystem / Math.max(options.warmupFraction(), 1e-9));
            throw new UnstableModelException(String.format(Locale.ROOT,
                    "%,d users keep about %,.0f requests in the system at %sx: the warm-up must "
                            + "see them through twice, which takes at least %,d requests per "
                            + "replication (this run has %,d)", users, inSystem, fmt(multiplier),
                    needed, options.requestsPerReplication()));
        }
    }

    private static String fmt(double m) {
        return m == Math.rint(m) && Math.abs(m) < 1e9 ? Long.toString((long) m)
                : String.format(Locale.ROOT, "%.3g", m);
    }
}
