package dev.headroom.app;

import dev.headroom.analysis.Break;
import dev.headroom.analysis.ClassResult;
import dev.headroom.analysis.Solution;
import dev.headroom.analysis.StationResult;
import dev.headroom.cost.Catalog;
import dev.headroom.cost.PriceItem;
import dev.headroom.model.Autoscale;
import dev.headroom.model.Component;
import dev.headroom.model.Connection;
import dev.headroom.model.Kind;
import dev.headroom.model.Layout;
import dev.headroom.model.Model;
import dev.headroom.model.RequestClass;
import dev.headroom.network.Network;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The fixes an engineer would try for what breaks (docs/engine.md "Fixes"): per kind of
 * component the realistic options — scale a service or worker out, move a database or cache to
 * the next size that holds, give reads a replica or a cache, raise a pinned pool to the
 * machine's vCPUs, autoscale a fixed tier — each applied to a copy of the model and solved
 * again, with its new break point, its bill at the top of the growth range and the difference.
 * A latency objective missed because of a slow dependency gets advice of its own instead: no
 * capacity fix helps there.
 */
public final class Fixes {
    /** Hit ratio assumed for a cache put in front of a database (stated with the option). */
    public static final double ASSUMED_HIT_RATIO = 0.8;
    /** Target utilization given to a tier that the autoscaling fix scales. */
    public static final double AUTOSCALE_TARGET = 0.7;
    /**
     * A class's latency counts as a slow dependency's when delay components (external APIs,
     * CDNs, anything with {@code queueing: false}) make up at least this share of its mean.
     */
    public static final double SLOW_DEPENDENCY_SHARE = 0.5;

    private Fixes() {}

    /** What a fix does. */
    public enum Type {
        SCALE_OUT("Scale out"),
        NEXT_SIZE("Larger instance"),
        READ_REPLICA("Read replica"),
        CACHE_IN_FRONT("Cache in front"),
        LARGER_POOL("Larger pool"),
        AUTOSCALE("Autoscale"),
        ASYNC_CALL("Call asynchronously");

        private final String label;

