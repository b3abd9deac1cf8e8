package dev.headroom.app;

import dev.headroom.analysis.StationResult;
import dev.headroom.model.Autoscale;
import dev.headroom.model.Component;
import dev.headroom.model.Growth;
import dev.headroom.model.Model;
import dev.headroom.plan.Option;
import dev.headroom.plan.Plan;
import dev.headroom.plan.Planner;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The plan as the front ends show it (docs/planner.md): the cheapest sizing that meets the SLO
 * at a growth step, with what changes in words, its bill against today's, and, with structural
 * changes allowed, the read replicas and caches it adds and what they take for granted.
 */
public final class Planning {
    /** The p95 caps the frontier tries. */
    public static final int FRONTIER_POINTS = 12;
    /** The most structural fixes one plan combines. */
    static final int MOST_STRUCTURAL = 2;

    private Planning() {}

    /**
     * The plan at one growth step.
     *
     * @param multiplier the step
     * @param plan the sizing found, on {@code base}
     * @param base the model the sizing was planned on: the model as drawn, or with the
     *     structural changes in {@code structure}
     * @param structure the structural changes made, in words, with what each takes for granted
     * @param changes what the plan changes, component by component
     * @param todayUsd today's bill (the model as drawn at 1x), or null when not priced
     * @param whyNot why nothing meets the objectives, or null
     */
    public record Step(double multiplier, Plan plan, Model base, List<Structure> structure,
            List<Change> changes, Double todayUsd, String whyNot) {
        public Step {
            structure = List.copyOf(structure);
            changes = List.copyOf(changes);
        }

        public boolean feasible() {
            return plan != null && plan.feasible();
        }

        /** The planned model, or null. */
        public Model planned() {
            return feasible() ? plan.planned() : null;
        }

        /** The planned bill, or null. */
        public Double monthlyUsd() {
            return feasible() && plan.bill() != null ? plan.bill().totalUsd() : null;
        }

        /** The planned bill over today's, or null when either is unknown. */
        public Double costMultiple() {
            Double usd = monthlyUsd();
            return usd == null || todayUsd == null || !(todayUsd > 0) ? null : usd / todayUsd;
        }

        /** The worst class p95 of the plan, or null. */
        public Double p95Ms() {
            return feasible() ? plan.solution().worstP95Ms().orElse(null) : null;
        }

        /** The worst class p99 of the plan, or null. */
        public Double p99Ms() {
            return feasible() ? plan.solution().worstP99Ms().orElse(null) : null;
        }

        /** The busiest queueing component of the plan, or null. */
        public StationResult busiest() {
            if (!feasible()) {
                return null;
            }
            StationResult best = null;
            for (StationResult s : plan.solution().components()) {
                if (s.servers() != null && s.arrivalRatePerSecond() > 0
                        && (best == null || s.utilization() > best.utilization())) {
                    best = s;
                }
            }
            return best;
        }

        /** "10x the users for 3.4× today's bill (cheapest sizing that meets the SLO)". */
        public String headline() {
            String at = Format.times(multiplier) + " the users";
            if (!feasible()) {
                return "No sizing meets the SLO at " + Format.times(multiplier) + ": " + whyNot;
            }
            Double x = costMultiple();
            String what = structure.isEmpty() ? "cheapest sizing that meets the SLO"
                    : "cheapest design that meets the SLO, with " + structure.size()
                            + " structural change" + (structure.size() == 1 ? "" : "s");
            if (x == null) {
                return at + ": " + what + (monthlyUsd() == null ? "" : " at "
                        + Format.usd(monthlyUsd()) + " a month");
            }
            return at + " for " + multiple(x) + " today's bill (" + what + ")";
        }
    }

    /** "3.4×": a cost multiple to one decimal, two below 1.05. */
    static String multiple(double x) {
        return String.format(Locale.ROOT, x < 1.05 && x > 0.95 ? "%.2f\u00d7" : "%.1f\u00d7", x);
    }

    /** A structural change the plan makes, and what it takes for granted. */
    public record Structure(String title, String assumption) {}

