package dev.headroom.io;

import dev.headroom.model.Component;
import java.util.List;

/**
 * Reads older model formats with the meaning they had when they were written, so that opening
 * an old file never changes its numbers silently (docs/model-format.md "Versions").
 */
final class Migration {
    private Migration() {}

    /**
     * Format 1 → 2: a component without {@code concurrency} had one server per instance. Format 2
     * derives the servers from the instance type's vCPUs instead, so the old meaning is kept by
     * pinning {@code concurrency: 1}; the inspector then shows it pinned below the type's vCPUs.
     */
    static List<Component> pinConcurrency(List<Component> components) {
        return components.stream()
                .map(c -> c.pinsConcurrency() ? c : c.withConcurrency(1))
                .toList();
    }
}
