package dev.headroom.report;

import dev.headroom.analysis.ClassResult;
import dev.headroom.analysis.Solution;
import dev.headroom.app.Design;
import dev.headroom.app.Point;
import dev.headroom.cost.Bill;
import dev.headroom.io.Csv;
import java.util.List;

/**
 * A design's sweep as CSV for a spreadsheet ({@code sweep --csv} and the app's "export the
 * sweep"): one row per growth point and request class, full precision, through {@link Csv}.
 * Unknown is an empty cell.
 */
public final class SweepCsv {
    public static final List<String> HEADER = List.of("multiplier", "users",
            "arrivalRatePerSecond", "stable", "bottleneck", "monthlyCostUsd",
            "costPerThousandUsersUsd", "class", "classArrivalRatePerSecond",
            "throughputPerSecond", "latencyMeanMs", "latencyP50Ms", "latencyP95Ms",
            "latencyP99Ms");

    private SweepCsv() {}

    public static String csv(Design d) {
        return csv(d.points());
    }

    /** The rows of these points. */
    public static String csv(List<Point> points) {
        Csv csv = new Csv(HEADER);
        for (Point p : points) {
            Solution s = p.solution();
            Bill bill = p.bill();
            for (ClassResult c : s.classes()) {
                csv.row(Csv.num(s.multiplier()), Csv.num(s.users()),
                        Csv.num(s.arrivalRatePerSecond()), Boolean.toString(s.stable()),
                        Csv.text(s.bottleneck()), Csv.num(bill == null ? null : bill.totalUsd()),
                        Csv.num(bill == null ? null : bill.perThousandUsersUsd()),
                        Csv.text(c.name()), Csv.num(c.arrivalRatePerSecond()),
                        Csv.num(c.throughputPerSecond()), Csv.num(c.latencyMeanMs()),
                        Csv.num(c.latencyP50Ms()), Csv.num(c.latencyP95Ms()),
                        Csv.num(c.latencyP99Ms()));
            }
        }
        return csv.toString();
    }
}
