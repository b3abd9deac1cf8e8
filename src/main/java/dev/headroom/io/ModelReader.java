package dev.headroom.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.headroom.model.Autoscale;
import dev.headroom.model.Bounds;
import dev.headroom.model.Component;
import dev.headroom.model.Connection;
import dev.headroom.model.Drill;
import dev.headroom.model.Growth;
import dev.headroom.model.Kind;
import dev.headroom.model.Layout;
import dev.headroom.model.Model;
import dev.headroom.model.Networking;
import dev.headroom.model.ModelValidator;
import dev.headroom.model.PerClass;
import dev.headroom.model.Problem;
import dev.headroom.model.ReportSettings;
import dev.headroom.model.RequestClass;
import dev.headroom.model.Slo;
import dev.headroom.model.Workload;
import dev.headroom.model.Uncertainty;
import dev.headroom.model.WorkloadType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a model file (docs/model-format.md) into a {@link Model}, collecting every problem with its JSON
 * path: malformed JSON (with line and column), wrong types, unknown fields, then the semantic
 * checks of {@link ModelValidator}. Never throws for bad input.
 */
public final class ModelReader {
    private static final Set<String> TOP = Set.of("format", "name", "description", "workload",
            "growth", "slo", "pricing", "components", "connections", "layout", "network", "supportPlan",
            "uncertainty", "report", "drills");
    private static final Set<String> WORKLOAD = Set.of("type", "users", "requestsPerUserPerDay",
            "peakToAverage", "arrivalRatePerSecond", "thinkTimeMs", "classes", "dailyProfile",
            "timeoutMs", "retries");
    private static final Set<String> CLASS = Set.of("name", "share", "entry", "responseKb",
            "readOnly", "requestKb", "p99LatencyMs");
    private static final Set<String> GROWTH = Set.of("from", "to", "steps", "monthlyRate",
            "startMonth");
    private static final Set<String> UNCERTAINTY = Set.of("traffic", "serviceTime", "hitRatio");
    private static final Set<String> COMPONENT_UNCERTAINTY = Set.of("serviceTime", "hitRatio");
    private static final Set<String> BOUNDS = Set.of("low", "high");
    private static final Set<String> SLO = Set.of("p95LatencyMs", "maxUtilization",
            "p99LatencyMs");
    private static final Set<String> COMPONENT = Set.of("id", "kind", "name", "instances",
            "concurrency", "concurrencyPerVcpu", "serviceTimeMs", "serviceTimeCv",
            "serviceTimeMeasuredOn", "queueing", "autoscale", "hitRatio", "instanceType",
            "hourlyCostUsd", "costPerMillionCalls", "monthlyFixedCostUsd", "commitment", "notes",
            "storageGb", "storageGbPerUser", "backupGb", "provisionedIops", "multiAz",
            "logKbPerRequest", "bootDiskGb", "rulesPerRequest", "candidates", "maxInstances", "uncertainty", "maxQueue",
            "threads");
    private static final Set<String> AUTOSCALE = Set.of("min", "max", "targetUtilization",
            "scaleOutSeconds");
    private static final Set<String> CONNECTION = Set.of("from", "to", "calls", "onMiss", "async",
            "classes", "latencyMs", "weight", "requestKb", "responseKb", "timeoutMs", "retries");
    private static final Set<String> NETWORK = Set.of("availabilityZones", "natGateways",
            "requestsPerConnection", "connectionSeconds");
    private static final Set<String> LAYOUT = Set.of("nodes");
    private static final Set<String> REPORT = Set.of("client", "preparedBy", "date", "logo",
            "summary", "includeDescription");
    private static final Set<String> POSITION = Set.of("x", "y");

    private ModelReader() {}

