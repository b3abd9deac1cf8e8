package dev.headroom.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The app's background threads, one per kind of work (solving, projecting, comparing), so that
 * a slow report never holds up the live figures. All are daemon threads, and {@link #close()}
 * stops them when the app quits.
 */
public final class Workers implements AutoCloseable {
    private final List<ExecutorService> all = new ArrayList<>();

    /** A new single-thread executor named {@code name}. */
    public synchronized ExecutorService thread(String name) {
        ExecutorService e = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        all.add(e);
        return e;
    }

    @Override
    public synchronized void close() {
        all.forEach(ExecutorService::shutdownNow);
        all.clear();
    }
}
