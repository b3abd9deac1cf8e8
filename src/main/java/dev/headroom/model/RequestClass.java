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
 * @param requestKb mean request size in KB (load-balancer bytes), or null
 */
public record RequestClass(String name, double share, String entry, Double responseKb,
        boolean readOnly, Double requestKb) {
    public RequestClass {
        Objects.requireNonNull(name);
        Objects.requireNonNull(entry);
    }

    public RequestClass(String name, double share, String entry, Double responseKb,
            boolean readOnly) {
        this(name, share, entry, responseKb, readOnly, null);
    }

    public RequestClass(String name, double share, String entry, Double responseKb) {
        this(name, share, entry, responseKb, false);
    }

    public RequestClass(String name, double share, String entry) {
        this(name, share, entry, null, false);
    }

    public RequestClass withEntry(String e) {
        return new RequestClass(name, share, e, responseKb, readOnly, requestKb);
    }

    public RequestClass withShare(double s) {
        return new RequestClass(name, s, entry, responseKb, readOnly, requestKb);
    }

    public RequestClass withSizes(Double request, Double response) {
        return new RequestClass(name, share, entry, response, readOnly, request);
    }
}
