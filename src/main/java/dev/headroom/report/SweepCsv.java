package dev.headroom.report;

import dev.headroom.analysis.ClassResult;
import dev.headroom.analysis.Solution;

/**
 * A design's sweep as CSV for a spreadsheet (the desktop app's "export the sweep"): one row per
 * growth point and request class, the same columns as {@code sweep --csv} plus the bill per
 * 1,000 users, full precision, RFC 4180 quoting, CRLF line ends. Unknown is an empty cell.
 */
public final class SweepCsv {
    public static final String HEADER = "multiplier,users,arrivalRatePerSecond,stable,bottleneck,"
            + "monthlyCostUsd,costPerThousandUsersUsd,class,classArrivalRatePerSecond,"
            + "throughputPerSecond,latencyMeanMs,latencyP50Ms,latencyP95Ms,latencyP99Ms";

    private SweepCsv() {}

    public static String csv(Design d) {
        StringBuilder sb = new StringBuilder(HEADER).append("\r\n");
        for (Design.Point p : d.points()) {
            Solution s = p.solution();
            MonthlyCost bill = p.bill();
            for (ClassResult c : s.classes()) {
                sb.append(s.multiplier()).append(',').append(num(s.users())).append(',')
                        .append(s.arrivalRatePerSecond()).append(',').append(s.stable())
                        .append(',').append(quote(s.bottleneck())).append(',')
                        .append(num(bill == null ? null : bill.totalUsd())).append(',')
                        .append(num(bill == null ? null : bill.perThousandUsersUsd()))
                        .append(',').append(quote(c.name())).append(',')
                        .append(c.arrivalRatePerSecond()).append(',')
                        .append(c.throughputPerSecond()).append(',')
                        .append(num(c.latencyMeanMs())).append(',')
                        .append(num(c.latencyP50Ms())).append(',')
                        .append(num(c.latencyP95Ms())).append(',')
                        .append(num(c.latencyP99Ms())).append("\r\n");
            }
        }
        return sb.toString();
    }

    private static String num(Double v) {
        return v == null ? "" : Double.toString(v);
    }

    /**
     * RFC 4180 quoting; a cell a spreadsheet would run as a formula ({@code = + - @} first) is
     * prefixed with an apostrophe, since names come from model files.
     */
    static String quote(String s) {
        if (s == null) {
            return "";
        }
        String v = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