    /**
     * What the plan changes in one component.
     *
     * @param componentId the component
     * @param name its display name
     * @param from as drawn, e.g. "db.m6g.xlarge × 1"
     * @param to planned, e.g. "db.m6g.2xlarge × 1"
     * @param added the component is new (a replica, a cache)
     */
    public record Change(String componentId, String name, String from, String to,
            boolean added) {
        /** "db: db.m6g.xlarge × 1 → db.m6g.2xlarge × 1". */
        public String words() {
            return name + ": " + (added ? "new, " + to : from + " \u2192 " + to);
        }
    }

    /** The plan of {@code a} at m, sizing only or also with structural changes. */
    static Step plan(Analysis a, double m, boolean structural) {
        Double today = a.pricing().priced() ? a.billAt(1).totalUsd() : null;
        Step best = sized(a, a, m, List.of(), today);
        if (!structural) {
            return best;
        }
        List<List<Fixes.Structural>> combos = combinations(a);
        for (List<Fixes.Structural> combo : combos) {
            Analysis v = a;
            List<Structure> made = new ArrayList<>();
            boolean ok = true;
            for (Fixes.Structural s : combo) {
                Fixes.Structural again = Fixes.again(v, s);
                if (again == null) {
                    ok = false;
                    break;
                }
                v = a.structure(again.applied());
                made.add(new Structure(again.title(), again.assumption()));
            }
            if (!ok || !v.solvable()) {
                continue;
            }
            Step step = sized(a, v, m, made, today);
            if (step.feasible() && (!best.feasible() || cheaper(step, best))) {
                best = step;
            }
        }
        if (!best.feasible() && !combos.isEmpty()) {
            best = new Step(m, best.plan(), best.base(), best.structure(), best.changes(),
                    today, best.whyNot() + "; no read replica or cache in front of a database "
                            + "(" + combos.size() + " designs tried) makes it hold either");
        }
        return best;
    }

    private static boolean cheaper(Step a, Step b) {
        Double x = a.monthlyUsd();
        Double y = b.monthlyUsd();
        return x != null && y != null && x < y - 1e-6;
    }

