package dev.headroom.queueing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class MultiServerTest {

    @Test
    void oneServerIsMm1() {
        // M/M/1: Wq = rho / (mu - lambda) (Kleinrock Vol. 1 eq. 3.26 minus the service time);
        // relative tolerance 1e-13.
        double mu = 10.0;
        for (double lambda : new double[] {0.5, 5.0, 9.0, 9.99}) {
            double rho = lambda / mu;
            double expected = rho / (mu - lambda);
            assertThat(MultiServer.meanWait(1, lambda, 1 / mu, 1.0)).isCloseTo(expected, within(1e-13 * expected));
        }
    }

    @Test
    void twoServersMatchTheMm2ClosedForm() {
        // M/M/2: Wq = rho^2 / (mu (1 - rho^2)), rho = lambda / (2 mu) (Gross & Harris, 4th ed.,
        // §2.3: C(2, a) = a^2/(2+a) divided by 2mu - lambda); relative tolerance 1e-13.
        double mu = 4.0;
        for (double lambda : new double[] {1.0, 4.0, 7.0, 7.9}) {
            double rho = lambda / (2 * mu);
            double expected = rho * rho / (mu * (1 - rho * rho));
            assertThat(MultiServer.meanWait(2, lambda, 1 / mu, 1.0)).isCloseTo(expected, within(1e-13 * expected));
        }
    }

    @Test
    void deterministicServiceOnOneServerHalvesTheWaitAsPollaczekKhinchine() {
        // M/D/1: Wq = rho S / (2 (1 - rho)) (Pollaczek–Khinchine, Kleinrock Vol. 1 eq. 5.73); 1e-13.
        double s = 0.02;
        double lambda = 40.0;
        double rho = lambda * s;
        assertThat(MultiServer.meanWait(1, lambda, s, 0.0)).isCloseTo(rho * s / (2 * (1 - rho)), within(1e-13));
    }

    @Test
    void waitRateAndProbabilityOfWaitDescribeTheConditionalWait() {
        // Wq = P(wait) / theta for M/M/c; theta = c/S - lambda. Tolerance 1e-13.
        assertThat(MultiServer.waitRate(3, 20.0, 0.1)).isCloseTo(10.0, within(1e-12));
        double pWait = MultiServer.probabilityOfWait(3, 20.0, 0.1);
        assertThat(pWait).isCloseTo(4.0 / 9, within(1e-14));
        assertThat(MultiServer.meanWait(3, 20.0, 0.1, 1.0)).isCloseTo(pWait / 10.0, within(1e-13));
        assertThat(MultiServer.meanWaitGivenWait(3, 20.0, 0.1)).isCloseTo(0.1, within(1e-13));
        assertThat(MultiServer.utilization(3, 20.0, 0.1)).isCloseTo(2.0 / 3, within(1e-15));
    }

    @Test
    void unstableLoadIsRejectedWithAClearMessage() {
        assertThatThrownBy(() -> MultiServer.meanWait(2, 20.0, 0.1, 1.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unstable");
        assertThatThrownBy(() -> MultiServer.meanWait(2, 1.0, 0.0, 1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MultiServer.meanWait(2, 1.0, 0.1, -1.0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void waitGrowsWithTheArrivalRate(@ForAll @IntRange(min = 1, max = 200) int c,
            @ForAll @DoubleRange(min = 0.0, max = 0.98) double rho1,
            @ForAll @DoubleRange(min = 0.0, max = 0.98) double rho2,
            @ForAll @DoubleRange(min = 0.0, max = 4.0) double scv) {
        double s = 0.05;
        double lo = Math.min(rho1, rho2) * c / s;
        double hi = Math.max(rho1, rho2) * c / s;
        double wLo = MultiServer.meanWait(c, lo, s, scv);
        double wHi = MultiServer.meanWait(c, hi, s, scv);
        assertThat(wHi).isFinite().isGreaterThanOrEqualTo(wLo * (1 - 1e-12));
    }

    @Property
    void moreServersNeverRaiseTheWait(@ForAll @IntRange(min = 1, max = 200) int c,
            @ForAll @DoubleRange(min = 0.0, max = 0.99) double rho) {
        double s = 0.05;
        double lambda = rho * c / s;
        assertThat(MultiServer.meanWait(c + 1, lambda, s, 1.0))
                .isLessThanOrEqualTo(MultiServer.meanWait(c, lambda, s, 1.0) * (1 + 1e-12));
    }
}
