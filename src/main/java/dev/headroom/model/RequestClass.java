package dev.headroom.model;

import java.util.Objects;

/**
 * A request type.
 *
 * @param name unique name
 * @param share fraction of all requests (the shares sum to 1)
 * @param entry id of the component the request enters at
 * @param responseKb mean response size in KB (for egress charges), or null
 * @param readOnly the class only reads: a read replica or a cache may serve its queries
 */
public record RequestClass(String name, double share, String entry, Double responseKb,
        boolean readOnly) {
    public RequestClass {
        Objects.requireNonNull(name);
        Objects.requireNonNull(entry);
    }

    public RequestClass(String name, double share, String entry, Double responseKb) {
        this(name, share, entry, responseKb, false);
    }

    public RequestClass(String name, double share, String entry) {
        this(name, share, entry, null, false);
    }
}
