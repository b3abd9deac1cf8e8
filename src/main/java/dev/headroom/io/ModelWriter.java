package dev.headroom.io;

import dev.headroom.model.Bounds;
import dev.headroom.model.Component;
import dev.headroom.model.Connection;
import dev.headroom.model.Growth;
import dev.headroom.model.Model;
import dev.headroom.model.Networking;
import dev.headroom.model.ReportSettings;
import dev.headroom.model.PerClass;
import dev.headroom.model.RequestClass;
import dev.headroom.model.Slo;
import dev.headroom.model.Uncertainty;
import dev.headroom.model.Workload;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes a model in the file format of docs/model-format.md, fields in the documented order, defaults left
 * out so that a hand-written file stays as short as its author made it.
 */
public final class ModelWriter {
    private ModelWriter() {}

    public static String toJson(Model m) {
        return toTree(m).pretty() + "\n";
    }

    /** Saves atomically: a crash mid-save leaves the old file whole (see {@link AtomicFiles}). */
    public static void save(Model m, Path file) throws IOException {
        AtomicFiles.writeString(file, toJson(m));
    }

    static Json toTree(Model m) {
        Json o = Json.object();
        o.put("format", Model.CURRENT_FORMAT);
        o.put("name", m.name());
        if (m.description() != null) {
            o.put("description", m.description());
        }
        o.put("workload", workload(m.workload()));
        if (!m.growth().equals(Growth.DEFAULT)) {
            Json g = Json.object();
            o.put("growth", g);
            g.put("from", m.growth().from());
            g.put("to", m.growth().to());
            g.put("steps", m.growth().steps());
            putIfSet(g, "monthlyRate", m.growth().monthlyRate());
            if (m.growth().startMonth() != null) {
                g.put("startMonth", m.growth().startMonth().toString());
            }
        }
        if (!m.slo().equals(Slo.DEFAULT)) {
            Json s = Json.object();
            o.put("slo", s);
            if (m.slo().p95LatencyMs() != null) {
                s.put("p95LatencyMs", m.slo().p95LatencyMs());
            }
            s.put("maxUtilization", m.slo().maxUtilization());
            putIfSet(s, "p99LatencyMs", m.slo().p99LatencyMs());
        }
        if (m.pricing() != null) {
            o.put("pricing", m.pricing());
        }
        Json cs = Json.array();
        o.put("components", cs);
        m.components().forEach(c -> cs.add(component(c)));
        Json es = Json.array();
        o.put("connections", es);
        m.connections().forEach(e -> es.add(connection(e)));
        if (!m.network().equals(Networking.DEFAULT)) {
            Json n = Json.object();
            o.put("network", n);
            n.put("availabilityZones", m.network().availabilityZones());
            n.put("natGateways", m.network().natGateways());
            if (m.network().requestsPerConnection() != 1) {
                n.put("requestsPerConnection", m.network().requestsPerConnection());
            }
            if (m.network().connectionSeconds() != Networking.DEFAULT_CONNECTION_SECONDS) {
                n.put("connectionSeconds", m.network().connectionSeconds());
            }
        }
        if (m.supportPlan() != null) {
            o.put("supportPlan", m.supportPlan());
        }
        if (!m.report().isNone()) {
            ReportSettings r = m.report();
            Json rep = Json.object();
            o.put("report", rep);
            if (r.client() != null) {
                rep.put("client", r.client());
            }
            if (r.preparedBy() != null) {
                rep.put("preparedBy", r.preparedBy());
            }
            if (r.date() != null) {
                rep.put("date", r.date().toString());
            }
            if (r.logo() != null) {
                rep.put("logo", r.logo());
            }
            if (r.summary() != null) {
                rep.put("summary", r.summary());
            }
            rep.put("includeDescription", r.includeDescription());
        }
        if (!m.uncertainty().isEmpty()) {
            o.put("uncertainty", uncertainty(m.uncertainty()));
        }
        if (!m.drills().isEmpty()) {
            o.put("drills", DrillWriter.drills(m.drills()));
        }
        if (!m.layout().nodes().isEmpty()) {
            Json nodes = Json.object();
            o.put("layout", Json.object().put("nodes", nodes));
            m.layout().nodes().forEach((id, p) -> {
                Json n = Json.object();
                nodes.put(id, n);
                n.put("x", round(p.x()));
                n.put("y", round(p.y()));
            });
        }
        return o;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static Json workload(Workload w) {
        Json o = Json.object();
        if (w.isClosed()) {
            o.put("type", "closed");
        }
        putIfSet(o, "users", w.users());
        putIfSet(o, "requestsPerUserPerDay", w.requestsPerUserPerDay());
        if (w.peakToAverage() != 1) {
            o.put("peakToAverage", w.peakToAverage());
        }
        putIfSet(o, "arrivalRatePerSecond", w.arrivalRatePerSecond());
        if (w.isClosed() || w.thinkTimeMs() != 0) {
            o.put("thinkTimeMs", w.thinkTimeMs());
        }
        if (!w.classes().isEmpty()) {
            Json a = Json.array();
            o.put("classes", a);
            for (RequestClass c : w.classes()) {
                Json n = Json.object();
                a.add(n);
                n.put("name", c.name());
                n.put("share", c.share());
                n.put("entry", c.entry());
                putIfSet(n, "requestKb", c.requestKb());
                putIfSet(n, "responseKb", c.responseKb());
                if (c.readOnly()) {
                    n.put("readOnly", true);
                }
                putIfSet(n, "p99LatencyMs", c.p99LatencyMs());
            }
        }
        if (!w.dailyProfile().isEmpty()) {
            Json a = Json.array();
            o.put("dailyProfile", a);
            w.dailyProfile().forEach(d -> a.add(Json.of(d)));
        }
        DrillWriter.policy(o, w.policy());
        return o;
    }

    private static Json component(Component c) {
        Json o = Json.object();
        o.put("id", c.id());
        o.put("kind", c.kind().json());
        if (c.name() != null) {
            o.put("name", c.name());
        }
        if (c.autoscale() == null && c.instances() != 1) {
            o.put("instances", c.instances());
        }
        if (c.concurrency() != null) {
            o.put("concurrency", c.concurrency());
        }
        putIfSet(o, "concurrencyPerVcpu", c.concurrencyPerVcpu());
        o.put("serviceTimeMs", perClass(c.serviceTimeMs()));
        if (!c.serviceTimeCv().equals(PerClass.of(1.0))) {
            o.put("serviceTimeCv", perClass(c.serviceTimeCv()));
        }
        if (c.serviceTimeMeasuredOn() != null) {
            o.put("serviceTimeMeasuredOn", c.serviceTimeMeasuredOn());
        }
        if (c.queueing() != c.kind().queueingByDefault()) {
            o.put("queueing", c.queueing());
        }
        if (c.autoscale() != null) {
            Json a = Json.object();
            o.put("autoscale", a);
            a.put("min", c.autoscale().min());
            a.put("max", c.autoscale().max());
            a.put("targetUtilization", c.autoscale().targetUtilization());
            putIfSet(a, "scaleOutSeconds", c.autoscale().scaleOutSeconds());
        }
        putIfSet(o, "hitRatio", c.hitRatio());
        if (c.instanceType() != null) {
            o.put("instanceType", c.instanceType());
        }
        putIfSet(o, "hourlyCostUsd", c.hourlyCostUsd());
        if (c.costPerMillionCalls() != 0) {
            o.put("costPerMillionCalls", c.costPerMillionCalls());
        }
        if (c.monthlyFixedCostUsd() != 0) {
            o.put("monthlyFixedCostUsd", c.monthlyFixedCostUsd());
        }
        if (!c.commitment().equals(Component.ON_DEMAND)) {
            o.put("commitment", c.commitment());
        }
        putIfSet(o, "storageGb", c.storageGb());
        putIfSet(o, "storageGbPerUser", c.storageGbPerUser());
        putIfSet(o, "backupGb", c.backupGb());
        putIfSet(o, "provisionedIops", c.provisionedIops());
        if (c.multiAz()) {
            o.put("multiAz", true);
        }
        putIfSet(o, "logKbPerRequest", c.logKbPerRequest());
        putIfSet(o, "bootDiskGb", c.bootDiskGb());
        if (c.rulesPerRequest() != null) {
            o.put("rulesPerRequest", c.rulesPerRequest());
        }
        if (c.candidates() != null) {
            Json a = Json.array();
            c.candidates().forEach(t -> a.add(Json.of(t)));
            o.put("candidates", a);
        }
        if (c.maxInstances() != null) {
            o.put("maxInstances", c.maxInstances());
        }
        if (c.maxQueue() != null) {
            o.put("maxQueue", c.maxQueue());
        }
        if (c.threads() != null) {
            o.put("threads", perClass(c.threads()));
        }
        if (c.notes() != null) {
            o.put("notes", c.notes());
        }
        if (c.uncertainty() != null) {
            o.put("uncertainty", uncertainty(c.uncertainty()));
        }
        return o;
    }

    private static Json uncertainty(Uncertainty u) {
        Json o = Json.object();
        bounds(o, "traffic", u.traffic());
        bounds(o, "serviceTime", u.serviceTime());
        bounds(o, "hitRatio", u.hitRatio());
        return o;
    }

    private static void bounds(Json o, String field, Bounds b) {
        if (b != null) {
            o.put(field, Json.object().put("low", b.low()).put("high", b.high()));
        }
    }

    private static Json perClass(PerClass v) {
        if (v.isUniform()) {
            return Json.of(v.uniform());
        }
        Json o = Json.object();
        v.byClass().forEach((k, x) -> o.put(k, x));
        return o;
    }

    private static Json connection(Connection e) {
        Json o = Json.object();
        o.put("from", e.from());
        o.put("to", e.to());
        if (e.calls() != 1) {
            o.put("calls", e.calls());
        }
        if (e.onMiss()) {
            o.put("onMiss", true);
        }
        if (e.async()) {
            o.put("async", true);
        }
        if (!e.classes().isEmpty()) {
            Json a = Json.array();
            o.put("classes", a);
            e.classes().forEach(c -> a.add(Json.of(c)));
        }
        if (e.latencyMs() != 0) {
            o.put("latencyMs", e.latencyMs());
        }
        putIfSet(o, "weight", e.weight());
        putIfSet(o, "requestKb", e.requestKb());
        putIfSet(o, "responseKb", e.responseKb());
        DrillWriter.policy(o, e.policy());
        return o;
    }

    private static void putIfSet(Json o, String field, Double v) {
        if (v != null) {
            o.put(field, v.doubleValue());
        }
    }

}
