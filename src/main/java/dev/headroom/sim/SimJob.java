package dev.headroom.sim;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A running simulation (docs/code-style.md "Long work is a plain-Java job"): a future for the result,
 * progress from 0 to 1, and cancel. The UI wraps it in a JavaFX task; the CLI waits on it.
 */
public final class SimJob {
    private final CompletableFuture<SimResult> result = new CompletableFuture<>();
    private final AtomicLong done = new AtomicLong();
    private final long total;
    private volatile boolean cancelled;

    SimJob(long total) {
        this.total = total;
    }

    /** Completes with the result, or exceptionally with a {@link CancellationException}. */
    public CompletableFuture<SimResult> result() {
        return result;
    }

    /** Share of the requests to simulate that have completed, 0 to 1. */
    public double progress() {
        return result.isDone() && !result.isCompletedExceptionally() ? 1
                : Math.min(1, done.get() / (double) total);
    }

    /** Stops the run soon (within a few thousand events per thread); the result is cancelled. */
    public void cancel() {
        cancelled = true;
        result.completeExceptionally(new CancellationException("simulation cancelled"));
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /**
     * Waits for the result.
     *
     * @throws CancellationException when the run was cancelled
     */
    public SimResult join() {
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

    void complete(SimResult r) {
        result.complete(r);
    }

    void fail(Throwable t) {
        result.completeExceptionally(t);
    }
}
