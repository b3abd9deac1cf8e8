package dev.headroom.queueing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

class MmcSojournTest {

    @Test
    void mm1QuantilesAreTheExponentialClosedForm() {
        // M/M/1 sojourn is Exp(mu - lambda): P(T > t) = e^{-(mu-lambda)t}, t_p = -ln(1-p)/(mu-lambda)
        // (Kleinrock Vol. 1 eq. 3.28). Relative tolerance 1e-14.
        double mu = 100.0;
        double lambda = 90.0;
        MmcSojourn t = MmcSojourn.of(1, lambda, 1 / mu);
        for (double p : new double[] {0.5, 0.95, 0.99, 0.999999}) {
            double expected = -Math.log(1 - p) / (mu - lambda);
            assertThat(t.quantile(p)).isCloseTo(expected, within(1e-14 * expected));
            assertThat(t.survival(expected)).isCloseTo(1 - p, within(1e-14));
        }
        assertThat(t.mean()).isCloseTo(0.1, within(1e-15));
        assertThat(t.variance()).isCloseTo(0.01, within(1e-15));
    }

    @Test
    void generalMixtureCollapsesToTheMm1Exponential() {
        // (1 - rho) e^{-mu t} + rho * Hypo(mu - lambda, mu)(t) = e^{-(mu - lambda) t}: the c = 1 shortcut
        // must agree with the general c-server expression; absolute tolerance 1e-14.
        double mu = 3.0;
        double lambda = 2.0;
        double rho = lambda / mu;
        for (double time : new double[] {0.01, 0.3, 1.0, 5.0, 20.0}) {
            double general = (1 - rho) * Math.exp(-mu * time)
                    + rho * MmcSojourn.twoPhaseSurvival(mu - lambda, mu, time);
            assertThat(general).isCloseTo(Math.exp(-(mu - lambda) * time), within(1e-14));
        }
    }

    @Test
    void twoServersMatchTheTextbookHypoexponentialForm() {
        // c = 2, mu = 1, lambda = 0.5: C = a^2/(2+a) = 0.1, theta = 1.5. Gross & Harris eq. (2.33):
        // P(T > t) = (1 - C) e^{-mu t} + C (theta e^{-mu t} - mu e^{-theta t}) / (theta - mu).
        // Rates are well apart, so the textbook form is accurate; absolute tolerance 1e-14.
        MmcSojourn s = MmcSojourn.of(2, 0.5, 1.0);
        assertThat(s.probabilityOfWait()).isCloseTo(0.1, within(1e-15));
        for (double time : new double[] {0.1, 1.0, 3.0, 10.0}) {
            double hypo = (1.5 * Math.exp(-time) - Math.exp(-1.5 * time)) / 0.5;
            assertThat(s.survival(time)).isCloseTo(0.9 * Math.exp(-time) + 0.1 * hypo, within(1e-14));
        }
        // Mean = S + Wq = 1 + C/theta.
        assertThat(s.mean()).isCloseTo(1 + 0.1 / 1.5, within(1e-14));
    }

    @Test
    void equalWaitAndServiceRatesUseTheGammaTwoTermWithoutCancellation() {
        // c = 2, lambda = mu: theta = 2 mu - lambda = mu, so the waiting part is Gamma(2, mu):
        // H(t) = e^{-mu t}(1 + mu t). C(2, 1) = 1/3. Nearby rates (1e-9 relative) must be continuous.
        // Absolute tolerance 1e-13.
        double mu = 5.0;
        MmcSojourn exact = MmcSojourn.of(2, mu, 1 / mu);
        MmcSojourn near = MmcSojourn.of(2, mu * (1 + 1e-9), 1 / mu);
        for (double time : new double[] {1e-4, 0.1, 0.5, 2.0, 8.0}) {
            double expected = (2.0 / 3) * Math.exp(-mu * time)
                    + (1.0 / 3) * Math.exp(-mu * time) * (1 + mu * time);
            assertThat(exact.survival(time)).isCloseTo(expected, within(1e-13));
            assertThat(near.survival(time)).isCloseTo(expected, within(1e-8));
        }
    }

    @Test
    void meanAndVarianceAgreeWithTheIntegratedSurvivalFunction() {
        // E[T] = ∫ P(T>t) dt, E[T^2] = ∫ 2t P(T>t) dt, by Simpson's rule on [0, 60] (tail below
        // 1e-20); relative tolerance 1e-8.
        MmcSojourn s = MmcSojourn.of(4, 3.2, 1.0);
        int n = 200_000;
        double h = 60.0 / n;
        double m1 = 0;
        double m2 = 0;
        for (int i = 0; i <= n; i++) {
            double t = i * h;
            double w = (i == 0 || i == n) ? 1 : (i % 2 == 1 ? 4 : 2);
            m1 += w * s.survival(t);
            m2 += w * 2 * t * s.survival(t);
        }
        m1 *= h / 3;
        m2 *= h / 3;
        assertThat(s.mean()).isCloseTo(m1, within(1e-8 * m1));
        assertThat(s.variance()).isCloseTo(m2 - m1 * m1, within(1e-8 * (m2 - m1 * m1)));
        assertThat(s.mean()).isCloseTo(1.0 + MultiServer.meanWait(4, 3.2, 1.0, 1.0), within(1e-13));
    }

    @Test
    void quantileInvertsTheCdf() {
        // Bisection to 1e-12 relative width; check the round trip at 1e-10 relative.
        MmcSojourn s = MmcSojourn.of(16, 15.0, 1.0);
        for (double p : new double[] {0.01, 0.5, 0.9, 0.95, 0.99, 0.9999}) {
            double q = s.quantile(p);
            assertThat(s.cdf(q)).isCloseTo(p, within(1e-10));
        }
        assertThat(s.quantile(0)).isZero();
    }

    @Test
    void invalidArgumentsAreRejected() {
        assertThatThrownBy(() -> MmcSojourn.of(2, 2.0, 1.0)).isInstanceOf(IllegalArgumentException.class);
        MmcSojourn s = MmcSojourn.of(2, 1.0, 1.0);
        assertThatThrownBy(() -> s.quantile(1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s.quantile(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s.survival(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void quantileIsMonotoneInP(@ForAll @IntRange(min = 1, max = 64) int c,
            @ForAll @DoubleRange(min = 0.01, max = 0.99) double rho,
            @ForAll @DoubleRange(min = 0.0, max = 0.9999) @Scale(6) double p1,
            @ForAll @DoubleRange(min = 0.0, max = 0.9999) @Scale(6) double p2) {
        MmcSojourn s = MmcSojourn.of(c, rho * c / 0.2, 0.2);
        double lo = s.quantile(Math.min(p1, p2));
        double hi = s.quantile(Math.max(p1, p2));
        assertThat(hi).isFinite().isGreaterThanOrEqualTo(lo * (1 - 1e-11));
    }
}
