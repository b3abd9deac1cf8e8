package dev.headroom.io;

import dev.headroom.model.Names;
import dev.headroom.model.Problem;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * A cursor over one JSON object that reads typed fields and records a {@link Problem} (with its
 * JSON path) for every field of the wrong type, instead of stopping at the first. Unknown fields
 * are problems too, with a "did you mean" for typos: a misspelt field silently falling back to
 * its default would give wrong numbers without a word.
 */
final class JsonFields {
    private final Json node;
    private final String path;
    private final List<Problem> problems;

    JsonFields(Json node, String path, List<Problem> problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    String path(String field) {
        String f = shortened(field);
        return path.isEmpty() ? f : path + "." + f;
    }

    /** A field name from the file as a path shows it: cut when it is absurdly long. */
    static String shortened(String field) {
        return field.length() <= 60 ? field : field.substring(0, 40) + "\u2026";
    }

    boolean has(String field) {
        Json v = node.get(field);
        return v != null && !v.isNull();
    }

    Json raw(String field) {
        return node.get(field);
    }

    void problem(String field, String message) {
        problems.add(new Problem(path(field), message));
    }

    String string(String field, String fallback) {
        Json v = node.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isTextual()) {
            problem(field, "must be a string");
            return fallback;
        }
        return v.asText();
    }

    String requiredString(String field) {
        if (!has(field)) {
            problem(field, "is required");
            return "";
        }
        return string(field, "");
    }

    Double number(String field) {
        Json v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        return number(v, path(field));
    }

    double number(String field, double fallback) {
        Double v = number(field);
        return v == null ? fallback : v;
    }

    Double number(Json v, String at) {
        if (!v.isNumber()) {
            problems.add(new Problem(at, "must be a number, not " + describe(v)));
            return null;
        }
        double d = v.asDouble();
        if (!Double.isFinite(d)) {
            problems.add(new Problem(at, "must be a finite number"));
            return null;
        }
        return d;
    }

    Integer integer(String field) {
        Json v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isNumber() || v.asDouble() != Math.rint(v.asDouble())
                || Math.abs(v.asDouble()) > Integer.MAX_VALUE) {
            problem(field, "must be a whole number, not " + describe(v));
            return null;
        }
        return (int) v.asDouble();
    }

    int integer(String field, int fallback) {
        Integer v = integer(field);
        return v == null ? fallback : v;
    }

    boolean bool(String field, boolean fallback) {
        Json v = node.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isBoolean()) {
            problem(field, "must be true or false, not " + describe(v));
            return fallback;
        }
        return v.asBoolean();
    }

    /** The object at {@code field}, or null (recording a problem when it is not an object). */
    JsonFields object(String field) {
        Json v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isObject()) {
            problem(field, "must be an object, not " + describe(v));
            return null;
        }
        return new JsonFields(v, path(field), problems);
    }

    /** The elements of the array at {@code field}; empty when absent or not an array. */
    List<Json> array(String field) {
        Json v = node.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            problem(field, "must be an array, not " + describe(v));
            return List.of();
        }
        return new ArrayList<>(v.elements());
    }

    /** Records a problem for each field not in {@code known}. */
    void rejectUnknown(Set<String> known) {
        Iterator<String> it = node.fieldNames();
        while (it.hasNext()) {
            String f = it.next();
            if (!known.contains(f)) {
                problem(f, "unknown field" + Names.didYouMean(f, known));
            }
        }
    }

    static String describe(Json v) {
        if (v.isTextual()) {
            String t = v.asText();
            return "\"" + (t.length() > 30 ? t.substring(0, 30) + "…" : t) + "\"";
        }
        if (v.isObject()) {
            return "an object";
        }
        if (v.isArray()) {
            return "an array";
        }
        return v.toString();
    }
}
