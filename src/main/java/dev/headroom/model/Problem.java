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

    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
