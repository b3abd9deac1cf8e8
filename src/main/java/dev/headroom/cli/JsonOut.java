package dev.headroom.cli;

import dev.headroom.analysis.Break;
import dev.headroom.analysis.ClassResult;
import dev.headroom.analysis.Solution;
import dev.headroom.analysis.StationResult;
import dev.headroom.app.Analysis;
import dev.headroom.app.Breaks;
import dev.headroom.app.Comparison;
import dev.headroom.app.Point;
import dev.headroom.cost.Bill;
import dev.headroom.cost.LineItem;
import dev.headroom.cost.PriceStatus;
import dev.headroom.io.Json;
import dev.headroom.network.Network;

/**
 * The JSON the commands print (docs/cli.md): {@code solve --json}, {@code sweep --json} and
 * {@code compare --json}. Numbers are plain JSON numbers rounded to 12 significant digits;
 * unknown is {@code null}, never NaN or Infinity.
 */
final class JsonOut {
    private JsonOut() {}

    /** One solve object: the solution and bill at a point, and where the model breaks. */
    static Json solution(Analysis a, Point p, Breaks breaks) {
        Solution s = p.solution();
        Bill bill = p.bill();
        Network net = a.network();
        Json o = Json.object();
        o.put("model", s.model());
        o.putNumber("multiplier", s.multiplier());
        o.putNumber("users", s.users());
        o.putNumber("arrivalRatePerSecond", s.arrivalRatePerSecond());
        o.put("stable", s.stable());
        o.put("bottleneck", s.bottleneck());
        o.putNumber("maxArrivalRatePerSecond", s.maxArrivalRatePerSecond());
        o.putNumber("maxUsers", s.maxUsers());
        o.putNumber("monthlyCostUsd", bill == null ? null : bill.totalUsd());
        o.putNumber("costPerThousandUsersUsd", bill == null ? null : bill.perThousandUsersUsd());
        o.put("pricingNote", a.pricing().why());
        o.put("pricedWith", a.pricedWith());
        o.putNumber("throughputPerSecond", s.throughputPerSecond());
        breaks(o, breaks, a.model().slo().p95LatencyMs());
        Json warnings = Json.array();
        s.warnings().forEach(w -> warnings.add(Json.of(w)));
        o.put("warnings", warnings);
        Json classes = Json.array();
        o.put("classes", classes);
        for (ClassResult c : s.classes()) {
            Json n = Json.object();
            classes.add(n);
            n.put("name", c.name());
            n.putNumber("arrivalRatePerSecond", c.arrivalRatePerSecond());
            n.putNumber("throughputPerSecond", c.throughputPerSecond());
            n.putNumber("latencyMeanMs", c.latencyMeanMs());
            n.putNumber("latencyP50Ms", c.latencyP50Ms());
            n.putNumber("latencyP95Ms", c.latencyP95Ms());
            n.putNumber("latencyP99Ms", c.latencyP99Ms());
            n.put("saturated", c.saturated());
        }
        Json comps = Json.array();
        o.put("components", comps);
        for (StationResult c : s.components()) {
            Json n = Json.object();
            comps.add(n);
            int k = net.indexOf(c.id());
            n.put("id", c.id());
            n.put("kind", c.kind().json());
            n.putNumber("arrivalRatePerSecond", c.arrivalRatePerSecond());
            n.putNumber("utilization", c.utilization());
            n.put("instances", (long) c.instances());
            if (c.servers() == null) {
                n.put("servers", Json.NULL);
                n.put("serversPerInstance", Json.NULL);
            } else {
                n.put("servers", (long) c.servers());
                n.put("serversPerInstance", (long) net.concurrency(k));
                n.put("serversBecause", net.servers(k).explanation());
            }
            n.putNumber("serviceMs", c.meanServiceMs());
            n.putNumber("waitMs", c.waitMs());
            n.putNumber("responseMs", c.responseMs());
            n.putNumber("queueLength", c.queueLength());
            n.put("saturated", c.saturated());
            if (net.maxQueue(k) >= 0 || net.pools().hasPools(k)) {
                // bounded queues and thread pools (docs/engine.md)
                n.putNumber("lossProbability", c.lossProbability());
                n.putNumber("threadsInUse", c.threadsInUse());
            }
            n.putNumber("monthlyCostUsd", bill == null || !bill.prices(c.id()) ? null
                    : bill.componentUsd(c.id()));
        }
        o.put("bill", bill == null ? Json.NULL : bill(bill));
        return o;
    }

