package dev.headroom.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The largest model Headroom accepts, and the largest value of each number in it
 * (docs/model-format.md "Limits"). Each bound is far beyond any real architecture, and keeps
 * every figure Headroom derives from the file finite, every computation within seconds and
 * memory, and every page of a report legible: a file past one is refused with its JSON path
 * instead of taking minutes, gigabytes or printing {@code Infinity}. (The bounds of the billing
 * sizes and of {@code serviceTimeCv} are checked with their fields in {@link ModelValidator}.)
 *
 * <p>Why these numbers: with all of them at their maximum the largest derived figure (calls a
 * month at a million times the growth, 10¹² visits per request, priced per call) stays below
 * 10⁴⁰, far from the 10³⁰⁸ where a double overflows.
 */
public final class Limits {
    private Limits() {}

    /** The largest model or catalog file read, in bytes (10 MiB): ten times the largest model. */
    public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;
    /** Components in one model. */
    public static final int MAX_COMPONENTS = 1_000;
    /** Connections in one model. */
    public static final int MAX_CONNECTIONS = 10_000;
    /**
     * Components that call each other in one loop (a strongly connected part of the routing):
     * solving a loop costs the cube of its size, and real loops (retries, recursion) have two or
     * three.
     */
    public static final int MAX_LOOP_COMPONENTS = 200;
    /** Request classes in one model. */
    public static final int MAX_CLASSES = 100;
    /** Characters of an id or a name (components, classes, instance types, the model's name). */
    public static final int MAX_NAME_LENGTH = 200;
    /** Characters of free text (the description, notes). */
    public static final int MAX_TEXT_LENGTH = 20_000;
    /** A layout coordinate, in canvas pixels either side of 0 (display only). */
    public static final double MAX_COORDINATE = 100_000;

    /** Users today (open workloads): more than the people on Earth. */
    public static final double MAX_USERS = 1e10;
    /**
     * Concurrent users of a closed workload at the end of its growth range ({@code users ×
     * growth.to}): its exact solution costs time and memory in proportion to the population
     * (about 10 s a point for a million users on ten multi-server stations, measured on the
     * 2-core CI machine).
     */
    public static final double MAX_CLOSED_USERS = 1_000_000;
    /**
     * Concurrent users of a closed workload at any operating point asked for (a command line's
     * {@code --at}): the same bound.
     */
    public static final double MAX_CLOSED_POPULATION = MAX_CLOSED_USERS;

    /** Requests a user makes a day: one every 86 ms, day and night. */
    public static final double MAX_REQUESTS_PER_USER_PER_DAY = 1e6;
    /** A peak arrival rate given directly, per second. */
    public static final double MAX_ARRIVAL_RATE = 1e9;
    /** Any time in milliseconds (service, think, network latency, the p95 target): 11.6 days. */
    public static final double MAX_TIME_MS = 1e9;
    /** Calls per visit on one connection. */
    public static final double MAX_CALLS = 10_000;
    /** A load balancer's routing weight. */
    public static final double MAX_WEIGHT = 1e6;
    /** Instances, concurrency, autoscale bounds. */
    public static final int MAX_INSTANCES = 1_000_000;
    /** A growth multiplier: a million times today's load (the command line's flags too). */
    public static final double MAX_MULTIPLIER = 1e6;
    /** USD per instance-hour. */
    public static final double MAX_HOURLY_USD = 1e6;
    /** USD per month (fixed charges), and USD per million calls. */
    public static final double MAX_MONTHLY_USD = 1e9;
    /** A class's mean response size, KB (10 GB). */
    public static final double MAX_RESPONSE_KB = 1e7;
    /** A catalog price per unit, in the catalog's currency. */
    public static final double MAX_PRICE = 1e9;
    /** A catalog's US dollars per unit of its currency. */
    public static final double MAX_USD_PER_UNIT = 1e3;
    /** vCPUs, GiB of memory or relative speed of one catalog item. */
    public static final double MAX_MACHINE_FIGURE = 1e6;

    /**
     * Whether the model has more components, connections or classes than allowed: then only
     * the limits are checked, since the rest of validation would cost time out of proportion.
     */
    public static boolean tooLarge(Model model) {
        return model.components().size() > MAX_COMPONENTS
                || model.connections().size() > MAX_CONNECTIONS
                || model.workload().classes().size() > MAX_CLASSES;
    }

