package dev.headroom.app;

import dev.headroom.analysis.StationResult;
import dev.headroom.analysis.ThreadDemand;
import dev.headroom.model.CallPolicy;
import dev.headroom.model.Component;
import dev.headroom.model.Connection;
import dev.headroom.model.Model;
import dev.headroom.model.PerClass;
import dev.headroom.model.RequestClass;
import dev.headroom.model.Retries;
import dev.headroom.network.Network;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A set of resilience policies to try a drill with (docs/drills.md "Policy sets"): the model as
 * it is, or the model with its retries, queues or thread pools changed one documented way. The
 * Drills workspace runs the same drill under two of them side by side; {@code drill --policy}
 * runs one.
 */
public enum DrillPolicy {
    AS_MODELLED("as-modelled", "As modelled",
            "The timeouts, retries, queues and pools the model states."),
    NAIVE_RETRIES("naive-retries", "3 retries, no backoff",
            "Every retry policy (the clients' too) retries 3 times at once, with no budget."),
    NO_RETRIES("no-retries", "No retries",
            "Nobody retries: a failed attempt fails the call."),
    BACKOFF("backoff", "Backoff with jitter",
            "Every retry waits 100 ms, doubling, drawn at random below that (full jitter)."),
    RETRY_BUDGET("retry-budget", "Retry budget 10%",
            "Every retry policy may retry at most 10% of its first attempts over 10 s."),
    SHEDDING("shedding", "Load shedding",
            "Every queueing component turns requests away once its queue would make them wait "
                    + "half the caller's timeout (1 s without one)."),
    BUDGET_AND_SHEDDING("budget-and-shedding", "Retry budget 10% + shedding",
            "The retry budget and load shedding together."),
    BULKHEADS("bulkheads", "Bulkheads",
            "A component whose classes share one thread pool gives each class its own, sized "
                    + "by the threads the class holds there in the steady state.");

    /** The wait a shed queue allows, as a share of the caller's timeout. */
    static final double SHED_SHARE_OF_TIMEOUT = 0.5;
    static final double SHED_DEFAULT_WAIT_MS = 1000;
    static final double BUDGET_RATIO = 0.1;
    static final double BACKOFF_MS = 100;

    private final String id;
    private final String title;
    private final String description;

    DrillPolicy(String id, String title, String description) {
        this.id = id;
        this.title = title;
        this.description = description;
    }

    /** The name on the command line: {@code --policy retry-budget}. */
    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public static java.util.Optional<DrillPolicy> fromId(String s) {
        for (DrillPolicy p : values()) {
            if (p.id.equals(s)) {
                return java.util.Optional.of(p);
            }
        }
        return java.util.Optional.empty();
    }

    public static String ids() {
        List<String> out = new ArrayList<>();
        for (DrillPolicy p : values()) {
            out.add(p.id);
        }
        return String.join(", ", out);
    }

    /** The model with this policy set applied (the model itself for {@link #AS_MODELLED}). */
    public Model apply(Analysis a) {
        Model m = a.model();
        return switch (this) {
            case AS_MODELLED -> m;
            case NAIVE_RETRIES -> retries(m, r -> new Retries(3, 0, Retries.DEFAULT_MULTIPLIER,
                    false, null), true);
            case NO_RETRIES -> retries(m, r -> null, false);
            case BACKOFF -> retries(m, r -> r.withBackoff(BACKOFF_MS, true), false);
            case RETRY_BUDGET -> retries(m, r -> r.withBudgetRatio(BUDGET_RATIO), false);
            case SHEDDING -> shed(a, m);
            case BUDGET_AND_SHEDDING -> shed(a, retries(m, r -> r.withBudgetRatio(BUDGET_RATIO),
                    false));
            case BULKHEADS -> bulkheads(a, m);
        };
    }

    /**
     * Every retry policy through {@code op} (null: none); {@code clientsToo} also gives the
     * clients one when they have none.
     */
    private static Model retries(Model m, UnaryOperator<Retries> op, boolean clientsToo) {
        CallPolicy client = m.workload().policy();
        Retries cr = client.retries();
        if (cr != null || clientsToo) {
            Retries base = cr != null ? cr : Retries.of(0);
            client = client.withRetries(op.apply(base));
        }
        List<Connection> es = new ArrayList<>();
        for (Connection e : m.connections()) {
            Retries r = e.policy().retries();
            es.add(r == null ? e : e.withPolicy(e.policy().withRetries(op.apply(r))));
        }
        return m.withWorkload(m.workload().withPolicy(client)).withConnections(es);
    }

