package dev.headroom.ui.document;

import dev.headroom.analysis.Break;
import dev.headroom.analysis.Solution;
import dev.headroom.analysis.StationResult;
import dev.headroom.app.Analysis;
import dev.headroom.app.Breaks;
import dev.headroom.app.Point;
import dev.headroom.cost.Bill;
import dev.headroom.model.Model;
import dev.headroom.model.Problem;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the live view shows for one model at one growth multiplier: the application
 * service's {@link Analysis} of the model, and its point at the multiplier.
 *
 * @param analysis the model as the service sees it (problems, pricing, breaks)
 * @param point the solution and bill at the multiplier, or null when the model has problems
 * @param edgeRates calls per second on each connection, keyed by {@link Analysis#edgeKey}
 */
public record Results(Analysis analysis, double multiplier, Point point,
        Map<String, Double> edgeRates) {

    public Results {
        edgeRates = Map.copyOf(edgeRates);
    }

    /** The results of an analysis at a multiplier. */
    public static Results of(Analysis a, double m) {
        if (!a.solvable()) {
            return new Results(a, m, null, Map.of());
        }
        Point p = a.at(m);
        return new Results(a, m, p, a.edgeRates(p.solution()));
    }

    public static String edgeKey(String from, String to) {
        return Analysis.edgeKey(from, to);
    }

    public Model model() {
        return analysis.model();
    }

    public boolean solved() {
        return point != null;
    }

    /** Why the model cannot be solved; empty when it can. */
    public List<Problem> problems() {
        return analysis.problems();
    }

    /** The solution, or null when the model has problems. */
    public Solution solution() {
        return point == null ? null : point.solution();
    }

    /** The bill, or null when the model has problems or is not priced. */
    public Bill bill() {
        return point == null ? null : point.bill();
    }

    /** Why there is no bill (the service's one line), or null when there is one. */
    public String whyNoBill() {
        return bill() != null ? null : analysis.pricing().why();
    }

    /** Where the model breaks; only when solved. */
    public Breaks breaks() {
        return analysis.breaks();
    }

    public Optional<StationResult> station(String id) {
        return point == null ? Optional.empty() : point.solution().component(id);
    }

    /** The earliest multiplier at which anything saturates, with the component; empty if none. */
    public Optional<Break> firstSaturation() {
        return solved() ? breaks().firstSaturation() : Optional.empty();
    }
}
