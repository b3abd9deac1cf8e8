package dev.headroom.network;

/**
 * One compiled connection.
 *
 * @param from source station index
 * @param to target station index
 * @param calls mean calls per visit at {@code from}, before the miss factor
 * @param missProbability probability that the calls are made at all: {@code 1 − hitRatio} for
 *     {@code onMiss} edges, else 1
 * @param async whether the calls add load but not latency
 * @param classMask which classes make the calls, by class index
 * @param latencySec network time per traversal, in seconds
 */
public record Edge(int from, int to, double calls, double missProbability, boolean async,
        boolean[] classMask, double latencySec) {

    /** Mean calls per visit at {@code from}, miss factor included. */
    public double meanCalls() {
        return calls * missProbability;
    }

    public boolean appliesTo(int r) {
        return classMask[r];
    }
}
