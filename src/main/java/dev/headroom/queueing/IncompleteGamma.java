package dev.headroom.queueing;

/**
 * The regularized lower incomplete gamma function P(a, x) = γ(a, x)/Γ(a) for a shape whose
 * ln Γ(a) the caller already holds: {@link ShiftedGammaMixture} evaluates it for the same few
 * shapes thousands of times a solve, and commons-math's {@code Gamma.regularizedGammaP}
 * recomputes ln Γ(a) on every call (two thirds of its cost).
 *
 * <p>The classical pair (Press et al., <i>Numerical Recipes</i>, 3rd ed., §6.2; Abramowitz and
 * Stegun 6.5.29 and 6.5.31): below {@code x = a + 1} the power series
 * {@code P = e^(−x) x^a / Γ(a) · Σ x^n / (a (a+1) … (a+n))}, which converges fast there; above it
 * the continued fraction for Q = 1 − P, evaluated by the modified Lentz method. Both stop when a
 * term changes the sum by less than {@link #EPS} of it; {@code IncompleteGammaTest} checks them
 * against closed forms and against commons-math.
 */
final class IncompleteGamma {
    /** Relative size of the last term kept. */
    static final double EPS = 1e-15;
    /** Far more terms than any shape up to 1e5 needs (about 10·√a); a safety stop only. */
    private static final int MAX_TERMS = 100_000;
    /** Smaller than any term the continued fraction meets, to keep Lentz's method finite. */
    private static final double TINY = 1e-300;

    private IncompleteGamma() {}

    /**
     * P(a, x) for {@code a > 0}, {@code x ≥ 0}, given {@code logGammaA = ln Γ(a)}.
     */
    static double regularizedP(double a, double x, double logGammaA) {
        if (x <= 0) {
            return 0;
        }
        if (x < a + 1) {
            return series(a, x, logGammaA);
        }
        return 1 - continuedFractionQ(a, x, logGammaA);
    }

    private static double series(double a, double x, double logGammaA) {
        double term = 1 / a;
        double sum = term;
        double ap = a;
        for (int n = 0; n < MAX_TERMS; n++) {
            ap += 1;
            term *= x / ap;
            sum += term;
            if (Math.abs(term) < Math.abs(sum) * EPS) {
                break;
            }
        }
        return sum * Math.exp(-x + a * Math.log(x) - logGammaA);
    }

    private static double continuedFractionQ(double a, double x, double logGammaA) {
        double b = x + 1 - a;
        double c = 1 / TINY;
        double d = 1 / b;
        double h = d;
        for (int i = 1; i <= MAX_TERMS; i++) {
            double an = -i * (i - a);
            b += 2;
            d = an * d + b;
            if (Math.abs(d) < TINY) {
                d = TINY;
            }
            c = b + an / c;
            if (Math.abs(c) < TINY) {
                c = TINY;
            }
            d = 1 / d;
            double step = d * c;
            h *= step;
            if (Math.abs(step - 1) < EPS) {
                break;
            }
        }
        return Math.exp(-x + a * Math.log(x) - logGammaA) * h;
    }
}