    /**
     * Bounds every unbounded queue: waiting requests per instance such that the last one waits
     * about half the shortest timeout of its callers, {@code ⌊0.5·timeout·servers/S̄⌋} (at
     * least 1); a thread pool's queue to the pool's size.
     */
    private static Model shed(Analysis a, Model m) {
        Network net = a.network();
        var solution = a.at(1).solution();
        List<Component> cs = new ArrayList<>(m.components());
        for (int k = 0; k < cs.size(); k++) {
            Component c = cs.get(k);
            if (c.maxQueue() != null || (c.isDelay() && !c.hasThreads())) {
                continue;
            }
            if (c.hasThreads()) {
                int smallest = Integer.MAX_VALUE;
                for (int p = 0; p < net.pools().poolCount(k); p++) {
                    smallest = Math.min(smallest, net.pools().threads(k, p));
                }
                cs.set(k, c.withMaxQueue(smallest));
                continue;
            }
            double timeoutMs = callerTimeoutMs(m, c.id());
            StationResult st = solution.components().get(k);
            double s = st.meanServiceMs();
            int room = s > 0 ? (int) Math.floor(SHED_SHARE_OF_TIMEOUT * timeoutMs
                    * net.concurrency(k) / s) : net.concurrency(k);
            cs.set(k, c.withMaxQueue(Math.max(1, room)));
        }
        return m.withComponents(cs);
    }

    /**
     * The shortest timeout of the calls into {@code id} (the clients' for an entry); else the
     * clients' timeout, which bounds every call of a request; else 2 s (a 1 s wait).
     */
    static double callerTimeoutMs(Model m, String id) {
        double best = Double.POSITIVE_INFINITY;
        for (RequestClass rc : m.requestClasses()) {
            if (rc.entry().equals(id) && m.workload().policy().timeoutMs() != null) {
                best = Math.min(best, m.workload().policy().timeoutMs());
            }
        }
        for (Connection e : m.connections()) {
            if (e.to().equals(id) && e.policy().timeoutMs() != null) {
                best = Math.min(best, e.policy().timeoutMs());
            }
        }
        if (!Double.isFinite(best) && m.workload().policy().timeoutMs() != null) {
            best = m.workload().policy().timeoutMs();
        }
        return Double.isFinite(best) ? best : SHED_DEFAULT_WAIT_MS / SHED_SHARE_OF_TIMEOUT;
    }

    /**
     * A shared pool split into one per class, each sized by the threads the class holds there
     * in the steady state at 1x (Little's law on its holding time, {@code ThreadDemand}): the
     * total stays the same, and a class whose calls are slow gets the share it needs today, no
     * more.
     */
    private static Model bulkheads(Analysis a, Model m) {
        Network net = a.network();
        List<Component> cs = new ArrayList<>(m.components());
        for (int k = 0; k < cs.size(); k++) {
            Component c = cs.get(k);
            if (!c.hasThreads() || !c.threads().isUniform()) {
                continue;
            }
            cs.set(k, c.withThreads(split(net, k, c)));
        }
        return m.withComponents(cs);
    }

    /**
     * The shared pool of component {@code id} split per class as the {@code bulkheads} policy
     * splits it (the inspector's "a pool per class"), or null when the component has no shared
     * pool or the model cannot be solved.
     */
    public static PerClass bulkheads(Analysis a, String id) {
        if (!a.solvable()) {
            return null;
        }
        Network net = a.network();
        int k = net.indexOf(id);
        Component c = a.model().component(id).orElse(null);
        if (k < 0 || c == null || !c.hasThreads() || !c.threads().isUniform()) {
            return null;
        }
        return split(net, k, c);
    }

    private static PerClass split(Network net, int k, Component c) {
        int total = (int) Math.round(c.threads().uniform());
        double[] held = ThreadDemand.byClass(net, 1, k);
        double sum = 0;
        for (double h : held) {
            sum += h;
        }
        Map<String, Double> pools = new LinkedHashMap<>();
        for (int r = 0; r < net.classCount(); r++) {
            if (held[r] > 0 && sum > 0) {
                pools.put(net.className(r), (double) Math.max(1,
                        Math.round(total * held[r] / sum)));
            }
        }
        pools.put(PerClass.DEFAULT_KEY, 1.0);
        return PerClass.of(pools);
    }
}
