package dev.headroom.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a model's meaning: references, ranges, shares, per-class maps. Returns every problem,
 * each with the JSON path of the field at fault. Routing-cycle gains are checked when the model
 * is compiled (see {@code network.NetworkCompiler}), where the routing matrix is built.
 */
public final class ModelValidator {
    /** Shares must sum to 1 within this. */
    public static final double SHARE_TOLERANCE = 1e-6;
    public static final Set<String> COMMITMENTS = Set.of("on-demand", "1y", "3y", "spot");
    /** The most instances the planner may give one component ({@code maxInstances}). */
    public static final int MAX_PLANNED_INSTANCES = 1000;
    /** The most instance types one component may list for the planner ({@code candidates}). */
    public static final int MAX_CANDIDATES = 200;

    private ModelValidator() {}

    public static List<Problem> validate(Model model) {
        List<Problem> out = new ArrayList<>(Limits.check(model));
        if (Limits.tooLarge(model)) {
            return out; // the rest would take long, and the size alone is the answer
        }
        if (model.name().isBlank()) {
            out.add(new Problem("name", "must not be empty"));
        }
        Map<String, Integer> ids = new HashMap<>();
        List<Component> cs = model.components();
        if (cs.isEmpty()) {
            out.add(new Problem("components", "a model needs at least one component"));
        }
        for (int i = 0; i < cs.size(); i++) {
            String id = cs.get(i).id();
            if (id.isBlank()) {
                out.add(new Problem("components[" + i + "].id", "must not be empty"));
            } else if (ids.containsKey(id)) {
                out.add(new Problem("components[" + i + "].id", "duplicate id \"" + id
                        + "\" (also components[" + ids.get(id) + "])"));
            } else {
                ids.put(id, i);
            }
        }
        List<String> classNames = model.requestClasses().stream().map(RequestClass::name).toList();
        workload(model, ids, out);
        for (int i = 0; i < cs.size(); i++) {
            component(cs.get(i), "components[" + i + "]", classNames, out);
            billed(cs.get(i), "components[" + i + "]", model.workload(), out);
        }
        connections(model, ids, classNames, out);
        network(model, out);
        growthAndSlo(model, out);
        uncertainty(model, out);
        drills(model, ids, classNames, out);
        return out;
    }

    /** The largest multiplier a traffic or service-time range may reach. */
    public static final double MAX_UNCERTAINTY = 100;
    /** The fastest growth a month: 1000% (eleven times the users every month). */
    public static final double MAX_MONTHLY_RATE = 10;

    /** The ranges of docs/model-format.md "Uncertainty", model-wide and per component. */
    private static void uncertainty(Model model, List<Problem> out) {
        Uncertainty u = model.uncertainty();
        multiplierBounds(u.traffic(), "uncertainty.traffic", out);
        multiplierBounds(u.serviceTime(), "uncertainty.serviceTime", out);
        boolean modelHitRatio = u.hitRatio() != null
                && hitRatioBounds(u.hitRatio(), "uncertainty.hitRatio", out);
        boolean anyHitRatio = false;
        List<Component> cs = model.components();
        for (int i = 0; i < cs.size(); i++) {
            Component c = cs.get(i);
            String p = "components[" + i + "]";
            Uncertainty own = c.uncertainty();
            if (own != null) {
                if (own.traffic() != null) {
                    out.add(new Problem(p + ".uncertainty.traffic", "traffic is uncertain for "
                            + "the whole model: give it in uncertainty.traffic at the top level"));
                }
                multiplierBounds(own.serviceTime(), p + ".uncertainty.serviceTime", out);
                if (own.hitRatio() != null) {
                    if (c.hitRatio() == null) {
                        out.add(new Problem(p + ".uncertainty.hitRatio", "the component has no "
                                + "hitRatio to vary"));
                    } else if (hitRatioBounds(own.hitRatio(), p + ".uncertainty.hitRatio", out)
                            && isFraction(c.hitRatio()) && !own.hitRatio().contains(c.hitRatio())) {
                        out.add(new Problem(p + ".uncertainty.hitRatio", "must contain the "
                                + "component's hitRatio " + fmt(c.hitRatio())));
                    }
                }
            }
            if (c.hitRatio() != null && (own == null || own.hitRatio() == null)) {
                anyHitRatio = true;
                if (modelHitRatio && isFraction(c.hitRatio())
                        && !u.hitRatio().contains(c.hitRatio())) {
                    out.add(new Problem("uncertainty.hitRatio", fmt(u.hitRatio().low()) + " to "
                            + fmt(u.hitRatio().high()) + " does not contain the hitRatio "
                            + fmt(c.hitRatio()) + " of \"" + c.id() + "\": widen it, or give "
                            + p + " its own uncertainty.hitRatio"));
                }
            }
        }
        if (modelHitRatio && !anyHitRatio) {
            out.add(new Problem("uncertainty.hitRatio", "no component takes it: none has a "
                    + "hitRatio of its own without its own range"));
        }
    }

