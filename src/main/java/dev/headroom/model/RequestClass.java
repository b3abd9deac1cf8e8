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
 * @param p99LatencyMs the p99 latency this class must stay under, or null for the SLO's
 */
public record RequestClass(String name, double share, String entry, Double responseKb,
        boolean readOnly, Double requestKb, Double p99LatencyMs) {
    public RequestClass {
        Objects.requireNonNull(name);
        Objects.requireNonNull(entry);
    }

    public RequestClass(String name, double share, String entry, Double responseKb,
            boolean readOnly, Double requestKb) {
        this(name, share, entry, responseKb, readOnly, requestKb, null);
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
        return new RequestClass(name, share, e, responseKb, readOnly, requestKb, p99LatencyMs);
    }

    public RequestClass withShare(double s) {
        return new RequestClass(name, s, entry, responseKb, readOnly, requestKb, p99LatencyMs);
    }

    public RequestClass withSizes(Double request, Double response) {
        return new RequestClass(name, share, entry, response, readOnly, request, p99LatencyMs);
    }

    public RequestClass withP99LatencyMs(Double v) {
        return new RequestClass(name, share, entry, responseKb, readOnly, requestKb, v);
    }

    /** This class's p99 objective: its own, else the SLO's, or null for none. */
    public Double p99LatencyMs(Slo slo) {
        return p99LatencyMs != null ? p99LatencyMs : slo.p99LatencyMs();
    }
}
