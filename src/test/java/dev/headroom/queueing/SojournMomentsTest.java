package dev.headroom.queueing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.function.DoubleUnaryOperator;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SojournMomentsTest {

    // ---- cumulant factories -------------------------------------------------------------------

    @Test
    void exponentialCumulantsAreFactorialPowers() {
        // kappa_n = (n-1)! m^n for Exp with mean m (Johnson, Kotz, Balakrishnan Vol. 1 ch. 19); exact.
        assertThat(Cumulants.exponential(2.0)).isEqualTo(new Cumulants(2, 4, 16));
        assertThat(Cumulants.exponential(2.0).skewness()).isCloseTo(2.0, within(1e-15));
    }

    @Test
    void gammaWithScvOneOverKIsErlangK() {
        // Erlang-3 with mean 3 is the sum of three Exp(1): cumulants (3, 3, 6); 1e-15.
        Cumulants erlang = Cumulants.gamma(3.0, 1.0 / 3);
        Cumulants sum = Cumulants.exponential(1).plus(Cumulants.exponential(1)).plus(Cumulants.exponential(1));
        assertThat(erlang.k1()).isCloseTo(sum.k1(), within(1e-15));
        assertThat(erlang.k2()).isCloseTo(sum.k2(), within(1e-15));
        assertThat(erlang.k3()).isCloseTo(sum.k3(), within(1e-14));
    }

    @ParameterizedTest
    @ValueSource(doubles = {1.0, 1.5, 4.0, 25.0})
    void balancedHyperexponentialHasTheRequestedMeanScvAndBranchMoments(double scv) {
        // Direct moments of the H2 mixture p_i * Exp(rate 2 p_i / m): E[X^n] = n! sum p_i / rate_i^n.
        // Relative tolerance 1e-12.
        double m = 0.25;
        double root = Math.sqrt((scv - 1) / (scv + 1));
        double[] p = {(1 + root) / 2, (1 - root) / 2};
        double e1 = 0;
        double e2 = 0;
        double e3 = 0;
        for (double pi : p) {
            double mean = m / (2 * pi);
            e1 += pi * mean;
            e2 += pi * 2 * mean * mean;
            e3 += pi * 6 * mean * mean * mean;
        }
        Cumulants h2 = Cumulants.hyperexponentialBalanced(m, scv);
        assertThat(h2.k1()).isCloseTo(e1, within(1e-12 * m));
        assertThat(h2.k2()).isCloseTo(scv * m * m, within(1e-12 * m * m * scv));
        assertThat(h2.k2()).isCloseTo(e2 - e1 * e1, within(1e-12 * m * m * scv));
        double third = e3 - 3 * e1 * e2 + 2 * e1 * e1 * e1;
        assertThat(h2.k3()).isCloseTo(third, within(1e-12 * Math.abs(third)));
    }

    @Test
    void servicePicksTheSimulatorsShapeByCv() {
        // cv = 0 constant, cv < 1 gamma(shape 1/cv^2), cv = 1 exponential, cv > 1 balanced H2.
        assertThat(Cumulants.service(0.1, 0)).isEqualTo(Cumulants.deterministic(0.1));
        assertThat(Cumulants.service(0.1, 0.5)).isEqualTo(Cumulants.gamma(0.1, 0.25));
        assertThat(Cumulants.service(0.1, 1)).isEqualTo(Cumulants.exponential(0.1));
        assertThat(Cumulants.service(0.1, 2)).isEqualTo(Cumulants.hyperexponentialBalanced(0.1, 4));
    }

    @Test
    void waitMixtureMatchesItsRawMoments() {
        // W = 0 w.p. 1-p, Exp(mean w) w.p. p: E[W]=pw, E[W^2]=2pw^2, E[W^3]=6pw^3; 1e-14.
        double p = 0.3;
        double w = 2.0;
        Cumulants c = Cumulants.waitMixture(p, w);
        double e1 = p * w;
        double e2 = 2 * p * w * w;
        double e3 = 6 * p * w * w * w;
        assertThat(c.k1()).isCloseTo(e1, within(1e-14));
        assertThat(c.k2()).isCloseTo(e2 - e1 * e1, within(1e-14));
        assertThat(c.k3()).isCloseTo(e3 - 3 * e1 * e2 + 2 * e1 * e1 * e1, within(1e-13));
        assertThat(Cumulants.waitMixture(1, w)).isEqualTo(Cumulants.exponential(w));
    }

    @Test
    void geometricSumOfExponentialsIsExponential() {
        // N ~ Geometric on {1,2,..} with success q, X ~ Exp(mean m): S ~ Exp(mean m/q) (Feller Vol. 2
        // §I.11). N: mean 1/q, variance (1-q)/q^2, third central (1-q)(2-q)/q^3. Relative 1e-13.
        double q = 0.25;
        double m = 0.4;
        Cumulants s = Cumulants.randomSum(Cumulants.exponential(m), 1 / q, (1 - q) / (q * q),
                (1 - q) * (2 - q) / (q * q * q));
        Cumulants expected = Cumulants.exponential(m / q);
        assertThat(s.k1()).isCloseTo(expected.k1(), within(1e-13 * expected.k1()));
        assertThat(s.k2()).isCloseTo(expected.k2(), within(1e-13 * expected.k2()));
        assertThat(s.k3()).isCloseTo(expected.k3(), within(1e-13 * expected.k3()));
    }

    @Test
    void fractionalVisitsAreAFloorPlusBernoulliMixture() {
        // v = 2.3: 2 visits w.p. 0.7, 3 visits w.p. 0.3. Raw moments of an n-fold sum with cumulants
        // n*kappa: E[S]=n k1, E[S^2]=n k2 + (n k1)^2, E[S^3]=n k3 + 3 (n k1)(n k2) + (n k1)^3.
        // Relative tolerance 1e-12.
        Cumulants x = Cumulants.gamma(0.2, 0.5);
        double e1 = 0;
        double e2 = 0;
        double e3 = 0;
        double[][] mix = {{2, 0.7}, {3, 0.3}};
        for (double[] nw : mix) {
            double n = nw[0];
            double w = nw[1];
            double a = n * x.k1();
            e1 += w * a;
            e2 += w * (n * x.k2() + a * a);
            e3 += w * (n * x.k3() + 3 * a * n * x.k2() + a * a * a);
        }
        Cumulants s = Cumulants.fractionalVisits(x, 2.3);
        assertThat(s.k1()).isCloseTo(e1, within(1e-12 * e1));
        assertThat(s.k2()).isCloseTo(e2 - e1 * e1, within(1e-12 * (e2 - e1 * e1)));
        double third = e3 - 3 * e1 * e2 + 2 * e1 * e1 * e1;
        assertThat(s.k3()).isCloseTo(third, within(1e-12 * Math.abs(third)));
        // An integer count is a plain n-fold sum.
        assertThat(Cumulants.fractionalVisits(x, 2.0)).isEqualTo(x.plus(x));
    }

    @Test
    void stationWaitHasTheAllenCunneenMean() {
        // Mean of the wait mixture = MultiServer.meanWait (Allen 1990 eq. 6.143); relative 1e-13.
        for (double scv : new double[] {0, 0.5, 1, 4}) {
            Cumulants w = SojournMoments.stationWait(4, 30, 0.1, scv);
            double expected = MultiServer.meanWait(4, 30, 0.1, scv);
            assertThat(w.mean()).isCloseTo(expected, within(1e-13 * expected));
        }
        // M/M/c: the exact sojourn mean and variance (MmcSojourn) are service + wait cumulants.
        Cumulants t = Cumulants.exponential(0.1).plus(SojournMoments.stationWait(4, 30, 0.1, 1));
        MmcSojourn exact = MmcSojourn.of(4, 30, 0.1);
        assertThat(t.mean()).isCloseTo(exact.mean(), within(1e-14));
        assertThat(t.variance()).isCloseTo(exact.variance(), within(1e-14));
    }

    @Test
    void timesScalesEachCumulantByItsPower() {
        assertThat(new Cumulants(1, 2, 3).times(2)).isEqualTo(new Cumulants(2, 8, 24));
    }

    // ---- quantile approximation against exact quantiles -------------------------------------

    @ParameterizedTest(name = "rates {0}")
    @CsvSource(delimiter = ';', value = {"1 2", "1 10", "1 100", "1 1.5 3", "1 2 3 4", "0.2 1 5 25"})
    void sumOfDistinctExponentialsMatchesTheHypoexponentialWithinThreePercent(String rateList) {
        // Exact: P(S > t) = sum_i prod_{j!=i} r_j/(r_j - r_i) e^{-r_i t} (hypoexponential; Ross,
        // Introduction to Probability Models, 10th ed., §5.2.4), inverted by bisection here.
        // Measured errors of the shifted-gamma fit (approx/exact - 1), p95 / p99:
        //   {1,2} +0.51% / -0.03%; {1,10} +0.09% / -0.04%; {1,100} +0.001% / -0.001%;
        //   {1,1.5,3} +0.40% / -0.07%; {1,2,3,4} +0.71% / -0.18%; {0.2,1,5,25} +0.31% / -0.10%.
        // (p50 errors are at most 1.2%.) Asserted tolerance: 3% relative.
        String[] parts = rateList.trim().split(" ");
        double[] r = new double[parts.length];
        Cumulants c = Cumulants.ZERO;
        for (int i = 0; i < r.length; i++) {
            r[i] = Double.parseDouble(parts[i]);
            c = c.plus(Cumulants.exponential(1 / r[i]));
        }
        for (double p : new double[] {0.95, 0.99}) {
            double exact = invert(t -> hypoexponentialSurvival(r, t), p);
            assertThat(SojournMoments.quantile(c, p)).isCloseTo(exact, within(0.03 * exact));
        }
    }

    @ParameterizedTest(name = "c={0} rho={1}")
    @CsvSource({"2, 0.3", "2, 0.5", "2, 0.9", "4, 0.7", "4, 0.95", "16, 0.8", "64, 0.95", "1, 0.9"})
    void mmcSojournFromCumulantsMatchesTheExactDistributionWithinThreePercent(int c, double rho) {
        // Exact quantiles from MmcSojourn (Gross & Harris eq. 2.33). Cumulants: Exp(S) service plus the
        // Erlang-C wait mixture. Measured errors, p95 / p99: c=2: rho .3 -0.19% / +0.04%,
        // rho .5 -0.44% / +0.04%, rho .9 +0.14% / -0.03%; c=4: rho .7 -0.30% / +0.12%,
        // rho .95 +0.21% / -0.06%; c=16 rho .8 +0.26% / -0.02%; c=64 rho .95 +0.43% / -0.06%;
        // c=1: exact (the sum is exponential). Asserted tolerance: 3% relative.
        double s = 0.05;
        double lambda = rho * c / s;
        MmcSojourn exact = MmcSojourn.of(c, lambda, s);
        Cumulants k = Cumulants.exponential(s).plus(Cumulants.waitMixture(
                MultiServer.probabilityOfWait(c, lambda, s), MultiServer.meanWaitGivenWait(c, lambda, s)));
        for (double p : new double[] {0.95, 0.99}) {
            double q = exact.quantile(p);
            assertThat(SojournMoments.quantile(k, p)).isCloseTo(q, within(0.03 * q));
        }
    }

    @ParameterizedTest(name = "Erlang-{0}")
    @ValueSource(ints = {1, 2, 3, 5, 8})
    void erlangKIsReproducedExactly(int k) {
        // A gamma's skewness 2/sqrt(k) gives shape k and shift 0, so the fit is the distribution itself.
        // Reference quantile: commons-math3 GammaDistribution(k, 1/k). Measured |error| <= 1.5e-10;
        // asserted 1e-8 relative.
        Cumulants c = Cumulants.gamma(1.0, 1.0 / k);
        GammaDistribution g = new GammaDistribution(k, 1.0 / k);
        for (double p : new double[] {0.5, 0.95, 0.99}) {
            double q = g.inverseCumulativeProbability(p);
            assertThat(SojournMoments.quantile(c, p)).isCloseTo(q, within(1e-8 * q));
        }
    }

    @Test
    void zeroVarianceGivesTheMean() {
        assertThat(SojournMoments.quantile(Cumulants.constant(0.25), 0.99)).isEqualTo(0.25);
        assertThat(SojournMoments.quantile(Cumulants.ZERO, 0.5)).isZero();
    }

    @Test
    void nonPositiveSkewnessFallsBackToTheTwoMomentGamma() {
        // k3 <= 0: two-moment gamma with shape k1^2/k2 = 4 and scale k2/k1 = 0.25 (mean 1, variance 0.25).
        // Reference quantile from commons-math3; 1e-8 relative.
        Cumulants c = new Cumulants(1.0, 0.25, -0.01);
        double q = new GammaDistribution(4, 0.25).inverseCumulativeProbability(0.95);
        assertThat(SojournMoments.quantile(c, 0.95)).isCloseTo(q, within(1e-8 * q));
    }

    @Test
    void nearlySymmetricSumsUseTheLargeShapeLimitWithoutCancellation() {
        // Skewness 1e-6 gives shape 4e12: the quantile must tend to the normal one, mean + z_p sigma
        // (z_0.95 = 1.6448536269514722); 1e-6 relative.
        double sigma = 0.1;
        Cumulants c = new Cumulants(1.0, sigma * sigma, 1e-6 * sigma * sigma * sigma);
        assertThat(SojournMoments.quantile(c, 0.95)).isCloseTo(1 + 1.6448536269514722 * sigma, within(1e-6));
    }

    @Test
    void heavySkewIsClampedAtZero() {
        // A rare long wait: skewness far above a gamma's, so the fitted shift is negative; low quantiles
        // clamp at 0 and never go negative or NaN.
        Cumulants c = Cumulants.constant(0.001).plus(Cumulants.waitMixture(0.001, 10));
        assertThat(SojournMoments.quantile(c, 0.01)).isFinite().isGreaterThanOrEqualTo(0);
        assertThat(SojournMoments.quantile(c, 0.999)).isFinite().isPositive();
    }

    @Test
    void invalidQuantileArgumentsAreRejected() {
        assertThatThrownBy(() -> SojournMoments.quantile(Cumulants.exponential(1), 1.0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SojournMoments.quantile(new Cumulants(-1, 1, 0), 0.5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Cumulants(1, -1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cumulants.hyperexponentialBalanced(1, 0.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void quantileIsMonotoneInP(@ForAll @DoubleRange(min = 0.001, max = 10) @Scale(4) double mean,
            @ForAll @DoubleRange(min = 0, max = 9) double cv,
            @ForAll @DoubleRange(min = 0, max = 1) double pWait,
            @ForAll @DoubleRange(min = 0.001, max = 0.999) @Scale(6) double p1,
            @ForAll @DoubleRange(min = 0.001, max = 0.999) @Scale(6) double p2) {
        Cumulants c = Cumulants.service(mean, cv).plus(Cumulants.waitMixture(pWait, mean));
        double lo = SojournMoments.quantile(c, Math.min(p1, p2));
        double hi = SojournMoments.quantile(c, Math.max(p1, p2));
        assertThat(lo).isFinite().isGreaterThanOrEqualTo(0);
        // The gamma quantile is inverted numerically to about 1e-12 relative (commons-math's
        // solver accuracy), so monotonicity holds to that precision, not to the last bit.
        assertThat(hi).isFinite().isGreaterThanOrEqualTo(lo - 1e-9 * Math.max(1, lo));
    }

    private static double hypoexponentialSurvival(double[] r, double t) {
        double s = 0;
        for (int i = 0; i < r.length; i++) {
            double a = 1;
            for (int j = 0; j < r.length; j++) {
                if (j != i) {
                    a *= r[j] / (r[j] - r[i]);
                }
            }
            s += a * Math.exp(-r[i] * t);
        }
        return s;
    }

    private static double invert(DoubleUnaryOperator survival, double p) {
        double lo = 0;
        double hi = 1;
        while (survival.applyAsDouble(hi) > 1 - p) {
            hi *= 2;
        }
        for (int i = 0; i < 200; i++) {
            double mid = (lo + hi) / 2;
            if (survival.applyAsDouble(mid) > 1 - p) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }

    /**
     * A mixture of exponentials is a hyperexponential, whose distribution function is
     * {@code Σ wᵢ(1 − e^{−t/mᵢ})} in closed form; each exponential is its own exact gamma fit
     * (skewness 2, shape 1), so the mixture quantile must invert that closed form. The reference
     * is found here by plain bisection on the closed form.
     */
    @ParameterizedTest
    @CsvSource({"0.9, 0.001, 0.1", "0.5, 0.01, 0.02", "0.99, 0.002, 1.5", "0.3, 0.05, 0.051"})
    void mixtureOfExponentialsInvertsTheHyperexponential(double w, double m1, double m2) {
        double[] weights = {w, 1 - w};
        Cumulants[] parts = {Cumulants.exponential(m1), Cumulants.exponential(m2)};
        for (double p : new double[] {0.5, 0.95, 0.99, 0.999}) {
            double lo = 0;
            double hi = 100 * Math.max(m1, m2);
            for (int i = 0; i < 200; i++) {
                double t = 0.5 * (lo + hi);
                double f = w * -Math.expm1(-t / m1) + (1 - w) * -Math.expm1(-t / m2);
                if (f < p) {
                    lo = t;
                } else {
                    hi = t;
                }
            }
            double exact = 0.5 * (lo + hi);
            assertThat(SojournMoments.quantile(weights, parts, p))
                    .as("p=%s", p).isCloseTo(exact, within(1e-9 * exact));
            assertThat(SojournMoments.cdf(weights, parts, exact)).isCloseTo(p, within(1e-9));
        }
    }

    /**
     * Half the time a constant 1 s, half the time exponential with mean 1 s: the distribution
     * function jumps by 0.5 at t = 1, where Newton's method has no slope to follow. Closed
     * forms: below the jump {@code F(t) = (1 − e^{−t})/2}, above it {@code F(t) = 1 − e^{−t}/2}.
     */
    @Test
    void mixtureQuantileFindsTheJumpOfAConstantPart() {
        double[] w = {0.5, 0.5};
        Cumulants[] parts = {Cumulants.constant(1), Cumulants.exponential(1)};
        assertThat(SojournMoments.quantile(w, parts, 0.3))
                .isCloseTo(-Math.log(0.4), within(1e-9));
        assertThat(SojournMoments.quantile(w, parts, 0.6)).isCloseTo(1.0, within(1e-9));
        assertThat(SojournMoments.quantile(w, parts, 0.9))
                .isCloseTo(-Math.log(0.2), within(1e-9));
    }
}
