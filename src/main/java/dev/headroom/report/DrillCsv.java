package dev.headroom.report;

import dev.headroom.io.Csv;
import dev.headroom.sim.drill.DrillResult;
import java.util.ArrayList;
import java.util.List;

/**
 * A drill's timeline as CSV (docs/drills.md "Output"): one row per bucket, the request figures,
 * then per component its utilization, queue length and instances (and threads in use where it
 * has pools), columns named {@code <id>.utilization} and so on.
 */
public final class DrillCsv {
    private DrillCsv() {}

    public static String csv(DrillResult r) {
        List<String> header = new ArrayList<>(List.of("t", "offeredPerSecond",
                "attemptsPerSecond", "goodputPerSecond", "failedPerSecond", "p95Ms", "p99Ms",
                "good"));
        for (DrillResult.ComponentSummary c : r.components()) {
            header.add(c.id() + ".utilization");
            header.add(c.id() + ".queueLength");
            header.add(c.id() + ".instances");
            if (c.threads()) {
                header.add(c.id() + ".threadsInUse");
            }
        }
        Csv csv = new Csv(header);
        for (DrillResult.Bucket b : r.timeline()) {
            List<String> row = new ArrayList<>(List.of(Csv.num(b.t()),
                    Csv.num(b.offeredPerSecond()), Csv.num(b.attemptsPerSecond()),
                    Csv.num(b.goodputPerSecond()), Csv.num(b.failedPerSecond()),
                    Csv.num(b.p95Ms()), Csv.num(b.p99Ms()), b.good() ? "true" : "false"));
            for (DrillResult.ComponentPoint p : b.components()) {
                row.add(Csv.num(p.utilization()));
                row.add(Csv.num(p.queueLength()));
                row.add(Csv.num(p.instances()));
                if (p.threadsInUse() != null) {
                    row.add(Csv.num(p.threadsInUse()));
                }
            }
            csv.row(row.toArray(String[]::new));
        }
        return csv.toString();
    }
}
