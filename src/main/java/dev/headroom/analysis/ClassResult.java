package dev.headroom.analysis;

/**
 * A request class at one operating point. Latencies are null when the class's synchronous path
 * crosses a saturated component (the UI shows "saturated").
 */
public record ClassResult(
        String name,
        double arrivalRatePerSecond,
        double throughputPerSecond,
        Double latencyMeanMs,
        Double latencyP50Ms,
        Double latencyP95Ms,
        Double latencyP99Ms) {

    public boolean saturated() {
        return latencyMeanMs == null;
    }
}
