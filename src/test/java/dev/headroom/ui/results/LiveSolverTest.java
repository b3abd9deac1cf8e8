package dev.headroom.ui.results;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.model.Model;
import dev.headroom.ui.TestModels;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.Test;

class LiveSolverTest {
    @Test
    void requestsArrivingWhileBusyCollapseToTheNewest() {
        Queue<Runnable> worker = new ArrayDeque<>();
        List<Results> delivered = new ArrayList<>();
        LiveSolver s = new LiveSolver(worker::add, Runnable::run, TestModels::catalogs,
                delivered::add);
        Model m = TestModels.shop();
        s.request(m, 1);
        s.request(m, 2);
        s.request(m, 3);
        assertThat(worker).hasSize(1);
        worker.poll().run();
        assertThat(delivered).extracting(Results::multiplier).containsExactly(3.0);
    }

    @Test
    void edgeRatesFollowCallsAndMisses() {
        Results r = new LiveSolver(Runnable::run, Runnable::run, TestModels::catalogs, x -> { })
                .solve(TestModels.shop(), 1);
        double lb = r.edgeRates().get(Results.edgeKey("lb", "app"));
        assertThat(lb).isCloseTo(r.solution().arrivalRatePerSecond(),
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r.edgeRates().get(Results.edgeKey("cache", "replica")))
                .isLessThan(r.edgeRates().get(Results.edgeKey("app", "cache")));
    }

    @Test
    void answersWellUnderAFrame() {
        LiveSolver s = new LiveSolver(Runnable::run, Runnable::run, TestModels::catalogs,
                x -> { });
        Model m = TestModels.example("microservices-gateway.json");
        s.solve(m, 1);
        long t0 = System.nanoTime();
        for (int i = 0; i < 100; i++) {
            s.solve(m, 1 + i * 0.09);
        }
        double msEach = (System.nanoTime() - t0) / 1e6 / 100;
        assertThat(msEach).isLessThan(16);
    }
}
