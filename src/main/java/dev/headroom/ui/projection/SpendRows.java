package dev.headroom.ui.projection;

import dev.headroom.analysis.Solution;
import dev.headroom.app.Format;
import dev.headroom.app.Months;
import dev.headroom.app.Timeline;
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

    /** One span of months and what it costs. */
    public record Span(String label, String amount) {}

    /** One month: its name, its growth multiple, users, bill and the spend to date. */
    public record Month(String month, String growth, String users, String bill,
            String toDate, boolean served) {}

    public static SpendRows of(Timeline t, boolean priced) {
        Months months = t.months();
        List<Span> spans = new ArrayList<>();
        for (Timeline.Spend s : t.spend()) {
            spans.add(new Span("Spend over " + s.months() + " months (" + Months.between(
                    months.start(), s.through()) + ")", priced ? Format.usd(s.totalUsd())
                            : Format.UNKNOWN));
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
