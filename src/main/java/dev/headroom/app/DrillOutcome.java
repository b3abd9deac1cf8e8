package dev.headroom.app;

import dev.headroom.model.Drill;
import dev.headroom.model.Model;
import dev.headroom.sim.drill.DrillResult;
import java.util.Objects;

/**
 * A drill run under one policy set, with what the steady-state engine says about the load before
 * and after the trigger, and the verdict in words (docs/drills.md "Recovery").
 *
 * @param model the model run (the policy set applied)
 * @param policy the policy set
 * @param drill the drill
 * @param result the engine's figures
 * @param stableBefore the steady-state engine carries the starting traffic
 * @param stableAfter the steady-state engine carries the traffic after the trigger (null when the
 *     traffic does not come back to its starting level)
 */
public record DrillOutcome(Model model, DrillPolicy policy, Drill drill, DrillResult result,
        boolean stableBefore, Boolean stableAfter) {
    public DrillOutcome {
        Objects.requireNonNull(model);
        Objects.requireNonNull(policy);
        Objects.requireNonNull(drill);
        Objects.requireNonNull(result);
    }

    /**
     * Metastable: not recovered (in some replication) although the steady-state engine carries
     * the load after the trigger, and not merely still draining a backlog when the drill ends;
     * what keeps it down is the drill's own doing (retries, wasted work), not a lack of
     * capacity.
     */
    public boolean metastable() {
        return Boolean.TRUE.equals(stableAfter) && result.triggerEndSeconds() != null
                && !result.recovered() && !result.stillDraining();
    }

    /** The recovery time, when every replication recovered. */
    public Double recoverySeconds() {
        return result.recoverySeconds().value();
    }

    /** The verdict, one sentence, and whether it is good news. */
    public Words.Status verdict() {
        return DrillWords.verdict(this);
    }
}
