package dev.headroom.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.Fixtures;
import dev.headroom.analysis.ClassResult;
import dev.headroom.model.Model;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Latency percentiles of a bursty single-server station (service cv up to 20, the largest the
 * model accepts) against the exact M/G/1 sojourn-time distribution, obtained here independently
 * of the engine by numerically inverting its Laplace transform: Pollaczek–Khinchine
 * {@code L*(s) = (1 − ρ)·s·B*(s) / (s − λ + λ·B*(s))} (Kleinrock, <i>Queueing Systems</i> vol. 1,
 * §5.6, eq. 5.105), with the balanced-means hyperexponential service the simulator samples, and
 * the fixed-Talbot inversion of J. Abate and P. P. Valkó, "Multi-precision Laplace transform
 * inversion", <i>Int. J. Numer. Meth. Eng.</i> 60 (2004). Before a wait kept its two branches,
 * one exponential fit put the p95 at cv 20 and 10% busy at five times the exact value.
 */
class BurstyServiceTest {
    /** Terms of the fixed-Talbot sum; 32 gives about ten digits for these smooth functions. */
    static final int TERMS = 32;

    /** P(latency ≤ t) of M/H2/1 at arrival rate λ, mean service {@code mean}, cv {@code cv}. */
    static double cdf(double t, double lambda, double mean, double cv) {
        double scv = cv * cv;
        double p1 = (1 + Math.sqrt((scv - 1) / (scv + 1))) / 2;
        double p2 = 1 - p1;
        double mu1 = 2 * p1 / mean;
        double mu2 = 2 * p2 / mean;
        double rho = lambda * mean;
        double r = 2.0 * TERMS / (5 * t);
        // θ = 0 term: F(r) e^{rt} / 2, real
        double sum = 0.5 * transformOverS(r, 0, lambda, rho, p1, mu1, p2, mu2)[0]
                * Math.exp(r * t);
        for (int k = 1; k < TERMS; k++) {
            double th = k * Math.PI / TERMS;
            double cot = Math.cos(th) / Math.sin(th);
            double sRe = r * th * cot;
            double sIm = r * th;
            double sigma = th + (th * cot - 1) * cot;
            double[] f = transformOverS(sRe, sIm, lambda, rho, p1, mu1, p2, mu2);
            // e^{t s} (1 + iσ) F(s)
            double ex = Math.exp(t * sRe);
            double eRe = ex * Math.cos(t * sIm);
            double eIm = ex * Math.sin(t * sIm);
            double aRe = eRe - eIm * sigma;
            double aIm = eIm + eRe * sigma;
            sum += aRe * f[0] - aIm * f[1];
        }
        return r / TERMS * sum;
    }

    /** {@code L*(s)/s} at the complex point {@code re + i·im}, as {re, im}. */
    static double[] transformOverS(double re, double im, double lambda, double rho, double p1,
            double mu1, double p2, double mu2) {
        double[] b1 = div(p1 * mu1, 0, re + mu1, im);
        double[] b2 = div(p2 * mu2, 0, re + mu2, im);
        double bRe = b1[0] + b2[0];
        double bIm = b1[1] + b2[1];
        // (1 − ρ) B / (s − λ + λB)   (the s of the numerator cancels the 1/s)
        return div((1 - rho) * bRe, (1 - rho) * bIm, re - lambda + lambda * bRe,
                im + lambda * bIm);
    }

    static double[] div(double aRe, double aIm, double bRe, double bIm) {
        double d = bRe * bRe + bIm * bIm;
        return new double[] {(aRe * bRe + aIm * bIm) / d, (aIm * bRe - aRe * bIm) / d};
    }

    /** The q-quantile of the exact latency, by bisection on the inverted distribution. */
    static double quantile(double q, double lambda, double mean, double cv) {
        double lo = 0;
        double hi = mean;
        while (cdf(hi, lambda, mean, cv) < q) {
            hi *= 2;
        }
        for (int i = 0; i < 60; i++) {
            double mid = (lo + hi) / 2;
            if (cdf(mid, lambda, mean, cv) < q) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }

    @Test
    void theInversionReproducesTheExactMm1Sojourn() {
        // M/M/1: P(T > t) = e^{−(μ − λ)t}; with cv = 1 the hyperexponential is exponential
        double lambda = 50;
        double mean = 0.01;
        for (double t : new double[] {0.005, 0.02, 0.1}) {
            assertThat(cdf(t, lambda, mean, 1.0))
                    .isCloseTo(1 - Math.exp(-(100 - lambda) * t), org.assertj.core.data.Offset
                            .offset(1e-7));
        }
    }

    @ParameterizedTest
    @CsvSource({"2, 0.1", "2, 0.5", "2, 0.8", "5, 0.1", "5, 0.5", "10, 0.1", "10, 0.5",
            "20, 0.1", "20, 0.5"})
    void percentilesOfABurstyStationAreWithinFifteenPercentOfTheExactOnes(double cv,
            double busy) {
        double meanMs = 10;
        double lambda = busy / (meanMs / 1000);
        Model m = Fixtures.parse("""
                {"format": 2, "name": "bursty", "workload": {"arrivalRatePerSecond": %s},
                 "components": [{"id": "api", "serviceTimeMs": %s, "serviceTimeCv": %s,
                                 "concurrency": 1}]}""".formatted(lambda, meanMs, cv));
        ClassResult r = Fixtures.analysis(m).at(1).solution().classes().get(0);
        double p95 = quantile(0.95, lambda, meanMs / 1000, cv) * 1000;
        double p99 = quantile(0.99, lambda, meanMs / 1000, cv) * 1000;
        assertThat(r.latencyP95Ms()).as("p95 at cv %s, %s busy", cv, busy)
                .isCloseTo(p95, org.assertj.core.data.Percentage.withPercentage(15));
        assertThat(r.latencyP99Ms()).as("p99 at cv %s, %s busy", cv, busy)
                .isCloseTo(p99, org.assertj.core.data.Percentage.withPercentage(15));
    }
}
