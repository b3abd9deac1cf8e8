package dev.headroom.sim;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * A running simulation of independent replications (docs/code-style.md "Long work is a
 * plain-Java job"): a future for the result, progress from 0 to 1, and cancel. The UI wraps it
 * in a JavaFX task; the CLI waits on it. The steady-state simulator's {@link SimJob} and the
 * drill engine's job are this with their own result.
 *
 * @param <R> the combined result of the replications
 */
public class Job<R> {
    private final CompletableFuture<R> result = new CompletableFuture<>();
    private final AtomicLong done = new AtomicLong();
    private final long total;
    private final String cancelled;
    private volatile boolean cancelRequested;

    /**
     * @param total the units of work the replications count on {@link #counter()} in all
     * @param cancelledMessage the message of the {@link CancellationException} a cancel gives
     */
    protected Job(long total, String cancelledMessage) {
        this.total = total;
        this.cancelled = cancelledMessage;
    }

    /** Completes with the result, or exceptionally with a {@link CancellationException}. */
    public final CompletableFuture<R> result() {
        return result;
    }

    /** Share of the work done, 0 to 1. */
    public final double progress() {
        return result.isDone() && !result.isCompletedExceptionally() ? 1
                : Math.min(1, done.get() / (double) total);
    }

    /** Stops the run soon (within a few thousand events per thread); the result is cancelled. */
    public final void cancel() {
        cancelRequested = true;
        result.completeExceptionally(new CancellationException(cancelled));
    }

    public final boolean isCancelled() {
        return cancelRequested;
    }

    /**
     * Waits for the result.
     *
     * @throws CancellationException when the run was cancelled
     */
    public final R join() {
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

    /** For the engine's replications: the work done, which they add to as they go. */
    public final AtomicLong counter() {
        return done;
    }

    /** For the engine's replications: whether to stop. */
    public final boolean cancelRequested() {
        return cancelRequested;
    }

    /**
     * Runs replications 0 to {@code replications − 1} as one task each on {@code executor}; the
     * last to finish completes this job with {@code combine}'s result, and any failure fails it.
     * A task that starts after the job ended (cancelled or failed) does nothing.
     */
    public final Job<R> runEach(Executor executor, int replications, IntConsumer replication,
            Supplier<R> combine) {
        AtomicInteger left = new AtomicInteger(replications);
        for (int i = 0; i < replications; i++) {
            int rep = i;
            executor.execute(() -> {
                if (result.isDone()) {
                    return;
                }
                try {
                    replication.accept(rep);
                    if (left.decrementAndGet() == 0) {
                        result.complete(combine.get());
                    }
                } catch (Throwable e) {
                    result.completeExceptionally(e);
                }
            });
        }
        return this;
    }

    /**
     * Starts a job on new daemon threads named {@code name-1}, {@code name-2}, … ({@code threads}
     * of them, 0 for one per core, never more than the replications), shut down when it ends.
     */
    public static <J extends Job<?>> J onOwnThreads(int threads, int replications, String name,
            Function<Executor, J> start) {
        int n = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
        n = Math.max(1, Math.min(n, replications));
        AtomicInteger names = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, name + "-" + names.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        J job = start.apply(pool);
        job.result().whenComplete((r, e) -> pool.shutdown());
        return job;
    }
}