    /** Every limit the model breaks, each with its JSON path; empty when it is within all. */
    public static List<Problem> check(Model model) {
        List<Problem> out = new ArrayList<>();
        count(model.components().size(), MAX_COMPONENTS, "components", "components", out);
        count(model.connections().size(), MAX_CONNECTIONS, "connections", "connections", out);
        count(model.workload().classes().size(), MAX_CLASSES, "workload.classes",
                "request classes", out);
        name(model.name(), "name", out);
        text(model.description(), "description", out);
        name(model.pricing(), "pricing", out);

        Workload w = model.workload();
        if (w.isClosed()) {
            if (w.users() != null && w.users() * Math.max(1, model.growth().to())
                    > MAX_CLOSED_USERS) {
                out.add(new Problem("workload.users", "a closed workload may grow to at most "
                        + whole(MAX_CLOSED_USERS) + " concurrent users (users \u00d7 growth.to); "
                        + "model this many users as an open workload (requestsPerUserPerDay)"));
            }
        } else {
            max(w.users(), MAX_USERS, "workload.users", out);
        }
        max(w.requestsPerUserPerDay(), MAX_REQUESTS_PER_USER_PER_DAY,
                "workload.requestsPerUserPerDay", out);
        max(w.arrivalRatePerSecond(), MAX_ARRIVAL_RATE, "workload.arrivalRatePerSecond", out);
        max(w.thinkTimeMs(), MAX_TIME_MS, "workload.thinkTimeMs", out);
        for (int i = 0; i < w.classes().size() && i < MAX_CLASSES; i++) {
            RequestClass rc = w.classes().get(i);
            String p = "workload.classes[" + i + "]";
            name(rc.name(), p + ".name", out);
            max(rc.responseKb(), MAX_RESPONSE_KB, p + ".responseKb", out);
        }

        List<Component> cs = model.components();
        for (int i = 0; i < cs.size() && i < MAX_COMPONENTS; i++) {
            component(cs.get(i), "components[" + i + "]", out);
        }
        List<Connection> es = model.connections();
        for (int i = 0; i < es.size() && i < MAX_CONNECTIONS; i++) {
            Connection e = es.get(i);
            String p = "connections[" + i + "]";
            max(e.calls(), MAX_CALLS, p + ".calls", out);
            max(e.latencyMs(), MAX_TIME_MS, p + ".latencyMs", out);
            max(e.weight(), MAX_WEIGHT, p + ".weight", out);
        }

        Growth g = model.growth();
        max(g.from(), MAX_MULTIPLIER, "growth.from", out);
        max(g.to(), MAX_MULTIPLIER, "growth.to", out);
        max(model.slo().p95LatencyMs(), MAX_TIME_MS, "slo.p95LatencyMs", out);

        for (Map.Entry<String, Layout.Position> e : model.layout().nodes().entrySet()) {
            String p = "layout.nodes." + e.getKey();
            coordinate(e.getValue().x(), p + ".x", out);
            coordinate(e.getValue().y(), p + ".y", out);
        }
        return out;
    }

    private static void component(Component c, String p, List<Problem> out) {
        name(c.id(), p + ".id", out);
        name(c.name(), p + ".name", out);
        name(c.instanceType(), p + ".instanceType", out);
        name(c.serviceTimeMeasuredOn(), p + ".serviceTimeMeasuredOn", out);
        text(c.notes(), p + ".notes", out);
        max(c.instances(), MAX_INSTANCES, p + ".instances", out);
        max(c.concurrency() == null ? null : c.concurrency().doubleValue(), MAX_INSTANCES,
                p + ".concurrency", out);
        if (c.autoscale() != null) {
            max(c.autoscale().min(), MAX_INSTANCES, p + ".autoscale.min", out);
            max(c.autoscale().max(), MAX_INSTANCES, p + ".autoscale.max", out);
        }
        perClass(c.serviceTimeMs(), MAX_TIME_MS, p + ".serviceTimeMs", out);
        max(c.hourlyCostUsd(), MAX_HOURLY_USD, p + ".hourlyCostUsd", out);
        max(c.costPerMillionCalls(), MAX_MONTHLY_USD, p + ".costPerMillionCalls", out);
        max(c.monthlyFixedCostUsd(), MAX_MONTHLY_USD, p + ".monthlyFixedCostUsd", out);
    }

    private static void perClass(PerClass v, double limit, String p, List<Problem> out) {
        if (v.isUniform()) {
            max(v.uniform(), limit, p, out);
        } else {
            v.byClass().forEach((k, x) -> max(x, limit, p + "." + k, out));
        }
    }

    private static void count(int n, int limit, String path, String what, List<Problem> out) {
        if (n > limit) {
            out.add(new Problem(path, "has " + whole(n) + " " + what + "; a model may have at "
                    + "most " + whole(limit) + " (docs/model-format.md \"Limits\")"));
        }
    }

    private static void max(Double v, double limit, String path, List<Problem> out) {
        if (v != null && Double.isFinite(v) && v > limit) {
            out.add(new Problem(path, "must be at most " + whole(limit)
                    + " (docs/model-format.md \"Limits\")"));
        }
    }

    private static void max(double v, double limit, String path, List<Problem> out) {
        max(Double.valueOf(v), limit, path, out);
    }

    private static void coordinate(double v, String path, List<Problem> out) {
        if (Double.isFinite(v) && Math.abs(v) > MAX_COORDINATE) {
            out.add(new Problem(path, "must be between -" + whole(MAX_COORDINATE) + " and "
                    + whole(MAX_COORDINATE) + " (canvas pixels)"));
        }
    }

    private static void name(String s, String path, List<Problem> out) {
        if (s != null && s.length() > MAX_NAME_LENGTH) {
            out.add(new Problem(path, "is " + whole(s.length()) + " characters long; at most "
                    + MAX_NAME_LENGTH + " are allowed"));
        }
    }

    private static void text(String s, String path, List<Problem> out) {
        if (s != null && s.length() > MAX_TEXT_LENGTH) {
            out.add(new Problem(path, "is " + whole(s.length()) + " characters long; at most "
                    + whole(MAX_TEXT_LENGTH) + " are allowed"));
        }
    }

    /** A limit as people write it: 1,000,000 or 10,000,000,000. */
    public static String whole(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }
}
