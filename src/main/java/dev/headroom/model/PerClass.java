package dev.headroom.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A number that may differ per request class: either one value for every class, or a map from
 * class name to value with an optional {@code "*"} default.
 *
 * @param uniform the value for every class, or {@code null} when given per class
 * @param byClass per-class values (never null; empty when uniform); may contain {@code "*"}
 */
public record PerClass(Double uniform, Map<String, Double> byClass) {
    public static final String DEFAULT_KEY = "*";

    public PerClass {
        byClass = Map.copyOf(new LinkedHashMap<>(Objects.requireNonNull(byClass)));
        if (uniform == null && byClass.isEmpty()) {
            throw new IllegalArgumentException("a per-class value needs a number or a map");
        }
    }

    public static PerClass of(double value) {
        return new PerClass(value, Map.of());
    }

    public static PerClass of(Map<String, Double> byClass) {
        return new PerClass(null, byClass);
    }

    public boolean isUniform() {
        return uniform != null;
    }

    /** The value for a class, falling back to {@code "*"}; empty when neither is given. */
    public OptionalDouble find(String className) {
        if (uniform != null) {
            return OptionalDouble.of(uniform);
        }
        Double v = byClass.get(className);
        if (v == null) {
            v = byClass.get(DEFAULT_KEY);
        }
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /** The value for a class; the model must have been validated so that it exists. */
    public double get(String className) {
        return find(className).orElseThrow(
                () -> new IllegalStateException("no value for class " + className));
    }

    /** The same shape with every value passed through {@code f}. */
    public PerClass map(java.util.function.DoubleUnaryOperator f) {
        if (uniform != null) {
            return of(f.applyAsDouble(uniform));
        }
        Map<String, Double> m = new LinkedHashMap<>();
        byClass.forEach((k, v) -> m.put(k, f.applyAsDouble(v)));
        return of(m);
    }
}
