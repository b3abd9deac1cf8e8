package dev.headroom.ui.simulate;

import dev.headroom.analysis.ClassResult;
import dev.headroom.analysis.Solution;
import dev.headroom.analysis.StationResult;
import dev.headroom.sim.SimResult;
import java.util.ArrayList;
import java.util.List;

/** The tables' rows: each simulated figure beside the analytic engine's for the same thing. */
public final class Rows {
    private Rows() {}

    /** Per class, in the model's order: mean, p95, p99 latency, analytic against simulated. */
    public static List<ClassRow> classes(Solution a, SimResult s) {
        List<ClassRow> out = new ArrayList<>();
        for (SimResult.ClassStats c : s.classes()) {
            ClassResult ac = a.requestClass(c.name()).orElse(null);
            boolean sat = ac != null && ac.saturated();
            out.add(new ClassRow(c.name(),
                    Difference.of(ac == null ? null : ac.latencyMeanMs(), c.latencyMeanMs(), sat),
                    Difference.of(ac == null ? null : ac.latencyP95Ms(), c.latencyP95Ms(), sat),
                    Difference.of(ac == null ? null : ac.latencyP99Ms(), c.latencyP99Ms(), sat)));
        }
        return out;
    }

    /** Per component, in the model's order: utilization and throughput. */
    public static List<ComponentRow> components(Solution a, SimResult s) {
        List<ComponentRow> out = new ArrayList<>();
        for (SimResult.StationStats c : s.components()) {
            StationResult ac = a.component(c.id()).orElse(null);
            Difference util = c.servers() == null ? null : Difference.of(
                    ac == null ? null : ac.utilization(), c.utilization(), false);
            Difference thr = Difference.of(ac == null ? null : ac.arrivalRatePerSecond(),
                    c.arrivalRatePerSecond(), false);
            out.add(new ComponentRow(c.id(), c.name(), util, thr));
        }
        return out;
    }
}
