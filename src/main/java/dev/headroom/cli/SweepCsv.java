package dev.headroom.cli;

import dev.headroom.analysis.ClassResult;
import dev.headroom.analysis.Solution;
import dev.headroom.analysis.Sweep;
import dev.headroom.io.ResultJson;
import java.util.function.Function;

/** {@code sweep --csv}: one row per growth point and request class (RFC 4180 quoting). */
final class SweepCsv {
    private SweepCsv() {}

    static String csv(Sweep sw, Function<Solution, ResultJson.Costs> costs) {
        StringBuilder sb = new StringBuilder(
                "multiplier,users,arrivalRatePerSecond,stable,bottleneck,monthlyCostUsd,class,"
                        + "classArrivalRatePerSecond,throughputPerSecond,latencyMeanMs,"
                        + "latencyP50Ms,latencyP95Ms,latencyP99Ms\r\n");
        for (Solution s : sw.points()) {
            Double cost = costs.apply(s).totalUsd();
            for (ClassResult c : s.classes()) {
                sb.append(s.multiplier()).append(',').append(num(s.users())).append(',')
                        .append(s.arrivalRatePerSecond()).append(',').append(s.stable())
                        .append(',').append(quote(s.bottleneck())).append(',').append(num(cost))
                        .append(',').append(quote(c.name())).append(',')
                        .append(c.arrivalRatePerSecond()).append(',')
                        .append(c.throughputPerSecond()).append(',')
                        .append(num(c.latencyMeanMs())).append(',').append(num(c.latencyP50Ms()))
                        .append(',').append(num(c.latencyP95Ms())).append(',')
                        .append(num(c.latencyP99Ms())).append("\r\n");
            }
        }
        return sb.toString();
    }

    private static String num(Double v) {
        return v == null ? "" : Double.toString(v);
    }

    static String quote(String s) {
        if (s == null) {
            return "";
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
