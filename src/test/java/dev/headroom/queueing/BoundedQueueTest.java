package dev.headroom.queueing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * M/M/c/K against closed forms (Gross &amp; Harris, <i>Fundamentals of Queueing Theory</i>, 4th
 * ed., §2.5) and against the stationary distribution summed term by term.
 */
class BoundedQueueTest {

    /** M/M/1/K: p_K = (1 − ρ)ρ^K / (1 − ρ^(K+1)); at ρ = 1, 1/(K + 1) (G&amp;H eq. 2.48). */
    @ParameterizedTest(name = "rho={0}, K={1}")
    @CsvSource({"0.5, 1", "0.5, 10", "0.9, 5", "0.9, 40", "1.0, 7", "1.2, 3", "1.2, 30",
        "3.0, 2", "3.0, 60", "0.05, 200"})
    void mm1kLossIsTheClosedForm(double rho, int k) {
        BoundedQueue.Result r = BoundedQueue.of(1, rho, 1.0, k - 1);
        double expected = rho == 1 ? 1.0 / (k + 1)
                : (1 - rho) * Math.pow(rho, k) / (1 - Math.pow(rho, k + 1));
        assertThat(r.lossProbability()).isCloseTo(expected, within(1e-13 + 1e-12 * expected));
        // throughput λ(1 − p_K) keeps the single server busy carried/1 of the time
        assertThat(r.carriedLoad()).isCloseTo(rho * (1 - expected), within(1e-12));
        // L = ρ/(1−ρ) − (K+1)ρ^(K+1)/(1−ρ^(K+1)) (G&amp;H eq. 2.50); at ρ = 1, K/2
        double l = rho == 1 ? k / 2.0 : rho / (1 - rho)
                - (k + 1) * Math.pow(rho, k + 1) / (1 - Math.pow(rho, k + 1));
        assertThat(r.meanPresent()).isCloseTo(l, within(1e-10 * Math.max(1, l)));
    }

    /** A waiting room of 0 is the Erlang loss system: B(10, 5) = 0.018385 (Erlang B tables). */
    @Test
    void noWaitingRoomIsErlangB() {
        BoundedQueue.Result r = BoundedQueue.of(10, 5, 1, 0);
        assertThat(r.lossProbability()).isCloseTo(0.0183845, within(5e-7));
        assertThat(r.lossProbability()).isCloseTo(ErlangC.erlangB(10, 5), within(1e-15));
        assertThat(r.meanQueue()).isZero();
        assertThat(r.probWaitAdmitted()).isZero();
    }

    /** The stationary distribution summed state by state, for M/M/c/K at several loads. */
    @ParameterizedTest(name = "c={0}, a={1}, room={2}")
    @CsvSource({"3, 1.5, 7", "3, 2.9, 7", "3, 4.5, 7", "8, 6, 20", "8, 12, 20", "2, 2, 1"})
    void matchesTheDistributionSummedStateByState(int c, double a, int room) {
        int k = c + room;
        double[] p = new double[k + 1];
        double w = 1;
        double total = 0;
        for (int n = 0; n <= k; n++) {
            if (n > 0) {
                w *= a / Math.min(n, c);
            }
            p[n] = w;
            total += w;
        }
        double lq = 0;
        double waitAdmitted = 0;
        double m1 = 0;
        double m2 = 0;
        double m3 = 0;
        double theta = c; // service mean 1, so θ = c
        for (int n = 0; n <= k; n++) {
            p[n] /= total;
            lq += Math.max(0, n - c) * p[n];
            if (n >= c && n < k) {
                waitAdmitted += p[n];
                int j = n - c; // Erlang(j+1, θ) wait
                m1 += p[n] * (j + 1) / theta;
                m2 += p[n] * (j + 1) * (j + 2) / (theta * theta);
                m3 += p[n] * (j + 1) * (j + 2) * (j + 3) / (theta * theta * theta);
            }
        }
        double admitted = 1 - p[k];
        m1 /= admitted;
        m2 /= admitted;
        m3 /= admitted;
        BoundedQueue.Result r = BoundedQueue.of(c, a, 1, room);
        assertThat(r.lossProbability()).isCloseTo(p[k], within(1e-13));
        assertThat(r.meanQueue()).isCloseTo(lq, within(1e-12));
        assertThat(r.probWaitAdmitted()).isCloseTo(waitAdmitted / admitted, within(1e-13));
        // Little's law on the admitted stream, and PASTA's direct mean, agree
        assertThat(r.meanWaitAdmitted()).isCloseTo(m1, within(1e-12));
        Cumulants cw = r.waitAdmitted();
        assertThat(cw.k1()).isCloseTo(m1, within(1e-12));
        assertThat(cw.k2()).isCloseTo(m2 - m1 * m1, within(1e-11));
        assertThat(cw.k3()).isCloseTo(m3 - 3 * m1 * m2 + 2 * m1 * m1 * m1, within(1e-10));
    }

