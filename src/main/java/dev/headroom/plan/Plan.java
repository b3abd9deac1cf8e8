package dev.headroom.plan;

import dev.headroom.analysis.Solution;
import dev.headroom.cost.Bill;
import dev.headroom.model.Model;
import java.util.List;

/**
 * The cheapest sizing of a model that meets its objectives at one growth step, or why there is
 * none.
 *
 * @param multiplier the growth step
 * @param planned the model with the plan applied, or null when nothing meets the objectives
 * @param choices what each sized component gets, in model order
 * @param kept the components the planner does not size, and why
 * @param bill the planned model's bill at the step (the real bill: the figure to quote), or null
 * @param solution the planned model solved at the step, or null
 * @param evaluations solves of the latency distributions the search made
 * @param proven the search finished, so no cheaper sizing meets the objectives; false when it
 *     ran out of evaluations and this is only the cheapest it found
 * @param lowerBoundUsd when not proven, the least any sizing that meets the objectives can
 *     bill (the gap to {@code bill} is what the search could not rule out); else null
 * @param whyNot why nothing meets the objectives, or null
 */
public record Plan(double multiplier, Model planned, List<Choice> choices, List<Kept> kept,
        Bill bill, Solution solution, int evaluations, boolean proven, Double lowerBoundUsd,
        String whyNot) {

    public Plan {
        choices = List.copyOf(choices);
        kept = List.copyOf(kept);
    }

    /** Whether some sizing meets the objectives. */
    public boolean feasible() {
        return planned != null;
    }

    /** The planned bill, USD a month, or NaN when there is no plan or no bill. */
    public double monthlyUsd() {
        return bill == null ? Double.NaN : bill.totalUsd();
    }

    /**
     * What one sized component gets.
     *
     * @param componentId the component
     * @param asDrawn its type and instances as drawn, sized as the model sizes it at the step
     * @param chosen what the plan gives it
     */
    public record Choice(String componentId, Option asDrawn, Option chosen) {
        /** Whether the plan changes its type or its instances. */
        public boolean changes() {
            return !java.util.Objects.equals(asDrawn.instanceType(), chosen.instanceType())
                    || asDrawn.instances() != chosen.instances();
        }
    }

    /** A component the planner leaves as drawn, and why. */
    public record Kept(String componentId, String why) {}
}
