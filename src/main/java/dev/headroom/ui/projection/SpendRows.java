package dev.headroom.ui.projection;

import dev.headroom.analysis.Solution;
import dev.headroom.app.Format;
import dev.headroom.app.Months;
import dev.headroom.app.Runway;
import dev.headroom.app.Timeline;
import dev.headroom.app.Uncertainty;
import java.util.ArrayList;
import java.util.List;

/**
 * What the "Spend by the month" card says about a model with a calendar: the pace, the spend
 * over 12 and 24 months, why a span has no spend (the design saturates in it), and the bill of
 * each month. Plain data from the service's {@link Timeline}, tested without a display;
 * {@link SpendCard} shows it.
 *
 * @param pace "15% more users a month from January 2027"
 * @param spans "Spend over 12 months (January to December 2027)" with its amount, "—" when
 *     the design saturates within them
 * @param note why a span has no spend, or null
 * @param months one row per month
 */
public record SpendRows(String pace, List<Span> spans, String note, List<Month> months) {
    public SpendRows {
        spans = List.copyOf(spans);
        months = List.copyOf(months);
    }

    /**
     * One span of months and what it costs.
     *
     * @param range its P10–P90 over the draws of the inputs' ranges ("P10–P90: $11–14k"), or ""
     */
    public record Span(String label, String amount, String range) {}

    /** One month: its name, its growth multiple, users, bill and the spend to date. */
    public record Month(String month, String growth, String users, String bill,
            String toDate, boolean served) {}

    public static SpendRows of(Timeline t, boolean priced) {
        return of(t, priced, null);
    }

    /** The card of {@code t}, with each span's range when {@code spread} was drawn. */
    public static SpendRows of(Timeline t, boolean priced, Uncertainty.Result spread) {
        Months months = t.months();
        List<Span> spans = new ArrayList<>();
        for (Timeline.Spend s : t.spend()) {
            String range = !priced || spread == null || !spread.drawn() ? null
                    : Runway.spendRange(spread.spendOver(s.months()).orElse(null));
            spans.add(new Span("Spend over " + s.months() + " months (" + Months.between(
                    months.start(), s.through()) + ")", priced ? Format.usd(s.totalUsd())
                            : Format.UNKNOWN, range == null ? "" : "P10\u2013P90: " + range));
        }
        String note = null;
        if (!priced) {
            note = "No bill: the model is not priced.";
        } else if (t.saturatesIn() != null
                && t.saturatesIn() < Timeline.SPEND_MONTHS[Timeline.SPEND_MONTHS.length - 1]) {
            note = "No spend from " + months.label(t.saturatesIn()) + ": a component saturates "
                    + "and the design no longer serves that month's users. The Plan shows what "
                    + "a design that holds costs.";
        }
        List<Month> rows = new ArrayList<>();
        for (Timeline.Month m : t.points()) {
            Solution s = m.point().solution();
            rows.add(new Month(Months.shortLabel(m.month()), Format.times(m.multiplier()),
                    Format.count(s.users()), Format.usd(m.point().monthlyUsd()),
                    Format.usd(m.spendToDateUsd()), s.stable()));
        }
        return new SpendRows(Format.percent(months.rate()) + " more users a month from "
                + Months.label(months.start()), spans, note, rows);
    }
}
