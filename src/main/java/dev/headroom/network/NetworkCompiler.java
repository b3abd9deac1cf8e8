package dev.headroom.network;

import dev.headroom.model.Autoscale;
import dev.headroom.model.Component;
import dev.headroom.model.Connection;
import dev.headroom.model.Kind;
import dev.headroom.model.Model;
import dev.headroom.model.ModelException;
import dev.headroom.model.ModelValidator;
import dev.headroom.model.Problem;
import dev.headroom.model.RequestClass;
import dev.headroom.model.Workload;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles a model into a {@link Network}: validates it, then solves the traffic equations
 * {@code V = e_r + V·P_r} for every class (docs/engine.md, {@link TrafficEquations}). A routing
 * matrix whose spectral radius is 1 or more (a cycle with gain ≥ 1) is a model error: for a
 * non-negative P, {@code ρ(P) < 1} exactly when {@code I − P} is invertible with a non-negative
 * inverse (an M-matrix; Berman &amp; Plemmons, <i>Nonnegative Matrices in the Mathematical
 * Sciences</i>, ch. 6, thm 2.3), which is what is checked, loop by loop.
 */
public final class NetworkCompiler {
    private NetworkCompiler() {}

    /**
     * The most parallel servers one component may have ({@code instances × servers per
     * instance}, autoscaled at its maximum): the Erlang recurrence is linear in the servers, and
     * a pool beyond a million is better modelled as a delay ({@code queueing: false}).
     */
    public static final long MAX_SERVERS = 1_000_000;

    /** All problems with the model, including routing cycles; empty when it compiles. */
    public static List<Problem> check(Model model) {
        return check(model, Machines.NONE);
    }

    /** All problems with the model given these instance types; empty when it compiles. */
    public static List<Problem> check(Model model, Machines machines) {
        List<Problem> problems = ModelValidator.validate(model);
        if (!problems.isEmpty()) {
            return problems;
        }
        try {
            compile(model, machines);
            return List.of();
        } catch (ModelException e) {
            return e.problems();
        }
    }

    /** Compiles a model that knows no instance types: unpinned components get one server each. */
    public static Network compile(Model model) {
        return compile(model, Machines.NONE);
    }

    /**
     * Compiles a model, taking servers per instance and per-core speeds from {@code machines}.
     *
     * @throws ModelException listing every problem when the model is invalid
     */
    public static Network compile(Model model, Machines machines) {
        List<Problem> problems = ModelValidator.validate(model);
        if (!problems.isEmpty()) {
            throw new ModelException(problems);
        }
        List<Component> cs = model.components();
        List<RequestClass> classes = model.requestClasses();
        int n = cs.size();
        int rc = classes.size();

        String[] classNames = new String[rc];
        double[] share = new double[rc];
        int[] entry = new int[rc];
        for (int r = 0; r < rc; r++) {
            classNames[r] = classes.get(r).name();
            share[r] = classes.get(r).share();
            entry[r] = model.indexOf(classes.get(r).entry());
        }

        String[] ids = new String[n];
        String[] names = new String[n];
        Kind[] kinds = new Kind[n];
        boolean[] delay = new boolean[n];
        int[] concurrency = new int[n];
        int[] instances = new int[n];
        Servers[] servers = new Servers[n];
        double[] speedup = new double[n];
        Autoscale[] autoscale = new Autoscale[n];
        double[][] service = new double[rc][n];
        double[][] cv = new double[rc][n];
        List<Problem> sizing = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            Component c = cs.get(k);
            ids[k] = c.id();
            names[k] = c.displayName();
            kinds[k] = c.kind();
            delay[k] = c.isDelay();
            servers[k] = Servers.of(c.concurrency(), c.concurrencyPerVcpu(), c.instanceType(),
                    machines);
            concurrency[k] = servers[k].perInstance();
            instances[k] = c.instances();
            autoscale[k] = c.autoscale();
            long most = (long) (c.isAutoscaled() ? c.autoscale().max() : c.instances())
                    * concurrency[k];
            if (!delay[k] && most > MAX_SERVERS) {
                sizing.add(new Problem("components[" + k + "]." + (c.isAutoscaled()
                        ? "autoscale.max" : "instances"), String.format(java.util.Locale.ROOT,
                        "gives %,d servers (instances \u00d7 %s); at most %,d are supported: "
                        + "model a pool this large as a delay (\"queueing\": false)", most,
                        servers[k].explanation(), MAX_SERVERS)));
            }
            speedup[k] = speedup(c, machines);
            for (int r = 0; r < rc; r++) {
                service[r][k] = c.serviceTimeMs().get(classNames[r]) / 1000.0 / speedup[k];
                cv[r][k] = c.serviceTimeCv().get(classNames[r]);
            }
        }
        if (!sizing.isEmpty()) {
            throw new ModelException(sizing);
        }

