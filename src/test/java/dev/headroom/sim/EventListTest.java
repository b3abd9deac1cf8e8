package dev.headroom.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EventListTest {

    @Test
    void eventsComeOutByTimeThenInsertionOrder() {
        EventList ev = new EventList();
        SplittableRandom rnd = new SplittableRandom(7);
        record E(double t, int p) {}
        List<E> all = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            double t = rnd.nextInt(200); // many ties
            ev.add(t, i);
            all.add(new E(t, i));
        }
        all.sort(Comparator.comparingDouble(E::t).thenComparingInt(E::p));
        for (E e : all) {
            assertThat(ev.peekTime()).isEqualTo(e.t());
            assertThat(ev.peekPayload()).isEqualTo(e.p());
            ev.poll();
        }
        assertThat(ev.isEmpty()).isTrue();
    }

    @Test
    void rngStreamsDependOnSeedReplicationAndSource() {
        assertThat(new Rng(1, 0, 0).nextLong()).isEqualTo(new Rng(1, 0, 0).nextLong());
        assertThat(new Rng(1, 0, 0).nextLong()).isNotEqualTo(new Rng(1, 1, 0).nextLong());
        assertThat(new Rng(1, 0, 0).nextLong()).isNotEqualTo(new Rng(1, 0, 1).nextLong());
        assertThat(new Rng(1, 0, 0).nextLong()).isNotEqualTo(new Rng(2, 0, 0).nextLong());
        Rng g = new Rng(3, 0, 0);
        double sum = 0;
        double sq = 0;
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            double x = g.gamma(4 - 1.0 / 3, 1 / Math.sqrt(9 * (4 - 1.0 / 3)));
            sum += x;
            sq += x * x;
        }
        double mean = sum / n;
        assertThat(mean).isBetween(3.97, 4.03); // gamma(4, 1): mean 4, variance 4
        assertThat(sq / n - mean * mean).isBetween(3.9, 4.1);
    }
}
