package dev.headroom.ui.projection;

import dev.headroom.app.Design;
import dev.headroom.app.Fixes;
import dev.headroom.app.Format;
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
 */
public record BreakRows(String headline, String slo, boolean sloOk, List<Row> rows,
        Advice advice, String note) {

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
     */
    public record Row(String componentId, String name, String passes, String saturates,
            String busyAtTop, boolean inRange, String bestFix, List<Option> options) {
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
        double top = d.top().multiplier();
        String limit = Format.percent(d.model().slo().maxUtilization());
        List<Row> rows = new ArrayList<>();
        for (Fixes.BreakFixes b : d.fixes()) {
            List<Option> options = b.options().stream().map(o -> option(o, top)).toList();
            rows.add(new Row(b.componentId(), b.name(),
                    Format.breakPoint(b.brk().overUtilizationAt()),
                    Format.breakPoint(b.brk().saturatesAt()),
                    b.utilizationAtTop() >= 1 ? "saturated" : Format.percent(b.utilizationAtTop()),
                    !b.options().isEmpty(),
                    b.options().isEmpty() ? "None needed" : b.options().get(0).title(), options));
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
        return new BreakRows(Words.breaks(d.model(), d.breaks(), d.range().to()),
                slo == null ? null : slo.text(), slo == null || slo.ok(), rows, advice, note);
    }

    static Option option(Fixes.Option o, double top) {
        String then = Words.fixOutcome(o, top);
        return new Option(o.title(), o.assumption(), then, Format.usd(o.monthlyUsd()),
                o.monthlyChangeUsd() == null ? Format.UNKNOWN
                        : Format.usdChange(o.monthlyChangeUsd()), o.holds(), o);
    }
}
