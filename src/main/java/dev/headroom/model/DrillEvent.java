package dev.headroom.model;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Something that goes wrong during a drill, from {@code atSeconds} for {@code forSeconds}, at one
 * component (docs/drills.md "Events").
 *
 * @param type what happens
 * @param component the component's id
 * @param count {@code lose-instances}: instances lost; else null
 * @param factor {@code slow}: service times are multiplied by it; else null
 * @param errorRate {@code errors}: the share of visits that fail; else null
 */
public record DrillEvent(double atSeconds, double forSeconds, Type type, String component,
        Integer count, Double factor, Double errorRate) {

    /** The kinds of event, by their name in model files. */
    public enum Type {
        LOSE_INSTANCES("lose-instances"),
        SLOW("slow"),
        ERRORS("errors");

        private final String json;

        Type(String json) {
            this.json = json;
        }

        public String json() {
            return json;
        }

        public static Optional<Type> fromJson(String s) {
            return Arrays.stream(values()).filter(t -> t.json.equals(s)).findFirst();
        }

        public static String names() {
            return String.join(", ", Arrays.stream(values()).map(Type::json).toList());
        }
    }

    public DrillEvent {
        Objects.requireNonNull(type);
        Objects.requireNonNull(component);
    }

    public static DrillEvent loseInstances(double at, double forSeconds, String component,
            int count) {
        return new DrillEvent(at, forSeconds, Type.LOSE_INSTANCES, component, count, null, null);
    }

    public static DrillEvent slow(double at, double forSeconds, String component, double factor) {
        return new DrillEvent(at, forSeconds, Type.SLOW, component, null, factor, null);
    }

    public static DrillEvent errors(double at, double forSeconds, String component, double rate) {
        return new DrillEvent(at, forSeconds, Type.ERRORS, component, null, null, rate);
    }

    public double endSeconds() {
        return atSeconds + forSeconds;
    }
}
