package dev.headroom.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.Test;

class LatestOnlyTest {
    @Test
    void requestsArrivingWhileBusyCollapseToTheNewest() {
        Queue<Runnable> worker = new ArrayDeque<>();
        List<Integer> delivered = new ArrayList<>();
        LatestOnly<Integer, Integer> l = new LatestOnly<>(worker::add, Runnable::run,
                x -> x * 10, delivered::add);
        l.request(1);
        l.request(2);
        l.request(3);
        assertThat(worker).hasSize(1);
        worker.poll().run();
        assertThat(delivered).containsExactly(30);
    }

    @Test
    void aRequestThatFailsIsDroppedAndTheWorkerCarriesOn() {
        List<Integer> delivered = new ArrayList<>();
        LatestOnly<Integer, Integer> l = new LatestOnly<>(Runnable::run, Runnable::run, x -> {
            if (x == 0) {
                throw new IllegalStateException("boom");
            }
            return x;
        }, delivered::add);
        l.request(0);
        l.request(7);
        assertThat(delivered).containsExactly(7);
    }
}
