package dev.headroom.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.headroom.Fixtures;
import dev.headroom.model.Model;
import dev.headroom.network.Network;
import dev.headroom.queueing.Mva;
import org.junit.jupiter.api.Test;

class ClosedBreaksTest {
    static Model closed(int users) {
        return Fixtures.parse("""
                {"format": 2, "name": "closed", "workload": {"type": "closed", "users": %d,
                 "thinkTimeMs": 5000},
                 "slo": {"maxUtilization": 0.75},
                 "components": [{"id": "web", "serviceTimeMs": 20, "concurrency": 8,
                                 "instances": 4},
                                {"id": "db", "serviceTimeMs": 5, "concurrency": 4}],
                 "connections": [{"from": "web", "to": "db", "calls": 2}]}""".formatted(users));
    }

    @Test
    void oneConvolutionGivesTheExactThroughputAtEveryPopulation() {
        double[] d = {0.02, 0.01};
        int[] c = {32, 4};
        boolean[] delay = {false, false};
        double[] x = Mva.throughputs(d, c, delay, 5.0, 300);
        for (int n : new int[] {1, 7, 64, 299, 300}) {
            double exact = Mva.exactSingleClass(d, c, delay, 5.0, n).systemThroughput();
            assertThat(x[n]).as("n = " + n).isCloseTo(exact, within(1e-9 * exact));
        }
    }

    @Test
    void theFirstPopulationOverTheLimitIsTheOneABruteForceSearchFinds() {
        Network net = Fixtures.network(closed(100));
        Break db = BreakFinder.breaks(net, closed(100).slo(), 10).stream()
                .filter(b -> b.component().equals("db")).findFirst().orElseThrow();
        // brute force: solve at every population until db passes 75%
        int first = -1;
        for (int n = 1; n <= 5_000 && first < 0; n++) {
            double u = Mva.exactSingleClass(new double[] {0.02, 0.01}, new int[] {32, 4},
                    new boolean[] {false, false}, 5.0, n).systemThroughput() * 0.01 / 4;
            if (u > 0.75) {
                first = n;
            }
        }
        assertThat(first).isPositive();
        // the multiplier at which 100 users × m round to that population
        assertThat(db.overUtilizationAt()).isCloseTo((first - 0.5) / 100, within(1e-12));
        assertThat(Math.round(100 * db.overUtilizationAt())).isEqualTo(first);
        assertThat(Math.round(100 * Math.nextDown(db.overUtilizationAt()))).isEqualTo(first - 1);
    }

    @Test
    void aStationTheBottleneckShieldsNeverPassesTheLimit() {
        Network net = Fixtures.network(closed(5000));
        Break web = BreakFinder.breaks(net, closed(5000).slo(), 10).stream()
                .filter(b -> b.component().equals("web")).findFirst().orElseThrow();
        // X_max = 4 / 0.01 = 400/s; web's utilization is at most 400 × 0.02 / 32 = 25%
        assertThat(web.overUtilizationAt()).isNull();
    }
}
