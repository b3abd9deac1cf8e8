package dev.headroom.network;

import dev.headroom.model.CallPolicy;

/**
 * One compiled connection.
 *
 * @param from source station index
 * @param to target station index
 * @param calls mean calls per visit at {@code from}, before the miss factor (1 on a routing edge)
 * @param missProbability probability that the calls are made at all: {@code 1 − hitRatio} for
 *     {@code onMiss} edges, else 1
 * @param async whether the calls add load but not latency
 * @param classMask which classes make the calls, by class index
 * @param latencySec network time per traversal, in seconds
 * @param routeProbability for an edge leaving a load balancer, by class index: the probability
 *     that a visit there goes to this target (its weight over the weights of the targets the
 *     class can take); null for an ordinary call
 * @param policy the caller's timeout and retries on these calls (drills only)
 */
public record Edge(int from, int to, double calls, double missProbability, boolean async,
        boolean[] classMask, double latencySec, double[] routeProbability, CallPolicy policy) {

    public Edge {
        policy = policy == null ? CallPolicy.NONE : policy;
    }

    public Edge(int from, int to, double calls, double missProbability, boolean async,
            boolean[] classMask, double latencySec, double[] routeProbability) {
        this(from, to, calls, missProbability, async, classMask, latencySec, routeProbability,
                CallPolicy.NONE);
    }

    public Edge(int from, int to, double calls, double missProbability, boolean async,
            boolean[] classMask, double latencySec) {
        this(from, to, calls, missProbability, async, classMask, latencySec, null,
                CallPolicy.NONE);
    }

    /** Whether a visit at {@code from} takes exactly one of its routing edges. */
    public boolean routes() {
        return routeProbability != null;
    }

    /** Mean calls per visit at {@code from} for class r, miss factor and routing included. */
    public double meanCalls(int r) {
        if (!classMask[r]) {
            return 0;
        }
        return routeProbability != null ? routeProbability[r] * missProbability
                : calls * missProbability;
    }

    public boolean appliesTo(int r) {
        return classMask[r];
    }
}
