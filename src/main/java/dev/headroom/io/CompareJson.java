package dev.headroom.io;

import java.util.List;

/**
 * The JSON of {@code compare --json}:
 * <pre>{multipliers: [1, 3, 10], designs: [{model, breaksAt, points: [{multiplier, users,
 *   monthlyCostUsd, costPerThousandUsersUsd, worstP95Ms, saturated, usersUntilBreak,
 *   bottleneck, bottleneckUtilization, best: ["worstP95Ms", …]}]}]}</pre>
 * {@code best} names the figures on which the design is strictly the better one at that point.
 * Numbers are rounded to 12 significant digits like {@link ResultJson}; unknown is {@code null}.
 * The records here are plain data so that {@code io} needs nothing from the layers above it.
 */
public final class CompareJson {
    private CompareJson() {}

    /** One design's column. */
    public record Design(String model, Double breaksAt, List<Point> points) {
        public Design {
            points = List.copyOf(points);
        }
    }

    /** One design at one growth point; {@code best} lists field names of this record. */
    public record Point(double multiplier, Double users, Double monthlyCostUsd,
            Double costPerThousandUsersUsd, Double worstP95Ms, Double usersUntilBreak,
            String bottleneck, Double bottleneckUtilization, List<String> best) {
        public Point {
            best = List.copyOf(best);
        }
    }

    public static Json comparison(List<Double> multipliers, List<Design> designs) {
        Json o = Json.object();
        Json ms = Json.array();
        multipliers.forEach(m -> ms.add(Json.of(ResultJson.clean(m))));
        o.put("multipliers", ms);
        Json ds = Json.array();
        o.put("designs", ds);
        for (Design c : designs) {
            Json d = Json.object();
            ds.add(d);
            d.put("model", c.model());
            num(d, "breaksAt", c.breaksAt());
            Json points = Json.array();
            d.put("points", points);
            for (Point k : c.points()) {
                Json p = Json.object();
                points.add(p);
                num(p, "multiplier", k.multiplier());
                num(p, "users", k.users());
                num(p, "monthlyCostUsd", k.monthlyCostUsd());
                num(p, "costPerThousandUsersUsd", k.costPerThousandUsersUsd());
                num(p, "worstP95Ms", k.worstP95Ms());
                p.put("saturated", k.worstP95Ms() == null);
                num(p, "usersUntilBreak", k.usersUntilBreak());
                p.put("bottleneck", k.bottleneck());
                num(p, "bottleneckUtilization", k.bottleneckUtilization());
                Json best = Json.array();
                k.best().forEach(b -> best.add(Json.of(b)));
                p.put("best", best);
            }
        }
        return o;
    }

    private static void num(Json o, String field, Double v) {
        o.put(field, v == null || !Double.isFinite(v) ? Json.NULL : Json.of(ResultJson.clean(v)));
    }
}
