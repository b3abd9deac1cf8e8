package dev.headroom.sim;

import dev.headroom.io.ModelReader;
import dev.headroom.network.Network;
import dev.headroom.network.NetworkCompiler;

/** Small models for the simulator's tests, written inline. */
final class SimModels {
    private SimModels() {}

    static Network parse(String json) {
        ModelReader.Result r = ModelReader.parse(json);
        if (!r.ok()) {
            throw new IllegalArgumentException(r.problems().toString());
        }
        return NetworkCompiler.compile(r.model());
    }

    /** One open station: rate λ/s, mean service {@code serviceMs}, cv, c servers. */
    static Network station(double rate, double serviceMs, double cv, int servers) {
        return parse("""
            {"format": 1, "name": "station", "workload": {"arrivalRatePerSecond": %s},
             "components": [{"id": "s", "kind": "service", "concurrency": %d,
                             "serviceTimeMs": %s, "serviceTimeCv": %s}],
             "connections": []}""".formatted(rate, servers, serviceMs, cv));
    }

    static SimOptions options(long requests, int replications) {
        return SimOptions.defaults().withRequests(requests).withReplications(replications);
    }
}
