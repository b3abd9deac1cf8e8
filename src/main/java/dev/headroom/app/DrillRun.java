package dev.headroom.app;

import dev.headroom.sim.drill.DrillJob;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;

/**
 * A drill under way: progress from 0 to 1, cancel, and the outcome when it is done. Made by
 * {@link Drills#start}.
 */
public final class DrillRun {
    private final DrillJob job;
    private final CompletableFuture<DrillOutcome> outcome;

    DrillRun(DrillJob job, CompletableFuture<DrillOutcome> outcome) {
        this.job = job;
        this.outcome = outcome;
    }

    public double progress() {
        return job.progress();
    }

    /** Stops the drill soon; the outcome completes with a {@link CancellationException}. */
    public void cancel() {
        job.cancel();
        outcome.completeExceptionally(new CancellationException("drill cancelled"));
    }

    public CompletableFuture<DrillOutcome> outcome() {
        return outcome;
    }

    /**
     * Waits for the outcome.
     *
     * @throws CancellationException when cancelled or interrupted
     */
    public DrillOutcome join() {
        try {
            return outcome.get();
        } catch (InterruptedException e) {
            cancel();
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