    private static boolean isFraction(double v) {
        return v >= 0 && v <= 1;
    }

    /** A multiplier range: 0 < low ≤ 1 ≤ high ≤ {@value #MAX_UNCERTAINTY}. */
    private static void multiplierBounds(Bounds b, String p, List<Problem> out) {
        if (b == null) {
            return;
        }
        if (!(b.low() > 0 && b.low() <= 1)) {
            out.add(new Problem(p + ".low", "must be above 0 and at most 1 (a multiplier of the "
                    + "value the model gives)"));
        }
        if (!(b.high() >= 1 && b.high() <= MAX_UNCERTAINTY)) {
            out.add(new Problem(p + ".high", "must be at least 1 and at most "
                    + fmt(MAX_UNCERTAINTY) + " (a multiplier of the value the model gives)"));
        }
    }

    /** A hit-ratio range: 0 ≤ low ≤ high ≤ 1. Returns whether it is well formed. */
    private static boolean hitRatioBounds(Bounds b, String p, List<Problem> out) {
        boolean ok = true;
        if (!(b.low() >= 0 && b.low() <= 1)) {
            out.add(new Problem(p + ".low", "must be between 0 and 1"));
            ok = false;
        }
        if (!(b.high() >= 0 && b.high() <= 1)) {
            out.add(new Problem(p + ".high", "must be between 0 and 1"));
            ok = false;
        }
        if (ok && b.high() < b.low()) {
            out.add(new Problem(p + ".high", "must be at least low"));
            ok = false;
        }
        return ok;
    }

