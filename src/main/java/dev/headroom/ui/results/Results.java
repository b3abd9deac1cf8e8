package dev.headroom.ui.results;

import dev.headroom.analysis.Break;
import dev.headroom.analysis.Solution;
import dev.headroom.analysis.StationResult;
import dev.headroom.cost.Bill;
import dev.headroom.model.Model;
import dev.headroom.model.Problem;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the live view shows for one model at one growth multiplier.
 *
 * @param problems why the model cannot be solved; empty when {@code solution} is present
 * @param solution the analytic solution, or null when the model has problems
 * @param breaks what breaks first, in the engine's order (may be empty)
 * @param sloBreachedAt multiplier at which the p95 SLO is first breached, or null
 * @param bill the monthly bill, or null when pricing is unavailable
 * @param costProblems why the bill is unavailable or partial
 * @param edgeRates calls per second on each connection, keyed {@link #edgeKey(String, String)}
 */
public record Results(Model model, double multiplier, List<Problem> problems, Solution solution,
        List<Break> breaks, Double sloBreachedAt, Bill bill, List<String> costProblems,
        Map<String, Double> edgeRates) {

    public Results {
        problems = List.copyOf(problems);
        breaks = List.copyOf(breaks);
        costProblems = List.copyOf(costProblems);
        edgeRates = Map.copyOf(edgeRates);
    }

    public static Results invalid(Model model, double multiplier, List<Problem> problems) {
        return new Results(model, multiplier, problems, null, List.of(), null, null, List.of(),
                Map.of());
    }

    public static String edgeKey(String from, String to) {
        return from + "\u2192" + to;
    }

    public boolean solved() {
        return solution != null;
    }

    public Optional<StationResult> station(String id) {
        return solution == null ? Optional.empty() : solution.component(id);
    }

    /** The earliest multiplier at which anything saturates, with the component; empty if none. */
    public Optional<Break> firstSaturation() {
        return breaks.stream().filter(b -> b.saturatesAt() != null)
                .min(java.util.Comparator.comparingDouble(Break::saturatesAt));
    }
}
