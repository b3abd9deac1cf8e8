package dev.headroom.model;

import java.util.List;
import java.util.Objects;

/**
 * A spike or failure drill (docs/drills.md): a span of simulated time during which the traffic
 * follows {@code traffic} and the {@code events} strike. Results are reported per bucket of
 * {@code bucketSeconds}.
 *
 * @param name unique name, e.g. {@code "spike x3"}
 * @param durationSeconds simulated time, from 0 (the system in its steady state at today's load)
 * @param bucketSeconds width of one timeline bucket (default 5)
 * @param traffic steps of the base arrival rate, in time order; before the first step the
 *     multiplier is 1
 * @param events what goes wrong, and when
 */
public record Drill(String name, double durationSeconds, double bucketSeconds,
        List<TrafficStep> traffic, List<DrillEvent> events) {
    public static final double DEFAULT_BUCKET_SECONDS = 5;

    public Drill {
        Objects.requireNonNull(name);
        traffic = List.copyOf(traffic);
        events = List.copyOf(events);
    }

    /** From {@code atSeconds} on, the arrival rate is {@code multiplier} × the base rate. */
    public record TrafficStep(double atSeconds, double multiplier) {}

    /** The traffic multiplier in force at time {@code t} (1 before the first step). */
    public double multiplierAt(double t) {
        double m = 1;
        for (TrafficStep s : traffic) {
            if (s.atSeconds() <= t) {
                m = s.multiplier();
            }
        }
        return m;
    }

    /**
     * The area under the traffic multiplier over the drill, in seconds at the base rate: the
     * requests of the drill are this many times the base rate.
     */
    public double multiplierSeconds() {
        double area = 0;
        double t = 0;
        double m = 1;
        for (TrafficStep s : traffic) {
            double at = Math.min(Math.max(s.atSeconds(), t), durationSeconds);
            area += m * (at - t);
            t = at;
            m = s.multiplier();
        }
        return area + m * Math.max(0, durationSeconds - t);
    }

    /**
     * When the trigger is over: the last event has ended and the traffic is back at the
     * multiplier it started with (1 unless a step at 0 s sets another), or null when the traffic
     * never comes back to it within the drill.
     */
    public Double triggerEndSeconds() {
        double start = multiplierAt(0);
        double end = 0;
        for (DrillEvent e : events) {
            end = Math.max(end, e.atSeconds() + e.forSeconds());
        }
        double lastChange = 0;
        double m = 1;
        for (TrafficStep s : traffic) {
            if (s.multiplier() != m) {
                lastChange = s.atSeconds();
            }
            m = s.multiplier();
        }
        if (m != start) {
            return null;
        }
        return Math.max(end, lastChange);
    }

    public Drill withEvents(List<DrillEvent> es) {
        return new Drill(name, durationSeconds, bucketSeconds, traffic, es);
    }

    public Drill withTraffic(List<TrafficStep> ts) {
        return new Drill(name, durationSeconds, bucketSeconds, ts, events);
    }

    /** The same drill with its events at component {@code from} moved to {@code to}. */
    public Drill withComponentRenamed(String from, String to) {
        return withEvents(events.stream().map(e -> e.component().equals(from)
                ? new DrillEvent(e.atSeconds(), e.forSeconds(), e.type(), to, e.count(),
                        e.factor(), e.errorRate()) : e).toList());
    }

    /** The same drill without the events at these components (deleted from the model). */
    public Drill withoutComponents(java.util.Set<String> ids) {
        return withEvents(events.stream().filter(e -> !ids.contains(e.component())).toList());
    }

    public Drill withName(String n) {
        return new Drill(n, durationSeconds, bucketSeconds, traffic, events);
    }

    public Drill withDurationSeconds(double s) {
        return new Drill(name, s, bucketSeconds, traffic, events);
    }
}