    private static void workload(Model model, Map<String, Integer> ids, List<Problem> out) {
        Workload w = model.workload();
        if (w.isClosed()) {
            if (w.users() == null) {
                out.add(new Problem("workload.users", "a closed workload needs a number of users"));
            } else if (w.users() < 1 || w.users() != Math.rint(w.users())) {
                out.add(new Problem("workload.users",
                        "a closed workload needs a whole number of users, at least 1"));
            }
            if (w.arrivalRatePerSecond() != null) {
                out.add(new Problem("workload.arrivalRatePerSecond",
                        "a closed workload has no arrival rate (users and thinkTimeMs set it)"));
            }
            nonNegative(w.thinkTimeMs(), "workload.thinkTimeMs", out);
        } else if (w.arrivalRatePerSecond() != null) {
            nonNegative(w.arrivalRatePerSecond(), "workload.arrivalRatePerSecond", out);
        } else {
            if (w.users() == null) {
                out.add(new Problem("workload.users",
                        "give users and requestsPerUserPerDay, or arrivalRatePerSecond"));
            } else {
                nonNegative(w.users(), "workload.users", out);
            }
            if (w.requestsPerUserPerDay() == null) {
                out.add(new Problem("workload.requestsPerUserPerDay",
                        "needed to turn users into a request rate"));
            } else {
                nonNegative(w.requestsPerUserPerDay(), "workload.requestsPerUserPerDay", out);
            }
        }
        if (!(w.peakToAverage() >= 1)) {
            out.add(new Problem("workload.peakToAverage",
                    "must be at least 1 (the peak hour over the daily average)"));
        } else if (w.peakToAverage() > 24) {
            out.add(new Problem("workload.peakToAverage",
                    "must be at most 24 (the busiest hour cannot carry more than the whole day)"));
        }
        List<RequestClass> classes = w.classes();
        Map<String, Integer> seen = new HashMap<>();
        double sum = 0;
        for (int i = 0; i < classes.size(); i++) {
            RequestClass rc = classes.get(i);
            String p = "workload.classes[" + i + "]";
            if (rc.name().isBlank()) {
                out.add(new Problem(p + ".name", "must not be empty"));
            } else if (seen.containsKey(rc.name())) {
                out.add(new Problem(p + ".name", "duplicate class \"" + rc.name()
                        + "\" (also workload.classes[" + seen.get(rc.name()) + "])"));
            } else {
                seen.put(rc.name(), i);
            }
            if (!(rc.share() >= 0 && rc.share() <= 1)) {
                out.add(new Problem(p + ".share", "must be between 0 and 1"));
            }
            sum += rc.share();
            if (!ids.containsKey(rc.entry())) {
                out.add(new Problem(p + ".entry", "unknown component \"" + rc.entry() + "\""
                        + suggest(out, rc.entry(), ids.keySet())));
            }
            if (rc.p99LatencyMs() != null && !(rc.p99LatencyMs() > 0)) {
                out.add(new Problem(p + ".p99LatencyMs", "must be above 0"));
            }
            if (rc.responseKb() != null) {
                nonNegative(rc.responseKb(), p + ".responseKb", out);
            }
            if (rc.requestKb() != null) {
                bounded(rc.requestKb(), 1e7, p + ".requestKb", out);
            }
        }
        if (!classes.isEmpty() && Math.abs(sum - 1) > SHARE_TOLERANCE) {
            out.add(new Problem("workload.classes", "shares sum to " + fmt(sum)
                    + "; they must sum to 1"));
        }
        List<Double> profile = w.dailyProfile();
        if (!profile.isEmpty()) {
            if (profile.size() != 24) {
                out.add(new Problem("workload.dailyProfile",
                        "needs 24 hourly weights, has " + profile.size()));
            } else {
                double total = 0;
                for (int h = 0; h < 24; h++) {
                    if (!(profile.get(h) >= 0)) {
                        out.add(new Problem("workload.dailyProfile[" + h + "]",
                                "must not be negative"));
                    }
                    total += profile.get(h);
                }
                if (Math.abs(total / 24 - 1) > 1e-3) {
                    out.add(new Problem("workload.dailyProfile", "weights average " + fmt(total / 24)
                            + "; they must average 1 (each hour relative to the daily mean)"));
                }
            }
        }
    }

    private static void component(Component c, String p, List<String> classNames,
            List<Problem> out) {
        if (c.instances() < 1) {
            out.add(new Problem(p + ".instances", "must be at least 1"));
        }
        if (c.maxInstances() != null && (c.maxInstances() < 1
                || c.maxInstances() > MAX_PLANNED_INSTANCES)) {
            out.add(new Problem(p + ".maxInstances", "must be between 1 and "
                    + MAX_PLANNED_INSTANCES));
        }
        if (c.candidates() != null && c.candidates().size() > MAX_CANDIDATES) {
            out.add(new Problem(p + ".candidates", "lists " + c.candidates().size()
                    + " instance types; at most " + MAX_CANDIDATES + " are planned"));
        }
        if (c.concurrency() != null && c.concurrency() < 1) {
            out.add(new Problem(p + ".concurrency", "must be at least 1"));
        }
        if (c.concurrencyPerVcpu() != null && !(c.concurrencyPerVcpu() > 0
                && c.concurrencyPerVcpu() <= 10_000)) {
            out.add(new Problem(p + ".concurrencyPerVcpu", "must be above 0 and at most 10,000"));
        }
        perClass(c.serviceTimeMs(), p + ".serviceTimeMs", classNames, out);
        perClass(c.serviceTimeCv(), p + ".serviceTimeCv", classNames, out);
        cvAtMost(c.serviceTimeCv(), p + ".serviceTimeCv", out);
        if (c.hitRatio() != null && !(c.hitRatio() >= 0 && c.hitRatio() <= 1)) {
            out.add(new Problem(p + ".hitRatio", "must be between 0 and 1"));
        }
        Autoscale a = c.autoscale();
        if (a != null) {
            if (a.min() < 1) {
                out.add(new Problem(p + ".autoscale.min", "must be at least 1"));
            }
            if (a.max() < a.min()) {
                out.add(new Problem(p + ".autoscale.max", "must be at least autoscale.min"));
            }
            if (!(a.targetUtilization() > 0 && a.targetUtilization() <= 1)) {
                out.add(new Problem(p + ".autoscale.targetUtilization",
                        "must be above 0 and at most 1"));
            }
        }
        if (c.hourlyCostUsd() != null) {
            nonNegative(c.hourlyCostUsd(), p + ".hourlyCostUsd", out);
        }
        nonNegative(c.costPerMillionCalls(), p + ".costPerMillionCalls", out);
        nonNegative(c.monthlyFixedCostUsd(), p + ".monthlyFixedCostUsd", out);
        if (!COMMITMENTS.contains(c.commitment())) {
            out.add(new Problem(p + ".commitment", "must be one of on-demand, 1y, 3y, spot"));
        }
    }