    /** A huge waiting room below saturation is M/M/c: P(wait) = C(c, a), Wq = C/(c/S − λ). */
    @ParameterizedTest(name = "room={0}")
    @CsvSource({"60000", "1000000", "100000000"})
    void aHugeRoomBelowSaturationIsMmc(long room) {
        double lambda = 70;
        double s = 0.1;
        BoundedQueue.Result r = BoundedQueue.of(8, lambda, s, room);
        double c = ErlangC.erlangC(8, lambda * s);
        assertThat(r.lossProbability()).isLessThan(1e-300);
        assertThat(r.probWaitAdmitted()).isCloseTo(c, within(1e-12));
        assertThat(r.meanWaitAdmitted()).isCloseTo(c / (8 / s - lambda), within(1e-12));
        // the wait of M/M/c: 0 w.p. 1 − C, else exponential with rate θ = c/S − λ
        double theta = 8 / s - lambda;
        assertThat(r.waitAdmitted().k2()).isCloseTo(c * (2 - c) / (theta * theta),
                within(1e-9 / (theta * theta)));
    }

    /**
     * Far above saturation a bounded queue sheds the excess: loss → 1 − c/a (fluid), and the
     * queue stays full, so an admitted request waits about room·S/c.
     */
    @ParameterizedTest(name = "room={0}")
    @CsvSource({"50000", "70000", "2000000"})
    void farAboveSaturationTheExcessIsShed(long room) {
        BoundedQueue.Result r = BoundedQueue.of(4, 12, 1, room); // a = 12 on 4 servers
        assertThat(r.lossProbability()).isCloseTo(1 - 4.0 / 12, within(1e-12));
        assertThat(r.carriedLoad()).isCloseTo(4, within(1e-9));
        double full = room / 4.0;
        assertThat(r.meanWaitAdmitted()).isCloseTo(full, within(1e-3 * full));
        // nearly constant: the spread is that of an Erlang with about `room` phases
        assertThat(Math.sqrt(r.waitAdmitted().k2()) / r.waitAdmitted().k1()).isLessThan(0.01);
        // and nearly symmetric: an Erlang's skewness 2/√n is small, and no rounding noise is left
        assertThat(Math.abs(r.waitAdmitted().skewness())).isLessThan(0.1);
    }

    /** The exact sums and the large-room forms meet where they hand over. */
    @ParameterizedTest(name = "a={0}")
    @CsvSource({"3.99", "4.0", "4.01", "3.5", "4.6"})
    void theLargeRoomFormsContinueTheExactOnes(double a) {
        BoundedQueue.Result exact = BoundedQueue.of(4, a, 1, BoundedQueue.EXACT_ROOM);
        BoundedQueue.Result large = BoundedQueue.of(4, a, 1, BoundedQueue.EXACT_ROOM + 1);
        assertThat(large.lossProbability()).isCloseTo(exact.lossProbability(),
                within(1e-4 * exact.lossProbability() + 1e-15));
        assertThat(large.meanQueue()).isCloseTo(exact.meanQueue(),
                within(1e-4 * exact.meanQueue() + 1e-12));
        assertThat(large.waitAdmitted().k2()).isCloseTo(exact.waitAdmitted().k2(),
                within(1e-3 * exact.waitAdmitted().k2()));
    }

    @Test
    void noTrafficMeansNothingHappens() {
        BoundedQueue.Result r = BoundedQueue.of(3, 0, 1, 5);
        assertThat(r.lossProbability()).isZero();
        assertThat(r.meanPresent()).isZero();
    }

    @Test
    void refusesOutsideItsDomain() {
        assertThatThrownBy(() -> BoundedQueue.of(0, 1, 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BoundedQueue.of(1, 1, 0, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BoundedQueue.of(1, 1, 1, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
