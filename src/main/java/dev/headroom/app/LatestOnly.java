package dev.headroom.app;

import java.lang.System.Logger.Level;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs {@code work} on a worker for the newest input only: inputs that arrive while it is busy
 * replace one another, and an answer is handed to {@code deliver} on the UI executor only when
 * no newer input is waiting. Every live view (the design's results, the projection, the
 * comparison) re-solves through one of these, so a slider drag never queues up stale work. With
 * direct executors the answer arrives before {@link #request} returns (tests).
 *
 * <p>{@code work} should turn a bad input into an answer that says so; anything it throws
 * anyway is logged and that input is dropped, and the worker carries on.
 */
public final class LatestOnly<I, O> {
    private static final System.Logger LOG = System.getLogger(LatestOnly.class.getName());

    private final Executor worker;
    private final Executor ui;
    private final Function<I, O> work;
    private final Consumer<O> deliver;
    private final AtomicReference<I> pending = new AtomicReference<>();
    private final AtomicBoolean draining = new AtomicBoolean();

    public LatestOnly(Executor worker, Executor ui, Function<I, O> work, Consumer<O> deliver) {
        this.worker = worker;
        this.ui = ui;
        this.work = work;
        this.deliver = deliver;
    }

    /** Asks for {@code input} to be worked on; replaces any input still waiting. */
    public void request(I input) {
        pending.set(input);
        if (draining.compareAndSet(false, true)) {
            worker.execute(this::drain);
        }
    }

    private void drain() {
        try {
            I in;
            while ((in = pending.getAndSet(null)) != null) {
                O out;
                try {
                    out = work.apply(in);
                } catch (RuntimeException e) {
                    LOG.log(Level.ERROR, "dropped a request that failed", e);
                    continue;
                }
                if (pending.get() == null) {
                    O done = out;
                    ui.execute(() -> deliver.accept(done));
                }
            }
        } finally {
            draining.set(false);
            if (pending.get() != null && draining.compareAndSet(false, true)) {
                worker.execute(this::drain);
            }
        }
    }
}