    /**
     * The largest service-time cv Headroom accepts. Its latency percentiles are checked against
     * its simulator up to here (docs/engine.md "Bursty service"); beyond it the few enormous
     * jobs that make such a cv dominate everything, and a cv that large nearly always means two
     * kinds of request mixed in one class.
     */
    public static final double MAX_CV = 20;

    private static void cvAtMost(PerClass v, String p, List<Problem> out) {
        java.util.Map<String, Double> values = v.isUniform() ? java.util.Map.of("", v.uniform())
                : v.byClass();
        values.forEach((k, x) -> {
            if (x != null && Double.isFinite(x) && x > MAX_CV) {
                out.add(new Problem(k.isEmpty() ? p : p + "." + k, "must be at most 20: a cv "
                        + "this large nearly always means two kinds of request in one class; "
                        + "split them into classes with a cv each"));
            }
        });
    }

    private static void perClass(PerClass v, String p, List<String> classNames,
            List<Problem> out) {
        if (v.isUniform()) {
            nonNegative(v.uniform(), p, out);
            return;
        }
        Set<String> known = new LinkedHashSet<>(classNames);
        v.byClass().forEach((k, x) -> {
            if (!k.equals(PerClass.DEFAULT_KEY) && !known.contains(k)) {
                out.add(new Problem(p + "." + k, "unknown class \"" + k + "\""
                        + suggest(out, k, known)));
            }
            nonNegative(x, p + "." + k, out);
        });
        for (String cls : classNames) {
            if (v.find(cls).isEmpty()) {
                out.add(new Problem(p, "no value for class \"" + cls
                        + "\" (add it, or a \"*\" default)"));
            }
        }
    }

    private static void connections(Model model, Map<String, Integer> ids, List<String> classNames,
            List<Problem> out) {
        List<Connection> es = model.connections();
        for (int i = 0; i < es.size(); i++) {
            Connection e = es.get(i);
            String p = "connections[" + i + "]";
            if (!ids.containsKey(e.from())) {
                out.add(new Problem(p + ".from", "unknown component \"" + e.from() + "\""
                        + suggest(out, e.from(), ids.keySet())));
            }
            if (!ids.containsKey(e.to())) {
                out.add(new Problem(p + ".to", "unknown component \"" + e.to() + "\""
                        + suggest(out, e.to(), ids.keySet())));
            }
            nonNegative(e.calls(), p + ".calls", out);
            nonNegative(e.latencyMs(), p + ".latencyMs", out);
            if (e.requestKb() != null) {
                bounded(e.requestKb(), 1e7, p + ".requestKb", out);
            }
            if (e.responseKb() != null) {
                bounded(e.responseKb(), 1e7, p + ".responseKb", out);
            }
            for (int j = 0; j < e.classes().size(); j++) {
                String cls = e.classes().get(j);
                if (!classNames.contains(cls)) {
                    out.add(new Problem(p + ".classes[" + j + "]", "unknown class \"" + cls + "\""
                            + suggest(out, cls, classNames)));
                }
            }
            Component src = ids.containsKey(e.from())
                    ? model.components().get(ids.get(e.from())) : null;
            if (e.onMiss() && src != null && src.hitRatio() == null) {
                out.add(new Problem(p + ".onMiss", "source \"" + e.from()
                        + "\" has no hitRatio"));
            }
            boolean routes = src != null && src.kind() == Kind.LOAD_BALANCER;
            if (routes && e.calls() != 1) {
                out.add(new Problem(p + ".calls", "a load balancer sends each request to one of "
                        + "its targets; give each connection a weight instead of calls"));
            }
            if (e.weight() != null) {
                if (!routes) {
                    out.add(new Problem(p + ".weight", "only a load balancer's connections have "
                            + "a weight (its share of the traffic); use calls here"));
                } else if (!(e.weight() > 0) || !Double.isFinite(e.weight())) {
                    out.add(new Problem(p + ".weight", "must be a positive number"));
                }
            }
        }
    }