    /** The outcome of reading: a model when there were no problems, else the problems. */
    public record Result(Model model, List<Problem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return model != null && problems.isEmpty();
        }
    }

    public static Result read(Path file) {
        if (!Files.exists(file)) {
            return failed("", "no such file: " + file);
        }
        String text;
        try {
            text = TextFiles.read(file);
        } catch (TextFiles.Unreadable e) {
            return failed("", e.getMessage());
        }
        return parse(text);
    }

    /**
     * Reads a model for editing: like {@link #read}, but a file that decodes and only breaks
     * the validator's rules (shares summing to 85%, an unknown entry) still gives its model,
     * with those problems beside it, so that the app can open it and show them. A result with
     * a model and problems is not {@link Result#ok()}.
     */
    public static Result readForEditing(Path file) {
        Result strict = read(file);
        if (strict.model() != null || strict.problems().isEmpty()) {
            return strict;
        }
        String text;
        try {
            text = TextFiles.read(file);
        } catch (TextFiles.Unreadable e) {
            return strict;
        }
        return decodeOnly(text, strict.problems());
    }

    /** {@link #readForEditing} for text already in memory. */
    public static Result parseForEditing(String text) {
        Result strict = parse(text);
        return strict.model() != null ? strict : decodeOnly(text, strict.problems());
    }

    private static Result decodeOnly(String text, List<Problem> problems) {
        try {
            Json root = Json.parse(text.startsWith("\uFEFF") ? text.substring(1) : text);
            if (root == null || !root.isObject()) {
                return new Result(null, problems);
            }
            List<Problem> decoding = new ArrayList<>();
            Model model = decode(root, decoding);
            return new Result(decoding.isEmpty() ? model : null, problems);
        } catch (JsonProcessingException e) {
            return new Result(null, problems);
        }
    }

    public static Result parse(String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // a byte-order mark (RFC 8259 §8.1)
        }
        if (text.isBlank()) {
            return failed("", "the file is empty; a model is a JSON object (see docs/model-format.md)");
        }
        Json root;
        try {
            root = Json.parse(text);
        } catch (JsonProcessingException e) {
            return failed("", syntaxMessage(e));
        }
        if (root == null || !root.isObject()) {
            return failed("", "a model must be a JSON object ({ … })");
        }
        List<Problem> problems = new ArrayList<>();
        Model model = decode(root, problems);
        if (model == null) {
            return new Result(null, problems);
        }
        problems.addAll(ModelValidator.validate(model));
        return new Result(problems.isEmpty() ? model : null, problems);
    }

    private static Result failed(String path, String message) {
        return new Result(null, List.of(new Problem(path, message)));
    }

    static String syntaxMessage(JsonProcessingException e) {
        return JsonErrors.describe(e);
    }

    private static Model decode(Json root, List<Problem> problems) {
        JsonFields top = new JsonFields(root, "", problems);
        int format = top.integer("format", Model.CURRENT_FORMAT);
        if (format > Model.CURRENT_FORMAT) {
            problems.add(new Problem("format", "this file is format " + format
                    + ", written by a newer Headroom; this version reads format "
                    + Model.CURRENT_FORMAT + " and older"));
            return null;
        }
        if (format < 1) {
            problems.add(new Problem("format", "must be 1 or more"));
        }
        top.rejectUnknown(TOP);
        String name = top.requiredString("name");
        String description = top.string("description", null);
        String pricing = top.string("pricing", null);

        Workload workload = workload(top.object("workload"), problems);
        if (!top.has("workload")) {
            top.problem("workload", "is required");
        }
        Growth growth = growth(top.object("growth"));
        Slo slo = slo(top.object("slo"));

        List<Component> components = new ArrayList<>();
        List<Json> cs = top.array("components");
        for (int i = 0; i < cs.size(); i++) {
            Component c = component(cs.get(i), "components[" + i + "]", problems);
            if (c != null) {
                components.add(c);
            }
        }
        List<Connection> connections = new ArrayList<>();
        List<Json> es = top.array("connections");
        for (int i = 0; i < es.size(); i++) {
            Connection e = connection(es.get(i), "connections[" + i + "]", problems);
            if (e != null) {
                connections.add(e);
            }
        }
        Layout layout = layout(top.object("layout"));
        Networking network = network(top.object("network"));
        String supportPlan = top.string("supportPlan", null);
        ReportSettings report = report(top.object("report"));
        Uncertainty uncertainty = uncertainty(top.object("uncertainty"), UNCERTAINTY);
        List<Drill> drills = DrillReader.drills(top, problems);
        if (!problems.isEmpty() || workload == null) {
            return null;
        }
        if (format < 2) {
            components = Migration.pinConcurrency(components);
        }
        return new Model(Model.CURRENT_FORMAT, name, description, workload, growth, slo, pricing, components,
                connections, layout, network, supportPlan, uncertainty, report, drills);
    }

    private static ReportSettings report(JsonFields r) {
        if (r == null) {
            return ReportSettings.NONE;
        }
        r.rejectUnknown(REPORT);
        String dateText = r.string("date", null);
        java.time.LocalDate date = null;
        if (dateText != null) {
            try {
                date = java.time.LocalDate.parse(dateText.strip());
            } catch (java.time.format.DateTimeParseException e) {
                r.problem("date", "must be a date written as YYYY-MM-DD, such as 2026-12-01");
            }
        }
        String logo = r.string("logo", null);
        if (logo != null && !logo.isBlank() && !ReportSettings.isImageName(logo)) {
            r.problem("logo", "must name a .png or .jpg file");
        }
        return new ReportSettings(r.string("client", null), r.string("preparedBy", null), date,
                logo, r.string("summary", null), r.bool("includeDescription", false));
    }

    private static Workload workload(JsonFields w, List<Problem> problems) {
        if (w == null) {
            return null;
        }
        w.rejectUnknown(WORKLOAD);
        String type = w.string("type", "open");
        WorkloadType wt = WorkloadType.OPEN;
        if (type.equals("closed")) {
            wt = WorkloadType.CLOSED;
        } else if (!type.equals("open")) {
            w.problem("type", "must be \"open\" or \"closed\"");
        }
        List<RequestClass> classes = new ArrayList<>();
        List<Json> cls = w.array("classes");
        for (int i = 0; i < cls.size(); i++) {
            String p = w.path("classes[" + i + "]");
            if (!cls.get(i).isObject()) {
                problems.add(new Problem(p, "must be an object with name, share and entry"));
                continue;
            }
            JsonFields c = new JsonFields(cls.get(i), p, problems);
            c.rejectUnknown(CLASS);
            String name = c.requiredString("name");
            Double share = c.number("share");
            if (share == null && !c.has("share")) {
                c.problem("share", "is required");
            }
            String entry = c.requiredString("entry");
            classes.add(new RequestClass(name, share == null ? 0 : share, entry,
                    c.number("responseKb"), c.bool("readOnly", false), c.number("requestKb"),
                    c.number("p99LatencyMs")));
        }
        List<Double> profile = new ArrayList<>();
        List<Json> prof = w.array("dailyProfile");
        for (int i = 0; i < prof.size(); i++) {
            Double v = w.number(prof.get(i), w.path("dailyProfile[" + i + "]"));
            profile.add(v == null ? 0 : v);
        }
        return new Workload(wt, w.number("users"), w.number("requestsPerUserPerDay"),
                w.number("peakToAverage", 1.0), w.number("arrivalRatePerSecond"),
                w.number("thinkTimeMs", 0.0), classes, profile, DrillReader.policy(w));
    }

    private static Growth growth(JsonFields g) {
        if (g == null) {
            return Growth.DEFAULT;
        }
        g.rejectUnknown(GROWTH);
        return new Growth(g.number("from", Growth.DEFAULT.from()),
                g.number("to", Growth.DEFAULT.to()), g.integer("steps", Growth.DEFAULT.steps()),
                g.number("monthlyRate"), month(g, "startMonth"));
    }

    /** A calendar month written {@code "2027-01"}, or null (with a problem when malformed). */
    private static YearMonth month(JsonFields g, String field) {
        String text = g.string(field, null);
        if (text == null) {
            return null;
        }
        try {
            if (!text.matches("\\d{4}-\\d{2}")) {
                throw new DateTimeParseException("not yyyy-mm", text, 0);
            }
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            g.problem(field, "must be a month written like \"2027-01\" (year, then month)");
            return null;
        }
    }

    /**
     * {@code uncertainty {traffic, serviceTime, hitRatio}} (a component's without traffic), each
     * {@code {low, high}}; null when absent.
     */
    private static Uncertainty uncertainty(JsonFields u, Set<String> fields) {
        if (u == null) {
            return null;
        }
        if (fields == COMPONENT_UNCERTAINTY && u.has("traffic")) {
            u.problem("traffic", "traffic is uncertain for the whole model: give it in "
                    + "uncertainty.traffic at the top level");
            Set<String> known = new java.util.HashSet<>(fields);
            known.add("traffic");
            u.rejectUnknown(known);
        } else {
            u.rejectUnknown(fields);
        }
        return new Uncertainty(bounds(u.object("traffic")), bounds(u.object("serviceTime")),
                bounds(u.object("hitRatio")));
    }

    private static Bounds bounds(JsonFields b) {
        if (b == null) {
            return null;
        }
        b.rejectUnknown(BOUNDS);
        Double low = b.number("low");
        Double high = b.number("high");
        if (!b.has("low")) {
            b.problem("low", "is required");
        }
        if (!b.has("high")) {
            b.problem("high", "is required");
        }
        return low == null || high == null ? null : new Bounds(low, high);
    }

    private static Slo slo(JsonFields s) {
        if (s == null) {
            return Slo.DEFAULT;
        }
        s.rejectUnknown(SLO);
        return new Slo(s.number("p95LatencyMs"),
                s.number("maxUtilization", Slo.DEFAULT_MAX_UTILIZATION), s.number("p99LatencyMs"));
    }

    /** The instance types listed under {@code candidates}, or null when there is no list. */
    private static List<String> candidates(JsonFields c) {
        if (!c.has("candidates")) {
            return null;
        }
        List<String> out = new ArrayList<>();
        List<Json> items = c.array("candidates");
        for (int i = 0; i < items.size(); i++) {
            Json v = items.get(i);
            if (v.isTextual() && !v.asText().isBlank()) {
                out.add(v.asText());
            } else {
                c.problem("candidates[" + i + "]", "must be an instance type name, not "
                        + JsonFields.describe(v));
            }
        }
        return out;
    }

    private static Component component(Json node, String path, List<Problem> problems) {
        if (!node.isObject()) {
            problems.add(new Problem(path, "must be an object"));
            return null;
        }
        JsonFields c = new JsonFields(node, path, problems);
        c.rejectUnknown(COMPONENT);
        String id = c.requiredString("id");
        String kindName = c.string("kind", "service");
        Kind kind = Kind.fromJson(kindName).orElse(null);
        if (kind == null) {
            c.problem("kind", "unknown kind \"" + kindName + "\"; use one of " + Kind.names());
            kind = Kind.SERVICE;
        }
        PerClass service = perClass(c, "serviceTimeMs", null, problems);
        if (service == null && !c.has("serviceTimeMs")) {
            c.problem("serviceTimeMs", "is required (mean time per visit, in ms)");
        }
        PerClass cv = perClass(c, "serviceTimeCv", 1.0, problems);
        Autoscale autoscale = null;
        JsonFields a = c.object("autoscale");
        if (a != null) {
            a.rejectUnknown(AUTOSCALE);
            Integer min = a.integer("min");
            Integer max = a.integer("max");
            Double target = a.number("targetUtilization");
            if (!a.has("min")) {
                a.problem("min", "is required");
            }
            if (!a.has("max")) {
                a.problem("max", "is required");
            }
            if (!a.has("targetUtilization")) {
                a.problem("targetUtilization", "is required");
            }
            Double scaleOut = a.number("scaleOutSeconds");
            if (min != null && max != null && target != null) {
                autoscale = new Autoscale(min, max, target, scaleOut);
            }
        }
        return Component.builder(id, kind)
                .name(c.string("name", null))
                .instances(c.integer("instances", 1))
                .concurrency(c.integer("concurrency"))
                .concurrencyPerVcpu(c.number("concurrencyPerVcpu"))
                .serviceTimeMs(service == null ? PerClass.of(0) : service)
                .serviceTimeCv(cv == null ? PerClass.of(1) : cv)
                .serviceTimeMeasuredOn(c.string("serviceTimeMeasuredOn", null))
                .queueing(c.bool("queueing", kind.queueingByDefault()))
                .autoscale(autoscale)
                .hitRatio(c.number("hitRatio"))
                .instanceType(c.string("instanceType", null))
                .hourlyCostUsd(c.number("hourlyCostUsd"))
                .costPerMillionCalls(c.number("costPerMillionCalls", 0.0))
                .monthlyFixedCostUsd(c.number("monthlyFixedCostUsd", 0.0))
                .commitment(c.string("commitment", Component.ON_DEMAND))
                .storageGb(c.number("storageGb"))
                .storageGbPerUser(c.number("storageGbPerUser"))
                .backupGb(c.number("backupGb"))
                .provisionedIops(c.number("provisionedIops"))
                .multiAz(c.bool("multiAz", false))
                .logKbPerRequest(c.number("logKbPerRequest"))
                .bootDiskGb(c.number("bootDiskGb"))
                .rulesPerRequest(c.integer("rulesPerRequest"))
                .candidates(candidates(c))
                .maxInstances(c.integer("maxInstances"))
                .notes(c.string("notes", null))
                .uncertainty(uncertainty(c.object("uncertainty"), COMPONENT_UNCERTAINTY))
                .maxQueue(c.integer("maxQueue"))
                .threads(perClass(c, "threads", null, problems))
                .build();
    }

    private static PerClass perClass(JsonFields c, String field, Double fallback,
            List<Problem> problems) {
        Json v = c.raw(field);
        if (v == null || v.isNull()) {
            return fallback == null ? null : PerClass.of(fallback);
        }
        if (v.isObject()) {
            if (v.size() == 0) {
                c.problem(field, "needs at least one class (or a \"*\" default)");
                return null;
            }
            Map<String, Double> m = new LinkedHashMap<>();
            for (Map.Entry<String, Json> e : v.fields().entrySet()) {
                Double d = c.number(e.getValue(), c.path(field) + "." + e.getKey());
                if (d != null) {
                    m.put(e.getKey(), d);
                }
            }
            return m.isEmpty() ? null : PerClass.of(m);
        }
        if (!v.isNumber()) {
            c.problem(field, "must be a number or a map from class to number, not "
                    + JsonFields.describe(v));
            return null;
        }
        Double d = c.number(v, c.path(field));
        return d == null ? null : PerClass.of(d);
    }

    private static Connection connection(Json node, String path, List<Problem> problems) {
        if (!node.isObject()) {
            problems.add(new Problem(path, "must be an object with from and to"));
            return null;
        }
        JsonFields e = new JsonFields(node, path, problems);
        e.rejectUnknown(CONNECTION);
        List<String> classes = new ArrayList<>();
        List<Json> cls = e.array("classes");
        for (int i = 0; i < cls.size(); i++) {
            if (cls.get(i).isTextual()) {
                classes.add(cls.get(i).asText());
            } else {
                problems.add(new Problem(e.path("classes[" + i + "]"), "must be a class name"));
            }
        }
        return new Connection(e.requiredString("from"), e.requiredString("to"),
                e.number("calls", 1.0), e.bool("onMiss", false), e.bool("async", false), classes,
                e.number("latencyMs", 0.0), e.number("weight"), e.number("requestKb"),
                e.number("responseKb"), DrillReader.policy(e));
    }

    private static Networking network(JsonFields n) {
        if (n == null) {
            return Networking.DEFAULT;
        }
        n.rejectUnknown(NETWORK);
        return new Networking(n.integer("availabilityZones", Networking.DEFAULT.availabilityZones()),
                n.integer("natGateways", Networking.DEFAULT.natGateways()),
                n.number("requestsPerConnection", Networking.DEFAULT.requestsPerConnection()),
                n.number("connectionSeconds", Networking.DEFAULT.connectionSeconds()));
    }

    private static Layout layout(JsonFields l) {
        if (l == null) {
            return Layout.EMPTY;
        }
        l.rejectUnknown(LAYOUT);
        JsonFields nodes = l.object("nodes");
        if (nodes == null) {
            return Layout.EMPTY;
        }
        Map<String, Layout.Position> out = new LinkedHashMap<>();
        for (String id : l.raw("nodes").fields().keySet()) {
            JsonFields p = nodes.object(id);
            if (p == null) {
                continue;
            }
            p.rejectUnknown(POSITION);
            Double x = p.number("x");
            Double y = p.number("y");
            if (x != null && y != null) {
                out.put(id, new Layout.Position(x, y));
            }
        }
        return new Layout(out);
    }
}
