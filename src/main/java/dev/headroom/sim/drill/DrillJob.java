package dev.headroom.sim.drill;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A running drill: a future for the result, progress from 0 to 1 (simulated time over every
 * replication's span, warm-up included), and cancel. The UI wraps it; the command line waits on
 * it.
 */
public final class DrillJob {
    private final CompletableFuture<DrillResult> result = new CompletableFuture<>();
    private final AtomicLong done = new AtomicLong();
    private final long total;
    private volatile boolean cancelled;

    DrillJob(int replications) {
        this.total = replications * DrillReplication.PROGRESS_UNITS;
    }

    /** Completes with the result, or exceptionally with a {@link CancellationException}. */
    public CompletableFuture<DrillResult> result() {
        return result;
    }

    /** Share of the simulated time done, 0 to 1. */
    public double progress() {
        return result.isDone() && !result.isCompletedExceptionally() ? 1
                : Math.min(1, done.get() / (double) total);
    }

    /** Stops the run soon (within a few thousand events per thread); the result is cancelled. */
    public void cancel() {
        cancelled = true;
        result.completeExceptionally(new CancellationException("drill cancelled"));
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /**
     * Waits for the result.
     *
     * @throws CancellationException when the run was cancelled
     */
    public DrillResult join() {
        try {
            return result.get();
        } catch (InterruptedException e) {
            cancel();
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof CancellationException ce) {
                throw ce;
            }
            if (c instanceof RuntimeException re) {
                throw re;
            }
            throw new CompletionException(c);
        }
    }

    AtomicLong counter() {
        return done;
    }

    boolean cancelRequested() {
        return cancelled;
    }

    void complete(DrillResult r) {
        result.complete(r);
    }

    void fail(Throwable t) {
        result.completeExceptionally(t);
    }
}