    /** The fields that size a component's bill beyond its instances (storage, standby, logs). */
    private static void billed(Component c, String p, Workload w, List<Problem> out) {
        boolean stores = c.kind() == Kind.DATABASE || c.kind() == Kind.STORAGE;
        if (c.storageGb() != null) {
            bounded(c.storageGb(), 1e9, p + ".storageGb", out);
            if (!stores) {
                out.add(new Problem(p + ".storageGb", "only a database or storage component "
                        + "stores data; this is a " + c.kind().json()));
            }
        }
        if (c.storageGbPerUser() != null) {
            bounded(c.storageGbPerUser(), 1e6, p + ".storageGbPerUser", out);
            if (!stores) {
                out.add(new Problem(p + ".storageGbPerUser", "only a database or storage "
                        + "component stores data; this is a " + c.kind().json()));
            } else if (w.users() == null) {
                out.add(new Problem(p + ".storageGbPerUser", "needs workload.users (the "
                        + "workload is given as a rate)"));
            }
        }
        if (c.backupGb() != null) {
            bounded(c.backupGb(), 1e9, p + ".backupGb", out);
        }
        if (c.provisionedIops() != null) {
            bounded(c.provisionedIops(), 1e7, p + ".provisionedIops", out);
        }
        if ((c.backupGb() != null || c.provisionedIops() != null) && c.kind() != Kind.DATABASE) {
            out.add(new Problem(p + (c.backupGb() != null ? ".backupGb" : ".provisionedIops"),
                    "only a database has backups and provisioned IOPS; this is a "
                            + c.kind().json()));
        }
        if (c.multiAz() && c.kind() != Kind.DATABASE && c.kind() != Kind.CACHE) {
            out.add(new Problem(p + ".multiAz", "only a database or a cache has a standby in "
                    + "another zone; this is a " + c.kind().json()));
        }
        if (c.logKbPerRequest() != null) {
            bounded(c.logKbPerRequest(), 1e6, p + ".logKbPerRequest", out);
        }
        if (c.bootDiskGb() != null) {
            bounded(c.bootDiskGb(), 65_536, p + ".bootDiskGb", out);
        }
        if (c.rulesPerRequest() != null) {
            if (c.kind() != Kind.LOAD_BALANCER) {
                out.add(new Problem(p + ".rulesPerRequest", "only a load balancer evaluates "
                        + "listener rules; this is a " + c.kind().json()));
            } else if (c.rulesPerRequest() < 0 || c.rulesPerRequest() > 1000) {
                out.add(new Problem(p + ".rulesPerRequest", "must be between 0 and 1,000"));
            }
        }
    }

    private static void network(Model model, List<Problem> out) {
        Networking n = model.network();
        if (n.availabilityZones() < 1 || n.availabilityZones() > 6) {
            out.add(new Problem("network.availabilityZones", "must be between 1 and 6"));
        }
        if (n.natGateways() < 0 || n.natGateways() > 64) {
            out.add(new Problem("network.natGateways", "must be between 0 and 64"));
        }
        if (!(n.requestsPerConnection() >= 1) || !Double.isFinite(n.requestsPerConnection())) {
            out.add(new Problem("network.requestsPerConnection", "must be at least 1"));
        }
        if (!(n.connectionSeconds() > 0) || n.connectionSeconds() > 86_400) {
            out.add(new Problem("network.connectionSeconds", "must be more than 0 and at most "
                    + "86,400 (a day)"));
        }
        if (model.supportPlan() != null && model.supportPlan().isBlank()) {
            out.add(new Problem("supportPlan", "must name a support plan of the pricing catalog, "
                    + "e.g. \"support-business\""));
        }
    }

