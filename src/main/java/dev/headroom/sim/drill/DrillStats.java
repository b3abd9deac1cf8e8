package dev.headroom.sim.drill;

/**
 * The raw figures of one replication, from time 0 to the drill's end (the warm-up left out).
 * Per bucket: rates per second over the bucket, counts, and per station the time averages.
 */
final class DrillStats {
    long simulatedRequests;
    long requests;
    long attempts;
    /** Attempts of the requests that finished, so that attempts per request has no end bias. */
    long finishedAttempts;
    long succeeded;
    long failed;
    long retries;
    long budgetRefusals;
    /** Requests refused at the door because the engine's job limit was reached. */
    long refused;
    final LatencyHistogram latency = new LatencyHistogram();
    final LatencyHistogram[] classLatency;
    final long[] classSucceeded;
    final long[] classFailed;
    final long[][] classOk;
    final long[][] classFail;
    double latencySum;
    double warmupP95 = Double.NaN;

    final long[] visits;
    final long[] rejected;
    final long[] errors;
    final long[] timeouts;
    final long[] killed;
    final long[] instancesLost;
    final int[] minInstances;
    /** Busy server-seconds over server-seconds, over the whole drill. */
    final double[] meanUtilization;
    final double[] busyTotal;
    final double[] serverTotal;

    final double[] offered;
    final double[] attemptsPerSecond;
    final long[] ok;
    final long[] fail;
    final double[] p95;
    final double[] p99;
    final double[][] utilization;
    final double[][] queue;
    final double[][] instances;
    final double[][] threads;

    DrillStats(DrillModel dm) {
        int n = dm.n;
        int b = dm.buckets;
        classLatency = new LatencyHistogram[dm.classes];
        for (int r = 0; r < dm.classes; r++) {
            classLatency[r] = new LatencyHistogram();
        }
        classSucceeded = new long[dm.classes];
        classFailed = new long[dm.classes];
        classOk = new long[b][dm.classes];
        classFail = new long[b][dm.classes];
        visits = new long[n];
        rejected = new long[n];
        errors = new long[n];
        timeouts = new long[n];
        killed = new long[n];
        instancesLost = new long[n];
        minInstances = new int[n];
        meanUtilization = new double[n];
        busyTotal = new double[n];
        serverTotal = new double[n];
        offered = new double[b];
        attemptsPerSecond = new double[b];
        ok = new long[b];
        fail = new long[b];
        p95 = new double[b];
        p99 = new double[b];
        utilization = new double[b][n];
        queue = new double[b][n];
        instances = new double[b][n];
        threads = new double[b][n];
    }
}
