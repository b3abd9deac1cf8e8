package dev.headroom.sim.drill;

import dev.headroom.sim.Job;

/**
 * A running drill (see {@link Job}): progress is the simulated time over every replication's
 * span, warm-up included.
 */
public final class DrillJob extends Job<DrillResult> {
    DrillJob(int replications) {
        super((long) replications * DrillReplication.PROGRESS_UNITS, "drill cancelled");
    }
}
