package dev.headroom.cost;

/** String distances used to suggest SKU names. */
final class SkuDistance {
    private SkuDistance() {}

    /**
     * Optimal-string-alignment distance: insertions, deletions, substitutions and transpositions
     * of adjacent characters each cost 1 (Damerau 1964; Navarro, "A guided tour to approximate
     * string matching", ACM Computing Surveys 33(1), 2001, section 2). O(|a|·|b|) time.
     */
    static int editDistance(String a, String b) {
        int n = a.length();
        int m = b.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    best = Math.min(best, d[i - 2][j - 2] + 1);
                }
                d[i][j] = best;
            }
        }
        return d[n][m];
    }

    /** Length of the longest common prefix. */
    static int commonPrefix(String a, String b) {
        int k = 0;
        int max = Math.min(a.length(), b.length());
        while (k < max && a.charAt(k) == b.charAt(k)) {
            k++;
        }
        return k;
    }
}
