package dev.headroom.app;

import dev.headroom.analysis.AnalyticSolver;
import dev.headroom.analysis.Break;
import dev.headroom.analysis.BreakFinder;
import dev.headroom.analysis.ClassResult;
import dev.headroom.analysis.Objectives;
import dev.headroom.analysis.Solution;
import dev.headroom.cost.Bill;
import dev.headroom.cost.Billing;
import dev.headroom.cost.Catalog;
import dev.headroom.cost.CatalogMachines;
import dev.headroom.model.Growth;
import dev.headroom.model.Model;
import dev.headroom.model.ModelException;
import dev.headroom.model.ModelValidator;
import dev.headroom.model.Problem;
import dev.headroom.network.Edge;
import dev.headroom.network.Machines;
import dev.headroom.network.Network;
import dev.headroom.network.NetworkCompiler;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One model as every front end sees it: validated, compiled against its pricing catalog (which
 * also says how many vCPUs each instance type has), checked for pricing, and ready to be solved
 * at any growth multiplier, swept, broken and fixed. Made by {@link Headroom#analyze}; the app,
 * the command line, the report and the comparison all ask it, so a figure is made in one place.
 *
 * <p>Immutable apart from caches of what depends only on the model (where it breaks, its
 * design over its growth range), which are computed once, on first use, by whichever thread
 * asks first.
 */
public final class Analysis {
    private final Model model;
    private final Path file;
    private final Catalogs catalogs;
    private final Catalog catalog;
    private final List<Problem> problems;
    private final Network network;
    private final Pricing pricing;
    private Breaks breaks;
    private Design design;
    private Timeline timeline;
    private boolean timelineMade;
    private dev.headroom.plan.Planner planner;
    private final Map<Model, Analysis> structures = new java.util.HashMap<>();

    Analysis(Model model, Path file, Catalogs catalogs) {
        this.model = Objects.requireNonNull(model);
        this.file = file;
        this.catalogs = Objects.requireNonNull(catalogs);
        this.catalog = model.pricing() == null ? null
                : catalogs.library().find(model.pricing()).orElse(null);
        List<Problem> found = ModelValidator.validate(model);
        Network net = null;
        if (found.isEmpty()) {
            try {
                net = NetworkCompiler.compile(model, machines());
            } catch (ModelException e) {
                found = e.problems();
            }
        }
        this.problems = List.copyOf(found);
        this.network = net;
        this.pricing = net == null ? Pricing.unsolved() : Pricing.of(model, net, catalogs);
    }

    /**
     * A draw of {@code parent}'s uncertain inputs ({@link Uncertainty}): the drawn model compiled
     * in the parent's context and priced as the parent is. A draw changes only service times and
     * hit ratios within ranges the parent's model validated, which change no price and no rule
     * but a routing cycle's gain (a compile problem, kept).
     */
    Analysis(Analysis parent, Model draw) {
        this.model = Objects.requireNonNull(draw);
        this.file = parent.file;
        this.catalogs = parent.catalogs;
        this.catalog = parent.catalog;
        Network net = null;
        List<Problem> found = List.of();
        try {
            net = NetworkCompiler.compile(draw, machines());
        } catch (ModelException e) {
            found = e.problems();
        }
        this.problems = List.copyOf(found);
        this.network = net;
        this.pricing = net == null ? Pricing.unsolved() : parent.pricing;
    }

    /** What the compiler knows of the model's instance types: its catalog's vCPUs and speeds. */
    private Machines machines() {
        return CatalogMachines.of(catalog);
    }

    public Model model() {
        return model;
    }

    /** The file the model was read from or belongs to, or null. */
    public Path file() {
        return file;
    }

    /** The catalogs the model was priced against. */
    public Catalogs catalogs() {
        return catalogs;
    }

    /** The model's pricing catalog, or null when it names none or it cannot be read. */
    public Catalog catalog() {
        return catalog;
    }

    /**
     * Where the model's catalog prices were read, for people: "the bundled aws-us-east-1
     * catalog", or "./shop.pricing.json (replaces the bundled aws-us-east-1 catalog)" when a
     * file next to the model (or in ~/.headroom/pricing) replaces it; null when the model names
     * no catalog or it cannot be found. Every bill line with a catalog SKU is priced from it;
     * the others from the model file itself.
     */
    public String pricedWith() {
        return model.pricing() == null ? null : catalogs.origin(model.pricing());
    }

    /** Another model analysed in the same context (same file, same catalogs): a fix, a plan. */
    public Analysis variant(Model other) {
        return new Analysis(other, file, catalogs);
    }

    /** Why the model cannot be solved, each with its JSON path; empty when it can. */
    public List<Problem> problems() {
        return problems;
    }

    public boolean solvable() {
        return network != null;
    }

    /**
     * The compiled network.
     *
     * @throws IllegalStateException when the model has problems
     */
    public Network network() {
        requireSolvable();
        return network;
    }

    /** Whether bills are made, and why not. */
    public Pricing pricing() {
        return pricing;
    }

    /** Refuses a multiplier at which a closed workload has too many users to solve. */
    public void requireInRange(double m) {
        if (network != null && network.isClosed() && network.users(m) != null
                && !(network.users(m) <= dev.headroom.model.Limits.MAX_CLOSED_POPULATION)) {
            throw new OutOfRange("at " + Format.times(m) + " the closed workload has "
                    + Format.count(network.users(m)) + " concurrent users; Headroom solves a "
                    + "closed workload for up to " + dev.headroom.model.Limits.whole(
                            dev.headroom.model.Limits.MAX_CLOSED_POPULATION)
                    + " (docs/model-format.md \"Limits\")");
        }
    }

    private void requireSolvable() {
        if (network == null) {
            throw new IllegalStateException("the model has problems: " + problems);
        }
    }

    /**
     * The solution and the bill at growth multiplier {@code m}.
     *
     * @throws OutOfRange when a closed workload would have more concurrent users at {@code m}
     *     than {@link dev.headroom.model.Limits#MAX_CLOSED_POPULATION}
     */
    public Point at(double m) {
        requireSolvable();
        requireInRange(m);
        Solution s = AnalyticSolver.solve(network, m);
        return new Point(s, billAt(m));
    }

    /**
     * The solution and the bill at {@code m} for figures made by the thousand
     * ({@link Uncertainty}): the classes without their p50 and p99, the bill's lines without
     * their arithmetic in words.
     */
    Point figuresAt(double m) {
        requireSolvable();
        Solution s = AnalyticSolver.solveMeanAndP95(network, m);
        return new Point(s, pricing.priced()
                ? Billing.billWithoutArithmetic(model, network, m, catalogs.library()) : null);
    }

    /**
     * The bill at {@code m} (without its arithmetic in words) when the design is stable there
     * and priced, else null: {@link #figuresAt}'s bill where its solution is stable, without
     * solving for the latencies. A month of a drawn model's spend.
     */
    dev.headroom.cost.Bill stableBillAt(double m) {
        requireSolvable();
        if (!pricing.priced() || !AnalyticSolver.isStable(network, m)) {
            return null;
        }
        return Billing.billWithoutArithmetic(model, network, m, catalogs.library());
    }

    /** The bill at {@code m}, or null when the model is not priced. */
    public Bill billAt(double m) {
        requireSolvable();
        return pricing.priced() ? Billing.bill(model, network, m, catalogs.library()) : null;
    }

    /**
     * The bill at {@code m} with every catalog-priced component at one commitment (on-demand,
     * 1-year, 3-year, spot) instead of its own, or null when the model is not priced: the Bill
     * view's comparison of on-demand with committed prices.
     */
    public Bill billAt(double m, dev.headroom.cost.Commitment commitment) {
        requireSolvable();
        return pricing.priced() ? Billing.bill(model, network, m, catalogs.library(), commitment)
                : null;
    }

    /**
     * The planner of this model (made once; it prices every candidate type on first use).
     * Check {@link dev.headroom.plan.Planner#problems()} before asking it for a plan.
     */
    public synchronized dev.headroom.plan.Planner planner() {
        requireSolvable();
        if (planner == null) {
            planner = dev.headroom.plan.Planner.of(model, network, catalog, catalogs.library(),
                    machines());
        }
        return planner;
    }

    /**
     * The cheapest sizing that meets the SLO at multiplier m (docs/planner.md); with
     * {@code structural}, also trying read replicas and caches in front of databases.
     */
    public Planning.Step plan(double m, boolean structural) {
        requireSolvable();
        return Planning.plan(this, m, structural);
    }

    /**
     * This model with structural changes, analysed once however many steps are planned on it
     * (its planner prices every candidate type once).
     */
    synchronized Analysis structure(Model changed) {
        return structures.computeIfAbsent(changed, this::variant);
    }

    /** The plan at every step of a growth range. */
    public List<Planning.Step> planSteps(Growth range, boolean structural) {
        requireSolvable();
        return Planning.steps(this, range, structural);
    }

    /** The cost–latency frontier at a plan's step, with today's design as a point. */
    public List<Planning.FrontierPoint> frontier(Planning.Step step) {
        requireSolvable();
        return Planning.frontier(this, step);
    }

    /** Where the model breaks (computed once). */
    public synchronized Breaks breaks() {
        if (breaks == null) {
            requireSolvable();
            breaks = findBreaks();
        }
        return breaks;
    }

    private Breaks findBreaks() {
        double end = model.growth().to();
        List<Break> components = BreakFinder.breaks(network, model.slo(), end);
        Double slo = BreakFinder.sloBreachedAt(network, objectives(), end);
        Break firstSat = components.stream().filter(b -> b.saturatesAt() != null)
                .min(java.util.Comparator.comparingDouble(Break::saturatesAt)).orElse(null);
        Double sat = firstSat == null ? null : firstSat.saturatesAt();
        Double at;
        Breaks.Cause cause;
        if (sat == null && slo == null) {
            at = null;
            cause = null;
        } else if (slo != null && (sat == null || slo <= sat)) {
            at = slo;
            cause = Breaks.Cause.LATENCY;
        } else {
            at = sat;
            cause = Breaks.Cause.SATURATION;
        }
        Double users1 = network.users(1);
        Missed missed = cause == Breaks.Cause.LATENCY ? worstClassAt(at) : null;
        return new Breaks(components, slo, at, cause,
                cause == Breaks.Cause.SATURATION ? firstSat.component() : null,
                missed == null ? null : missed.requestClass(),
                at == null || users1 == null ? null : users1 * at, users1,
                missed == null ? null : missed.percentile(),
                missed == null ? null : missed.limitMs());
    }

    /** The class that misses a latency objective, which percentile, and its limit. */
    private record Missed(String requestClass, int percentile, double limitMs) {}

    /**
     * The class furthest over its latency objectives just past {@code m}, by its p95 or p99 over
     * the limit (a saturated class is the furthest), with the objective it misses.
     */
    private Missed worstClassAt(double m) {
        Solution s = AnalyticSolver.solve(network, Math.max(m, 1e-9) * (1 + 1e-9));
        Objectives o = objectives();
        Missed worst = null;
        double ratio = -1;
        for (int r = 0; r < s.classes().size(); r++) {
            ClassResult c = s.classes().get(r);
            double v95 = over(c.latencyP95Ms(), o.p95Ms(r));
            double v99 = over(c.latencyP99Ms(), o.p99Ms(r));
            double v = Math.max(v95, v99);
            if (v > ratio) {
                ratio = v;
                worst = v99 > v95 ? new Missed(c.name(), 99, o.p99Ms(r))
                        : new Missed(c.name(), 95, o.p95Ms(r));
            }
        }
        return worst;
    }

    private static double over(Double latency, double limit) {
        if (!Double.isFinite(limit)) {
            return 0;
        }
        return latency == null ? Double.MAX_VALUE : latency / limit;
    }

    /** The model's latency and utilization objectives, class by class (network order). */
    public Objectives objectives() {
        return Objectives.of(model.slo(), model.requestClasses());
    }

    /** A point at each step of a growth range (what {@code sweep} prints). */
    public List<Point> points(Growth range) {
        List<Point> out = new ArrayList<>();
        for (double m : range.multipliers()) {
            out.add(at(m));
        }
        return out;
    }

    /**
     * The model's figures over the draws of its uncertain inputs ({@link Uncertainty}, on every
     * core): where it breaks, each component's limits, every chart figure at
     * {@code multipliers}, and the spend over 12 and 24 months, as P10, P50 and P90.
     */
    public Uncertainty.Result uncertainty(double[] multipliers, int draws) {
        requireSolvable();
        if (draws < Uncertainty.MIN_DRAWS || draws > Uncertainty.MAX_DRAWS) {
            throw new IllegalArgumentException("draws must be " + Uncertainty.MIN_DRAWS + " to "
                    + Uncertainty.MAX_DRAWS + ", not " + draws);
        }
        return Uncertainty.run(this, multipliers, draws, Uncertainty.SEED);
    }

    /**
     * The design month by month, when the model grows by the calendar ({@code growth.monthlyRate}
     * and {@code growth.startMonth}): computed once.
     */
    public synchronized Optional<Timeline> timeline() {
        if (!timelineMade) {
            requireSolvable();
            timeline = Timeline.of(this).orElse(null);
            timelineMade = true;
        }
        return Optional.ofNullable(timeline);
    }

    /** The design over the model's own growth range (computed once). */
    public synchronized Design design() {
        if (design == null) {
            design = Design.of(this, model.growth());
        }
        return design;
    }

    /** The design over another growth range. */
    public Design design(Growth range) {
        return range.equals(model.growth()) ? design() : Design.of(this, range);
    }

    /** Spike and failure drills of this model (docs/drills.md). */
    public Drills drills() {
        requireSolvable();
        return new Drills(this);
    }

    /**
     * Calls per second on each connection at a solution: {@code Σ_r λ_r·V_r,from·calls·P(miss)},
     * keyed by {@link #edgeKey}.
     */
    public Map<String, Double> edgeRates(Solution s) {
        requireSolvable();
        Map<String, Double> out = new LinkedHashMap<>();
        double lambda = s.arrivalRatePerSecond();
        List<Edge> all = new ArrayList<>();
        for (int k = 0; k < network.stationCount(); k++) {
            all.addAll(network.outgoing(k));
        }
        boolean sheds = s.components().stream().anyMatch(c -> c.lossProbability() > 0);
        for (Edge e : all) {
            double rate = 0;
            for (int r = 0; r < network.classCount(); r++) {
                rate += lambda * network.share(r) * network.loadVisits(r, e.from())
                        * e.meanCalls(r);
            }
            if (sheds) {
                rate *= admitted(s, e.from(), lambda);
            }
            out.merge(edgeKey(network.id(e.from()), network.id(e.to())), rate, Double::sum);
        }
        return out;
    }

    /**
     * Where bounded queues turn visits away (docs/engine.md "Losses thin the traffic
     * downstream"), the share of the calls a station would make that it does make: the visits
     * that reach it (fewer, when a station upstream sheds) and that it admits, over the visits
     * without any loss. The classes at the station are taken as thinned alike, which they are
     * unless pools of their own bound their queues.
     */
    private double admitted(Solution s, int k, double lambda) {
        double unthinned = 0;
        for (int r = 0; r < network.classCount(); r++) {
            unthinned += lambda * network.share(r) * network.loadVisits(r, k);
        }
        var st = s.components().get(k);
        return unthinned > 0 ? st.arrivalRatePerSecond() * (1 - st.lossProbability())
                / unthinned : 1;
    }

    public static String edgeKey(String from, String to) {
        return from + "\u2192" + to;
    }

    /**
     * A load balancer's connection as a share of its traffic: its weight over the weights of all
     * the balancer's connections (0..1), or null when the connection does not leave a load
     * balancer. (A class that takes only some of the targets splits among those; this is the
     * share over every target, as the canvas labels the arrow.)
     */
    public static Double routeShare(Model m, dev.headroom.model.Connection c) {
        var from = m.component(c.from()).orElse(null);
        if (from == null || from.kind() != dev.headroom.model.Kind.LOAD_BALANCER) {
            return null;
        }
        double total = 0;
        for (var o : m.connections()) {
            if (o.from().equals(c.from())) {
                total += o.weightOrDefault();
            }
        }
        return total > 0 ? c.weightOrDefault() / total : null;
    }

    /**
     * Servers per instance of a component, and why, under the rule of docs/model-format.md
     * ("Servers"): also when the model cannot be solved yet.
     */
    public dev.headroom.network.Servers servers(String componentId) {
        if (network != null) {
            int k = network.indexOf(componentId);
            if (k >= 0) {
                return network.servers(k);
            }
        }
        var c = model.component(componentId).orElse(null);
        if (c == null) {
            return null;
        }
        return dev.headroom.network.Servers.of(c.concurrency(), c.concurrencyPerVcpu(),
                c.instanceType(), machines());
    }

    /**
     * Whether the model is priced, and if not, why.
     *
     * @param priced bills are made
     * @param why one line saying why there is no bill, or null when priced
     * @param problems the pricing problems with their JSON paths (an unknown instance type, a
     *     catalog that cannot be read), empty when priced
     * @param unpricedComponents the components nothing prices, in model order: the bill leaves
     *     them out and every front end says so ("2 components have no price")
     */
    public record Pricing(boolean priced, String why, List<Problem> problems,
            List<String> unpricedComponents) {
        /** Why a model none of whose components has a price shows no bill. */
        public static final String NOTHING_PRICED = "no component has a price yet";

        public Pricing {
            problems = List.copyOf(problems);
            unpricedComponents = List.copyOf(unpricedComponents);
        }

        public Pricing(boolean priced, String why, List<Problem> problems) {
            this(priced, why, problems, List.of());
        }

        /** Whether the bill leaves some component out. */
        public boolean incomplete() {
            return !unpricedComponents.isEmpty();
        }

        static Pricing unsolved() {
            return new Pricing(false, "the model has problems", List.of());
        }

        static Pricing of(Model model, Network net, Catalogs catalogs) {
            List<Problem> found = new ArrayList<>();
            if (model.pricing() != null && catalogs.library().find(model.pricing()).isEmpty()) {
                for (String p : catalogs.problems()) {
                    found.add(new Problem("pricing", "catalog file not used: " + p));
                }
            }
            if (model.pricing() == null || !catalogs.blocked().contains(model.pricing())) {
                // a blocked catalog is not unknown: the files' problems above say what stops it
                found.addAll(0, Billing.check(model, catalogs.library()));
            }
            if (!found.isEmpty()) {
                String first = found.get(0).toString();
                int more = found.size() - 1;
                return new Pricing(false, "cannot price: " + first + (more == 0 ? ""
                        : " (and " + more + " more)"), found);
            }
            Bill probe = Billing.bill(model, net, 1, catalogs.library());
            List<String> unpriced = probe.unpricedComponents();
            if (unpriced.size() == model.components().size()) {
                return new Pricing(false, NOTHING_PRICED, List.of(), unpriced);
            }
            return new Pricing(true, null, List.of(), unpriced);
        }
    }
}
