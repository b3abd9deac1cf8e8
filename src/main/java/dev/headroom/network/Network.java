package dev.headroom.network;

import dev.headroom.model.Autoscale;
import dev.headroom.model.CallPolicy;
import dev.headroom.model.Kind;
import java.util.List;

/**
 * A model compiled into flat numbers for the solvers (docs/code-style.md "Compile, then solve"): classes,
 * stations, service demands in seconds, visit ratios, routing. Built once per model by
 * {@link NetworkCompiler}; every solver and the simulator read only this. Indices: {@code r} a
 * class, {@code k} a station (same order as the model's components). Arrays are owned by the
 * network and must not be changed by callers.
 */
public final class Network {
    final String name;
    final boolean closed;
    final double baseRatePerSecond;
    final Double baseUsers;
    final double requestsPerUserPerDay;
    final double peakToAverage;
    final double thinkTimeSec;

    final String[] classNames;
    final double[] share;
    final int[] entry;

    final String[] ids;
    final String[] names;
    final Kind[] kinds;
    final boolean[] delay;
    final int[] concurrency;
    final Servers[] servers;
    final double[] speedup;
    final int[] fixedInstances;
    final Autoscale[] autoscale;
    final double[][] serviceSec;
    final double[][] serviceCv;
    final double[][] loadVisits;
    final double[][] latencyVisits;
    final double[] networkLatencySec;
    final List<List<Edge>> outgoing;
    final Pools pools;
    final CallPolicy clientPolicy;
    private final double[] demandPerUnitRate;
    private final double[] visitsPerRequest;

    Network(String name, boolean closed, double baseRatePerSecond, Double baseUsers,
            double requestsPerUserPerDay, double peakToAverage, double thinkTimeSec,
            String[] classNames, double[] share, int[] entry, String[] ids, String[] names,
            Kind[] kinds, boolean[] delay, int[] concurrency, Servers[] servers,
            double[] speedup, int[] fixedInstances,
            Autoscale[] autoscale, double[][] serviceSec, double[][] serviceCv,
            double[][] loadVisits, double[][] latencyVisits, double[] networkLatencySec,
            List<List<Edge>> outgoing, Pools pools, CallPolicy clientPolicy) {
        this.name = name;
        this.closed = closed;
        this.baseRatePerSecond = baseRatePerSecond;
        this.baseUsers = baseUsers;
        this.requestsPerUserPerDay = requestsPerUserPerDay;
        this.peakToAverage = peakToAverage;
        this.thinkTimeSec = thinkTimeSec;
        this.classNames = classNames;
        this.share = share;
        this.entry = entry;
        this.ids = ids;
        this.names = names;
        this.kinds = kinds;
        this.delay = delay;
        this.concurrency = concurrency;
        this.servers = servers;
        this.speedup = speedup;
        this.fixedInstances = fixedInstances;
        this.autoscale = autoscale;
        this.serviceSec = serviceSec;
        this.serviceCv = serviceCv;
        this.loadVisits = loadVisits;
        this.latencyVisits = latencyVisits;
        this.networkLatencySec = networkLatencySec;
        this.outgoing = outgoing;
        this.pools = pools;
        this.clientPolicy = clientPolicy;
        int n = ids.length;
        this.demandPerUnitRate = new double[n];
        this.visitsPerRequest = new double[n];
        for (int k = 0; k < n; k++) {
            for (int r = 0; r < classNames.length; r++) {
                demandPerUnitRate[k] += share[r] * loadVisits[r][k] * serviceSec[r][k];
                visitsPerRequest[k] += share[r] * loadVisits[r][k];
            }
        }
    }

    public String name() {
        return name;
    }

    /** Closed workload: {@link #users(double)} users thinking {@link #thinkTimeSec()}. */
    public boolean isClosed() {
        return closed;
    }

    public int classCount() {
        return classNames.length;
    }

    public int stationCount() {
        return ids.length;
    }

    public String className(int r) {
        return classNames[r];
    }

    public double share(int r) {
        return share[r];
    }

    public int entry(int r) {
        return entry[r];
    }

    public String id(int k) {
        return ids[k];
    }

    public String displayName(int k) {
        return names[k];
    }

    public Kind kind(int k) {
        return kinds[k];
    }

    /** Delay (infinite-server) station: response equals service, never saturates. */
    public boolean isDelay(int k) {
        return delay[k];
    }

    /** Servers per instance (see {@link #servers(int)} for where the figure comes from). */
    public int concurrency(int k) {
        return concurrency[k];
    }

    /** Servers per instance and why. */
    public Servers servers(int k) {
        return servers[k];
    }

    /**
     * How much faster station k's instance type is than the one its service time was measured
     * on; service times are already divided by it. 1 when nothing was scaled.
     */
    public double speedup(int k) {
        return speedup[k];
    }

    /** Whether station k is a load balancer: each visit takes one of its outgoing edges. */
    public boolean routes(int k) {
        for (Edge e : outgoing.get(k)) {
            if (e.routes()) {
                return true;
            }
        }
        return false;
    }

    public Autoscale autoscale(int k) {
        return autoscale[k];
    }

    public boolean isAutoscaled(int k) {
        return autoscale[k] != null;
    }

    /** Mean service time of class r at station k, seconds. */
    public double serviceSec(int r, int k) {
        return serviceSec[r][k];
    }

