package dev.headroom.io;

import java.util.Objects;

/**
 * Something wrong with a catalog file, located by a JSON path such as {@code items[3].price}.
 *
 * @param origin  where the catalog came from (a file path or a classpath resource)
 * @param path    the JSON path of the offending value ("" for the document itself)
 * @param message what is wrong, e.g. "must be a positive number"
 */
public record CatalogProblem(String origin, String path, String message) {

    public CatalogProblem {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** "path: message", the form shown next to a catalog's name. */
    public String describe() {
        return path.isEmpty() ? message : path + ": " + message;
    }

    @Override
    public String toString() {
        return origin + ": " + describe();
    }
}
