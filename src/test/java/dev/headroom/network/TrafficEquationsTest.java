package dev.headroom.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.headroom.model.Component;
import dev.headroom.model.Connection;
import dev.headroom.model.Growth;
import dev.headroom.model.Kind;
import dev.headroom.model.Layout;
import dev.headroom.model.Limits;
import dev.headroom.model.Model;
import dev.headroom.model.ModelException;
import dev.headroom.model.Slo;
import dev.headroom.model.Workload;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The traffic equations solved loop by loop agree with the dense inverse of {@code I − P}, and
 * say what is wrong when a model asks for too many visits or too large a loop.
 */
class TrafficEquationsTest {
    static Model model(int n, List<Connection> connections) {
        List<Component> cs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            cs.add(Component.of("c" + i, Kind.SERVICE, 1));
        }
        return new Model(Model.CURRENT_FORMAT, "m", null, Workload.open(1), Growth.DEFAULT,
                Slo.DEFAULT, null, cs, connections, Layout.EMPTY);
    }

    static Connection call(int from, int to, double calls) {
        return new Connection("c" + from, "c" + to, calls, false, false, List.of(), 0);
    }

    @Test
    void anAcyclicChainOfTenToTheThirteenVisitsIsSaidAsVisitsNotAsACycle() {
        Model m = model(5, List.of(call(0, 1, 10_000), call(1, 2, 10_000), call(2, 3, 10_000),
                call(3, 4, 10)));
        assertThatThrownBy(() -> NetworkCompiler.compile(m)).isInstanceOf(ModelException.class)
                .hasMessage("components[4]: is visited 1.00e+13 times per request of class "
                        + "\"default\": the calls multiply along c0 → c1 → c2 → c3 → c4; at "
                        + "most 1e+12 visits per request are supported (lower the calls)");
    }

    @Test
    void aLongChainMultipliesItsCalls() {
        int n = Limits.MAX_COMPONENTS;
        List<Connection> es = new ArrayList<>();
        for (int i = 0; i + 1 < n; i++) {
            es.add(call(i, i + 1, i % 100 == 0 ? 2 : 1));
        }
        Network net = NetworkCompiler.compile(model(n, es));
        // ten doublings (at 0, 100, …, 900) before the last component
        assertThat(net.loadVisits(0, n - 1)).isEqualTo(1024);
        assertThat(net.loadVisits(0, 150)).isEqualTo(4);
    }

    @Test
    void aLoopLargerThanTheLimitIsRefusedWithItsSize() {
        int n = Limits.MAX_LOOP_COMPONENTS + 1;
        List<Connection> es = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            es.add(call(i, (i + 1) % n, 0.5));
        }
        assertThatThrownBy(() -> NetworkCompiler.compile(model(n, es)))
                .hasMessage("connections: 201 components call each other in one loop (c0, c1, "
                        + "c2 …); at most 200 may (docs/model-format.md \"Limits\")");
    }

    @Provide
    Arbitrary<List<double[]>> graphs() {
        // edges as (from, to, calls) among 8 components, loops and self-calls included
        return Arbitraries.integers().between(0, 7).list().ofSize(3)
                .map(l -> new double[] {l.get(0), l.get(1), l.get(2) / 8.0 * 0.9})
                .list().ofMinSize(0).ofMaxSize(14);
    }

    /** The dense Gauss–Jordan inverse of the whole matrix is the reference. */
    @Property(tries = 300)
    void loopByLoopEqualsTheDenseInverse(@ForAll("graphs") List<double[]> edges) {
        int n = 8;
        double[][] p = new double[n][n];
        List<Connection> es = new ArrayList<>();
        for (double[] e : edges) {
            p[(int) e[0]][(int) e[1]] += e[2];
            es.add(call((int) e[0], (int) e[1], e[2]));
        }
        double[][] dense = NetworkCompiler.inverseOfIMinus(p);
        Model m = model(n, es);
        if (dense == null) {
            assertThatThrownBy(() -> NetworkCompiler.compile(m))
                    .isInstanceOf(ModelException.class).hasMessageContaining("routing cycle");
            return;
        }
        Network net = NetworkCompiler.compile(m);
        for (int k = 0; k < n; k++) {
            double expected = dense[0][k] < 1e-12 ? 0 : dense[0][k];
            assertThat(net.loadVisits(0, k)).as("visits of c%d", k)
                    .isCloseTo(expected, within(1e-9 * Math.max(1, expected)));
        }
    }
}
