package dev.headroom.model;

import java.util.List;
import java.util.Objects;

/**
 * A call from one component to another (docs/model-format.md "Connections").
 *
 * @param calls mean calls to {@code to} per visit at {@code from} (fractional allowed); not
 *     used on a load balancer's connections, which route instead
 * @param onMiss only on a cache miss: calls are multiplied by {@code 1 − hitRatio} of the source
 * @param async adds load downstream but no latency to the request
 * @param classes the classes that make this call; empty means all
 * @param latencyMs network time added per traversal
 * @param weight a load balancer's share for this target, relative to its other targets, or
 *     null for an equal share
 * @param requestKb mean size of one call's request, KB (network charges), or null
 * @param responseKb mean size of one call's answer, KB (network charges), or null
 * @param policy the caller's timeout and retries on these calls (drills only)
 */
public record Connection(String from, String to, double calls, boolean onMiss, boolean async,
        List<String> classes, double latencyMs, Double weight, Double requestKb,
        Double responseKb, CallPolicy policy) {
    public Connection {
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
        classes = List.copyOf(classes);
        policy = policy == null ? CallPolicy.NONE : policy;
    }

    public Connection(String from, String to, double calls, boolean onMiss, boolean async,
            List<String> classes, double latencyMs, Double weight, Double requestKb,
            Double responseKb) {
        this(from, to, calls, onMiss, async, classes, latencyMs, weight, requestKb, responseKb,
                CallPolicy.NONE);
    }

    public Connection(String from, String to, double calls, boolean onMiss, boolean async,
            List<String> classes, double latencyMs, Double weight) {
        this(from, to, calls, onMiss, async, classes, latencyMs, weight, null, null);
    }

    public Connection(String from, String to, double calls, boolean onMiss, boolean async,
            List<String> classes, double latencyMs) {
        this(from, to, calls, onMiss, async, classes, latencyMs, null);
    }

    public static Connection of(String from, String to) {
        return new Connection(from, to, 1, false, false, List.of(), 0);
    }

    public boolean appliesTo(String className) {
        return classes.isEmpty() || classes.contains(className);
    }

    /** The routing weight: the given one, or 1 (equal shares). */
    public double weightOrDefault() {
        return weight == null ? 1 : weight;
    }

    public Connection withWeight(Double w) {
        return new Connection(from, to, calls, onMiss, async, classes, latencyMs, w, requestKb,
                responseKb, policy);
    }

    public Connection withCalls(double c) {
        return new Connection(from, to, c, onMiss, async, classes, latencyMs, weight,
                requestKb, responseKb, policy);
    }

    public Connection withTo(String newTo) {
        return new Connection(from, newTo, calls, onMiss, async, classes, latencyMs, weight,
                requestKb, responseKb, policy);
    }

    public Connection withFrom(String newFrom) {
        return new Connection(newFrom, to, calls, onMiss, async, classes, latencyMs, weight,
                requestKb, responseKb, policy);
    }

    public Connection withClasses(List<String> cs) {
        return new Connection(from, to, calls, onMiss, async, cs, latencyMs, weight,
                requestKb, responseKb, policy);
    }

    /** KB a call moves in both directions: request plus answer (0 when neither is given). */
    public double kbPerCall() {
        return (requestKb == null ? 0 : requestKb) + (responseKb == null ? 0 : responseKb);
    }

    public Connection withSizes(Double request, Double response) {
        return new Connection(from, to, calls, onMiss, async, classes, latencyMs, weight, request,
                response, policy);
    }

    public Connection withLatencyMs(double l) {
        return new Connection(from, to, calls, onMiss, async, classes, l, weight, requestKb,
                responseKb, policy);
    }

    public Connection withOnMiss(boolean m) {
        return new Connection(from, to, calls, m, async, classes, latencyMs, weight, requestKb,
                responseKb, policy);
    }

    public Connection withPolicy(CallPolicy p) {
        return new Connection(from, to, calls, onMiss, async, classes, latencyMs, weight,
                requestKb, responseKb, p);
    }

    public Connection withAsync(boolean a) {
        return new Connection(from, to, calls, onMiss, a, classes, latencyMs, weight,
                requestKb, responseKb, policy);
    }
}
