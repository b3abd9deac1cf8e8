package dev.headroom.sim.drill;

import static dev.headroom.sim.drill.DrillModels.drill;
import static dev.headroom.sim.drill.DrillModels.single;
import static dev.headroom.sim.drill.DrillModels.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.headroom.model.Component;
import dev.headroom.model.DrillEvent;
import dev.headroom.model.Kind;
import dev.headroom.model.Model;
import dev.headroom.model.Slo;
import dev.headroom.model.Workload;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Overload against the fluid limit (e.g. H. Chen, D. D. Yao, <i>Fundamentals of Queueing
 * Networks</i>, ch. 6): with many servers and a backlog far larger than its random wobble, a
 * queue served at μ and fed at λ grows or shrinks at λ − μ. A spike to λ₁ &gt; μ for T seconds
 * leaves a backlog of (λ₁ − μ)·T, which drains in backlog/(μ − λ₀) once the traffic is back at
 * λ₀. The random part of the backlog is about √((λ₁ + μ)T), under 2% here, so the tolerances
 * are 5% of the fluid figures.
 */
class DrillFluidTest {
    static final double MU = 1000; // 100 servers × 100 ms

    /** Queue length (visits present) of the one station, per bucket. */
    static double[] queue(DrillResult r) {
        return r.timeline().stream().mapToDouble(b -> b.components().get(0).queueLength())
                .toArray();
    }

    /** The first bucket at or after {@code from} whose queue is back under {@code level}. */
    static double drainedAt(DrillResult r, double from, double level) {
        for (DrillResult.Bucket b : r.timeline()) {
            if (b.t() >= from && b.components().get(0).queueLength() < level) {
                return b.t();
            }
        }
        return Double.NaN;
    }

    @Test
    void aSpikeAboveCapacityBuildsAndDrainsTheFluidBacklog() {
        double lambda0 = 700;
        double lambda1 = 1400;
        double spikeAt = 60;
        double t = 60;
        Model m = single(lambda0, 10, 10, 100, null).withSlo(new Slo(500.0, 0.8));
        DrillResult r = DrillModels.run(m, drill(300, 1,
                List.of(step(spikeAt, lambda1 / lambda0), step(spikeAt + t, 1)), List.of()),
                4, 21);
        double backlog = (lambda1 - MU) * t;
        double drain = backlog / (MU - lambda0);
        double[] q = queue(r);
        // the bucket ending at the spike's end: the 100 busy servers plus the backlog
        double atEnd = q[(int) (spikeAt + t) - 1];
        assertThat(atEnd - 100).isCloseTo(backlog, within(0.05 * backlog));
        double drained = drainedAt(r, spikeAt + t, 200) - (spikeAt + t);
        assertThat(drained).isCloseTo(drain, within(0.05 * drain));
        // recovery: the latency test passes once the backlog is gone
        assertThat(r.recovered()).isTrue();
        assertThat(r.recoverySeconds().value()).isCloseTo(drain, within(0.05 * drain + 2));
        // a request answered at the spike's end arrived at s when the backlog was
        // (λ₁ − μ)(s − start) and waited that over μ: s − start = T·μ/λ₁, a wait of
        // (λ₁ − μ)·T/λ₁; the bucket's p95 lies just above it (service and the last second)
        double wait = (lambda1 - MU) * t / lambda1;
        double p95AtEnd = r.timeline().get((int) (spikeAt + t) - 1).p95Ms() / 1000;
        assertThat(p95AtEnd).isCloseTo(wait, within(0.05 * wait));
        // nothing is lost: an unbounded queue only delays
        assertThat(r.failed().value()).isZero();
    }

    @Test
    void losingHalfTheInstancesForTwoMinutesBuildsAndDrainsTheFluidBacklog() {
        double lambda0 = 700;
        double loseAt = 60;
        double t = 120;
        // two instances of 50 servers: losing one halves the capacity to 500/s
        Model m = single(lambda0, 2, 50, 100, null).withSlo(new Slo(500.0, 0.8));
        DrillResult r = DrillModels.run(m, drill(400, 1, List.of(),
                List.of(DrillEvent.loseInstances(loseAt, t, "s", 1))), 4, 22);
        double backlog = (lambda0 - MU / 2) * t;
        double drain = backlog / (MU - lambda0);
        double[] q = queue(r);
        double atEnd = q[(int) (loseAt + t) - 1];
        assertThat(atEnd - 50).isCloseTo(backlog, within(0.05 * backlog));
        double drained = drainedAt(r, loseAt + t, 200) - (loseAt + t);
        assertThat(drained).isCloseTo(drain, within(0.05 * drain));
        assertThat(r.recoverySeconds().value()).isCloseTo(drain, within(0.05 * drain + 2));
        assertThat(r.component("s").orElseThrow().minInstances().value()).isEqualTo(1.0);
        // the requests on the lost instance fail with it: about half the 70 present at the time
        double lost = r.component("s").orElseThrow().lost().value();
        assertThat(lost).isBetween(20.0, 55.0);
        assertThat(r.failed().value()).isEqualTo(lost);
    }

    /**
     * An autoscaled tier meets a lasting spike late: the autoscaler decides every 10 s from the
     * last 60 s of load, and new instances serve scaleOutSeconds after the decision; then the
     * tier runs what the steady-state rule asks for the spike's load.
     */
    @Test
    void theAutoscalerCatchesUpAfterItsDelay() {
        double scaleOut = 90;
        Component c = Component.builder("s", Kind.SERVICE).concurrency(10).serviceTimeMs(100)
                .autoscale(DrillModels.autoscale(2, 20, 0.6, scaleOut)).build();
        Model m = DrillModels.model(Workload.open(100), List.of(c), List.of());
        DrillResult r = DrillModels.run(m, drill(600, 5, List.of(step(60, 5)), List.of()), 3, 4);
        // 100/s × 0.1 s = 10 busy servers → ceil(10 / (10 × 0.6)) = 2; at 500/s: ceil(50/6) = 9
        double before = r.timeline().get(10).components().get(0).instances();
        double after = r.timeline().get(r.timeline().size() - 1).components().get(0).instances();
        assertThat(before).isEqualTo(2.0);
        assertThat(after).isEqualTo(9.0);
        // the first new instances cannot serve before scaleOutSeconds after the spike
        for (DrillResult.Bucket b : r.timeline()) {
            if (b.t() + 5 <= 60 + scaleOut) {
                assertThat(b.components().get(0).instances()).isEqualTo(2.0);
            }
        }
        // and all are up within one decision period, one window and the delay
        double full = Double.NaN;
        for (DrillResult.Bucket b : r.timeline()) {
            if (b.components().get(0).instances() == 9.0) {
                full = b.t();
                break;
            }
        }
        assertThat(full - 60).isBetween(scaleOut, scaleOut + 60 + 10 + 5);
    }
}
