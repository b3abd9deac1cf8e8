package dev.headroom.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.headroom.model.Component;
import dev.headroom.model.Connection;
import dev.headroom.model.Growth;
import dev.headroom.model.Layout;
import dev.headroom.model.Model;
import dev.headroom.model.PerClass;
import dev.headroom.model.RequestClass;
import dev.headroom.model.Slo;
import dev.headroom.model.Workload;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Writes a model in the file format of DESIGN §1, fields in the documented order, defaults left
 * out so that a hand-written file stays as short as its author made it.
 */
public final class ModelWriter {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ModelWriter() {}

    public static String toJson(Model m) {
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return ModelReader.MAPPER.writer(pp).writeValueAsString(toTree(m)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves atomically: a crash mid-save leaves the old file whole (see {@link AtomicFiles}). */
    public static void save(Model m, Path file) throws IOException {
        AtomicFiles.writeString(file, toJson(m));
    }

    static ObjectNode toTree(Model m) {
        ObjectNode o = F.objectNode();
        o.put("format", Model.CURRENT_FORMAT);
        o.put("name", m.name());
        if (m.description() != null) {
            o.put("description", m.description());
        }
        o.set("workload", workload(m.workload()));
        if (!m.growth().equals(Growth.DEFAULT)) {
            ObjectNode g = o.putObject("growth");
            g.put("from", m.growth().from());
            g.put("to", m.growth().to());
            g.put("steps", m.growth().steps());
        }
        if (!m.slo().equals(Slo.DEFAULT)) {
            ObjectNode s = o.putObject("slo");
            if (m.slo().p95LatencyMs() != null) {
                s.put("p95LatencyMs", m.slo().p95LatencyMs());
            }
            s.put("maxUtilization", m.slo().maxUtilization());
        }
        if (m.pricing() != null) {
            o.put("pricing", m.pricing());
        }
        ArrayNode cs = o.putArray("components");
        m.components().forEach(c -> cs.add(component(c)));
        ArrayNode es = o.putArray("connections");
        m.connections().forEach(e -> es.add(connection(e)));
        if (!m.layout().nodes().isEmpty()) {
            ObjectNode nodes = o.putObject("layout").putObject("nodes");
            m.layout().nodes().forEach((id, p) -> {
                ObjectNode n = nodes.putObject(id);
                n.put("x", round(p.x()));
                n.put("y", round(p.y()));
            });
        }
        return o;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static ObjectNode workload(Workload w) {
        ObjectNode o = F.objectNode();
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
            ArrayNode a = o.putArray("classes");
            for (RequestClass c : w.classes()) {
                ObjectNode n = a.addObject();
                n.put("name", c.name());
                n.put("share", c.share());
                n.put("entry", c.entry());
                putIfSet(n, "responseKb", c.responseKb());
            }
        }
        if (!w.dailyProfile().isEmpty()) {
            ArrayNode a = o.putArray("dailyProfile");
            w.dailyProfile().forEach(a::add);
        }
        return o;
    }

    private static ObjectNode component(Component c) {
        ObjectNode o = F.objectNode();
        o.put("id", c.id());
        o.put("kind", c.kind().json());
        if (c.name() != null) {
            o.put("name", c.name());
        }
        if (c.autoscale() == null && c.instances() != 1) {
            o.put("instances", c.instances());
        }
        if (c.concurrency() != 1) {
            o.put("concurrency", c.concurrency());
        }
        o.set("serviceTimeMs", perClass(c.serviceTimeMs()));
        if (!c.serviceTimeCv().equals(PerClass.of(1.0))) {
            o.set("serviceTimeCv", perClass(c.serviceTimeCv()));
        }
        if (c.queueing() != c.kind().queueingByDefault()) {
            o.put("queueing", c.queueing());
        }
        if (c.autoscale() != null) {
            ObjectNode a = o.putObject("autoscale");
            a.put("min", c.autoscale().min());
            a.put("max", c.autoscale().max());
            a.put("targetUtilization", c.autoscale().targetUtilization());
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
        if (c.notes() != null) {
            o.put("notes", c.notes());
        }
        return o;
    }

    private static com.fasterxml.jackson.databind.JsonNode perClass(PerClass v) {
        if (v.isUniform()) {
            return F.numberNode(v.uniform());
        }
        ObjectNode o = F.objectNode();
        v.byClass().forEach(o::put);
        return o;
    }

    private static ObjectNode connection(Connection e) {
        ObjectNode o = F.objectNode();
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
            ArrayNode a = o.putArray("classes");
            e.classes().forEach(a::add);
        }
        if (e.latencyMs() != 0) {
            o.put("latencyMs", e.latencyMs());
        }
        return o;
    }

    private static void putIfSet(ObjectNode o, String field, Double v) {
        if (v != null) {
            o.put(field, v);
        }
    }

}
