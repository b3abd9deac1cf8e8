package dev.headroom.cli;

import dev.headroom.io.Json;
import dev.headroom.sim.Estimate;
import dev.headroom.sim.SimResult;

/**
 * The JSON of {@code simulate --json}: the field names of {@code solve --json} (docs/cli.md) where
 * they apply, and beside each simulated figure its 95% confidence half-width under the same name
 * plus {@code Ci95} ({@code latencyP95Ms} and {@code latencyP95MsCi95}). Unknown is null.
 */
final class SimJson {
    private SimJson() {}

    static Json result(SimResult s) {
        Json o = Json.object();
        o.put("model", s.model());
        o.putNumber("multiplier", s.multiplier());
        o.putNumber("users", s.users());
        o.putNumber("arrivalRatePerSecond", s.closed() ? s.throughputPerSecond().value()
                : s.arrivalRatePerSecond());
        o.put("stable", true);
        o.put("bottleneck", s.bottleneck().map(SimResult.StationStats::id).orElse(null));
        est(o, "throughputPerSecond", s.throughputPerSecond());
        est(o, "latencyMeanMs", s.latencyMeanMs());
        Json sim = Json.object();
        sim.put("replications", s.replications());
        sim.put("requestsPerReplication", s.requestsPerReplication());
        sim.putNumber("warmupFraction", s.warmupFraction());
        sim.put("seed", s.seed());
        sim.put("completedRequests", s.completedRequests());
        sim.putNumber("elapsedSeconds", s.elapsedSeconds());
        sim.putNumber("requestsPerSecond", s.requestsPerSecond());
        o.put("simulation", sim);
        Json classes = Json.array();
        o.put("classes", classes);
        for (SimResult.ClassStats c : s.classes()) {
            Json n = Json.object();
            classes.add(n);
            n.put("name", c.name());
            // closed: what arrives is what completes, as in solve
            n.putNumber("arrivalRatePerSecond", c.arrivalRatePerSecond() != null
                    ? c.arrivalRatePerSecond() : c.throughputPerSecond().value());
            est(n, "throughputPerSecond", c.throughputPerSecond());
            est(n, "latencyMeanMs", c.latencyMeanMs());
            est(n, "latencyP50Ms", c.latencyP50Ms());
            est(n, "latencyP95Ms", c.latencyP95Ms());
            est(n, "latencyP99Ms", c.latencyP99Ms());
            n.put("saturated", false);
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
            n.put("saturated", false);
        }
        return o;
    }

    private static void est(Json o, String field, Estimate e) {
        o.putNumber(field, e.value());
        o.putNumber(field + "Ci95", e.ci95());
    }
}
