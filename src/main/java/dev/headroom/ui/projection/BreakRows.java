package dev.headroom.ui.projection;

import dev.headroom.app.Design;
import dev.headroom.app.Fixes;
import dev.headroom.app.Format;
import dev.headroom.app.Months;
import dev.headroom.app.Runway;
import dev.headroom.app.Spread;
import dev.headroom.app.Uncertainty;
import dev.headroom.app.Words;
import java.util.ArrayList;
import java.util.List;

/**
 * What the "What breaks first" card says about a design: the headline, the latency objective,
 * one row per component in the order the engine gives, and per row the fixes with what each
 * does to the break point and the bill. Plain data made from the service's {@link Design}, so
 * it is tested without a display; {@link BreaksTable} shows it.
 *
 * @param headline "Breaks at 3.4x (41,200 users): Primary DB saturates."
 * @param slo how the p95 objective fares, or null without one
 * @param sloOk whether that is good news
 * @param rows the components, in the engine's order
 * @param advice a slow dependency's advice, or null
 * @param note what the columns mean
 * @param runway who needs a fix by when, by the model's calendar ("PostgreSQL needs its fix by
 *     October 2027: it saturates at 3.4x."), or null without a calendar
 * @param range where it breaks over the draws of the model's ranges ("Breaks between 3.9x and
 *     5.6x (most likely 4.6x)."), or null without ranges
 */
public record BreakRows(String headline, String slo, boolean sloOk, List<Row> rows,
        Advice advice, String note, String runway, String range) {

    public BreakRows {
        rows = List.copyOf(rows);
    }

    /**
     * One component.
     *
     * @param passes the multiplier it passes the utilization limit at ("—" when not within
     *     the search)
     * @param inRange it passes the limit or saturates within the growth range
     * @param bestFix the best fix's title, or "None needed"
     * @param passesMonth the month it passes the limit in ("Oct 2027", "now"), or "" without a
     *     calendar or a month
     * @param saturatesMonth the month it saturates in, the same way
     * @param saturatesRange where it saturates over the draws ("2.75–3.83x"), or "" without
     *     ranges
     * @param saturatesMonths the months of that range ("Sep to Dec 2027"), or ""
     */
    public record Row(String componentId, String name, String passes, String saturates,
            String busyAtTop, boolean inRange, String bestFix, List<Option> options,
            String passesMonth, String saturatesMonth, String saturatesRange,
            String saturatesMonths) {
        public Row {
            options = List.copyOf(options);
        }
    }

    /**
     * One fix as the card shows it.
     *
     * @param thenBreaks what the fix does: "holds to 10x", or where the component passes its
     *     limit again; and where the design still breaks when something else breaks first
     * @param change what it adds to the monthly bill at the top of the range, or "—"
     * @param fix the service's option, which the Apply button applies
     */
    public record Option(String title, String assumption, String thenBreaks, String bill,
            String change, boolean holds, Fixes.Option fix) {}

    /** A slow dependency's advice with its options. */
    public record Advice(String text, List<Option> options) {
        public Advice {
            options = List.copyOf(options);
        }
    }

    public static BreakRows of(Design d) {
        return of(d, null);
    }

    /**
     * The card of {@code d}, with each break's month by the model's calendar and, when
     * {@code spread} was drawn, each saturation's range.
     */
    public static BreakRows of(Design d, Uncertainty.Result spread) {
        double top = d.top().multiplier();
        String limit = Format.percent(d.model().slo().maxUtilization());
        Months months = Months.of(d.model()).orElse(null);
        Uncertainty.Result drawn = spread != null && spread.drawn() ? spread : null;
        List<Row> rows = new ArrayList<>();
        for (Fixes.BreakFixes b : d.fixes()) {
            List<Option> options = b.options().stream().map(o -> option(o, top)).toList();
            Spread sat = drawn == null ? null : drawn.of(b.componentId())
                    .map(Uncertainty.ComponentRange::saturatesAt).orElse(null);
            rows.add(new Row(b.componentId(), b.name(),
                    Format.breakPoint(b.brk().overUtilizationAt()),
                    Format.breakPoint(b.brk().saturatesAt()),
                    b.utilizationAtTop() >= 1 ? "saturated" : Format.percent(b.utilizationAtTop()),
                    !b.options().isEmpty(),
                    b.options().isEmpty() ? "None needed" : b.options().get(0).title(), options,
                    month(months, b.brk().overUtilizationAt()),
                    month(months, b.brk().saturatesAt()),
                    sat == null ? "" : Runway.timesRange(sat),
                    sat == null || months == null ? ""
                            : java.util.Objects.requireNonNullElse(
                                    Runway.monthsBetween(months, sat), "")));
        }
        Words.Status slo = d.model().slo().p95LatencyMs() == null ? null
                : Words.slo(d.model(), d.breaks(), d.range().to());
        Fixes.LatencyAdvice la = d.latencyAdvice();
        Advice advice = la == null ? null : new Advice(la.advice(),
                la.options().stream().map(o -> option(o, top)).toList());
        String note = "Passing " + limit + " busy is a warning: waits grow fast from there; "
                + "saturated, a component cannot keep up and requests queue without bound. "
                + "Each fix is solved on a copy of the model; its bill is at "
                + Format.times(top) + ". \u2014 : not within " + Format.times(d.range().to() * 100)
                + ".";
        String runway = months == null ? null : Runway.runway(d.model(), d.breaks(), months,
                drawn == null ? null : drawn.breaksAt());
        String range = drawn == null ? null : Runway.breaksRange(d.breaks(), drawn.breaksAt());
        if (range != null && d.priced()) {
            Spread bill = drawn.band(Uncertainty.BILL).map(b -> b.at(drawn.multipliers().length
                    - 1)).orElse(null);
            double last = drawn.multipliers()[drawn.multipliers().length - 1];
            if (bill != null && last == top) {
                range += " " + Runway.billRange(top, d.top().monthlyUsd(), bill);
            }
        }
        return new BreakRows(Words.breaks(d.model(), d.breaks(), d.range().to()),
                slo == null ? null : slo.text(), slo == null || slo.ok(), rows, advice, note,
                runway, range);
    }

    /** "Oct 2027" (or "now") for a multiple, "" without a calendar or a month. */
    static String month(Months months, Double m) {
        if (months == null || m == null) {
            return "";
        }
        Integer n = months.monthOf(m);
        return n == null ? "" : n == 0 ? "now" : Months.shortLabel(months.month(n));
    }

    static Option option(Fixes.Option o, double top) {
        String then = Words.fixOutcome(o, top);
        return new Option(o.title(), o.assumption(), then, Format.usd(o.monthlyUsd()),
                o.monthlyChangeUsd() == null ? Format.UNKNOWN
                        : Format.usdChange(o.monthlyChangeUsd()), o.holds(), o);
    }
}
