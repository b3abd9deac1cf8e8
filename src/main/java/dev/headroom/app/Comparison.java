package dev.headroom.app;

import dev.headroom.analysis.Solution;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Two to four designs side by side on the same growth axis: the key figures at 1x, 3x and 10x
 * (the top point is the designs' common growth end when that is not 10x), with the better figure
 * of each row marked, and where each design breaks. A design that is broken at a point (a
 * component saturated, or a class over the p95 objective) is never the better one there: its
 * point is marked {@code broken} and the others compete for the cell.
 *
 * @param multipliers the growth points compared, ascending
 * @param designs one column per design, in the order given
 */
public record Comparison(List<Double> multipliers, List<Column> designs) {
    public static final int MIN_DESIGNS = 2;
    public static final int MAX_DESIGNS = 4;

    /** A key figure that has a better and a worse value. */
    public enum Metric {
        MONTHLY_BILL("monthlyCostUsd"),
        COST_PER_THOUSAND_USERS("costPerThousandUsersUsd"),
        P95("worstP95Ms");

        private final String json;

        Metric(String json) {
            this.json = json;
        }

        /** The field name in {@code compare --json}. */
        public String json() {
            return json;
        }
    }

    public Comparison {
        multipliers = List.copyOf(multipliers);
        designs = List.copyOf(designs);
    }

    /**
     * One design's figures at every compared point, and where it breaks.
     *
     * @param breaksLatest this design breaks strictly later than every other (or is the only one
     *     that does not break within the search)
     */
    public record Column(String model, Breaks breaks, boolean breaksLatest, List<Kpi> kpis) {
        public Column {
            kpis = List.copyOf(kpis);
        }

        public Double breaksAt() {
            return breaks.breaksAt();
        }
    }

    /**
     * One design at one growth point.
     *
     * @param users users at this point, or null for a rate-only workload
     * @param monthlyUsd the bill, or null without pricing
     * @param perThousandUsersUsd the bill per 1,000 users, or null
     * @param worstP95Ms the worst class p95, or null when a class is saturated
     * @param usersToGo users that can still be added before the design breaks (0 when it
     *     already has); null when it does not break within the search or has no users
     * @param bottleneck the most utilized component's id, or null
     * @param broken the design is saturated or over its p95 objective here: it is never marked
     *     best at this point
     * @param best the figures on which this design is strictly the best at this point
     */
    public record Kpi(double multiplier, Double users, Double monthlyUsd,
            Double perThousandUsersUsd, Double worstP95Ms, Double usersToGo,
            String bottleneck, String bottleneckName, double bottleneckUtilization,
            boolean broken, Set<Metric> best) {
        public Kpi {
            best = best.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(best));
        }

        public boolean isBest(Metric m) {
            return best.contains(m);
        }
    }

    /** The growth points to compare: 1x, 3x and 10x, capped at the designs' common growth end. */
    public static List<Double> points(List<Design> designs) {
        double end = designs.stream().mapToDouble(d -> d.range().to()).min().orElse(10);
        TreeSet<Double> ms = new TreeSet<>();
        for (double m : new double[] {1, 3, 10}) {
            if (m <= end) {
                ms.add(m);
            }
        }
        if (end < 10) {
            ms.add(end);
        }
        return new ArrayList<>(ms);
    }

    public static Comparison of(List<Design> designs) {
        if (designs.size() < MIN_DESIGNS || designs.size() > MAX_DESIGNS) {
            throw new IllegalArgumentException("compare needs 2 to 4 designs, got "
                    + designs.size());
        }
        List<Double> ms = points(designs);
        List<List<Kpi>> raw = new ArrayList<>();
        for (Design d : designs) {
            List<Kpi> ks = new ArrayList<>();
            for (double m : ms) {
                ks.add(kpi(d, m));
            }
            raw.add(ks);
        }
        List<Column> cols = new ArrayList<>();
        for (int i = 0; i < designs.size(); i++) {
            List<Kpi> marked = new ArrayList<>();
            for (int j = 0; j < ms.size(); j++) {
                int point = j;
                List<Kpi> row = raw.stream().map(ks -> ks.get(point)).toList();
                Kpi k = raw.get(i).get(j);
                EnumSet<Metric> best = EnumSet.noneOf(Metric.class);
                for (Metric metric : Metric.values()) {
                    if (strictlyBest(row, i, metric)) {
                        best.add(metric);
                    }
                }
                marked.add(new Kpi(k.multiplier(), k.users(), k.monthlyUsd(),
                        k.perThousandUsersUsd(), k.worstP95Ms(), k.usersToGo(), k.bottleneck(),
                        k.bottleneckName(), k.bottleneckUtilization(), k.broken(), best));
            }
            Design d = designs.get(i);
            cols.add(new Column(d.name(), d.breaks(), breaksLatest(designs, i), marked));
        }
        return new Comparison(ms, cols);
    }

    private static Kpi kpi(Design d, double m) {
        Point p = d.at(m);
        Solution s = p.solution();
        String bn = s.bottleneck();
        String bnName = bn == null ? null
                : d.model().component(bn).map(c -> c.displayName()).orElse(bn);
        double bnUtil = bn == null ? 0 : s.component(bn).map(c -> c.utilization()).orElse(0.0);
        return new Kpi(m, s.users(), p.bill() == null ? null : p.bill().totalUsd(),
                p.bill() == null ? null : p.bill().perThousandUsersUsd(),
                s.worstP95Ms().orElse(null), d.breaks().usersToGo(m), bn, bnName, bnUtil,
                d.breaks().brokenAt(m), Set.of());
    }

    /**
     * Whether design {@code i} has strictly the best value of {@code metric} in this row among
     * the designs that are not broken there. Lower is better for money and latency. A broken
     * design is never best; unknown money compares with nothing.
     */
    static boolean strictlyBest(List<Kpi> row, int i, Metric metric) {
        Kpi me = row.get(i);
        if (me.broken()) {
            return false;
        }
        Double mine = rank(me, metric);
        if (mine == null) {
            return false;
        }
        for (int j = 0; j < row.size(); j++) {
            if (j == i || row.get(j).broken()) {
                continue;
            }
            Double other = rank(row.get(j), metric);
            if (other == null) {
                if (metric != Metric.P95) {
                    return false;
                }
                continue;
            }
            if (other <= mine) {
                return false;
            }
        }
        return true;
    }

    /** The value to minimize, or null when it cannot be ranked. */
    private static Double rank(Kpi k, Metric metric) {
        return switch (metric) {
            case MONTHLY_BILL -> k.monthlyUsd();
            case COST_PER_THOUSAND_USERS -> k.perThousandUsersUsd();
            case P95 -> k.worstP95Ms() == null ? Double.MAX_VALUE : k.worstP95Ms();
        };
    }

    /**
     * Design {@code i} breaks strictly later than every other ("does not break" is latest): by
     * the users at the break when every design counts users, else by the multiplier.
     */
    static boolean breaksLatest(List<Design> designs, int i) {
        boolean byUsers = designs.stream().allMatch(d -> d.breaks().usersPerMultiple() != null);
        java.util.function.Function<Design, Double> at = d -> byUsers
                ? d.breaks().breaksAtUsers() : d.breaksAt();
        Double mine = at.apply(designs.get(i));
        for (int j = 0; j < designs.size(); j++) {
            if (j == i) {
                continue;
            }
            Double other = at.apply(designs.get(j));
            if (mine != null && (other == null || other >= mine)) {
                return false;
            }
            if (mine == null && other == null) {
                return false;
            }
        }
        return true;
    }
}