    /**
     * {@code bill: {totalUsd, unconfirmedUsd, unpricedComponents[], unpriced[], lines[],
     * warnings[]}}; each line {@code {component, item, category, sku, quantity, unit,
     * unitPriceUsd, monthlyUsd, arithmetic, source, read, confirmed, commitment}}. The lines sum
     * to {@code totalUsd}; {@code confirmed} is null for a price typed in the model.
     */
    static Json bill(Bill bill) {
        Json b = Json.object();
        b.putNumber("totalUsd", bill.totalUsd());
        b.putNumber("unconfirmedUsd", bill.unconfirmedUsd());
        Json ids = Json.array();
        bill.unpricedComponents().forEach(id -> ids.add(Json.of(id)));
        b.put("unpricedComponents", ids);
        Json parts = Json.array();
        for (Bill.Unpriced u : bill.unpriced()) {
            Json n = Json.object();
            parts.add(n);
            n.put("component", u.componentId());
            n.put("what", u.what());
            n.put("why", u.why());
        }
        b.put("unpriced", parts);
        Json lines = Json.array();
        b.put("lines", lines);
        for (LineItem l : bill.lines()) {
            Json n = Json.object();
            lines.add(n);
            n.put("component", l.componentId() == null ? Json.NULL : Json.of(l.componentId()));
            n.put("item", l.item());
            n.put("category", l.category().key());
            n.put("sku", l.sku() == null ? Json.NULL : Json.of(l.sku()));
            n.putNumber("quantity", l.quantity());
            n.put("unit", l.unit());
            n.putNumber("unitPriceUsd", l.unitPriceUsd());
            n.putNumber("monthlyUsd", l.monthlyUsd());
            n.put("arithmetic", l.arithmetic());
            n.put("source", l.source());
            n.put("read", l.read() == null ? Json.NULL : Json.of(l.read().toString()));
            n.put("confirmed", l.status() == PriceStatus.MODEL ? Json.NULL
                    : Json.of(l.status() == PriceStatus.CONFIRMED));
            n.put("commitment", l.commitment() == null ? Json.NULL
                    : Json.of(l.commitment().key()));
        }
        Json warnings = Json.array();
        bill.warnings().forEach(w -> warnings.add(Json.of(w)));
        b.put("warnings", warnings);
        return b;
    }

    /** {@code breaksAtMultiplier}, {@code breaksAtUsers} and {@code breaksBecause}. */
    static void breaks(Json o, Breaks b, Double sloMs) {
        o.putNumber("breaksAtMultiplier", b.breaksAt());
        o.putNumber("breaksAtUsers", b.breaksAtUsers());
        if (b.cause() == null) {
            o.put("breaksBecause", Json.NULL);
            return;
        }
        Json why = Json.object();
        why.put("cause", b.causeJson());
        if (b.cause() == Breaks.Cause.SATURATION) {
            why.put("component", b.component());
        } else {
            why.put("class", b.requestClass());
            why.putNumber("limitMs", b.limitMs());
            if (b.percentile() == null || b.percentile() == 95) {
                why.putNumber("p95LimitMs", b.limitMs() != null ? b.limitMs() : sloMs);
            }
        }
        o.put("breaksBecause", why);
    }

    /** The sweep object: {@code {model, points, breaks, sloBreachedAt, breaksAt…}}. */
    static Json sweep(Analysis a, java.util.List<Point> pts) {
        Breaks all = a.breaks();
        Json o = Json.object();
        o.put("model", a.model().name());
        Json points = Json.array();
        o.put("points", points);
        pts.forEach(p -> points.add(solution(a, p, all)));
        Json breaks = Json.array();
        o.put("breaks", breaks);
        for (Break b : all.components()) {
            Json n = Json.object();
            breaks.add(n);
            n.put("component", b.component());
            n.putNumber("overUtilizationAt", b.overUtilizationAt());
            n.putNumber("saturatesAt", b.saturatesAt());
        }
        o.putNumber("sloBreachedAt", all.sloBreachedAt());
        breaks(o, all, a.model().slo().p95LatencyMs());
        return o;
    }

    /**
     * {@code compare --json}: {@code {multipliers, designs: [{model, breaksAtMultiplier,
     * breaksAtUsers, breaksLatest, points: [{multiplier, users, monthlyCostUsd,
     * costPerThousandUsersUsd, worstP95Ms, saturated, usersToGo, bottleneck,
     * bottleneckUtilization, broken, best}]}]}}.
     */
    static Json comparison(Comparison cmp) {
        Json o = Json.object();
        Json ms = Json.array();
        cmp.multipliers().forEach(m -> ms.add(Json.number(m)));
        o.put("multipliers", ms);
        Json ds = Json.array();
        o.put("designs", ds);
        for (Comparison.Column c : cmp.designs()) {
            Json d = Json.object();
            ds.add(d);
            d.put("model", c.model());
            d.putNumber("breaksAtMultiplier", c.breaksAt());
            d.putNumber("breaksAtUsers", c.breaks().breaksAtUsers());
            d.put("breaksLatest", c.breaksLatest());
            Json points = Json.array();
            d.put("points", points);
            for (Comparison.Kpi k : c.kpis()) {
                Json p = Json.object();
                points.add(p);
                p.putNumber("multiplier", k.multiplier());
                p.putNumber("users", k.users());
                p.putNumber("monthlyCostUsd", k.monthlyUsd());
                p.putNumber("costPerThousandUsersUsd", k.perThousandUsersUsd());
                p.putNumber("worstP95Ms", k.worstP95Ms());
                p.put("saturated", k.worstP95Ms() == null);
                p.putNumber("usersToGo", k.usersToGo());
                p.put("bottleneck", k.bottleneck());
                p.putNumber("bottleneckUtilization", k.bottleneck() == null ? null
                        : k.bottleneckUtilization());
                p.put("broken", k.broken());
                Json best = Json.array();
                for (Comparison.Metric m : Comparison.Metric.values()) {
                    if (k.isBest(m)) {
                        best.add(Json.of(m.json()));
                    }
                }
                p.put("best", best);
            }
        }
        return o;
    }
}
