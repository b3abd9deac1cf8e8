package dev.headroom.io;

import dev.headroom.model.CallPolicy;
import dev.headroom.model.Drill;
import dev.headroom.model.DrillEvent;
import dev.headroom.model.Retries;
import java.util.List;

/** Writes the drill fields of a model, defaults left out (the mirror of {@link DrillReader}). */
final class DrillWriter {
    private DrillWriter() {}

    /** {@code timeoutMs} and {@code retries} into a workload or connection object. */
    static void policy(Json o, CallPolicy p) {
        if (p.timeoutMs() != null) {
            o.put("timeoutMs", p.timeoutMs());
        }
        Retries r = p.retries();
        if (r != null) {
            Json n = Json.object();
            o.put("retries", n);
            n.put("max", r.max());
            if (r.backoffMs() != 0) {
                n.put("backoffMs", r.backoffMs());
            }
            if (r.multiplier() != Retries.DEFAULT_MULTIPLIER) {
                n.put("multiplier", r.multiplier());
            }
            if (r.jitter()) {
                n.put("jitter", true);
            }
            if (r.budgetRatio() != null) {
                n.put("budgetRatio", r.budgetRatio());
            }
        }
    }

    static Json drills(List<Drill> drills) {
        Json a = Json.array();
        for (Drill d : drills) {
            Json o = Json.object();
            a.add(o);
            o.put("name", d.name());
            o.put("durationSeconds", d.durationSeconds());
            if (d.bucketSeconds() != Drill.DEFAULT_BUCKET_SECONDS) {
                o.put("bucketSeconds", d.bucketSeconds());
            }
            Json traffic = Json.array();
            o.put("traffic", traffic);
            for (Drill.TrafficStep s : d.traffic()) {
                traffic.add(Json.object().put("atSeconds", s.atSeconds())
                        .put("multiplier", s.multiplier()));
            }
            Json events = Json.array();
            o.put("events", events);
            for (DrillEvent e : d.events()) {
                Json n = Json.object();
                events.add(n);
                n.put("atSeconds", e.atSeconds());
                n.put("forSeconds", e.forSeconds());
                n.put("kind", e.type().json());
                n.put("component", e.component());
                if (e.count() != null) {
                    n.put("count", e.count());
                }
                if (e.factor() != null) {
                    n.put("factor", e.factor());
                }
                if (e.errorRate() != null) {
                    n.put("errorRate", e.errorRate());
                }
            }
        }
        return a;
    }
}
