package dev.headroom.cli;

import dev.headroom.app.DrillOutcome;
import dev.headroom.io.Json;
import dev.headroom.model.DrillEvent;
import dev.headroom.sim.Estimate;
import dev.headroom.sim.drill.DrillResult;

/**
 * The JSON of {@code drill --json} (docs/drills.md "Output"): the summary figures, each with
 * its 95% half-width under the same name plus {@code Ci95}, the components and the timeline.
 * Unknown is null.
 */
final class DrillJson {
    private DrillJson() {}

    static Json of(DrillOutcome o) {
        DrillResult r = o.result();
        Json j = Json.object();
        j.put("model", r.model());
        j.put("drill", r.drill());
        j.put("policy", o.policy().id());
        j.putNumber("multiplier", r.multiplier());
        j.putNumber("baseRatePerSecond", r.baseRatePerSecond());
        j.putNumber("durationSeconds", r.durationSeconds());
        j.putNumber("bucketSeconds", r.bucketSeconds());
        est(j, "requests", r.requests());
        est(j, "succeeded", r.succeeded());
        est(j, "failed", r.failed());
        est(j, "unfinished", r.unfinished());
        est(j, "failedFraction", r.failedFraction());
        est(j, "attempts", r.attempts());
        est(j, "retryAmplification", r.retryAmplification());
        est(j, "retries", r.retries());
        est(j, "peakP99Ms", r.peakP99Ms());
        est(j, "sloBreachedSeconds", r.sloBreachedSeconds());
        est(j, "recoverySeconds", r.recoverySeconds());
        j.put("recoveredReplications", r.recoveredReplications());
        j.put("drainingReplications", r.drainingReplications());
        est(j, "drainSecondsLeft", r.drainSecondsLeft());
        j.put("metastable", o.metastable());
        j.put("stableBefore", o.stableBefore());
        j.put("stableAfter", o.stableAfter() == null ? Json.NULL : Json.of(o.stableAfter()));
        j.put("verdict", o.verdict().text());
        j.putNumber("triggerEndSeconds", r.triggerEndSeconds());
        j.putNumber("recoveryP95LimitMs", r.recoveryP95LimitMs());
        j.put("recoveryLimitFrom", r.limitFromSlo() ? "slo" : "warm-up");
        est(j, "latencyMeanMs", r.latencyMeanMs());
        est(j, "latencyP95Ms", r.latencyP95Ms());
        est(j, "latencyP99Ms", r.latencyP99Ms());
        Json events = Json.array();
        j.put("events", events);
        for (DrillEvent e : o.drill().events()) {
            Json n = Json.object();
            events.add(n);
            n.putNumber("atSeconds", e.atSeconds());
            n.putNumber("forSeconds", e.forSeconds());
            n.put("kind", e.type().json());
            n.put("component", e.component());
        }
        Json sim = Json.object();
        sim.put("replications", r.replications());
        sim.put("seed", r.seed());
        sim.putNumber("warmupSeconds", r.warmupSeconds());
        sim.put("simulatedRequests", r.simulatedRequests());
        sim.put("refusedRequests", r.refusedRequests());
        sim.putNumber("elapsedSeconds", r.elapsedSeconds());
        j.put("simulation", sim);
        Json classes = Json.array();
        j.put("classes", classes);
        for (DrillResult.ClassSummary c : r.classes()) {
            Json n = Json.object();
            classes.add(n);
            n.put("name", c.name());
            est(n, "failedFraction", c.failedFraction());
            est(n, "latencyP95Ms", c.latencyP95Ms());
            est(n, "latencyP99Ms", c.latencyP99Ms());
        }
        Json comps = Json.array();
        j.put("components", comps);
        for (DrillResult.ComponentSummary c : r.components()) {
            Json n = Json.object();
            comps.add(n);
            n.put("id", c.id());
            est(n, "peakQueueLength", c.peakQueueLength());
            est(n, "peakUtilization", c.peakUtilization());
            est(n, "meanUtilization", c.meanUtilization());
            est(n, "minInstances", c.minInstances());
            est(n, "rejected", c.rejected());
            est(n, "errors", c.errors());
            est(n, "timeouts", c.timeouts());
            est(n, "lost", c.lost());
        }
        Json timeline = Json.array();
        j.put("timeline", timeline);
        for (DrillResult.Bucket b : r.timeline()) {
            Json n = Json.object();
            timeline.add(n);
            n.putNumber("t", b.t());
            n.putNumber("offeredPerSecond", b.offeredPerSecond());
            n.putNumber("attemptsPerSecond", b.attemptsPerSecond());
            n.putNumber("goodputPerSecond", b.goodputPerSecond());
            n.putNumber("failedPerSecond", b.failedPerSecond());
            n.putNumber("p95Ms", b.p95Ms());
            n.putNumber("p99Ms", b.p99Ms());
            n.put("good", b.good());
            Json cs = Json.array();
            n.put("components", cs);
            for (DrillResult.ComponentPoint p : b.components()) {
                Json c = Json.object();
                cs.add(c);
                c.put("id", p.id());
                c.putNumber("utilization", p.utilization());
                c.putNumber("queueLength", p.queueLength());
                c.putNumber("instances", p.instances());
                if (p.threadsInUse() != null) {
                    c.putNumber("threadsInUse", p.threadsInUse());
                }
            }
            Json cl = Json.array();
            n.put("classes", cl);
            for (DrillResult.ClassPoint p : b.classes()) {
                Json c = Json.object();
                cl.add(c);
                c.put("name", p.name());
                c.putNumber("goodputPerSecond", p.goodputPerSecond());
                c.putNumber("failedPerSecond", p.failedPerSecond());
                c.putNumber("p95Ms", p.p95Ms());
            }
        }
        return j;
    }

    private static void est(Json o, String field, Estimate e) {
        o.putNumber(field, e.value());
        o.putNumber(field + "Ci95", e.ci95());
    }
}
