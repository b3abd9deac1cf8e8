package dev.headroom.analysis;

import dev.headroom.model.Growth;
import dev.headroom.model.Model;
import dev.headroom.network.Network;
import dev.headroom.network.NetworkCompiler;
import java.util.ArrayList;
import java.util.List;

/** Growth sweeps (docs/cli.md {@code sweep}): solutions at each multiplier plus the breaks. */
public final class Sweeps {
    private Sweeps() {}

    /** The model's own growth range. */
    public static Sweep sweep(Model model) {
        return sweep(model, NetworkCompiler.compile(model), model.growth());
    }

    public static Sweep sweep(Model model, Network net, Growth growth) {
        double[] ms = growth.multipliers();
        List<Solution> points = new ArrayList<>(ms.length);
        for (double m : ms) {
            points.add(AnalyticSolver.solve(net, m));
        }
        return new Sweep(model.name(), points,
                BreakFinder.breaks(net, model.slo(), growth.to()),
                BreakFinder.sloBreachedAt(net,
                        Objectives.of(model.slo(), model.requestClasses()), growth.to()));
    }
}
