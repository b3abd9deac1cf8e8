package dev.headroom.app;

import dev.headroom.model.Autoscale;
import dev.headroom.model.Component;
import dev.headroom.model.Kind;

/**
 * What a freshly dropped component starts with: figures a performance engineer would guess for
 * that kind before measuring (service time per visit, servers), so the canvas answers at once.
 */
public final class ComponentDefaults {
    private ComponentDefaults() {}

    public static Component of(String id, Kind kind) {
        Component c = switch (kind) {
            case LOAD_BALANCER -> Component.of(id, kind, 0.5).withConcurrency(1000);
            case SERVICE -> Component.of(id, kind, 20).withConcurrency(4)
                    .withAutoscale(new Autoscale(2, 10, 0.6));
            case WORKER -> Component.of(id, kind, 100).withConcurrency(2);
            case CACHE -> Component.of(id, kind, 0.3).withConcurrency(2).withHitRatio(0.9);
            case DATABASE -> Component.of(id, kind, 5).withConcurrency(8);
            case QUEUE -> Component.of(id, kind, 1).withConcurrency(50);
            case STORAGE -> Component.of(id, kind, 15).withConcurrency(100);
            case CDN -> Component.of(id, kind, 20);
            case EXTERNAL -> Component.of(id, kind, 200);
        };
        return c.withName(kind.label());
    }
}
