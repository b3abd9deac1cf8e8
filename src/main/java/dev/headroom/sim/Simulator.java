package dev.headroom.sim;

import dev.headroom.network.Network;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;

/**
 * The discrete-event simulator of docs/simulator.md: the same network the analytic engine solves, run as
 * independent replications in parallel. A simulator is a plain object with no global state: a
 * run is a pure function of (network, multiplier, options), whatever the number of threads,
 * because every replication draws from its own random streams seeded from
 * {@code (seed, replication, source)} and the replications' figures are combined in replication
 * order. See docs/simulator.md for the semantics, the warm-up rule and the intervals.
 */
public final class Simulator {
    private final SimModel sm;
    private final SimOptions options;

    /**
     * @throws UnstableModelException when the model (open) has a station at or beyond
     *     saturation at this multiplier, or (closed) the run is too short for its warm-up to
     *     reach a steady state
     */
    public Simulator(Network net, double multiplier, SimOptions options) {
        if (!(multiplier > 0) || !Double.isFinite(multiplier)) {
            throw new IllegalArgumentException("the multiplier must be a positive number");
        }
        this.sm = new SimModel(net, multiplier);
        this.options = options;
        sm.requireStable();
        sm.requireLongEnough(options);
    }

    public SimOptions options() {
        return options;
    }

    /** Instances simulated at station k (autoscaled: the analytic sizing for this load). */
    public int instances(int k) {
        return sm.instances[k];
    }

    /**
     * Starts the replications on {@code options.threads()} new daemon threads (0: one per core),
     * which end with the run.
     */
    public SimJob start() {
        return Job.onOwnThreads(options.threads(), options.replications(), "headroom-sim",
                this::start);
    }

    /**
     * Starts the replications as one task each on {@code executor} (whose lifecycle stays the
     * caller's). {@code Runnable::run} runs them on the calling thread and returns a finished job.
     */
    public SimJob start(Executor executor) {
        SimJob job = newJob();
        long t0 = System.nanoTime();
        ReplicationStats[] stats = new ReplicationStats[options.replications()];
        job.runEach(executor, stats.length, rep -> stats[rep] = replication(job, rep).run(),
                () -> combine(stats, System.nanoTime() - t0));
        return job;
    }

    /** Runs every replication, in order, on the calling thread. */
    public SimResult runOnCallingThread() {
        SimJob job = newJob();
        long t0 = System.nanoTime();
        ReplicationStats[] stats = new ReplicationStats[options.replications()];
        for (int i = 0; i < stats.length; i++) {
            stats[i] = replication(job, i).run();
        }
        return combine(stats, System.nanoTime() - t0);
    }

    /**
     * Runs in parallel and waits.
     *
     * @throws CancellationException when interrupted
     */
    public SimResult run() {
        return start().join();
    }

    private SimJob newJob() {
        return new SimJob(options.requestsPerReplication() * options.replications());
    }

    private Replication replication(SimJob job, int rep) {
        return new Replication(sm, options.seed(), rep, options.requestsPerReplication(),
                options.warmupFraction(), job::cancelRequested, job.counter());
    }

    private SimResult combine(ReplicationStats[] reps, long nanos) {
        int r = reps.length;
        int rc = sm.classes;
        int n = sm.n;
        long completed = 0;
        double[] thr = new double[r];
        double[] mean = new double[r];
        for (int i = 0; i < r; i++) {
            ReplicationStats s = reps[i];
            completed += s.completedRequests();
            long count = 0;
            double sum = 0;
            for (int c = 0; c < rc; c++) {
                count += s.classCount()[c];
                if (s.classCount()[c] > 0) {
                    sum += s.latencyMean()[c] * s.classCount()[c];
                }
            }
            thr[i] = s.seconds() > 0 ? count / s.seconds() : Double.NaN;
            mean[i] = count > 0 ? sum / count : Double.NaN;
        }
        List<SimResult.ClassStats> classes = new ArrayList<>(rc);
        for (int c = 0; c < rc; c++) {
            int cc = c;
            classes.add(new SimResult.ClassStats(sm.net.className(c),
                    sm.closed ? null : sm.classRate[c],
                    Estimate.of(column(reps, s -> s.classThroughput()[cc])),
                    Estimate.of(column(reps, s -> s.latencyMean()[cc])).times(1000),
                    Estimate.of(column(reps, s -> s.latencyP50()[cc])).times(1000),
                    Estimate.of(column(reps, s -> s.latencyP95()[cc])).times(1000),
                    Estimate.of(column(reps, s -> s.latencyP99()[cc])).times(1000)));
        }
        List<SimResult.StationStats> stations = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            int kk = k;
            boolean delay = sm.delay[k];
            double servers = sm.servers[k];
            stations.add(new SimResult.StationStats(sm.net.id(k), sm.net.displayName(k),
                    sm.net.kind(k), sm.instances[k], delay ? null : sm.servers[k],
                    Estimate.of(column(reps, s -> s.stationThroughput()[kk])),
                    Estimate.of(column(reps, s -> delay ? 0 : s.busyServers()[kk] / servers)),
                    Estimate.of(column(reps, s -> s.busyServers()[kk])),
                    Estimate.of(column(reps, s -> s.waitMean()[kk])).times(1000),
                    Estimate.of(column(reps, s -> s.stationThroughput()[kk] > 0
                            ? s.numberPresent()[kk] / s.stationThroughput()[kk]
                            : Double.NaN)).times(1000),
                    Estimate.of(column(reps, s -> s.numberPresent()[kk]))));
        }
        double rate = 0;
        for (double x : sm.classRate) {
            rate += x;
        }
        Double users = sm.closed ? Double.valueOf(sm.users) : sm.net.users(sm.multiplier);
        return new SimResult(sm.net.name(), sm.multiplier, sm.closed, users,
                sm.closed ? null : rate, Estimate.of(thr), Estimate.of(mean).times(1000),
                List.copyOf(classes), List.copyOf(stations), r,
                options.requestsPerReplication(), options.warmupFraction(), options.seed(),
                completed, nanos / 1e9);
    }

    private static double[] column(ReplicationStats[] reps,
            java.util.function.ToDoubleFunction<ReplicationStats> f) {
        double[] v = new double[reps.length];
        for (int i = 0; i < reps.length; i++) {
            v[i] = f.applyAsDouble(reps[i]);
        }
        return v;
    }
}
