package dev.headroom.app;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A design month by month (docs/model-format.md "Growth by the calendar"): the point (solution
 * and bill) of every month from the start month through the first month that reaches the end of
 * the growth range, the spend to date, and the spend over the first 12 and 24 months.
 *
 * <p>A month's bill is the bill at its multiple, {@code (1 + monthlyRate)ⁿ}: one month of 730
 * hours at that month's peak-hour sizing, as every bill is. The spend over n months sums the
 * bills of months 0 to n − 1. From the first month in which a component saturates the design no
 * longer serves that month's users, so there is no spend to date from there on (the bill charts
 * stop at saturation for the same reason); the Plan shows what a design that holds costs.
 *
 * @param months the calendar
 * @param points one per month, from month 0
 * @param spend the spend over {@link #SPEND_MONTHS} months, in that order
 * @param saturatesIn the first month in which some component is saturated, or null when none is
 *     within the months solved
 */
public record Timeline(Months months, List<Month> points, List<Spend> spend,
        Integer saturatesIn) {
    /** The spans of spend given: a year, and two. */
    public static final int[] SPEND_MONTHS = {12, 24};

    public Timeline {
        points = List.copyOf(points);
        spend = List.copyOf(spend);
    }

    /**
     * One month.
     *
     * @param index months after the start month (0 = the start month)
     * @param spendToDateUsd the bills of months 0 to this one summed; null without a bill, or
     *     from the month the design saturates in
     */
    public record Month(int index, YearMonth month, double multiplier, Point point,
            Double spendToDateUsd) {}

    /**
     * The spend over the first {@code months} months (months 0 to {@code months} − 1).
     *
     * @param through the last month summed
     * @param totalUsd the sum of their bills; null without a bill, or when the design
     *     saturates in one of them
     */
    public record Spend(int months, YearMonth through, Double totalUsd) {}

    /** The timeline of a design, or empty when its model has no calendar. */
    static Optional<Timeline> of(Analysis a) {
        Optional<Months> cal = Months.of(a.model());
        if (cal.isEmpty()) {
            return Optional.empty();
        }
        Months months = cal.get();
        List<Integer> listed = months.through(a.model().growth().to());
        int last = Math.max(listed.size(), SPEND_MONTHS[SPEND_MONTHS.length - 1]);
        List<Month> all = new ArrayList<>();
        Double toDate = 0.0;
        Integer saturated = null;
        for (int n = 0; n < last; n++) {
            double m = months.multiplier(n);
            Point p = a.at(m);
            if (!p.solution().stable() && saturated == null) {
                saturated = n;
            }
            toDate = toDate == null || p.bill() == null || saturated != null ? null
                    : toDate + p.bill().totalUsd();
            all.add(new Month(n, months.month(n), m, p, toDate));
        }
        List<Spend> spend = new ArrayList<>();
        for (int span : SPEND_MONTHS) {
            spend.add(new Spend(span, months.month(span - 1), all.get(span - 1).spendToDateUsd()));
        }
        return Optional.of(new Timeline(months, all.subList(0, listed.size()), spend, saturated));
    }

    /** The spend over {@code months} months, if it is one of {@link #SPEND_MONTHS}. */
    public Optional<Spend> spendOver(int months) {
        return spend.stream().filter(s -> s.months() == months).findFirst();
    }
}
