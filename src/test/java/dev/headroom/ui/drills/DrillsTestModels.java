package dev.headroom.ui.drills;

import dev.headroom.io.ModelReader;
import dev.headroom.model.Model;

/** Small drilled models for the Drills workspace's tests: quick to run, numbers in sight. */
final class DrillsTestModels {
    private DrillsTestModels() {}

    /**
     * 200 requests/s through a load balancer to an app of 2 × 4 servers of 20 ms (25% busy)
     * holding a pool of 30 threads per instance across a 100 ms call to an external API; two
     * classes; a 2-minute drill that doubles the traffic for 20 s and loses an app instance.
     */
    static Model small() {
        ModelReader.Result r = ModelReader.parse("""
            {"format": 2, "name": "small drilled",
             "workload": {"arrivalRatePerSecond": 200, "timeoutMs": 2000,
                          "retries": {"max": 1, "backoffMs": 50},
                          "classes": [{"name": "page", "share": 0.8, "entry": "lb"},
                                      {"name": "pay", "share": 0.2, "entry": "lb"}]},
             "slo": {"p95LatencyMs": 400},
             "components": [
               {"id": "lb", "kind": "load-balancer", "serviceTimeMs": 1, "queueing": false},
               {"id": "app", "kind": "service", "instances": 2, "concurrency": 4,
                "serviceTimeMs": 20, "threads": 30},
               {"id": "api", "kind": "external", "serviceTimeMs": 100}],
             "connections": [{"from": "lb", "to": "app"},
                             {"from": "app", "to": "api", "classes": ["pay"]}],
             "drills": [{"name": "double and lose one", "durationSeconds": 120,
                         "traffic": [{"atSeconds": 20, "multiplier": 2},
                                     {"atSeconds": 40, "multiplier": 1}],
                         "events": [{"atSeconds": 60, "forSeconds": 20,
                                     "kind": "lose-instances", "component": "app",
                                     "count": 1}]}],
             "layout": {"nodes": {"lb": {"x": 60, "y": 60}, "app": {"x": 330, "y": 60},
                                  "api": {"x": 600, "y": 60}}}}""");
        if (!r.ok()) {
            throw new IllegalStateException(r.problems().toString());
        }
        return r.model();
    }
}
