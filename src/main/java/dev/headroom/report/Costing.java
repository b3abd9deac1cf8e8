package dev.headroom.report;

import dev.headroom.model.Model;
import dev.headroom.network.Network;
import java.util.Optional;

/**
 * Where the report gets its money figures: the cost engine's monthly bill of a model at one
 * growth multiplier. Empty when the design has no pricing: the report then leaves money out
 * rather than print a guess.
 */
@FunctionalInterface
public interface Costing {
    /** No pricing: the report shows no money. */
    Costing NONE = (model, net, m) -> Optional.empty();

    /**
     * The bill of {@code model} (compiled as {@code net}) at multiplier {@code m}. The report
     * also asks it for variants of the model (a fix applied), so it must price the model it is
     * given rather than one it remembers.
     */
    Optional<MonthlyCost> bill(Model model, Network net, double m);
}
