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
    void aModelThatPricesNothingHasNoBillRatherThanZeroDollars() {
        Model m = dev.headroom.io.ModelReader.parse("""
                {"name": "unpriced", "workload": {"arrivalRatePerSecond": 10},
                 "components": [{"id": "a", "serviceTimeMs": 5}], "connections": []}""").model();
        Results r = new LiveSolver(Runnable::run, Runnable::run, TestModels::catalogs, x -> { })
                .solve(m, 1);
        assertThat(r.solved()).isTrue();
        assertThat(r.bill()).isNull();
        assertThat(r.costProblems()).containsExactly(LiveSolver.NO_PRICES);
    }
}
