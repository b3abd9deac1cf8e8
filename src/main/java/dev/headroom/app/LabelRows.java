package dev.headroom.app;

import java.util.Arrays;

/**
 * Rows for labels that would print over each other: the labels of a drill's overlapping events
 * above a timeline, in the app and in the report alike.
 */
public final class LabelRows {
    private LabelRows() {}

    /**
     * The row of each label starting at {@code x[i]}, {@code w[i]} wide, taken in order: the
     * first of {@code maxRows} rows where it starts {@code gap} after the last label placed
     * there ends, else the row whose last label ends first.
     */
    public static int[] rows(double[] x, double[] w, int maxRows, double gap) {
        int[] row = new int[x.length];
        double[] rowEnd = new double[maxRows];
        Arrays.fill(rowEnd, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < x.length; i++) {
            int r = 0;
            while (r < maxRows && x[i] < rowEnd[r] + gap) {
                r++;
            }
            if (r == maxRows) {
                r = 0;
                for (int k = 1; k < maxRows; k++) {
                    r = rowEnd[k] < rowEnd[r] ? k : r;
                }
            }
            row[i] = r;
            rowEnd[r] = x[i] + w[i];
        }
        return row;
    }

    /** The rows used: one more than the highest row, at least one. */
    public static int count(int[] rows) {
        int n = 1;
        for (int r : rows) {
            n = Math.max(n, r + 1);
        }
        return n;
    }
}
