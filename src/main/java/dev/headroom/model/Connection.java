package dev.headroom.model;

import java.util.List;
import java.util.Objects;

/**
 * A call from one component to another (DESIGN §1 "Connections").
 *
 * @param calls mean calls to {@code to} per visit at {@code from} (fractional allowed)
 * @param onMiss only on a cache miss: calls are multiplied by {@code 1 − hitRatio} of the source
 * @param async adds load downstream but no latency to the request
 * @param classes the classes that make this call; empty means all
 * @param latencyMs network time added per traversal
 */
public record Connection(String from, String to, double calls, boolean onMiss, boolean async,
        List<String> classes, double latencyMs) {
    public Connection {
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
        classes = List.copyOf(classes);
    }

    public static Connection of(String from, String to) {
        return new Connection(from, to, 1, false, false, List.of(), 0);
    }

    public boolean appliesTo(String className) {
        return classes.isEmpty() || classes.contains(className);
    }
}
