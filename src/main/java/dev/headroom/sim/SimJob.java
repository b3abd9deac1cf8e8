package dev.headroom.sim;

/**
 * A running steady-state simulation: progress is the share of the requests to simulate that
 * have completed (see {@link Job}).
 */
public final class SimJob extends Job<SimResult> {
    SimJob(long total) {
        super(total, "simulation cancelled");
    }
}
