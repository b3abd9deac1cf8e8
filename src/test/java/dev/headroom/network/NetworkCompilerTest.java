package dev.headroom.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.headroom.io.ModelReader;
import dev.headroom.model.Model;
import dev.headroom.model.ModelException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class NetworkCompilerTest {
    static Model shop() {
        return ModelReader.read(Path.of("src/test/resources/models/shop.json")).model();
    }

    static Model parse(String json) {
        ModelReader.Result r = ModelReader.parse(json);
        assertThat(r.problems()).isEmpty();
        return r.model();
    }

    @Test
    void visitRatiosFollowCallsMissesAndClassFilters() {
        Network n = NetworkCompiler.compile(shop());
        int browse = 0;
        int checkout = 1;
        int db = n.indexOf("db");
        // browse: 3 cache calls, 10% miss -> 0.3 db visits; checkout adds 2 direct db calls.
        assertThat(n.loadVisits(browse, db)).isCloseTo(0.3, within(1e-12));
        assertThat(n.loadVisits(checkout, db)).isCloseTo(2.3, within(1e-12));
        assertThat(n.loadVisits(browse, n.indexOf("cache"))).isCloseTo(3, within(1e-12));
        assertThat(n.loadVisits(browse, n.indexOf("payments"))).isZero();
        assertThat(n.loadVisits(checkout, n.indexOf("payments"))).isCloseTo(1, within(1e-12));
    }

    @Test
    void asyncEdgesAddLoadButNotLatencyVisits() {
        Network n = NetworkCompiler.compile(shop());
        int emails = n.indexOf("emails");
        assertThat(n.loadVisits(1, emails)).isCloseTo(1, within(1e-12));
        assertThat(n.latencyVisits(1, emails)).isZero();
    }

    @Test
    void peakRateIsUsersTimesRequestsOverADayTimesPeakFactor() {
        Network n = NetworkCompiler.compile(shop());
        // 20,000 × 120 / 86,400 × 3 = 83.333… requests/s
        assertThat(n.arrivalRate(1)).isCloseTo(250.0 / 3, within(1e-9));
        assertThat(n.arrivalRate(10)).isCloseTo(2500.0 / 3, within(1e-9));
    }

    @Test
    void cyclesWithGainBelowOneConvergeToTheGeometricSum() {
        Model m = parse("""
            {"name": "retry", "workload": {"arrivalRatePerSecond": 1},
             "components": [{"id": "a", "serviceTimeMs": 1}, {"id": "b", "serviceTimeMs": 1}],
             "connections": [{"from": "a", "to": "b"}, {"from": "b", "to": "a", "calls": 0.5}]}""");
        Network n = NetworkCompiler.compile(m);
        // V_a = 1 + 0.5 V_b, V_b = V_a  =>  V_a = V_b = 2
        assertThat(n.loadVisits(0, 0)).isCloseTo(2, within(1e-12));
        assertThat(n.loadVisits(0, 1)).isCloseTo(2, within(1e-12));
    }

    @Test
    void cycleWithGainOfOneOrMoreIsAModelError() {
        Model m = parse("""
            {"name": "loop", "workload": {"arrivalRatePerSecond": 1},
             "components": [{"id": "web", "serviceTimeMs": 1}, {"id": "a", "serviceTimeMs": 1},
                            {"id": "b", "serviceTimeMs": 1}],
             "connections": [{"from": "web", "to": "a"}, {"from": "a", "to": "b"},
                             {"from": "b", "to": "a", "calls": 1.5}]}""");
        assertThatThrownBy(() -> NetworkCompiler.compile(m)).isInstanceOf(ModelException.class)
                .hasMessage("connections: routing cycle a → b → a has a gain of 1 or more for "
                        + "class \"default\": requests would circle forever (lower its calls "
                        + "below 1 in total)");
        assertThat(NetworkCompiler.check(m)).hasSize(1);
    }

    @Test
    void selfLoopWithGainOneIsAnError() {
        Model m = parse("""
            {"name": "self", "workload": {"arrivalRatePerSecond": 1},
             "components": [{"id": "a", "serviceTimeMs": 1}],
             "connections": [{"from": "a", "to": "a"}]}""");
        assertThat(NetworkCompiler.check(m)).singleElement().asString().contains("a → a");
    }
}
