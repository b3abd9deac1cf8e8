package dev.headroom.sim.drill;

import dev.headroom.model.Drill;
import dev.headroom.model.DrillEvent;
import dev.headroom.network.Network;
import dev.headroom.sim.Estimate;
import dev.headroom.sim.Job;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.function.ToDoubleFunction;

/**
 * The drill engine (docs/drills.md): a transient discrete-event simulation of a network through
 * a drill's traffic steps and failures, with the model's timeouts, retries, retry budgets,
 * bounded queues, thread pools and autoscaler delay, run as independent replications. Like the
 * steady-state simulator it is a plain object with no global state: a run is a pure function of
 * (network, drill, multiplier, limit, options) whatever the number of threads.
 */
public final class DrillEngine {
    /** A bucket is good when at most this share of its finished requests failed. */
    public static final double GOOD_FAILED_SHARE = 0.01;
    /** Recovery needs this long of good buckets in a row. */
    public static final double RECOVERY_WINDOW_SECONDS = 60;

    private final DrillModel dm;
    private final DrillOptions options;
    private final Double sloP95Ms;
    private final double warmup;

    /**
     * @param sloP95Ms the p95 a bucket must stay within to count as recovered, or null for twice
     *     the p95 measured in the warm-up
     * @throws IllegalArgumentException when the workload is closed, the multiplier is not a
     *     positive number or an event names a component the network lacks
     */
    public DrillEngine(Network net, Drill drill, double multiplier, Double sloP95Ms,
            DrillOptions options) {
        if (net.isClosed()) {
            throw new IllegalArgumentException("drills need an open workload (an arrival rate)");
        }
        if (!(multiplier > 0) || !Double.isFinite(multiplier)) {
            throw new IllegalArgumentException("the multiplier must be a positive number");
        }
        for (DrillEvent e : drill.events()) {
            if (net.indexOf(e.component()) < 0) {
                throw new IllegalArgumentException("no component \"" + e.component() + "\"");
            }
        }
        this.dm = new DrillModel(net, drill, multiplier);
        this.options = options;
        this.sloP95Ms = sloP95Ms;
        this.warmup = options.warmupSeconds() != null ? options.warmupSeconds()
                : dm.warmupSeconds();
    }

    public DrillOptions options() {
        return options;
    }

    /** The simulated time before the drill's time 0, at its starting traffic. */
    public double warmupSeconds() {
        return warmup;
    }

    /** Starts the replications on new daemon threads, which end with the run. */
    public DrillJob start() {
        return Job.onOwnThreads(options.threads(), options.replications(), "headroom-drill",
                this::start);
    }

    /**
     * Starts the replications as one task each on {@code executor}; {@code Runnable::run} runs
     * them on the calling thread and returns a finished job.
     */
    public DrillJob start(Executor executor) {
        DrillJob job = new DrillJob(options.replications());
        long t0 = System.nanoTime();
        DrillStats[] stats = new DrillStats[options.replications()];
        DrillPooled pooled = new DrillPooled(dm.buckets, dm.classes);
        job.runEach(executor, stats.length,
                rep -> stats[rep] = replication(job, rep, pooled).run(),
                () -> combine(stats, pooled, System.nanoTime() - t0));
        return job;
    }

    /** Runs every replication, in order, on the calling thread. */
    public DrillResult runOnCallingThread() {
        DrillJob job = new DrillJob(options.replications());
        long t0 = System.nanoTime();
        DrillStats[] stats = new DrillStats[options.replications()];
        DrillPooled pooled = new DrillPooled(dm.buckets, dm.classes);
        for (int i = 0; i < stats.length; i++) {
            stats[i] = replication(job, i, pooled).run();
        }
        return combine(stats, pooled, System.nanoTime() - t0);
    }

    /**
     * Runs in parallel and waits.
     *
     * @throws CancellationException when interrupted
     */
    public DrillResult run() {
        return start().join();
    }

    private DrillReplication replication(DrillJob job, int rep, DrillPooled pooled) {
        return new DrillReplication(dm, options.seed(), rep, warmup, job::cancelRequested,
                job.counter(), pooled);
    }

    // ---- combining --------------------------------------------------------------------------