        List<List<Edge>> outgoing = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            outgoing.add(new ArrayList<>());
        }
        List<Connection> es = model.connections();
        for (Connection e : es) {
            int from = model.indexOf(e.from());
            int to = model.indexOf(e.to());
            boolean[] mask = new boolean[rc];
            for (int r = 0; r < rc; r++) {
                mask[r] = e.appliesTo(classNames[r]);
            }
            Component src = cs.get(from);
            double miss = e.onMiss() ? 1 - src.hitRatio() : 1;
            double[] route = null;
            if (src.kind() == Kind.LOAD_BALANCER) {
                route = new double[rc];
                for (int r = 0; r < rc; r++) {
                    if (!mask[r]) {
                        continue;
                    }
                    double total = 0;
                    for (Connection o : es) {
                        if (o.from().equals(e.from()) && o.appliesTo(classNames[r])) {
                            total += o.weightOrDefault();
                        }
                    }
                    route[r] = e.weightOrDefault() / total;
                }
            }
            outgoing.get(from).add(new Edge(from, to, route == null ? e.calls() : 1, miss,
                    e.async(), mask, e.latencyMs() / 1000.0, route, e.policy()));
        }
        for (int k = 0; k < n; k++) {
            outgoing.set(k, List.copyOf(outgoing.get(k)));
        }

        double[][] load = new double[rc][];
        double[][] latency = new double[rc][];
        double[] netLatency = new double[rc];
        TrafficEquations traffic = new TrafficEquations(model, outgoing);
        for (int r = 0; r < rc; r++) {
            load[r] = traffic.visits(r, false, entry[r], classNames[r]);
            latency[r] = traffic.visits(r, true, entry[r], classNames[r]);
            clampTiny(load[r]);
            clampTiny(latency[r]);
            double net = 0;
            for (int k = 0; k < n; k++) {
                for (Edge e : outgoing.get(k)) {
                    if (!e.async() && e.appliesTo(r)) {
                        net += latency[r][k] * e.meanCalls(r) * e.latencySec();
                    }
                }
            }
            netLatency[r] = net;
        }

        Workload w = model.workload();
        double baseRate = w.isClosed() ? 0 : w.peakArrivalRate(1);
        double rpd = w.requestsPerUserPerDay() == null ? 0 : w.requestsPerUserPerDay();
        return new Network(model.name(), w.isClosed(), baseRate, w.users(), rpd,
                w.peakToAverage(), w.thinkTimeMs() / 1000.0, classNames, share, entry, ids, names,
                kinds, delay, concurrency, servers, speedup, instances, autoscale, service, cv,
                load, latency, netLatency, outgoing, Pools.of(model, classNames),
                w.policy());
    }

    /**
     * How much faster today's instance type is than the one the service time was measured on:
     * {@code relativeSpeed(today) / relativeSpeed(measuredOn)}, or 1 when the model states no
     * {@code serviceTimeMeasuredOn} or either type states no speed.
     */
    static double speedup(Component c, Machines machines) {
        if (c.serviceTimeMeasuredOn() == null || c.instanceType() == null) {
            return 1;
        }
        var then = machines.relativeSpeed(c.serviceTimeMeasuredOn());
        var now = machines.relativeSpeed(c.instanceType());
        return then.isPresent() && now.isPresent() ? now.getAsDouble() / then.getAsDouble() : 1;
    }

    private static void clampTiny(double[] v) {
        for (int i = 0; i < v.length; i++) {
            if (Math.abs(v[i]) < 1e-12) {
                v[i] = 0;
            }
        }
    }

    /**
     * {@code (I − P)^{-1}} by Gauss–Jordan elimination with partial pivoting, or null when
     * {@code I − P} is singular or its inverse has a negative entry (spectral radius ≥ 1).
     */
    static double[][] inverseOfIMinus(double[][] p) {
        int n = p.length;
        double[][] a = new double[n][2 * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = (i == j ? 1 : 0) - p[i][j];
            }
            a[i][n + i] = 1;
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int i = col + 1; i < n; i++) {
                if (Math.abs(a[i][col]) > Math.abs(a[pivot][col])) {
                    pivot = i;
                }
            }
            if (Math.abs(a[pivot][col]) < 1e-12) {
                return null;
            }
            double[] t = a[col];
            a[col] = a[pivot];
            a[pivot] = t;
            double d = a[col][col];
            for (int j = 0; j < 2 * n; j++) {
                a[col][j] /= d;
            }
            for (int i = 0; i < n; i++) {
                if (i != col && a[i][col] != 0) {
                    double f = a[i][col];
                    for (int j = 0; j < 2 * n; j++) {
                        a[i][j] -= f * a[col][j];
                    }
                }
            }
        }
        double[][] inv = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double v = a[i][n + j];
                if (!Double.isFinite(v) || v < -1e-9) {
                    return null;
                }
                inv[i][j] = Math.max(0, v);
            }
        }
        return inv;
    }
}
