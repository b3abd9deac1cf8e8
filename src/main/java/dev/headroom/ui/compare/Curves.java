package dev.headroom.ui.compare;

import dev.headroom.analysis.Solution;
import dev.headroom.app.Design;
import dev.headroom.app.Point;
import java.util.ArrayList;
import java.util.List;

/**
 * The designs' figures on one growth axis, for the overlaid charts: evenly spaced multipliers from
 * 1x (or the common end, if lower) to the designs' common growth end (the smallest
 * {@code growth.to}), the range {@code ReportCharts.comparison} draws. Every value is the
 * engine's ({@link Design#at}); {@code NaN} marks a figure the engine does not have (a saturated
 * latency, a bill without pricing).
 *
 * @param multipliers the shared x axis, ascending
 * @param designs one series per design, in the designs' order
 */
public record Curves(double[] multipliers, List<Series> designs) {
    /** Points per curve. */
    public static final int POINTS = 61;

    /**
     * One design's curves.
     *
     * @param worstP95Ms the worst class p95, NaN once a class is saturated
     * @param monthlyUsd the monthly bill, NaN without pricing
     * @param perThousandUsersUsd the bill per 1,000 users, NaN without pricing or users
     * @param bottleneckUtilization the utilization of the most utilized component (the engine's
     *     bottleneck at that point), NaN when no queueing component carries load
     * @param bottleneck the bottleneck's display name at each point, or null
     */
    public record Series(double[] worstP95Ms, double[] monthlyUsd, double[] perThousandUsersUsd,
            double[] bottleneckUtilization, String[] bottleneck) {}

    public Curves {
        designs = List.copyOf(designs);
    }

    /** The common range's end: the smallest {@code growth.to} of the designs. */
    public static double end(List<Design> designs) {
        return designs.stream().mapToDouble(d -> d.model().growth().to()).min().orElse(10);
    }

    public static Curves of(List<Design> designs) {
        double end = end(designs);
        double start = Math.min(1, end);
        double[] ms = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            ms[i] = i == POINTS - 1 ? end : start + (end - start) * i / (POINTS - 1);
        }
        List<Series> out = new ArrayList<>();
        for (Design d : designs) {
            double[] p95 = new double[POINTS];
            double[] usd = new double[POINTS];
            double[] perK = new double[POINTS];
            double[] util = new double[POINTS];
            String[] bn = new String[POINTS];
            for (int j = 0; j < POINTS; j++) {
                Point p = d.at(ms[j]);
                Solution s = p.solution();
                p95[j] = s.worstP95Ms().map(Double::doubleValue).orElse(Double.NaN);
                usd[j] = p.bill() == null ? Double.NaN : p.bill().totalUsd();
                perK[j] = p.bill() == null || p.bill().perThousandUsersUsd() == null ? Double.NaN
                        : p.bill().perThousandUsersUsd();
                String id = s.bottleneck();
                util[j] = id == null ? Double.NaN
                        : s.component(id).map(c -> c.utilization()).orElse(Double.NaN);
                bn[j] = id == null ? null : d.model().component(id)
                        .map(c -> c.displayName()).orElse(id);
            }
            out.add(new Series(p95, usd, perK, util, bn));
        }
        return new Curves(ms, out);
    }
}
