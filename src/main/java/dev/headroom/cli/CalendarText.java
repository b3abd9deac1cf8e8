package dev.headroom.cli;

import dev.headroom.analysis.Break;
import dev.headroom.analysis.Solution;
import dev.headroom.app.Analysis;
import dev.headroom.app.Breaks;
import dev.headroom.app.Format;
import dev.headroom.app.Months;
import dev.headroom.app.Point;
import dev.headroom.app.Runway;
import dev.headroom.app.Spread;
import dev.headroom.app.Timeline;
import dev.headroom.app.Uncertainty;
import dev.headroom.model.Model;
import java.io.PrintWriter;
import java.util.List;

/**
 * The end of {@code sweep}'s table output when the model grows by the calendar or gives its
 * inputs ranges: the months with their bills and the spend, the runway in words, and the breaks
 * as ranges over the draws. Nothing is printed for a model with neither.
 */
final class CalendarText {
    private CalendarText() {}

    static void print(PrintWriter out, Analysis a, List<Point> points, Uncertainty.Result u) {
        Model model = a.model();
        Breaks b = a.breaks();
        Timeline t = a.timeline().orElse(null);
        if (t != null) {
            months(out, a, t, u);
        }
        if (u.drawn()) {
            ranges(out, model, b, points, u);
        }
    }

    private static void months(PrintWriter out, Analysis a, Timeline t, Uncertainty.Result u) {
        Months months = t.months();
        out.println();
        out.println("By the month (" + months.pace() + "):");
        boolean priced = a.pricing().priced();
        Table table = priced
                ? new Table("month", "growth", "users", "worst p95", "$/month", "spent to date")
                        .left(0)
                : new Table("month", "growth", "users", "worst p95").left(0);
        for (Timeline.Month m : t.points()) {
            Solution s = m.point().solution();
            String month = Months.shortLabel(m.month());
            String growth = Format.times(m.multiplier());
            String users = Format.count(s.users());
            String p95 = Format.ms(s.worstP95Ms().orElse(null));
            if (priced) {
                table.row(month, growth, users, p95, Format.usd(m.point().monthlyUsd()),
                        Format.usd(m.spendToDateUsd()));
            } else {
                table.row(month, growth, users, p95);
            }
        }
        table.print(out);
        if (priced) {
            StringBuilder spend = new StringBuilder();
            for (Timeline.Spend s : t.spend()) {
                spend.append(spend.length() == 0 ? "Spend over " : "; over ").append(s.months())
                        .append(" months (through ").append(Months.label(s.through()))
                        .append("): ").append(Format.usd(s.totalUsd()));
                String range = u.drawn() ? Runway.spendRange(u.spendOver(s.months())
                        .orElse(null)) : null;
                if (range != null) {
                    spend.append(" (P10\u2013P90: ").append(range).append(')');
                }
            }
            out.println(spend + ".");
            if (t.saturatesIn() != null) {
                out.println("No spend from " + months.label(t.saturatesIn())
                        + ": a component saturates and the design no longer serves that month's "
                        + "users (plan a design that holds with `plan`).");
            }
        }
        out.println(Cli.clean(Runway.runway(a.model(), a.breaks(), months,
                u.drawn() ? u.breaksAt() : null)));
    }

    private static void ranges(PrintWriter out, Model model, Breaks b, List<Point> points,
            Uncertainty.Result u) {
        out.println();
        out.println("With the inputs' ranges (" + Format.count((long) u.draws())
                + " draws; P10 to P90, most likely in brackets):");
        Table t = new Table("component", "over limit at", "saturates at");
        for (Break br : b.components()) {
            Uncertainty.ComponentRange r = u.of(br.component()).orElse(null);
            t.row(Cli.clean(br.component()),
                    Runway.timesRange(r == null ? null : r.overUtilizationAt()) + " ("
                            + Format.breakPoint(br.overUtilizationAt()) + ")",
                    Runway.timesRange(r == null ? null : r.saturatesAt()) + " ("
                            + Format.breakPoint(br.saturatesAt()) + ")");
        }
        t.print(out);
        String breaks = Runway.breaksRange(b, u.breaksAt());
        if (breaks != null) {
            out.println(breaks);
        }
        Point top = points.get(points.size() - 1);
        if (top.bill() != null) {
            Spread bill = u.band(Uncertainty.BILL).map(x -> x.at(points.size() - 1))
                    .orElse(null);
            out.println(Runway.billRange(top.multiplier(), top.monthlyUsd(), bill));
        }
    }
}
