package dev.headroom.io;

import dev.headroom.analysis.Break;
import dev.headroom.analysis.ClassResult;
import dev.headroom.analysis.Solution;
import dev.headroom.analysis.StationResult;
import dev.headroom.analysis.Sweep;
import java.util.Map;
import java.util.function.Function;

/**
 * The JSON of {@code solve --json} and {@code sweep --json} (DESIGN §5). Numbers are plain JSON
 * numbers rounded to 12 significant digits; unknown is {@code null}; never NaN or Infinity.
 */
public final class ResultJson {
    private ResultJson() {}

    /**
     * Monthly costs to print beside a solution.
     *
     * @param totalUsd the whole bill, or null when none could be made
     * @param perThousandUsersUsd the bill per 1,000 users, or null
     * @param byComponent each component's share by id (missing ids print as null)
     */
    public record Costs(Double totalUsd, Double perThousandUsersUsd,
            Map<String, Double> byComponent) {
        public static final Costs NONE = new Costs(null, null, Map.of());
    }

    /** One solve object. */
    public static Json solution(Solution s, Costs costs) {
        Json o = Json.object();
        o.put("model", s.model());
        num(o, "multiplier", s.multiplier());
        num(o, "users", s.users());
        num(o, "arrivalRatePerSecond", s.arrivalRatePerSecond());
        o.put("stable", s.stable());
        o.put("bottleneck", s.bottleneck());
        num(o, "maxArrivalRatePerSecond", s.maxArrivalRatePerSecond());
        num(o, "maxUsers", s.maxUsers());
        num(o, "monthlyCostUsd", costs.totalUsd());
        num(o, "costPerThousandUsersUsd", costs.perThousandUsersUsd());
        num(o, "throughputPerSecond", s.throughputPerSecond());
        Json classes = Json.array();
        o.put("classes", classes);
        for (ClassResult c : s.classes()) {
            Json n = Json.object();
            classes.add(n);
            n.put("name", c.name());
            num(n, "arrivalRatePerSecond", c.arrivalRatePerSecond());
            num(n, "throughputPerSecond", c.throughputPerSecond());
            num(n, "latencyMeanMs", c.latencyMeanMs());
            num(n, "latencyP50Ms", c.latencyP50Ms());
            num(n, "latencyP95Ms", c.latencyP95Ms());
            num(n, "latencyP99Ms", c.latencyP99Ms());
            n.put("saturated", c.saturated());
        }
        Json comps = Json.array();
        o.put("components", comps);
        for (StationResult c : s.components()) {
            Json n = Json.object();
            comps.add(n);
            n.put("id", c.id());
            n.put("kind", c.kind().json());
            num(n, "arrivalRatePerSecond", c.arrivalRatePerSecond());
            num(n, "utilization", c.utilization());
            n.put("instances", (long) c.instances());
            if (c.servers() == null) {
                n.put("servers", Json.NULL);
            } else {
                n.put("servers", (long) c.servers());
            }
            num(n, "serviceMs", c.meanServiceMs());
            num(n, "waitMs", c.waitMs());
            num(n, "responseMs", c.responseMs());
            num(n, "queueLength", c.queueLength());
            n.put("saturated", c.saturated());
            num(n, "monthlyCostUsd", costs.byComponent().get(c.id()));
        }
        return o;
    }

    /** The sweep object: {@code {model, points, breaks, sloBreachedAt}}. */
    public static Json sweep(Sweep sw, Function<Solution, Costs> costs) {
        Json o = Json.object();
        o.put("model", sw.model());
        Json points = Json.array();
        o.put("points", points);
        sw.points().forEach(p -> points.add(solution(p, costs.apply(p))));
        Json breaks = Json.array();
        o.put("breaks", breaks);
        for (Break b : sw.breaks()) {
            Json n = Json.object();
            breaks.add(n);
            n.put("component", b.component());
            num(n, "overUtilizationAt", b.overUtilizationAt());
            num(n, "saturatesAt", b.saturatesAt());
        }
        num(o, "sloBreachedAt", sw.sloBreachedAt());
        return o;
    }

    public static String pretty(Json o) {
        return o.pretty();
    }

    static void num(Json o, String field, Double v) {
        if (v == null || !Double.isFinite(v)) {
            o.put(field, Json.NULL);
        } else {
            o.put(field, clean(v));
        }
    }

    /**
     * Rounds to 12 significant digits, so that floating-point noise (10000.000000000002) does
     * not reach the printed numbers; every figure is far less certain than that.
     */
    static double clean(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return v;
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(12)).doubleValue();
    }
}
