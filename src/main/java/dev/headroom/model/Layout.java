package dev.headroom.model;

import java.util.LinkedHashMap;
import java.util.Map;

/** Where the GUI draws each component. Never changes results. */
public record Layout(Map<String, Position> nodes) {
    public static final Layout EMPTY = new Layout(Map.of());

    public Layout {
        nodes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
    }

    /** Top-left corner of a node card, in canvas pixels. */
    public record Position(double x, double y) {}

    public Layout with(String id, Position p) {
        Map<String, Position> m = new LinkedHashMap<>(nodes);
        m.put(id, p);
        return new Layout(m);
    }

    public Layout without(String id) {
        Map<String, Position> m = new LinkedHashMap<>(nodes);
        m.remove(id);
        return new Layout(m);
    }
}
