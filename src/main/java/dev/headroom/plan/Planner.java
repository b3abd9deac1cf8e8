package dev.headroom.plan;

import dev.headroom.analysis.AnalyticSolver;
import dev.headroom.analysis.Objectives;
import dev.headroom.analysis.Solution;
import dev.headroom.analysis.StationResult;
import dev.headroom.cost.Bill;
import dev.headroom.cost.Billing;
import dev.headroom.cost.Catalog;
import dev.headroom.cost.CatalogLibrary;
import dev.headroom.cost.LineItem;
import dev.headroom.model.Component;
import dev.headroom.model.Model;
import dev.headroom.model.Problem;
import dev.headroom.network.Machines;
import dev.headroom.network.Network;
import dev.headroom.network.NetworkCompiler;
import dev.headroom.network.OperatingPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds the cheapest sizing of a model that meets its objectives (docs/planner.md): per sized
 * component an instance type among its candidates and a number of instances (or an autoscaling
 * maximum), such that at the growth step every queueing component stays under
 * {@code slo.maxUtilization} and every class meets its p95 and p99 objectives, at the lowest
 * monthly bill. Open workloads only: a closed workload's users wait instead of queueing up, and
 * its sizing is a different question.
 *
 * <p>Made once per model (it prices every candidate type once); then {@link #plan} answers any
 * step. Thread-confined.
 */
public final class Planner {
    private final Model model;
    private final Network net;
    private final CatalogLibrary library;
    private final Machines machines;
    private final Space space;
    private final List<Problem> problems;
    private Prices prices;

    /** Evaluations a plan may take before it settles for the best found (about 0.15 s). */
    public static final int DEFAULT_BUDGET = Search.DEFAULT_BUDGET;

    /** Evaluations each point of the frontier may take (a point need not be proven). */
    static final int FRONTIER_BUDGET = 1_500;

    /** The least relative drop in p95 that earns a dearer frontier point its place: 1%. */
    public static final double FRONTIER_STEP = 0.01;

    private Planner(Model model, Network net, Catalog catalog, CatalogLibrary library,
            Machines machines) {
        this.model = Objects.requireNonNull(model);
        this.net = Objects.requireNonNull(net);
        this.library = library;
        this.machines = machines;
        this.space = Space.of(model, net, catalog, machines);
        List<Problem> found = new ArrayList<>(space.problems);
        if (net.isClosed()) {
            found.add(0, new Problem("workload.type", "the planner sizes open workloads; a "
                    + "closed workload's users wait for each answer, so its load does not grow "
                    + "with a plan"));
        }
        this.problems = List.copyOf(found);
    }

    /**
     * A planner for a model compiled against {@code machines} (its catalog's vCPUs and speeds),
     * pricing through {@code library}.
     */
    public static Planner of(Model model, Network net, Catalog catalog, CatalogLibrary library,
            Machines machines) {
        return new Planner(model, net, catalog, library, machines);
    }

    /**
     * Whether an instance type is burstable (AWS's t-series): its vCPUs overstate what it
     * sustains, so neither the planner nor a fix moves a component onto one unasked.
     */
    public static boolean burstable(dev.headroom.cost.PriceItem item) {
        return Space.burstable(item);
    }

    /** Why the model cannot be planned, each with its JSON path; empty when it can. */
    public List<Problem> problems() {
        return problems;
    }

    /** The components the planner leaves as drawn, and why. */
    public List<Plan.Kept> kept() {
        return space.kept.stream().map(k -> new Plan.Kept(k.componentId(), k.why())).toList();
    }

    /** The cheapest sizing that meets the model's own objectives at multiplier m. */
    public Plan plan(double m) {
        return plan(m, Objectives.of(model.slo(), model.requestClasses()));
    }

    /** The cheapest sizing that meets {@code objectives} at multiplier m. */
    public Plan plan(double m, Objectives objectives) {
        return plan(m, objectives, Search.DEFAULT_BUDGET);
    }

    /**
     * The cheapest sizing that meets {@code objectives} at multiplier m, searching at most
     * {@code budget} evaluations before settling for the best found (then not proven).
     */
    public Plan plan(double m, Objectives objectives, int budget) {
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the model cannot be planned: " + problems);
        }
        if (prices == null) {
            prices = new Prices(model, space.sized, machines, library);
        }
        int count = space.sized.size();
        List<List<Option>> options = new ArrayList<>(count);
        int[] stations = new int[count];
        for (int j = 0; j < count; j++) {
            Space.Sized s = space.sized.get(j);
            stations[j] = s.station();
            List<Option> opts = Options.of(model, net, s, j, prices, m,
                    objectives.maxUtilization());
            if (opts.isEmpty()) {
                return none(m, tooBusy(s, m, objectives.maxUtilization()));
            }
            options.add(opts);
        }
        String kept = keptOverLimit(m, objectives.maxUtilization());
        if (kept != null) {
            return none(m, kept);
        }
        Search.Result r = new Search(net, m, objectives, stations, options, budget).run();
        if (r.choice() == null) {
            return new Plan(m, null, List.of(), kept(), null, null, r.evaluations(), r.proven(),
                    null, r.whyNot());
        }
        Model planned = apply(r.choice());
        Network plannedNet = NetworkCompiler.compile(planned, machines);
        Bill bill = Billing.bill(planned, plannedNet, m, library);
        Solution solution = AnalyticSolver.solve(plannedNet, m);
        Solution today = AnalyticSolver.solve(net, m);
        Bill todayBill = Billing.bill(model, net, m, library);
        List<Plan.Choice> choices = new ArrayList<>();
        for (int j = 0; j < count; j++) {
            choices.add(new Plan.Choice(space.sized.get(j).component().id(),
                    asDrawn(space.sized.get(j), today, todayBill), r.choice()[j]));
        }
        Double bound = r.proven() ? null
                : bill.totalUsd() - r.monthlyUsd() + r.lowerBoundUsd();
        return new Plan(m, planned, choices, kept(), bill, solution, r.evaluations(),
                r.proven(), bound, null);
    }

    /**
     * The cost–latency frontier at multiplier m (docs/planner.md "The frontier"): the cheapest
     * sizing for each of {@code points} p95 caps, spaced geometrically from the p95 of the
     * cheapest sizing that keeps every component under the utilization limit down to the p95
     * of the fastest sizing the options allow; a point is kept only when its p95 is at least
     * {@link #FRONTIER_STEP} below every cheaper point's, cheapest first (a dearer sizing that
     * buys a tenth of a millisecond is not a choice anyone makes). Every point meets the utilization limit; none is held to the
     * model's own latency objectives, which the chart draws as a line.
     */
    public List<Plan> frontier(double m, int points) {
        Objectives free = Objectives.utilizationOnly(model.slo().maxUtilization(),
                net.classCount());
        Plan cheapest = plan(m, free);
        if (!cheapest.feasible()) {
            return List.of();
        }
        double slow = cheapest.solution().worstP95Ms().orElse(Double.NaN);
        double fast = fastestP95(m);
        List<Plan> found = new ArrayList<>();
        found.add(cheapest);
        if (Double.isFinite(slow) && Double.isFinite(fast) && fast < slow && points > 1) {
            for (int i = 1; i < points; i++) {
                double cap = slow * Math.pow(fast / slow, (double) i / (points - 1));
                Plan p = plan(m, free.withP95Cap(cap * (1 + 1e-9)), FRONTIER_BUDGET);
                if (p.feasible()) {
                    found.add(p);
                }
            }
        }
        found.sort(java.util.Comparator.comparingDouble(Plan::monthlyUsd));
        List<Plan> kept = new ArrayList<>();
        double bestP95 = Double.POSITIVE_INFINITY;
        for (Plan p : found) {
            double p95 = p.solution().worstP95Ms().orElse(Double.POSITIVE_INFINITY);
            if (p95 < bestP95 * (1 - FRONTIER_STEP)) {
                kept.add(p);
                bestP95 = p95;
            }
        }
        return kept;
    }

    /** The worst p95 with every sized component at its fastest option (most servers, speed). */
    private double fastestP95(double m) {
        int count = space.sized.size();
        Option[] fastest = new Option[count];
        for (int j = 0; j < count; j++) {
            List<Option> opts = Options.of(model, net, space.sized.get(j), j, prices, m,
                    model.slo().maxUtilization());
            for (Option o : opts) {
                if (fastest[j] == null || o.speedup() > fastest[j].speedup()
                        || o.speedup() == fastest[j].speedup()
                        && o.totalServers() > fastest[j].totalServers()) {
                    fastest[j] = o;
                }
            }
            if (fastest[j] == null) {
                return Double.NaN;
            }
        }
        Model planned = apply(fastest);
        Network n = NetworkCompiler.compile(planned, machines);
        return AnalyticSolver.solve(n, m).worstP95Ms().orElse(Double.NaN);
    }

    private Plan none(double m, String why) {
        return new Plan(m, null, List.of(), kept(), null, null, 0, true, null, why);
    }

    /** Why a sized component has no option under the limit, in words. */
    private String tooBusy(Space.Sized s, double m, double limit) {
        double[] rates = OperatingPoint.classRates(net, m);
        int best = 0;
        double bestCapacity = 0;
        for (int i = 0; i < s.types().size(); i++) {
            double capacity = s.servers().get(i).perInstance() * s.speedups()[i];
            if (capacity > bestCapacity) {
                bestCapacity = capacity;
                best = i;
            }
        }
        double offered = OperatingPoint.offeredLoad(net, s.station(), rates,
                net.speedup(s.station()) / s.speedups()[best]);
        double u = offered / ((double) s.hi() * s.servers().get(best).perInstance());
        String type = s.types().get(best);
        String on = (type == null ? "" : type + " ") + "\u00d7 " + s.hi() + " runs at "
                + percent(u);
        String id = s.component().id();
        if (s.lo() == s.hi()) {
            return id + " stays above " + percent(limit) + " busy even on its largest type ("
                    + on + "): it keeps its " + s.hi() + " instance" + (s.hi() == 1 ? "" : "s")
                    + " unless maxInstances allows more, or a structural change (a read "
                    + "replica, a cache in front) takes load off it";
        }
        return id + " stays above " + percent(limit) + " busy even at its most (" + on
                + "): raise maxInstances or list faster candidates";
    }

    /** A component the planner does not size that is over the limit at m, in words, or null. */
    private String keptOverLimit(double m, double limit) {
        Solution s = AnalyticSolver.solve(net, m);
        for (Space.Kept k : space.kept) {
            StationResult st = s.component(k.componentId()).orElseThrow();
            int idx = net.indexOf(k.componentId());
            if (!net.isDelay(idx) && st.arrivalRatePerSecond() > 0
                    && st.utilization() > limit) {
                return k.componentId() + " runs at " + percent(st.utilization()) + ", above "
                        + percent(limit) + ", and the planner leaves it as drawn ("
                        + k.why() + ")";
            }
        }
        return null;
    }

    private static String percent(double u) {
        return String.format(java.util.Locale.ROOT, "%.0f%%", u * 100);
    }

    /** The model with each sized component given its chosen option. */
    Model apply(Option[] choice) {
        List<Component> cs = new ArrayList<>(model.components());
        for (int j = 0; j < choice.length; j++) {
            Space.Sized s = space.sized.get(j);
            Component c = s.component();
            Option o = choice[j];
            Component.Builder b = c.toBuilder();
            if (o.instanceType() != null && !o.instanceType().equals(c.instanceType())) {
                b.instanceType(o.instanceType());
                if (c.serviceTimeMeasuredOn() == null && o.speedup() != 1) {
                    b.serviceTimeMeasuredOn(c.instanceType());
                }
            }
            if (o.autoscale() != null) {
                b.autoscale(o.autoscale());
            } else {
                b.instances(o.instances());
            }
            cs.set(s.station(), b.build());
        }
        return model.withComponents(cs);
    }

    /** A sized component as drawn, at the step. */
    private Option asDrawn(Space.Sized s, Solution today, Bill todayBill) {
        Component c = s.component();
        int k = s.station();
        StationResult st = today.components().get(k);
        double own = 0;
        for (LineItem line : todayBill.lines()) {
            if (c.id().equals(line.componentId())) {
                own += line.monthlyUsd();
            }
        }
        return new Option(c.instanceType(), c.isAutoscaled() ? c.autoscale().max()
                : c.instances(), st.instances(), net.servers(k), net.speedup(k), c.autoscale(),
                own, st.utilization());
    }
}