        Type(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public String json() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * One fix, solved.
     *
     * @param kind what it does
     * @param title what it does to this model, e.g. "Move to db.m6g.2xlarge (8 vCPUs, was 4)"
     * @param assumption what the figures take for granted (a hit ratio, a class that does not need
     *     an answer), or null
     * @param applied the model with the fix applied; applying it in the app is one undoable step
     * @param limitAt where the fixed component (or what the fix adds for it: a replica, a cache)
     *     first passes the utilization limit, or null when not within the search; for a latency
     *     fix, where the p95 objective is first missed
     * @param holds the fix keeps it under the limit (or the objective) through the growth range
     * @param breaksAt where the whole fixed design breaks (another component may break first)
     * @param breaksAtUsers the users there, or null
     * @param monthlyUsd the fixed model's bill at the top of the range, or null when not priced
     * @param monthlyChangeUsd that bill less today's design's at the same point, or null
     */
    public record Option(Type kind, String title, String assumption, Model applied,
            Double limitAt, boolean holds, Double breaksAt, Double breaksAtUsers,
            Double monthlyUsd, Double monthlyChangeUsd) {}

    /**
     * A component that passes its utilization limit or saturates within the growth range, and
     * its fixes, best first: those that hold to the top of the range by what they add to the
     * bill, then the others by how far they push the break.
     *
     * @param utilizationAtTop its utilization at the top of the range
     * @param instancesAtTop its instances there
     * @param instancesNeeded the instances that keep it under the limit there
     */
    public record BreakFixes(Break brk, String componentId, String name, double topMultiplier,
            double utilizationAtTop, int instancesAtTop, int instancesNeeded,
            List<Option> options) {
        public BreakFixes {
            options = List.copyOf(options);
        }

        /** The best {@code n} options. */
        public List<Option> best(int n) {
            return options.subList(0, Math.min(n, options.size()));
        }
    }

    /**
     * Advice for a latency objective that a slow dependency misses.
     *
     * @param requestClass the class over the objective
     * @param dependency the delay component that takes most of its time
     * @param dependencyMs that component's share of the class's mean latency
     * @param meanMs the class's mean latency where the objective is first missed
     * @param advice what to do, in words
     * @param options the fixes that can be solved (making the call asynchronous)
     */
    public record LatencyAdvice(String requestClass, String dependency, double dependencyMs,
            double meanMs, String advice, List<Option> options) {
        public LatencyAdvice {
            options = List.copyOf(options);
        }
    }

    static List<BreakFixes> of(Analysis a, Breaks breaks, Point top) {
        List<BreakFixes> out = new ArrayList<>();
        double topM = top.multiplier();
        for (Break b : breaks.components()) {
            boolean inRange = (b.overUtilizationAt() != null && b.overUtilizationAt() <= topM)
                    || (b.saturatesAt() != null && b.saturatesAt() <= topM);
            StationResult st = top.solution().component(b.component()).orElseThrow();
            int needed = instancesNeeded(a, st);
            List<Option> options = inRange ? options(a, b.component(), top, needed) : List.of();
            Component c = a.model().component(b.component()).orElseThrow();
            out.add(new BreakFixes(b, b.component(), c.displayName(), topM, st.utilization(),
                    st.instances(), Math.max(needed, st.instances()), options));
        }
        return out;
    }

    /**
     * Instances that keep a component under {@code slo.maxUtilization} at a point:
     * {@code ceil(λ·S̄ / (servers per instance × maxUtilization))}, at least 1.
     */
    static int instancesNeeded(Analysis a, StationResult st) {
        Network net = a.network();
        int k = net.indexOf(st.id());
        double busy = st.arrivalRatePerSecond() * st.meanServiceMs() / 1000.0;
        double perInstance = net.concurrency(k) * a.model().slo().maxUtilization();
        double n = Math.ceil(busy / perInstance - 1e-9);
        return (int) Math.max(1, Math.min(n, Integer.MAX_VALUE));
    }

    private static List<Option> options(Analysis a, String id, Point top, int needed) {
        Model m = a.model();
        Component c = m.component(id).orElseThrow();
        List<Option> out = new ArrayList<>();
        Kind kind = c.kind();
        boolean scalesOut = kind == Kind.SERVICE || kind == Kind.WORKER
                || kind == Kind.LOAD_BALANCER || kind == Kind.QUEUE || kind == Kind.STORAGE;
        if (scalesOut) {
            add(out, a, top, scaleOut(m, c, needed));
            if (!c.isAutoscaled()) {
                add(out, a, top, autoscale(m, c, needed));
            }
        }
        if (kind == Kind.DATABASE || kind == Kind.CACHE || !scalesOut) {
            add(out, a, top, nextSize(a, c, top));
        }
        add(out, a, top, largerPool(a, c));
        if (kind == Kind.DATABASE) {
            add(out, a, top, readReplica(m, c));
            add(out, a, top, cacheInFront(a, c));
        }
        out.sort(BEST_FIRST);
        return out;
    }

    /**
     * Fixes that hold through the range first, cheapest first; then the others by how far they
     * push the limit.
     */
    static final Comparator<Option> BEST_FIRST = Comparator.comparing((Option o) -> !o.holds())
            .thenComparingDouble(o -> o.holds() ? orMax(o.monthlyChangeUsd())
                    : -(o.limitAt() == null ? Double.MAX_VALUE : o.limitAt()));

    private static double orMax(Double v) {
        return v == null ? Double.MAX_VALUE : v;
    }

    /**
     * A fix not yet solved: what it does, the model it makes, and the components whose limit
     * tells whether it holds (the fixed one and anything added for it); none for a latency fix,
     * which holds when the p95 objective does.
     */
    private record Draft(Type kind, String title, String assumption, Model applied,
            List<String> watched) {
        Draft(Type kind, String title, String assumption, Model applied, String... watched) {
            this(kind, title, assumption, applied, List.of(watched));
        }
    }

    private static void add(List<Option> out, Analysis a, Point top, Draft d) {
        if (d == null || d.applied().equals(a.model())) {
            return;
        }
        Analysis fixed = a.variant(d.applied());
        if (!fixed.solvable()) {
            return;
        }
        Breaks b = fixed.breaks();
        Double bill = null;
        Double change = null;
        if (fixed.pricing().priced() && top.bill() != null) {
            bill = fixed.billAt(top.multiplier()).totalUsd();
            change = bill - top.bill().totalUsd();
        }
        Double limit;
        if (d.watched().isEmpty()) {
            limit = b.sloBreachedAt();
        } else {
            limit = null;
            for (String id : d.watched()) {
                Double over = b.of(id).map(Break::overUtilizationAt).orElse(null);
                if (over != null && (limit == null || over < limit)) {
                    limit = over;
                }
            }
        }
        boolean holds = limit == null || limit > top.multiplier();
        out.add(new Option(d.kind(), d.title(), d.assumption(), d.applied(), limit, holds,
                b.breaksAt(), b.breaksAtUsers(), bill, change));
    }

    private static Draft scaleOut(Model m, Component c, int needed) {
        if (c.isAutoscaled()) {
            Autoscale s = c.autoscale();
            if (needed <= s.max()) {
                return null;
            }
            return new Draft(Type.SCALE_OUT, "Raise the autoscaling maximum to " + needed
                    + " (+" + (needed - s.max()) + ")", null, replace(m, c.withAutoscale(
                            s.withMax(needed))), c.id());
        }
        if (needed <= c.instances()) {
            return null;
        }
        return new Draft(Type.SCALE_OUT, "Scale out to " + needed + " instances (+"
                + (needed - c.instances()) + ")", null, replace(m, c.withInstances(needed)),
                c.id());
    }

    private static Draft autoscale(Model m, Component c, int needed) {
        int max = Math.max(needed, c.instances());
        double target = Math.min(AUTOSCALE_TARGET, m.slo().maxUtilization());
        // sized for the target, not the limit: a little more headroom at the top
        int atTarget = (int) Math.ceil(max * m.slo().maxUtilization() / target - 1e-9);
        max = Math.max(max, atTarget);
        Autoscale s = new Autoscale(c.instances(), max, target);
        return new Draft(Type.AUTOSCALE, "Autoscale " + c.instances() + "\u2013" + max
                + " instances at " + Format.percent(target) + " busy", null,
                replace(m, c.withAutoscale(s)), c.id());
    }

    /**
     * The smallest instance type of the same category and family with more vCPUs that keeps the
     * component under its limit at the top of the range, or the largest there is when none does.
     */
    private static Draft nextSize(Analysis a, Component c, Point top) {
        Catalog catalog = a.catalog();
        if (catalog == null || c.instanceType() == null) {
            return null;
        }
        PriceItem today = catalog.find(c.instanceType()).orElse(null);
        if (today == null || today.vcpus().isEmpty()) {
            return null;
        }
        double vcpus = today.vcpu();
        List<PriceItem> larger = catalog.items().stream()
                .filter(i -> i.category() == today.category()
                        && i.family().equals(today.family()) && i.vcpu() > vcpus
                        && i.unit() == today.unit())
                .sorted(Comparator.comparingDouble(PriceItem::vcpu)
                        .thenComparingDouble(PriceItem::price))
                .toList();
        if (larger.isEmpty()) {
            return null;
        }
        Model m = a.model();
        boolean pinned = c.pinsConcurrency();
        PriceItem chosen = larger.get(larger.size() - 1);
        for (PriceItem item : larger) {
            Component bigger = resized(c, item, vcpus);
            Analysis v = a.variant(replace(m, bigger));
            if (v.solvable() && v.at(top.multiplier()).solution().component(c.id())
                    .map(s -> s.utilization() <= m.slo().maxUtilization()).orElse(false)) {
                chosen = item;
                break;
            }
        }
        String title = "Move to " + chosen.sku() + " (" + Format.number(chosen.vcpu())
                + " vCPUs, was " + Format.number(vcpus) + ")"
                + (pinned && c.concurrency() <= vcpus ? ", servers following its vCPUs" : "");
        return new Draft(Type.NEXT_SIZE, title, null, replace(m, resized(c, chosen, vcpus)),
                c.id());
    }

    /**
     * The component on a larger type: a pool pinned at or below today's vCPUs was only restating
     * them and now follows the machine; a larger pool grows with the vCPUs.
     */
    private static Component resized(Component c, PriceItem item, double vcpus) {
        Component.Builder b = c.toBuilder().instanceType(item.sku());
        if (c.pinsConcurrency()) {
            if (c.concurrency() <= vcpus) {
                b.concurrency(null).concurrencyPerVcpu(null);
            } else {
                b.concurrency((int) Math.ceil(c.concurrency() * item.vcpu() / vcpus));
            }
        }
        return b.build();
    }

    /** A pool pinned below the machine's vCPUs, raised to them. */
    private static Draft largerPool(Analysis a, Component c) {
        if (!c.pinsConcurrency() || c.instanceType() == null || a.catalog() == null) {
            return null;
        }
        double vcpus = a.catalog().find(c.instanceType()).map(PriceItem::vcpu).orElse(0.0);
        if (vcpus <= c.concurrency()) {
            return null;
        }
        int to = (int) Math.floor(vcpus);
        return new Draft(Type.LARGER_POOL, "Raise the pool from " + c.concurrency() + " to "
                + to + " (the vCPUs of " + c.instanceType() + ")", null,
                replace(a.model(), c.withConcurrency(null)), c.id());
    }

    /**
     * A change of structure the planner may make with {@code --structural}: what it does, what
     * it takes for granted, the model it makes, and the component it relieves.
     */
    record Structural(Type kind, String title, String assumption, Model applied,
            String componentId) {}

    /**
     * The structural fixes of a model, one per database and kind: a read replica for its
     * read-only classes, a cache in front of it (docs/planner.md "Structural changes").
     */
    static List<Structural> structural(Analysis a) {
        List<Structural> out = new ArrayList<>();
        for (Component c : a.model().components()) {
            if (c.kind() != Kind.DATABASE || c.isDelay()) {
                continue;
            }
            for (Draft d : new Draft[] {readReplica(a.model(), c), cacheInFront(a, c)}) {
                if (d != null) {
                    out.add(new Structural(d.kind(), d.title(), d.assumption(), d.applied(),
                            c.id()));
                }
            }
        }
        return out;
    }

    /**
     * The same structural fix made on another model (one that already has other fixes), or null
     * when it no longer applies.
     */
    static Structural again(Analysis a, Structural s) {
        Component c = a.model().component(s.componentId()).orElse(null);
        if (c == null) {
            return null;
        }
        Draft d = s.kind() == Type.READ_REPLICA ? readReplica(a.model(), c) : cacheInFront(a, c);
        return d == null ? null : new Structural(d.kind(), d.title(), d.assumption(),
                d.applied(), c.id());
    }

    /** A replica of the database takes the read-only classes' queries. */
    private static Draft readReplica(Model m, Component db) {
        List<String> reads = readClasses(m, db);
        if (reads.isEmpty()) {
            return null;
        }
        String id = freshId(m, db.id() + "-replica");
        Component replica = db.toBuilder().id(id).name(db.displayName() + " (read replica)")
                .autoscale(null).build();
        Model out = redirect(m, db, replica, reads);
        return new Draft(Type.READ_REPLICA, "Add a read replica for " + String.join(", ", reads),
                "replica of the same size; replication lag and the load of applying writes "
                        + "are not modelled", out, db.id(), id);
    }

    /** A cache in front of the database for its read-only classes (all classes if none is). */
    private static Draft cacheInFront(Analysis a, Component db) {
        Model m = a.model();
        boolean cached = m.connections().stream().anyMatch(e -> e.to().equals(db.id())
                && e.onMiss());
        if (cached) {
            return null;
        }
        List<String> reads = readClasses(m, db);
        String id = freshId(m, db.id() + "-cache");
        Component cache = ComponentDefaults.of(id, Kind.CACHE).toBuilder()
                .name("Cache for " + db.displayName()).hitRatio(ASSUMED_HIT_RATIO)
                .instanceType(smallestCache(a.catalog())).build();
        List<String> classes = reads.isEmpty() ? List.of() : reads;
        Model out = redirect(m, db, cache, classes.isEmpty() ? classNames(m) : classes);
        List<Connection> es = new ArrayList<>(out.connections());
        es.add(new Connection(id, db.id(), 1, true, false, classes, 0));
        out = out.withConnections(es);
        String who = classes.isEmpty() ? "every query" : String.join(", ", classes) + "'s queries";
        return new Draft(Type.CACHE_IN_FRONT, "Put a cache in front of " + db.displayName(),
                Format.percent(ASSUMED_HIT_RATIO) + " of " + who + " hit the cache", out,
                db.id(), id);
    }

    private static String smallestCache(Catalog catalog) {
        if (catalog == null) {
            return null;
        }
        return catalog.items().stream()
                .filter(i -> i.category() == dev.headroom.cost.PriceCategory.CACHE
                        && i.vcpu() > 0 && !dev.headroom.plan.Planner.burstable(i))
                .filter(i -> i.unit() == dev.headroom.cost.PriceUnit.HOUR
                        || i.unit() == dev.headroom.cost.PriceUnit.MONTH)
                .min(Comparator.comparingDouble(PriceItem::price)).map(PriceItem::sku)
                .orElse(null);
    }

    /** The read-only classes that reach the database. */
    private static List<String> readClasses(Model m, Component db) {
        Set<String> callers = new LinkedHashSet<>();
        for (RequestClass rc : m.requestClasses()) {
            if (rc.readOnly()) {
                callers.add(rc.name());
            }
        }
        List<String> out = new ArrayList<>();
        for (String cls : callers) {
            if (m.connections().stream().anyMatch(e -> e.to().equals(db.id())
                    && e.appliesTo(cls))) {
                out.add(cls);
            }
        }
        return out;
    }

    private static List<String> classNames(Model m) {
        return m.requestClasses().stream().map(RequestClass::name).toList();
    }

    /**
     * The model with {@code target} added beside {@code from} and every connection into
     * {@code from} that {@code classes} make sent to {@code target} instead (a connection also
     * used by other classes is split in two).
     */
    static Model redirect(Model m, Component from, Component target, List<String> classes) {
        List<Component> cs = new ArrayList<>(m.components());
        cs.add(m.indexOf(from.id()) + 1, target);
        List<String> all = classNames(m);
        List<Connection> es = new ArrayList<>();
        for (Connection e : m.connections()) {
            if (!e.to().equals(from.id()) || e.from().equals(target.id())) {
                es.add(e);
                continue;
            }
            List<String> applies = e.classes().isEmpty() ? all : e.classes();
            List<String> moved = applies.stream().filter(classes::contains).toList();
            List<String> stays = applies.stream().filter(x -> !classes.contains(x)).toList();
            if (moved.isEmpty()) {
                es.add(e);
                continue;
            }
            if (!stays.isEmpty()) {
                es.add(e.withClasses(stays));
            }
            es.add(e.withTo(target.id()).withClasses(moved.size() == all.size() ? List.of()
                    : moved));
        }
        Layout layout = m.layout();
        Layout.Position p = layout.nodes().get(from.id());
        if (p != null) {
            layout = layout.with(target.id(), new Layout.Position(p.x() + 200, p.y() + 100));
        }
        return m.withComponents(cs).withConnections(es).withLayout(layout);
    }

    private static Model replace(Model m, Component c) {
        return m.withComponent(m.indexOf(c.id()), c);
    }

    static String freshId(Model m, String base) {
        String id = base;
        for (int i = 2; m.indexOf(id) >= 0; i++) {
            id = base + "-" + i;
        }
        return id;
    }

    /**
     * Advice when the p95 objective is missed because of a slow dependency: at the multiplier
     * where it is first missed (or at 1x when the objective is missed at any load), the class
     * over it whose mean latency is mostly a delay component's. Null when the objective holds
     * within the range or the breach is one of capacity.
     */
    static LatencyAdvice latencyAdvice(Analysis a, Breaks breaks, Point top) {
        Double at = breaks.sloBreachedAt();
        if (at == null || at > top.multiplier() || breaks.requestClass() == null) {
            return null;
        }
        Network net = a.network();
        double m = at == 0 ? Math.min(1, top.multiplier()) : at;
        Solution s = a.at(m).solution();
        int r = -1;
        for (int i = 0; i < net.classCount(); i++) {
            if (net.className(i).equals(breaks.requestClass())) {
                r = i;
            }
        }
        ClassResult cls = s.requestClass(breaks.requestClass()).orElse(null);
        if (r < 0 || cls == null || cls.latencyMeanMs() == null) {
            return null;
        }
        int slowest = -1;
        double slowestMs = 0;
        double delayMs = 0;
        for (int k = 0; k < net.stationCount(); k++) {
            if (!net.isDelay(k) || net.latencyVisits(r, k) <= 0) {
                continue;
            }
            double ms = net.latencyVisits(r, k) * net.serviceSec(r, k) * 1000;
            delayMs += ms;
            if (ms > slowestMs) {
                slowestMs = ms;
                slowest = k;
            }
        }
        if (slowest < 0 || delayMs < SLOW_DEPENDENCY_SHARE * cls.latencyMeanMs()) {
            return null;
        }
        String dep = net.displayName(slowest);
        String advice = breaks.requestClass() + " spends " + Format.ms(slowestMs) + " of its "
                + Format.ms(cls.latencyMeanMs()) + " mean waiting for " + dep
                + ": more capacity will not bring its p95 under "
                + Format.ms(a.model().slo().p95LatencyMs()) + ". Call " + dep
                + " asynchronously if " + breaks.requestClass() + " need not wait for the answer, "
                + "set a timeout with a fallback, cache its answers, ask the provider for a "
                + "faster tier, or give " + breaks.requestClass() + " an objective of its own.";
        List<Option> options = new ArrayList<>();
        Draft async = asyncCall(a.model(), net.id(slowest), breaks.requestClass());
        add(options, a, top, async);
        return new LatencyAdvice(breaks.requestClass(), net.id(slowest), slowestMs,
                cls.latencyMeanMs(), advice, options);
    }

    /** The class's synchronous calls to {@code to}, made asynchronous. */
    private static Draft asyncCall(Model m, String to, String cls) {
        List<Connection> es = new ArrayList<>();
        List<String> all = classNames(m);
        boolean changed = false;
        for (Connection e : m.connections()) {
            if (!e.to().equals(to) || e.async() || !e.appliesTo(cls)) {
                es.add(e);
                continue;
            }
            List<String> applies = e.classes().isEmpty() ? all : e.classes();
            List<String> stays = applies.stream().filter(x -> !x.equals(cls)).toList();
            if (!stays.isEmpty()) {
                es.add(e.withClasses(stays));
            }
            es.add(e.withAsync(true).withClasses(all.size() == 1 ? List.of() : List.of(cls)));
            changed = true;
        }
        if (!changed) {
            return null;
        }
        String name = m.component(to).map(Component::displayName).orElse(to);
        return new Draft(Type.ASYNC_CALL, "Call " + name + " asynchronously for " + cls,
                cls + " does not need " + name + "'s answer before it replies",
                m.withConnections(es), List.of());
    }
}
