package dev.headroom.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** "Did you mean …?" suggestions for misspelt ids, class names and fields. */
public final class Names {
    private Names() {}

    /**
     * The candidates closest to {@code name} by edit distance (case-insensitive), at most
     * {@code limit} of them, and only those within a distance that still looks like a typo.
     */
    public static List<String> nearest(String name, Collection<String> candidates, int limit) {
        String n = name.toLowerCase(Locale.ROOT);
        int tolerance = Math.max(1, n.length() / 3);
        return candidates.stream()
                // the distance is at least the difference in length: skip what cannot be close
                // (and a hostile name of megabytes costs nothing)
                .map(c -> {
                    String l = c.toLowerCase(Locale.ROOT);
                    return new Scored(c, Math.abs(l.length() - n.length()) > tolerance
                            ? Integer.MAX_VALUE : distance(n, l));
                })
                .filter(s -> s.distance <= tolerance
                        || s.name.toLowerCase(Locale.ROOT).startsWith(n)
                        || n.startsWith(s.name.toLowerCase(Locale.ROOT)))
                .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
                .limit(limit)
                .map(Scored::name)
                .toList();
    }

    /** {@code "; did you mean "a" or "b"?"}, or an empty string when nothing is close. */
    public static String didYouMean(String name, Collection<String> candidates) {
        List<String> near = nearest(name, candidates, 2);
        if (near.isEmpty()) {
            return "";
        }
        return "; did you mean " + String.join(" or ",
                near.stream().map(s -> "\"" + s + "\"").toList()) + "?";
    }

    /** Edit distance counting a swap of two neighbours as one edit (optimal string alignment). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2)
                        && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[a.length()][b.length()];
    }

    private record Scored(String name, int distance) {}
}
