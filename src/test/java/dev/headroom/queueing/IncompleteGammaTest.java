package dev.headroom.queueing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.special.Gamma;
import org.junit.jupiter.api.Test;

class IncompleteGammaTest {

    /**
     * For a whole number a, P(a, x) = 1 − e^(−x) Σ_{k<a} x^k/k! (Abramowitz and Stegun 6.5.13,
     * the Poisson tail): a = 1 is the exponential distribution, 1 − e^(−x).
     */
    @Test
    void wholeShapesAreThePoissonTail() {
        for (int a = 1; a <= 40; a++) {
            double logGamma = 0;
            for (int k = 2; k < a; k++) {
                logGamma += Math.log(k);
            }
            for (double x : new double[] {1e-6, 0.01, 0.5, 1, 2.5, a - 0.5, a, a + 0.5, a + 1,
                    a + 3, 2.0 * a, 3.0 * a + 10, 200}) {
                // the Poisson probabilities x^k e^(-x)/k!, summed on the side of the smaller tail,
                // whose terms are all positive: P = Σ_{k≥a}, Q = Σ_{k<a}
                double p = IncompleteGamma.regularizedP(a, x, logGamma);
                if (x < a) {
                    double term = Math.exp(a * Math.log(x) - x - logGamma - Math.log(a));
                    double upper = 0;
                    for (int k = a; term > upper * 1e-18; k++) {
                        upper += term;
                        term *= x / (k + 1);
                    }
                    assertThat(p).as("P(%d, %s)", a, x).isCloseTo(upper, within(1e-13 * upper));
                } else {
                    double term = Math.exp(-x);
                    double lower = term;
                    for (int k = 1; k < a; k++) {
                        term *= x / k;
                        lower += term;
                    }
                    assertThat(1 - p).as("Q(%d, %s)", a, x)
                            .isCloseTo(lower, within(1e-13 * lower + 2.3e-16));
                }
            }
        }
    }

    /** Agrees with commons-math's Gamma.regularizedGammaP over the shapes the fits produce. */
    @Test
    void agreesWithCommonsMath() {
        double worst = 0;
        for (double a : new double[] {1e-3, 0.01, 0.1, 0.37, 1, 1.7, 4, 9.5, 33, 150, 1_000,
                12_345, 99_000}) {
            double lg = Gamma.logGamma(a);
            double sd = Math.sqrt(a);
            for (double z = -12; z <= 14; z += 0.25) {
                double x = a + z * sd;
                if (x <= 0) {
                    continue;
                }
                double mine = IncompleteGamma.regularizedP(a, x, lg);
                double theirs = Gamma.regularizedGammaP(a, x, 1e-15, 100_000);
                double scale = Math.max(Math.min(theirs, 1 - theirs), 1e-300);
                worst = Math.max(worst, Math.abs(mine - theirs) / scale);
                assertThat(mine).as("P(%s, %s)", a, x)
                        .isCloseTo(theirs, within(1e-11 * scale + 1e-15));
            }
        }
        assertThat(worst).isLessThan(1e-11);
    }

    @Test
    void edges() {
        assertThat(IncompleteGamma.regularizedP(2, 0, 0)).isZero();
        assertThat(IncompleteGamma.regularizedP(2, -1, 0)).isZero();
        assertThat(IncompleteGamma.regularizedP(2, 1e4, 0)).isEqualTo(1.0);
    }
}