    /** Call policies, queue bounds, thread pools and the drills (see {@link DrillValidator}). */
    private static void drills(Model model, Map<String, Integer> ids, List<String> classNames,
            List<Problem> out) {
        DrillValidator.policy(model.workload().policy(), "workload", false, out);
        for (int i = 0; i < model.connections().size(); i++) {
            Connection e = model.connections().get(i);
            DrillValidator.policy(e.policy(), "connections[" + i + "]", e.async(), out);
        }
        for (int i = 0; i < model.components().size(); i++) {
            Component c = model.components().get(i);
            DrillValidator.component(c, "components[" + i + "]", out);
            if (c.threads() != null && !c.threads().isUniform()) {
                perClass(c.threads(), "components[" + i + "].threads", classNames, out);
            }
        }
        DrillValidator.drills(model, ids, out);
    }

    private static void growthAndSlo(Model model, List<Problem> out) {
        Growth g = model.growth();
        if (!(g.from() > 0)) {
            out.add(new Problem("growth.from", "must be above 0"));
        }
        if (!(g.to() >= g.from())) {
            out.add(new Problem("growth.to", "must be at least growth.from"));
        }
        if (g.steps() < 1 || g.steps() > 1000) {
            out.add(new Problem("growth.steps", "must be between 1 and 1000"));
        }
        if (g.monthlyRate() != null) {
            if (!(g.monthlyRate() > 0 && g.monthlyRate() <= MAX_MONTHLY_RATE)) {
                out.add(new Problem("growth.monthlyRate", "must be above 0 and at most "
                        + fmt(MAX_MONTHLY_RATE) + " (0.15 is 15% more users a month)"));
            }
            if (g.startMonth() == null) {
                out.add(new Problem("growth.startMonth", "is needed with growth.monthlyRate: "
                        + "the month today's figures are from, such as \"2027-01\""));
            }
        }
        Slo s = model.slo();
        if (s.p95LatencyMs() != null && !(s.p95LatencyMs() > 0)) {
            out.add(new Problem("slo.p95LatencyMs", "must be above 0"));
        }
        if (!(s.maxUtilization() > 0 && s.maxUtilization() <= 1)) {
            out.add(new Problem("slo.maxUtilization", "must be above 0 and at most 1"));
        }
        if (s.p99LatencyMs() != null && !(s.p99LatencyMs() > 0)) {
            out.add(new Problem("slo.p99LatencyMs", "must be above 0"));
        }
    }

    /** A billing size: non-negative, finite and at most {@code max} (a bill stays finite). */
    private static void bounded(double v, double max, String path, List<Problem> out) {
        nonNegative(v, path, out);
        if (Double.isFinite(v) && v > max) {
            out.add(new Problem(path, "must be at most " + fmt(max)));
        }
    }

    private static void nonNegative(double v, String path, List<Problem> out) {
        if (!Double.isFinite(v)) {
            out.add(new Problem(path, "must be a finite number"));
        } else if (v < 0) {
            out.add(new Problem(path, "must not be negative"));
        }
    }

    /**
     * "Did you mean" for the first {@value #SUGGESTIONS} problems only: each suggestion compares
     * the name with every candidate, and a file with thousands of bad names needs none of them.
     */
    private static String suggest(List<Problem> out, String name,
            java.util.Collection<String> known) {
        return out.size() < SUGGESTIONS ? Names.didYouMean(name, known) : "";
    }

    private static final int SUGGESTIONS = 50;

    static String fmt(double v) {
        if (!Double.isFinite(v)) {
            return "more than 1E+308";
        }
        java.math.BigDecimal d = new java.math.BigDecimal(v).round(new java.math.MathContext(6))
                .stripTrailingZeros();
        // 1e308 as 1E+308, not as 309 digits
        return Math.abs(v) >= 1e9 ? d.toString() : d.toPlainString();
    }
}
