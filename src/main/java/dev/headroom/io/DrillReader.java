package dev.headroom.io;

import dev.headroom.model.CallPolicy;
import dev.headroom.model.Drill;
import dev.headroom.model.DrillEvent;
import dev.headroom.model.Problem;
import dev.headroom.model.Retries;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the drill fields of a model file: the {@code drills} list and the call policies
 * ({@code timeoutMs}, {@code retries}) of the workload and of connections (docs/model-format.md
 * "Drills", "Timeouts and retries"). Problems carry their JSON paths; meaning is checked by
 * {@code ModelValidator}.
 */
final class DrillReader {
    static final Set<String> DRILL = Set.of("name", "durationSeconds", "bucketSeconds", "traffic",
            "events");
    static final Set<String> STEP = Set.of("atSeconds", "multiplier");
    static final Set<String> EVENT = Set.of("atSeconds", "forSeconds", "kind", "component",
            "count", "factor", "errorRate");
    static final Set<String> RETRIES = Set.of("max", "backoffMs", "multiplier", "jitter",
            "budgetRatio");

    private DrillReader() {}

    /** {@code timeoutMs} and {@code retries} of a workload or a connection. */
    static CallPolicy policy(JsonFields o) {
        Double timeout = o.number("timeoutMs");
        Retries retries = null;
        JsonFields r = o.object("retries");
        if (r != null) {
            r.rejectUnknown(RETRIES);
            Integer max = r.integer("max");
            if (!r.has("max")) {
                r.problem("max", "is required (retries after the first attempt)");
            }
            retries = new Retries(max == null ? 0 : max, r.number("backoffMs", 0.0),
                    r.number("multiplier", Retries.DEFAULT_MULTIPLIER), r.bool("jitter", false),
                    r.number("budgetRatio"));
        }
        return timeout == null && retries == null ? CallPolicy.NONE
                : new CallPolicy(timeout, retries);
    }

    static List<Drill> drills(JsonFields top, List<Problem> problems) {
        List<Drill> out = new ArrayList<>();
        List<Json> ds = top.array("drills");
        for (int i = 0; i < ds.size(); i++) {
            String p = "drills[" + i + "]";
            if (!ds.get(i).isObject()) {
                problems.add(new Problem(p, "must be an object with name, durationSeconds, "
                        + "traffic and events"));
                continue;
            }
            JsonFields d = new JsonFields(ds.get(i), p, problems);
            d.rejectUnknown(DRILL);
            String name = d.requiredString("name");
            Double duration = d.number("durationSeconds");
            if (!d.has("durationSeconds")) {
                d.problem("durationSeconds", "is required (the simulated time, in seconds)");
            }
            List<Drill.TrafficStep> traffic = new ArrayList<>();
            List<Json> ts = d.array("traffic");
            for (int j = 0; j < ts.size(); j++) {
                String tp = d.path("traffic[" + j + "]");
                if (!ts.get(j).isObject()) {
                    problems.add(new Problem(tp, "must be an object with atSeconds and "
                            + "multiplier"));
                    continue;
                }
                JsonFields t = new JsonFields(ts.get(j), tp, problems);
                t.rejectUnknown(STEP);
                Double at = required(t, "atSeconds");
                Double m = required(t, "multiplier");
                if (at != null && m != null) {
                    traffic.add(new Drill.TrafficStep(at, m));
                }
            }
            List<DrillEvent> events = new ArrayList<>();
            List<Json> es = d.array("events");
            for (int j = 0; j < es.size(); j++) {
                String ep = d.path("events[" + j + "]");
                if (!es.get(j).isObject()) {
                    problems.add(new Problem(ep, "must be an object with atSeconds, forSeconds, "
                            + "kind and component"));
                    continue;
                }
                DrillEvent e = event(new JsonFields(es.get(j), ep, problems));
                if (e != null) {
                    events.add(e);
                }
            }
            out.add(new Drill(name, duration == null ? 0 : duration,
                    d.number("bucketSeconds", Drill.DEFAULT_BUCKET_SECONDS), traffic, events));
        }
        return out;
    }

    private static DrillEvent event(JsonFields e) {
        e.rejectUnknown(EVENT);
        Double at = required(e, "atSeconds");
        Double forSeconds = required(e, "forSeconds");
        String kind = e.requiredString("kind");
        String component = e.requiredString("component");
        DrillEvent.Type type = null;
        if (e.has("kind")) {
            type = DrillEvent.Type.fromJson(kind).orElse(null);
            if (type == null) {
                e.problem("kind", "unknown kind \"" + kind + "\"; use one of "
                        + DrillEvent.Type.names());
            }
        }
        Integer count = e.integer("count");
        Double factor = e.number("factor");
        Double rate = e.number("errorRate");
        if (at == null || forSeconds == null || type == null) {
            return null;
        }
        return new DrillEvent(at, forSeconds, type, component, count, factor, rate);
    }

    private static Double required(JsonFields o, String field) {
        if (!o.has(field)) {
            o.problem(field, "is required");
            return null;
        }
        return o.number(field);
    }
}
