package dev.headroom.queueing;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.special.Erf;
import org.apache.commons.math3.special.Gamma;

/**
 * A mixture of the shifted-gamma fits of {@link SojournMoments}: with probability {@code w[i]}
 * the variable is {@code k1 + σ·(G − α)/√α}, {@code G ~ Gamma(α, 1)}, fitted to part i's
 * cumulants. Holds each part's constants (shape, its square root, σ, {@code ln Γ(α)}) so that
 * the distribution function and the density cost one incomplete-gamma evaluation per part, and
 * inverts the distribution function by Newton's method kept inside a bracket (bisection whenever
 * a step would leave it): from a Wilson–Hilferty start it converges in a handful of steps, where
 * regula falsi over the whole ±10σ range took dozens. Engine hot path: the solver asks three
 * quantiles of every request class on every solve.
 */
public final class ShiftedGammaMixture {
    /** Above this shape the Wilson–Hilferty cube-root normal approximation replaces the gamma. */
    static final double WILSON_HILFERTY_SHAPE = 1e5;
    private static final double SQRT_2PI = Math.sqrt(2 * Math.PI);
    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

    private final int n;
    private final double[] w;
    private final double[] mean;
    private final double[] sd;
    private final double[] shape;
    private final double[] root;
    private final double[] logGammaShape;

    /** With probability {@code weights[i]} (summing to 1) the fit of {@code parts[i]}. */
    public ShiftedGammaMixture(double[] weights, Cumulants[] parts) {
        n = parts.length;
        w = weights.clone();
        mean = new double[n];
        sd = new double[n];
        shape = new double[n];
        root = new double[n];
        logGammaShape = new double[n];
        for (int i = 0; i < n; i++) {
            Cumulants c = parts[i];
            mean[i] = c.k1();
            sd[i] = Math.sqrt(c.k2());
            if (c.k2() > 0) {
                shape[i] = fitShape(c);
                root[i] = Math.sqrt(shape[i]);
                logGammaShape[i] = shape[i] > WILSON_HILFERTY_SHAPE ? 0 : Gamma.logGamma(shape[i]);
            }
        }
    }

    /** The gamma shape of the fit: from the skewness, else from two moments. */
    static double fitShape(Cumulants c) {
        double skew = c.skewness();
        double a = skew > 0 ? 4 / (skew * skew) : Double.NaN;
        if (!(Double.isFinite(a) && a > 0)) {
            a = c.k1() * c.k1() / c.k2();
        }
        return a;
    }

    /** {@code P(X ≤ t)}. */
    public double cdf(double t) {
        double f = 0;
        for (int i = 0; i < n; i++) {
            f += w[i] * partCdf(i, t);
        }
        return f;
    }

    private double partCdf(int i, double t) {
        if (sd[i] == 0) {
            return t >= mean[i] ? 1 : 0;
        }
        double a = shape[i];
        double g = a + root[i] * (t - mean[i]) / sd[i];
        if (g <= 0) {
            return 0;
        }
        if (a > WILSON_HILFERTY_SHAPE) {
            double z = (Math.cbrt(g / a) - 1 + 1 / (9 * a)) * 3 * root[i];
            return 0.5 * Erf.erfc(-z / Math.sqrt(2));
        }
        return IncompleteGamma.regularizedP(a, g, logGammaShape[i]);
    }

    /** The density of part i at t (0 for a constant part: its step has no derivative). */
    private double partDensity(int i, double t) {
        if (sd[i] == 0) {
            return 0;
        }
        double a = shape[i];
        double g = a + root[i] * (t - mean[i]) / sd[i];
        if (g <= 0) {
            return 0;
        }
        if (a > WILSON_HILFERTY_SHAPE) {
            // z = 3√α(∛(g/α) − 1 + 1/(9α)), dz/dt = (g/α)^(−2/3)/σ
            double cube = Math.cbrt(g / a);
            double z = (cube - 1 + 1 / (9 * a)) * 3 * root[i];
            return Math.exp(-0.5 * z * z) / SQRT_2PI / (cube * cube * sd[i]);
        }
        // Gamma(α, 1) density at g, times dg/dt = √α/σ
        return Math.exp((a - 1) * Math.log(g) - g - logGammaShape[i]) * root[i] / sd[i];
    }

    private double density(double t) {
        double f = 0;
        for (int i = 0; i < n; i++) {
            f += w[i] * partDensity(i, t);
        }
        return f;
    }

    /**
     * The p-quantile, clamped at 0, to about 1e-13 relative.
     *
     * @param p probability in (0, 1)
     */
    public double quantile(double p) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (int i = 0; i < n; i++) {
            lo = Math.min(lo, mean[i] - 10 * sd[i]);
            hi = Math.max(hi, mean[i] + 12 * sd[i]);
        }
        lo = Math.max(0, lo);
        if (cdf(lo) >= p) {
            return lo;
        }
        while (cdf(hi) < p) {
            lo = hi;
            hi *= 2;
        }
        double x = start(p);
        if (!(x > lo && x < hi)) {
            x = 0.5 * (lo + hi);
        }
        for (int i = 0; i < 200; i++) {
            double d = cdf(x) - p;
            if (d == 0) {
                return x;
            }
            if (d < 0) {
                lo = x;
            } else {
                hi = x;
            }
            double f = density(x);
            double next = f > 0 ? x - d / f : Double.NaN;
            if (!(next > lo && next < hi)) {
                next = 0.5 * (lo + hi);
            }
            if (Math.abs(next - x) <= 1e-13 * Math.abs(next) || hi - lo <= 1e-13 * hi) {
                return next;
            }
            x = next;
        }
        return x;
    }

    /** A start for Newton: the Wilson–Hilferty quantile of the single fit to the whole mixture. */
    private double start(double p) {
        double total = 0;
        double m1 = 0;
        double m2 = 0;
        double m3 = 0;
        for (int i = 0; i < n; i++) {
            double a = mean[i];
            double v = sd[i] * sd[i];
            double k3 = shape[i] > 0 ? 2 * v * sd[i] / root[i] : 0;
            total += w[i];
            m1 += w[i] * a;
            m2 += w[i] * (v + a * a);
            m3 += w[i] * (k3 + 3 * a * v + a * a * a);
        }
        m1 /= total;
        m2 /= total;
        m3 /= total;
        Cumulants c = new Cumulants(m1, Math.max(0, m2 - m1 * m1), m3 - 3 * m1 * m2 + 2 * m1 * m1 * m1);
        if (!(c.k2() > 0)) {
            return m1;
        }
        double a = fitShape(c);
        double r = Math.sqrt(a);
        double z = NORMAL.inverseCumulativeProbability(p);
        double u = -1 / (9 * a) + z / (3 * r);
        return m1 + Math.sqrt(c.k2()) * r * u * (3 + u * (3 + u));
    }
}
