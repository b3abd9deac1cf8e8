package dev.headroom.model;

import java.util.Objects;

/**
 * Something wrong with a model that a user can fix: where (a JSON path such as
 * {@code components[2].hitRatio}) and what, in one sentence.
 */
public record Problem(String path, String message) {
    public Problem {
        Objects.requireNonNull(path);
        Objects.requireNonNull(message);
    }

    /** The longest line {@link #toString} gives: names quoted from a file can be megabytes. */
    public static final int MAX_LINE = 400;

    @Override
    public String toString() {
        String s = path.isEmpty() ? message : path + ": " + message;
        return s.length() <= MAX_LINE ? s : s.substring(0, MAX_LINE - 1) + "\u2026";
    }
}
