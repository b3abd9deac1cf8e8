package dev.headroom.app;

import dev.headroom.model.Autoscale;
import dev.headroom.model.Component;
import dev.headroom.model.Kind;

/**
 * What a freshly dropped component starts with: published figures for that kind (service time
 * per visit, servers), so the canvas answers at once with plausible numbers. The sources are in
 * docs/model-format.md, "Defaults of a new component"; in short:
 * <ul>
 *   <li>cache: redis-benchmark's 80,000–150,000 GETs a second on one core (7–12 µs each); 20 µs
 *       on the one thread that runs Redis commands, so a new cache saturates at 50,000 ops/s;
 *   <li>database: Stack Overflow's 1.67 ms per SQL query (334.6 million queries in 558.2
 *       million ms), on 4 servers (the vCPUs of a 4-vCPU database instance);
 *   <li>service: Stack Overflow's 18.4 ms of application time per HTTP request, rounded to
 *       20 ms, 4 threads, autoscaled 2–10;
 *   <li>storage: S3 serves at least 5,500 GETs a second per prefix (AWS, "Best practices
 *       design patterns: optimizing Amazon S3 performance"), 30 ms each;
 *   <li>the rest: the bundled examples' figures (an ALB's 1 ms, a
 *       CDN's 20 ms, a queue's 15 ms, a worker's 40 ms job, a third-party API's 200 ms).
 * </ul>
 */
public final class ComponentDefaults {
    private ComponentDefaults() {}

    public static Component of(String id, Kind kind) {
        Component c = switch (kind) {
            case LOAD_BALANCER -> Component.of(id, kind, 1).withConcurrency(1000);
            case SERVICE -> Component.of(id, kind, 20).withConcurrency(4)
                    .withAutoscale(new Autoscale(2, 10, 0.6));
            case WORKER -> Component.of(id, kind, 40).withConcurrency(8);
            case CACHE -> Component.of(id, kind, 0.02).withConcurrency(1).withHitRatio(0.9);
            case DATABASE -> Component.of(id, kind, 1.67).withConcurrency(4);
            case QUEUE -> Component.of(id, kind, 15).withConcurrency(1000);
            // S3 serves at least 5,500 GETs a second per prefix: 5,500 /s × 30 ms = 165 at once
            case STORAGE -> Component.of(id, kind, 30).withConcurrency(165);
            case CDN -> Component.of(id, kind, 20);
            case EXTERNAL -> Component.of(id, kind, 200);
        };
        return c.withName(kind.label());
    }
}
