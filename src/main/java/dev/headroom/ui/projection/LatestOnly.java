package dev.headroom.ui.projection;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs {@code work} on a worker for the newest input only: inputs that arrive while it is busy
 * replace one another, and an answer is handed to {@code deliver} on the UI executor only when no
 * newer input is waiting (the same discipline as {@link dev.headroom.ui.results.LiveSolver}).
 * With direct executors the answer arrives before {@link #request} returns.
 */
final class LatestOnly<I, O> {
    private final Executor worker;
    private final Executor ui;
    private final Function<I, O> work;
    private final Consumer<O> deliver;
    private final AtomicReference<I> pending = new AtomicReference<>();
    private final AtomicBoolean draining = new AtomicBoolean();

    LatestOnly(Executor worker, Executor ui, Function<I, O> work, Consumer<O> deliver) {
        this.worker = worker;
        this.ui = ui;
        this.work = work;
        this.deliver = deliver;
    }

    void request(I input) {
        pending.set(input);
        if (draining.compareAndSet(false, true)) {
            worker.execute(this::drain);
        }
    }

    private void drain() {
        try {
            I in;
            while ((in = pending.getAndSet(null)) != null) {
                O out = work.apply(in);
                if (pending.get() == null) {
                    ui.execute(() -> deliver.accept(out));
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