    public double serviceCv(int r, int k) {
        return serviceCv[r][k];
    }

    /** Mean visits of a class-r request to station k, counting async branches (load). */
    public double loadVisits(int r, int k) {
        return loadVisits[r][k];
    }

    /** Mean visits on the request's synchronous path (latency). */
    public double latencyVisits(int r, int k) {
        return latencyVisits[r][k];
    }

    /** Network time per class-r request from {@code latencyMs} on synchronous edges, seconds. */
    public double networkLatencySec(int r) {
        return networkLatencySec[r];
    }

    /** Connections leaving station k, in model order. */
    public List<Edge> outgoing(int k) {
        return outgoing.get(k);
    }

    public int indexOf(String id) {
        for (int k = 0; k < ids.length; k++) {
            if (ids[k].equals(id)) {
                return k;
            }
        }
        return -1;
    }

    /** Queue bounds and thread pools of every station. */
    public Pools pools() {
        return pools;
    }

    /**
     * Waiting requests station k admits per instance (for a thread when it has pools, else for a
     * server), or -1 for an unbounded queue.
     */
    public int maxQueue(int k) {
        return pools.maxQueue(k);
    }

    /** The clients' timeout and retries on their calls to the entry (drills). */
    public CallPolicy clientPolicy() {
        return clientPolicy;
    }

    // ---- workload ---------------------------------------------------------------------------

    /** Open: peak arrival rate per second at growth multiplier m. */
    public double arrivalRate(double m) {
        return baseRatePerSecond * m;
    }

    /** Open: average arrival rate over a day at multiplier m (the peak over peakToAverage). */
    public double averageArrivalRate(double m) {
        return baseRatePerSecond * m / peakToAverage;
    }

    public double peakToAverage() {
        return peakToAverage;
    }

    public double requestsPerUserPerDay() {
        return requestsPerUserPerDay;
    }

    /** Users at multiplier m (closed: rounded to whole users), or null when none are given. */
    public Double users(double m) {
        if (baseUsers == null) {
            return null;
        }
        return closed ? (double) Math.max(1, Math.round(baseUsers * m)) : baseUsers * m;
    }

    public double thinkTimeSec() {
        return thinkTimeSec;
    }

    // ---- derived per-station figures -------------------------------------------------------

    /**
     * Demand per unit of total arrival rate: {@code D_k = Σ_r share_r·V_rk·S_rk}, in seconds
     * (the busy servers needed per request/s of traffic).
     */
    public double demandPerUnitRate(int k) {
        return demandPerUnitRate[k];
    }

    /** Visits to station k per request (all classes mixed by share). */
    public double visitsPerRequest(int k) {
        return visitsPerRequest[k];
    }

    /**
     * Instances of station k at offered load {@code a = λ_k·S̄_k} (busy servers): the autoscaling
     * rule when there is one, else the fixed count.
     */
    public int instancesAt(int k, double offeredLoad) {
        Autoscale a = autoscale[k];
        return a == null ? fixedInstances[k] : a.instancesFor(offeredLoad, concurrency[k]);
    }

    /**
     * The same network with some stations sized differently: for each {@code k} with a non-null
     * {@code sizing[k]}, its servers per instance, instances (or autoscaling) and per-core speed
     * are replaced, and its service times scaled by the change of speed. What the planner asks
     * of every sizing it tries, without compiling the model again; compiling the model with the
     * same sizing gives the same numbers.
     */
    public Network resized(Sizing[] sizing) {
        if (sizing.length != ids.length) {
            throw new IllegalArgumentException("one sizing per station");
        }
        int n = ids.length;
        int[] conc = concurrency.clone();
        Servers[] why = servers.clone();
        double[] speed = speedup.clone();
        int[] fixed = fixedInstances.clone();
        Autoscale[] auto = autoscale.clone();
        double[][] service = new double[classNames.length][];
        for (int r = 0; r < service.length; r++) {
            service[r] = serviceSec[r].clone();
        }
        for (int k = 0; k < n; k++) {
            Sizing s = sizing[k];
            if (s == null) {
                continue;
            }
            conc[k] = s.servers().perInstance();
            why[k] = s.servers();
            fixed[k] = s.instances();
            auto[k] = s.autoscale();
            double scale = speedup[k] / s.speedup();
            speed[k] = s.speedup();
            for (int r = 0; r < service.length; r++) {
                service[r][k] = serviceSec[r][k] * scale;
            }
        }
        return new Network(name, closed, baseRatePerSecond, baseUsers, requestsPerUserPerDay,
                peakToAverage, thinkTimeSec, classNames, share, entry, ids, names, kinds, delay,
                conc, why, speed, fixed, auto, service, serviceCv, loadVisits, latencyVisits,
                networkLatencySec, outgoing, pools, clientPolicy);
    }

    /**
     * How one station is sized.
     *
     * @param servers servers per instance, and why
     * @param speedup per-core speed of its instance type over the one its service time was
     *     measured on (1 when nothing scales)
     * @param instances its instances when not autoscaled
     * @param autoscale its autoscaling, or null
     */
    public record Sizing(Servers servers, double speedup, int instances, Autoscale autoscale) {}

    /** The most instances station k can have: autoscale max, else the fixed count. */
    public int maxInstances(int k) {
        return autoscale[k] == null ? fixedInstances[k] : autoscale[k].max();
    }
}
