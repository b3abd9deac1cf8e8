package dev.headroom.sim.drill;

import static dev.headroom.sim.drill.DrillModels.drill;
import static dev.headroom.sim.drill.DrillModels.single;
import static dev.headroom.sim.drill.DrillModels.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.headroom.model.Model;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A design that piles up millions of requests meets the engine's job limit: new requests are
 * refused at the door (and fail) instead of the simulation running out of memory.
 */
class DrillJobLimitTest {
    /**
     * 10 servers of 10 ms (μ = 1,000/s) meet 20,000/s from 10 s on. A waiting request is two
     * jobs (the client's and its visit), so the backlog grows at λ − μ = 19,000/s until it
     * holds 2²¹/2 requests, at t = 10 + 2²⁰/19,000 = 65.2 s; from then on, the fluid limit
     * admits only what leaves and refuses (λ − μ)(150 − 65.2) = 1,611,400 requests.
     */
    @Test
    void beyondTheLimitRequestsAreRefusedAtTheFluidRate() {
        double lambda = 20_000;
        double mu = 1_000;
        Model m = single(lambda, 1, 10, 10, null);
        DrillResult r = DrillModels.run(m, drill(150, 5, List.of(step(0, 0.025), step(10, 1)),
                List.of()), 1, 3);
        double full = 10 + DrillReplication.MAX_LIVE_JOBS / 2.0 / (lambda - mu);
        double refused = (lambda - mu) * (150 - full);
        assertThat((double) r.refusedRequests()).isCloseTo(refused, within(0.01 * refused));
        assertThat(r.failed().value()).isGreaterThanOrEqualTo(r.refusedRequests());
        assertThat(r.components().get(0).peakQueueLength().value())
                .isLessThanOrEqualTo(DrillReplication.MAX_LIVE_JOBS / 2.0 + 10);
    }
}
