package dev.headroom.model;

/**
 * What a caller does about a slow or failing callee: give up on an attempt after
 * {@code timeoutMs}, and retry failed attempts by {@code retries}. Held by the workload (the
 * clients calling the entry) and by each connection (the caller's calls along it). Only drills
 * (docs/drills.md) simulate them; the steady-state engine ignores them.
 *
 * @param timeoutMs how long the caller waits for one attempt, in ms, or null to wait for ever
 * @param retries the retry policy, or null for no retries
 */
public record CallPolicy(Double timeoutMs, Retries retries) {
    /** Wait for ever, never retry. */
    public static final CallPolicy NONE = new CallPolicy(null, null);

    /** Retries after the first attempt (0 without a retry policy). */
    public int maxRetries() {
        return retries == null ? 0 : retries.max();
    }

    public boolean isNone() {
        return timeoutMs == null && retries == null;
    }

    public CallPolicy withTimeoutMs(Double ms) {
        return new CallPolicy(ms, retries);
    }

    public CallPolicy withRetries(Retries r) {
        return new CallPolicy(timeoutMs, r);
    }
}
