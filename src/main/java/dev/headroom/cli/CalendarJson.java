package dev.headroom.cli;

import dev.headroom.analysis.Break;
import dev.headroom.analysis.ClassResult;
import dev.headroom.analysis.Solution;
import dev.headroom.app.Analysis;
import dev.headroom.app.Breaks;
import dev.headroom.app.Months;
import dev.headroom.app.Point;
import dev.headroom.app.Spread;
import dev.headroom.app.Timeline;
import dev.headroom.app.Uncertainty;
import dev.headroom.io.Json;
import java.util.List;

/**
 * What {@code sweep --json} says about the calendar and the inputs' ranges (docs/cli.md): the
 * months of each break, {@code months[]}, the spend over 12 and 24 months, and each break, point
 * and class p95 as a range [P10, P90] over the draws. Added to the sweep object of
 * {@link JsonOut}, whose fields stay as they are.
 */
final class CalendarJson {
    private CalendarJson() {}

    /** Adds the calendar and the ranges to a sweep object made by {@link JsonOut#sweep}. */
    static void add(Json sweep, Analysis a, List<Point> pts, Uncertainty.Result u) {
        Months months = Months.of(a.model()).orElse(null);
        Breaks b = a.breaks();
        Json breaks = sweep.get("breaks");
        for (int i = 0; i < b.components().size(); i++) {
            Break br = b.components().get(i);
            Json n = breaks.get(i);
            n.put("overUtilizationMonth", month(months, br.overUtilizationAt()));
            n.put("saturatesMonth", month(months, br.saturatesAt()));
            Uncertainty.ComponentRange r = u.of(br.component()).orElse(null);
            n.put("overUtilizationAtRange", range(r == null ? null : r.overUtilizationAt()));
            n.put("saturatesAtRange", range(r == null ? null : r.saturatesAt()));
            n.put("overUtilizationMonthRange", monthRange(months,
                    r == null ? null : r.overUtilizationAt()));
            n.put("saturatesMonthRange", monthRange(months, r == null ? null : r.saturatesAt()));
        }
        sweep.put("breaksAtMonth", month(months, b.breaksAt()));
        sweep.put("breaksAtRange", range(u.breaksAt()));
        sweep.put("breaksAtMonthRange", monthRange(months, u.breaksAt()));
        sweep.put("sloBreachedAtRange", range(u.sloBreachedAt()));
        sweep.put("draws", (long) u.draws());
        Json points = sweep.get("points");
        for (int j = 0; j < pts.size(); j++) {
            Json p = points.get(j);
            p.put("monthlyCostUsdRange", range(band(u, Uncertainty.BILL, j)));
            p.put("worstP95MsRange", range(band(u, Uncertainty.WORST_P95, j)));
            Json classes = p.get("classes");
            List<ClassResult> cs = pts.get(j).solution().classes();
            for (int r = 0; r < cs.size(); r++) {
                classes.get(r).put("latencyP95MsRange",
                        range(band(u, Uncertainty.p95(cs.get(r).name()), j)));
            }
        }
        calendar(sweep, a, months, u);
    }

    private static Spread band(Uncertainty.Result u, String key, int j) {
        return u.band(key).map(x -> x.at(j)).orElse(null);
    }

    /** {@code monthlyRate}, {@code startMonth}, {@code months[]} and {@code spend[]}. */
    private static void calendar(Json sweep, Analysis a, Months months, Uncertainty.Result u) {
        sweep.putNumber("monthlyRate", months == null ? null : months.rate());
        sweep.put("startMonth", months == null ? Json.NULL : Json.of(Months.iso(months.start())));
        Json list = Json.array();
        sweep.put("months", list);
        Json spend = Json.array();
        sweep.put("spend", spend);
        Timeline t = a.timeline().orElse(null);
        if (t == null) {
            return;
        }
        for (Timeline.Month m : t.points()) {
            Solution s = m.point().solution();
            Json n = Json.object();
            list.add(n);
            n.put("month", Months.iso(m.month()));
            n.put("monthsFromStart", (long) m.index());
            n.putNumber("multiplier", m.multiplier());
            n.putNumber("users", s.users());
            n.putNumber("arrivalRatePerSecond", s.arrivalRatePerSecond());
            n.put("stable", s.stable());
            n.put("bottleneck", s.bottleneck());
            n.putNumber("worstP95Ms", s.worstP95Ms().orElse(null));
            n.putNumber("monthlyCostUsd", m.point().monthlyUsd());
            n.putNumber("spendToDateUsd", m.spendToDateUsd());
        }
        for (Timeline.Spend s : t.spend()) {
            Json n = Json.object();
            spend.add(n);
            n.put("months", (long) s.months());
            n.put("through", Months.iso(s.through()));
            n.putNumber("totalUsd", s.totalUsd());
            n.put("totalUsdRange", range(u.spendOver(s.months()).orElse(null)));
        }
    }

    /** "2027-09": the first month that reaches multiple {@code m}; null without a calendar. */
    private static Json month(Months months, Double m) {
        return months == null ? Json.NULL : Json.of(Months.iso(months.monthAt(m)));
    }

    /** [P10, P90]; null without a figure. */
    static Json range(Spread s) {
        if (s == null) {
            return Json.NULL;
        }
        return Json.array().add(Json.number(s.p10())).add(Json.number(s.p90()));
    }

    /** The months of [P10, P90]; null without a calendar or a figure. */
    private static Json monthRange(Months months, Spread s) {
        if (months == null || s == null) {
            return Json.NULL;
        }
        return Json.array().add(month(months, s.p10())).add(month(months, s.p90()));
    }
}