    private DrillResult combine(DrillStats[] reps, DrillPooled pooled, long nanos) {
        int r = reps.length;
        int n = dm.n;
        int buckets = dm.buckets;
        Double limitMs = sloP95Ms;
        boolean fromSlo = limitMs != null;
        if (!fromSlo) {
            double[] warm = column(reps, s -> s.warmupP95 * 1000);
            double sum = 0;
            int count = 0;
            for (double w : warm) {
                if (!Double.isNaN(w)) {
                    sum += w;
                    count++;
                }
            }
            limitMs = count == 0 ? null : 2 * sum / count;
        }
        Double limitSec = limitMs == null ? null : limitMs / 1000;
        double[] recovery = new double[r];
        double[] breached = new double[r];
        double[] peakP99 = new double[r];
        double[] drainLeft = new double[r];
        java.util.Arrays.fill(drainLeft, Double.NaN);
        int recovered = 0;
        int draining = 0;
        for (int i = 0; i < r; i++) {
            DrillStats s = reps[i];
            boolean[] good = new boolean[buckets];
            double bad = 0;
            double peak = Double.NaN;
            for (int b = 0; b < buckets; b++) {
                good[b] = good(s.ok[b], s.fail[b], s.offered[b], s.p95[b], limitSec);
                if (!good[b]) {
                    bad += width(b);
                }
                if (!Double.isNaN(s.p99[b]) && (Double.isNaN(peak) || s.p99[b] > peak)) {
                    peak = s.p99[b];
                }
            }
            breached[i] = bad;
            peakP99[i] = peak * 1000;
            Double rec = recovery(good);
            recovery[i] = rec == null ? Double.NaN : rec;
            if (rec != null) {
                recovered++;
            } else {
                double left = drainLeft(s);
                if (!Double.isNaN(left)) {
                    draining++;
                    drainLeft[i] = left;
                }
            }
        }
        List<DrillResult.ComponentSummary> comps = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            int kk = k;
            comps.add(new DrillResult.ComponentSummary(dm.net.id(k), dm.net.displayName(k),
                    Estimate.of(column(reps, s -> peak(s.queue, kk))),
                    Estimate.of(column(reps, s -> peak(s.utilization, kk))),
                    Estimate.of(column(reps, s -> s.meanUtilization[kk])),
                    Estimate.of(column(reps, s -> s.minInstances[kk])),
                    Estimate.of(column(reps, s -> s.rejected[kk])),
                    Estimate.of(column(reps, s -> s.errors[kk])),
                    Estimate.of(column(reps, s -> s.timeouts[kk])),
                    Estimate.of(column(reps, s -> s.killed[kk])),
                    dm.hasPools[k]));
        }
        List<DrillResult.ClassSummary> classSummaries = new ArrayList<>(dm.classes);
        for (int c = 0; c < dm.classes; c++) {
            int cc = c;
            classSummaries.add(new DrillResult.ClassSummary(dm.net.className(c),
                    Estimate.of(column(reps, s -> s.classSucceeded[cc] + s.classFailed[cc] == 0
                            ? Double.NaN : s.classFailed[cc]
                                    / (double) (s.classSucceeded[cc] + s.classFailed[cc]))),
                    Estimate.of(column(reps, s -> s.classLatency[cc].quantile(0.95) * 1000)),
                    Estimate.of(column(reps, s -> s.classLatency[cc].quantile(0.99) * 1000))));
        }
        List<DrillResult.Bucket> timeline = new ArrayList<>(buckets);
        for (int b = 0; b < buckets; b++) {
            double w = width(b);
            double offered = 0;
            double attempts = 0;
            double ok = 0;
            double fail = 0;
            for (DrillStats s : reps) {
                offered += s.offered[b];
                attempts += s.attemptsPerSecond[b];
                ok += s.ok[b];
                fail += s.fail[b];
            }
            LatencyHistogram h = pooled.bucket(b);
            Double p95 = h.count() == 0 ? null : h.quantile(0.95) * 1000;
            Double p99 = h.count() == 0 ? null : h.quantile(0.99) * 1000;
            List<DrillResult.ComponentPoint> points = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                double u = 0;
                double q = 0;
                double inst = 0;
                double thr = 0;
                for (DrillStats s : reps) {
                    u += s.utilization[b][k];
                    q += s.queue[b][k];
                    inst += s.instances[b][k];
                    thr += s.threads[b][k];
                }
                points.add(new DrillResult.ComponentPoint(dm.net.id(k), u / r, q / r, inst / r,
                        dm.hasPools[k] ? thr / r : null));
            }
            List<DrillResult.ClassPoint> classes = new ArrayList<>(dm.classes);
            for (int c = 0; c < dm.classes; c++) {
                double cOk = 0;
                double cFail = 0;
                for (DrillStats s : reps) {
                    cOk += s.classOk[b][c];
                    cFail += s.classFail[b][c];
                }
                LatencyHistogram ch = pooled.bucket(b, c);
                classes.add(new DrillResult.ClassPoint(dm.net.className(c), cOk / r / w,
                        cFail / r / w, ch.count() == 0 ? null : ch.quantile(0.95) * 1000));
            }
            double finished = ok + fail;
            boolean good = good(Math.round(ok), Math.round(fail), offered / r,
                    p95 == null ? Double.NaN : p95 / 1000, limitSec);
            timeline.add(new DrillResult.Bucket(b * dm.bucket, offered / r, attempts / r,
                    ok / r / w, fail / r / w, p95, p99, finished > 0 ? fail / finished : null,
                    good, points, classes));
        }
        long simulated = 0;
        long refused = 0;
        for (DrillStats s : reps) {
            simulated += s.simulatedRequests;
            refused += s.refused;
        }
        return new DrillResult(dm.net.name(), dm.drill.name(), dm.multiplier, dm.baseRate(),
                dm.duration, dm.bucket, dm.triggerEnd, limitMs, fromSlo,
                Estimate.of(column(reps, s -> s.requests)),
                Estimate.of(column(reps, s -> s.succeeded)),
                Estimate.of(column(reps, s -> s.failed)),
                Estimate.of(column(reps, s -> s.requests - s.succeeded - s.failed)),
                Estimate.of(column(reps, s -> s.succeeded + s.failed == 0 ? Double.NaN
                        : s.failed / (double) (s.succeeded + s.failed))),
                Estimate.of(column(reps, s -> s.attempts)),
                Estimate.of(column(reps, s -> s.succeeded + s.failed == 0 ? Double.NaN
                        : s.finishedAttempts / (double) (s.succeeded + s.failed))),
                Estimate.of(column(reps, s -> s.retries)),
                Estimate.of(peakP99),
                Estimate.of(breached),
                recovered == r ? Estimate.of(recovery) : new Estimate(null, null),
                recovered, draining, Estimate.of(drainLeft),
                Estimate.of(column(reps, s -> s.latency.count() == 0 ? Double.NaN
                        : s.latencySum / s.latency.count() * 1000)),
                Estimate.of(column(reps, s -> s.latency.quantile(0.95) * 1000)),
                Estimate.of(column(reps, s -> s.latency.quantile(0.99) * 1000)),
                classSummaries, comps, timeline, r, options.seed(), warmup, nanos / 1e9,
                simulated, refused);
    }

    private double width(int b) {
        return Math.min(dm.bucket, dm.duration - b * dm.bucket);
    }

    /**
     * The recovery test of one bucket: every finished request counts, and it is good when its
     * p95 is within the limit and at most 1% failed. A bucket where nothing finished is good
     * only when nothing was offered either.
     */
    static boolean good(long ok, long fail, double offered, double p95Sec, Double limitSec) {
        long finished = ok + fail;
        if (finished == 0) {
            return offered == 0;
        }
        if (fail > GOOD_FAILED_SHARE * finished) {
            return false;
        }
        return ok > 0 && (limitSec == null || p95Sec <= limitSec);
    }

    /** Seconds from the trigger's end to the first 60 s of good buckets, or null. */
    Double recovery(boolean[] good) {
        if (dm.triggerEnd == null) {
            return null;
        }
        double end = dm.triggerEnd;
        int window = (int) Math.ceil(RECOVERY_WINDOW_SECONDS / dm.bucket - 1e-9);
        int first = (int) Math.ceil(end / dm.bucket - 1e-9);
        int run = 0;
        for (int b = first; b < good.length; b++) {
            if (!good[b]) {
                run = 0;
                continue;
            }
            run++;
            if (run == window) {
                int start = b - window + 1;
                return Math.max(0, start * dm.bucket - end);
            }
        }
        return null;
    }

    /**
     * Whether a replication that has not recovered is still draining its backlog at the end,
     * and if so how much longer it needs at its last minute's pace: the visits present (over
     * all components) fell by more than 2% from the minute before to the last minute and are
     * still more than twice what they were before the trigger; NaN otherwise (it is stuck or
     * growing).
     */
    private double drainLeft(DrillStats s) {
        int window = (int) Math.ceil(RECOVERY_WINDOW_SECONDS / dm.bucket - 1e-9);
        int b = dm.buckets;
        if (b < 2 * window || dm.triggerEnd == null) {
            return Double.NaN;
        }
        double last = present(s, b - window, b);
        double before = present(s, b - 2 * window, b - window);
        double start = firstTrigger();
        int baseEnd = (int) Math.floor(start / dm.bucket);
        double base = baseEnd > 0 ? present(s, 0, baseEnd) : 0;
        if (!(last < 0.98 * before) || !(last > 2 * base)) {
            return Double.NaN;
        }
        double rate = (before - last) / (window * dm.bucket);
        return (last - base) / rate;
    }

    /** Mean visits present over all components in buckets {@code [from, to)}. */
    private double present(DrillStats s, int from, int to) {
        double sum = 0;
        for (int b = from; b < to; b++) {
            for (int k = 0; k < dm.n; k++) {
                sum += s.queue[b][k];
            }
        }
        return sum / (to - from);
    }

    /** When the first traffic step or event starts. */
    private double firstTrigger() {
        double first = dm.duration;
        for (int i = 0; i < dm.ctlTime.length; i++) {
            first = Math.min(first, dm.ctlTime[i]);
        }
        return first;
    }

    private static double peak(double[][] perBucket, int k) {
        double best = 0;
        for (double[] row : perBucket) {
            best = Math.max(best, row[k]);
        }
        return best;
    }

    private static double[] column(DrillStats[] reps, ToDoubleFunction<DrillStats> f) {
        double[] v = new double[reps.length];
        for (int i = 0; i < reps.length; i++) {
            v[i] = f.applyAsDouble(reps[i]);
        }
        return v;
    }
}
