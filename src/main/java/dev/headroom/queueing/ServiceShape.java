package dev.headroom.queueing;

/**
 * The distribution a service time with a given mean and coefficient of variation is taken to
 * have, by the analytic engine and by the simulator alike (docs/simulator.md "Service times"):
 * {@code cv = 0} (or mean 0) constant; {@code 0 < cv < 1} gamma with shape {@code 1/cv²};
 * {@code cv = 1} exponential; {@code cv > 1} the balanced-means two-phase hyperexponential,
 * {@code p₁,₂ = (1 ± √((cv² − 1)/(cv² + 1)))/2} with branch means {@code mean/(2pᵢ)}, each
 * branch carrying half the mean (Whitt, "Approximating a point process by a renewal process",
 * <i>Management Science</i> 28, 1982). One definition, so that the formulas and the simulator
 * can never drift apart.
 *
 * @param kind which family
 * @param mean the mean
 * @param shape gamma: the shape {@code 1/cv²}; else 0
 * @param p1 hyperexponential: the probability of the first (shorter) branch; else 0
 * @param mean1 hyperexponential: the first branch's mean; else 0
 * @param mean2 hyperexponential: the second branch's mean; else 0
 */
public record ServiceShape(Kind kind, double mean, double shape, double p1, double mean1,
        double mean2) {

    /** The families. */
    public enum Kind { CONSTANT, GAMMA, EXPONENTIAL, HYPEREXPONENTIAL }

    public static ServiceShape of(double mean, double cv) {
        Checks.finiteNonNegative("mean service time", mean);
        Checks.finiteNonNegative("service cv", cv);
        if (mean == 0 || cv == 0) {
            return new ServiceShape(Kind.CONSTANT, mean, 0, 0, 0, 0);
        }
        if (cv < 1) {
            return new ServiceShape(Kind.GAMMA, mean, 1 / (cv * cv), 0, 0, 0);
        }
        if (cv == 1) {
            return new ServiceShape(Kind.EXPONENTIAL, mean, 0, 0, 0, 0);
        }
        double scv = cv * cv;
        double p1 = (1 + Math.sqrt((scv - 1) / (scv + 1))) / 2;
        return new ServiceShape(Kind.HYPEREXPONENTIAL, mean, 0, p1, mean / (2 * p1),
                mean / (2 * (1 - p1)));
    }
}