    /** Every set of at most {@link #MOST_STRUCTURAL} structural fixes on distinct components. */
    private static List<List<Fixes.Structural>> combinations(Analysis a) {
        List<Fixes.Structural> all = Fixes.structural(a);
        List<List<Fixes.Structural>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            out.add(List.of(all.get(i)));
            for (int j = i + 1; j < all.size() && MOST_STRUCTURAL >= 2; j++) {
                if (all.get(i).kind() != all.get(j).kind()
                        || !all.get(i).componentId().equals(all.get(j).componentId())) {
                    out.add(List.of(all.get(i), all.get(j)));
                }
            }
        }
        return out;
    }

    /** The sizing plan of {@code v} (the model, or it with structural changes) at m. */
    private static Step sized(Analysis original, Analysis v, double m, List<Structure> made,
            Double today) {
        if (!v.solvable()) {
            return new Step(m, null, v.model(), made, List.of(), today,
                    "the model has problems");
        }
        var planner = v.planner();
        if (!planner.problems().isEmpty()) {
            return new Step(m, null, v.model(), made, List.of(), today,
                    planner.problems().get(0).toString());
        }
        if (!v.pricing().priced()) {
            return new Step(m, null, v.model(), made, List.of(), today,
                    "the model has no bill to lower (" + v.pricing().why() + ")");
        }
        Plan plan = planner.plan(m);
        if (!plan.feasible()) {
            return new Step(m, plan, v.model(), made, List.of(), today, plan.whyNot());
        }
        return new Step(m, plan, v.model(), made, changes(original.model(), plan), today, null);
    }

    /** What the plan changes against the model as drawn. */
    static List<Change> changes(Model drawn, Plan plan) {
        List<Change> out = new ArrayList<>();
        for (Plan.Choice c : plan.choices()) {
            Component before = drawn.component(c.componentId()).orElse(null);
            Component after = plan.planned().component(c.componentId()).orElseThrow();
            String to = sizing(after, c.chosen());
            if (before == null) {
                out.add(new Change(c.componentId(), after.displayName(), null, to, true));
            } else if (!Objects.equals(before.instanceType(), after.instanceType())
                    || before.instances() != after.instances()
                    || !Objects.equals(before.autoscale(), after.autoscale())) {
                out.add(new Change(c.componentId(), after.displayName(),
                        sizing(before, null), to, false));
            }
        }
        return out;
    }

    /**
     * "db.m6g.2xlarge × 2", "m6i.large autoscaled 2–25 (9 at the peak)", or "c7a.medium × 2
     * (autoscaler's min and max)" when the plan leaves the autoscaler no room.
     */
    static String sizing(Component c, Option at) {
        String type = c.instanceType() == null ? "" : c.instanceType() + " ";
        Autoscale a = c.autoscale();
        if (a == null) {
            return type + "\u00d7 " + c.instances();
        }
        if (a.min() == a.max()) {
            return type + "\u00d7 " + a.min() + " (autoscaler's min and max)";
        }
        return type + "autoscaled " + a.min() + "\u2013" + a.max()
                + (at == null ? "" : " (" + at.peakInstances() + " at the peak)");
    }

    /** The plan at every step of a growth range. */
    static List<Step> steps(Analysis a, Growth range, boolean structural) {
        List<Step> out = new ArrayList<>();
        for (double m : range.multipliers()) {
            out.add(plan(a, m, structural));
        }
        return out;
    }

    /**
     * A point of the cost–latency frontier.
     *
     * @param monthlyUsd its bill
     * @param p95Ms its worst class p95
     * @param p99Ms its worst class p99, or null
     * @param sizing what it gives each sized component, in words
     * @param planned the model sized so, or null for today's design
     * @param today the point is today's design as drawn (at the step)
     */
    public record FrontierPoint(double monthlyUsd, Double p95Ms, Double p99Ms, String sizing,
            Model planned, boolean today) {}

    /**
     * The frontier at the step of {@code step} on the structure it chose, and today's design at
     * that step as one more point (its p95 is null when it saturates).
     */
    static List<FrontierPoint> frontier(Analysis a, Step step) {
        Analysis base = step.base().equals(a.model()) ? a : a.structure(step.base());
        List<FrontierPoint> out = new ArrayList<>();
        if (!base.solvable() || !base.planner().problems().isEmpty()
                || !base.pricing().priced()) {
            return out;
        }
        for (Plan p : base.planner().frontier(step.multiplier(), FRONTIER_POINTS)) {
            Step s = new Step(step.multiplier(), p, step.base(), step.structure(),
                    changes(a.model(), p), step.todayUsd(), null);
            out.add(new FrontierPoint(p.bill().totalUsd(), s.p95Ms(), s.p99Ms(),
                    compact(p), p.planned(), false));
        }
        if (a.pricing().priced()) {
            Point today = a.at(step.multiplier());
            out.add(new FrontierPoint(today.bill().totalUsd(),
                    today.solution().worstP95Ms().orElse(null),
                    today.solution().worstP99Ms().orElse(null), "today's design", null, true));
        }
        return out;
    }

    /**
     * The sentence under the frontier chart: what its points mean, or why there is only one.
     *
     * @param points the frontier as {@link #frontier} gives it (today's design included)
     * @param multiplier the step it is drawn at
     */
    public static String frontierNote(List<FrontierPoint> points, double multiplier) {
        long sized = points.stream().filter(p -> !p.today() && p.p95Ms() != null).count();
        if (sized == 0) {
            return "No sizing keeps every component under the utilization limit at this step.";
        }
        if (sized == 1) {
            return "No dearer sizing lowers the worst p95 by "
                    + Format.percent(Planner.FRONTIER_STEP) + " or more at "
                    + Format.times(multiplier) + ": what remains is service time and calls that "
                    + "more or faster candidate machines do not shorten.";
        }
        return "Hover a point for its sizing.";
    }

    /**
     * A sizing in a few words, every sized component by id: "gateway c7a.medium ×2,
     * catalog-db db.m6g.2xlarge ×1" (autoscaled tiers by their instances at the peak).
     */
    public static String compact(Plan p) {
        List<String> parts = new ArrayList<>();
        for (Plan.Choice c : p.choices()) {
            Option o = c.chosen();
            parts.add(c.componentId() + " " + (o.instanceType() == null ? ""
                    : o.instanceType() + " ") + "\u00d7" + o.peakInstances());
        }
        return parts.isEmpty() ? "as drawn" : String.join(", ", parts);
    }

    /** The changes of a step in one line, or "as drawn". */
    static String describe(Step s) {
        if (s.changes().isEmpty()) {
            return "as drawn";
        }
        List<String> parts = new ArrayList<>();
        for (Change c : s.changes()) {
            parts.add(c.words());
        }
        return String.join("; ", parts);
    }
}
