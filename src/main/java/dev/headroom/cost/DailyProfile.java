package dev.headroom.cost;

import java.util.List;

/**
 * The traffic of each hour of a day relative to the daily average (24 weights, mean 1).
 *
 * <p>The default curve, when a model gives none: a smooth single-peaked day, highest at 14:00,
 * whose peak hour is exactly {@code peakToAverage} times the average. Its shape is a von Mises
 * bump {@code g(h) = exp(κ·cos(2π(h − 14)/24))}, scaled and shifted to mean 1 and peak
 * {@code peakToAverage}; κ starts at 1 (a gentle day/night swing) and is raised only as far as
 * needed to keep the quietest hour at or above zero traffic, which a high peak factor would
 * otherwise push below it. With {@code peakToAverage = 1} the day is flat.
 */
public final class DailyProfile {
    public static final int HOURS = 24;
    private static final int PEAK_HOUR = 14;

    private DailyProfile() {}

    /** The model's profile when it has one, else the default curve. */
    public static double[] of(List<Double> given, double peakToAverage) {
        if (given.size() == HOURS) {
            double[] w = new double[HOURS];
            for (int h = 0; h < HOURS; h++) {
                w[h] = given.get(h);
            }
            return w;
        }
        return standard(peakToAverage);
    }

    /** The last standard curve made: bills made by the thousand ask for the same one. */
    private record Made(double peakToAverage, double[] weights) {}

    private static volatile Made last;

    /** The default curve for a peak factor of at least 1 (a fresh array the caller may keep). */
    public static double[] standard(double peakToAverage) {
        Made m = last;
        if (m == null || Double.compare(m.peakToAverage, peakToAverage) != 0) {
            m = new Made(peakToAverage, make(peakToAverage));
            last = m;
        }
        return m.weights.clone();
    }

    private static double[] make(double peakToAverage) {
        double[] w = new double[HOURS];
        if (peakToAverage <= 1) {
            java.util.Arrays.fill(w, 1);
            return w;
        }
        for (double kappa = 1; ; kappa *= 1.25) {
            double[] g = new double[HOURS];
            double mean = 0;
            double max = Double.NEGATIVE_INFINITY;
            for (int h = 0; h < HOURS; h++) {
                g[h] = Math.exp(kappa * Math.cos(2 * Math.PI * (h - PEAK_HOUR) / HOURS));
                mean += g[h] / HOURS;
                max = Math.max(max, g[h]);
            }
            double scale = (peakToAverage - 1) / (max - mean);
            double min = Double.POSITIVE_INFINITY;
            for (int h = 0; h < HOURS; h++) {
                w[h] = 1 + scale * (g[h] - mean);
                min = Math.min(min, w[h]);
            }
            if (min >= 0 || kappa > 600) {
                for (int h = 0; h < HOURS; h++) {
                    w[h] = Math.max(0, w[h]);
                }
                return w;
            }
        }
    }
}
