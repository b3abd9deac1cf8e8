package dev.headroom.io;

import dev.headroom.sim.Estimate;
import dev.headroom.sim.SimResult;

/**
 * The JSON of {@code simulate --json}: the field names of {@code solve --json} (DESIGN §5) where
 * they apply, and beside each simulated figure its 95% confidence half-width under the same name
 * plus {@code Ci95} ({@code latencyP95Ms} and {@code latencyP95MsCi95}). Unknown is null.
 */
public final class SimJson {
    private SimJson() {}

    public static Json result(SimResult s) {
        Json o = Json.object();
        o.put("model", s.model());
        ResultJson.num(o, "multiplier", s.multiplier());
        ResultJson.num(o, "users", s.users());
        ResultJson.num(o, "arrivalRatePerSecond", s.closed() ? s.throughputPerSecond().value()
                : s.arrivalRatePerSecond());
        o.put("stable", true);
        est(o, "throughputPerSecond", s.throughputPerSecond());
        est(o, "latencyMeanMs", s.latencyMeanMs());
        Json sim = Json.object();
        sim.put("replications", s.replications());
        sim.put("requestsPerReplication", s.requestsPerReplication());
        ResultJson.num(sim, "warmupFraction", s.warmupFraction());
        sim.put("seed", s.seed());
        sim.put("completedRequests", s.completedRequests());
        ResultJson.num(sim, "elapsedSeconds", s.elapsedSeconds());
        ResultJson.num(sim, "requestsPerSecond", s.requestsPerSecond());
        o.put("simulation", sim);
        Json classes = Json.array();
        o.put("classes", classes);
        for (SimResult.ClassStats c : s.classes()) {
            Json n = Json.object();
            classes.add(n);
            n.put("name", c.name());
            ResultJson.num(n, "arrivalRatePerSecond", c.arrivalRatePerSecond());
            est(n, "throughputPerSecond", c.throughputPerSecond());
            est(n, "latencyMeanMs", c.latencyMeanMs());
            est(n, "latencyP50Ms", c.latencyP50Ms());
            est(n, "latencyP95Ms", c.latencyP95Ms());
            est(n, "latencyP99Ms", c.latencyP99Ms());
        }
        Json comps = Json.array();
        o.put("components", comps);
        for (SimResult.StationStats c : s.components()) {
            Json n = Json.object();
            comps.add(n);
            n.put("id", c.id());
            n.put("kind", c.kind().json());
            est(n, "arrivalRatePerSecond", c.arrivalRatePerSecond());
            est(n, "utilization", c.utilization());
            n.put("instances", c.instances());
            if (c.servers() == null) {
                n.put("servers", Json.NULL);
            } else {
                n.put("servers", c.servers());
            }
            est(n, "waitMs", c.waitMs());
            est(n, "responseMs", c.responseMs());
            est(n, "queueLength", c.queueLength());
        }
        return o;
    }

    private static void est(Json o, String field, Estimate e) {
        ResultJson.num(o, field, e.value());
        ResultJson.num(o, field + "Ci95", e.ci95());
    }
}
