package dev.headroom.sim;

import java.util.Arrays;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.HdrHistogram.Histogram;

/**
 * One replication: the event loop. Two kinds of event: a service completion (payload = job id
 * ≥ 0) and an arrival (payload {@code −1 − r} for class r when open, {@code −1 − u} for user u
 * when closed). Jobs live in pooled primitive arrays and carry an explicit call stack, so the loop
 * allocates nothing per event once its arrays have grown to the model's working size.
 *
 * <p>A request's call stack holds one frame per station visit whose outgoing calls are still
 * being made: {@code (next edge, end of its edge list, synchronous calls left on the current
 * edge)}. After service at k the request pushes k's frame and walks k's connections in model
 * order; a synchronous call suspends the walk until the callee's own tree has returned; an async
 * call spawns an independent job at the callee and the walk goes on at once. When the stack is
 * empty the job is done; a request's latency is then its sojourn plus the network latency of the
 * synchronous calls it made.
 */
final class Replication {
    private static final int CHECK_MASK = 4095;

    private final SimModel sm;
    private final int n;
    private final long target;
    private final long warmup;
    private final BooleanSupplier cancelled;
    private final AtomicLong progress;

    // random streams, one per source
    private final Rng[] arrivalRng; // per class (open) / one think stream (closed)
    private final Rng[] serviceRng; // per station
    private final Rng[] routingRng; // per station
    private final Rng classRng;     // closed: class of each request

    private final EventList events = new EventList();
    private double now;

    // jobs (pooled)
    private int[] jobClass = new int[256];
    private int[] jobUser = new int[256]; // -1 async spawn, -2 open request, >= 0 closed user
    private int[] jobStation = new int[256];
    private double[] jobStart = new double[256];
    private double[] jobExtra = new double[256];
    private double[] jobEnqueued = new double[256];
    private int[][] jobStack = new int[256][];
    private int[] jobSp = new int[256];
    private int[] freeJobs = new int[256];
    private int freeCount;
    private int jobCount;

    // stations
    private final int[] servers;
    private final boolean[] delay;
    private final int[] busy;
    private final int[][] queue;
    private final int[] qHead;
    private final int[] qSize;

    // statistics (reset at the end of the warm-up)
    private double statStart;
    private final double[] lastChange;
    private final double[] areaBusy;
    private final double[] areaQueue;
    private final long[] completions;
    private final long[] starts;
    private final double[] waitSum;
    private final long[] classCount;
    private final double[] classSum;
    private final Histogram[] hist;
    private long done;

    Replication(SimModel sm, long seed, int replication, long requests, double warmupFraction,
            BooleanSupplier cancelled, AtomicLong progress) {
        this.sm = sm;
        this.n = sm.n;
        this.target = requests;
        this.warmup = (long) Math.floor(requests * warmupFraction);
        this.cancelled = cancelled;
        this.progress = progress;
        int rc = sm.classes;
        // sources: 0..rc-1 arrivals per class; rc think times; rc+1 class choice;
        // rc+2+k service at k; rc+2+n+k routing at k
        arrivalRng = new Rng[sm.closed ? 1 : rc];
        for (int i = 0; i < arrivalRng.length; i++) {
            arrivalRng[i] = new Rng(seed, replication, sm.closed ? rc : i);
        }
        classRng = new Rng(seed, replication, rc + 1);
        serviceRng = new Rng[n];
        routingRng = new Rng[n];
        for (int k = 0; k < n; k++) {
            serviceRng[k] = new Rng(seed, replication, rc + 2 + k);
            routingRng[k] = new Rng(seed, replication, rc + 2 + n + k);
        }
        servers = sm.servers;
        delay = sm.delay;
        busy = new int[n];
        queue = new int[n][];
        for (int k = 0; k < n; k++) {
            queue[k] = new int[64];
        }
        qHead = new int[n];
        qSize = new int[n];
        lastChange = new double[n];
        areaBusy = new double[n];
        areaQueue = new double[n];
        completions = new long[n];
        starts = new long[n];
        waitSum = new double[n];
        classCount = new long[rc];
        classSum = new double[rc];
        hist = new Histogram[rc];
        for (int r = 0; r < rc; r++) {
            hist[r] = new Histogram(3);
        }
        for (int j = 0; j < jobStack.length; j++) {
            jobStack[j] = new int[12];
        }
    }

    /** Runs to {@code requests} completed requests and returns this replication's figures. */
    ReplicationStats run() {
        if (sm.closed) {
            Rng think = arrivalRng[0];
            for (int u = 0; u < sm.users; u++) {
                events.add(think.exponential(sm.thinkSec), -1 - u);
            }
        } else {
            for (int r = 0; r < sm.classes; r++) {
                if (sm.classRate[r] > 0) {
                    events.add(arrivalRng[r].exponential(1 / sm.classRate[r]), -1 - r);
                }
            }
        }
        if (warmup == 0) {
            resetStatistics();
        }
        long reported = 0;
        long loops = 0;
        final EventList ev = events;
        while (done < target) {
            if ((++loops & CHECK_MASK) == 0) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("simulation cancelled");
                }
                progress.addAndGet(done - reported);
                reported = done;
            }
            if (ev.isEmpty()) {
                break;
            }
            now = ev.peekTime();
            int p = ev.peekPayload();
            ev.poll();
            if (p >= 0) {
                depart(p);
            } else if (sm.closed) {
                newRequest(classRng.nextDouble(), -1 - p);
            } else {
                int r = -1 - p;
                ev.add(now + arrivalRng[r].exponential(1 / sm.classRate[r]), p);
                int j = newJob(r, -2);
                arrive(j, sm.entry[r]);
            }
        }
        progress.addAndGet(done - reported);
        return stats();
    }

    private void newRequest(double u, int user) {
        int r = 0;
        double[] cum = sm.shareCum;
        while (u >= cum[r]) {
            r++;
        }
        int j = newJob(r, user);
        arrive(j, sm.entry[r]);
    }

    private int newJob(int r, int user) {
        int j;
        if (freeCount > 0) {
            j = freeJobs[--freeCount];
        } else {
            j = jobCount++;
            if (j == jobClass.length) {
                growJobs();
            }
        }
        jobClass[j] = r;
        jobUser[j] = user;
        jobStart[j] = now;
        jobExtra[j] = 0;
        jobSp[j] = 0;
        return j;
    }

    private void growJobs() {
        int size = jobClass.length * 2;
        jobClass = Arrays.copyOf(jobClass, size);
        jobUser = Arrays.copyOf(jobUser, size);
        jobStation = Arrays.copyOf(jobStation, size);
        jobStart = Arrays.copyOf(jobStart, size);
        jobExtra = Arrays.copyOf(jobExtra, size);
        jobEnqueued = Arrays.copyOf(jobEnqueued, size);
        jobSp = Arrays.copyOf(jobSp, size);
        freeJobs = Arrays.copyOf(freeJobs, size);
        int old = jobStack.length;
        jobStack = Arrays.copyOf(jobStack, size);
        for (int j = old; j < size; j++) {
            jobStack[j] = new int[12];
        }
    }

    private void arrive(int j, int k) {
        jobStation[j] = k;
        double dt = now - lastChange[k];
        int b = busy[k];
        areaBusy[k] += b * dt;
        areaQueue[k] += qSize[k] * dt;
        lastChange[k] = now;
        if (b < servers[k]) {
            busy[k] = b + 1;
            starts[k]++;
            startService(j, k);
        } else {
            jobEnqueued[j] = now;
            enqueue(k, j);
        }
    }

    private void startService(int j, int k) {
        int i = jobClass[j] * n + k;
        double s;
        switch (sm.svcType[i]) {
            case SimModel.EXPONENTIAL -> s = serviceRng[k].exponential(sm.svcA[i]);
            case SimModel.CONSTANT -> s = sm.svcA[i];
            case SimModel.GAMMA -> s = serviceRng[k].gamma(sm.svcA[i], sm.svcB[i]) * sm.svcC[i];
            default -> {
                Rng rng = serviceRng[k];
                s = rng.exponential(rng.nextDouble() < sm.svcA[i] ? sm.svcB[i] : sm.svcC[i]);
            }
        }
        events.add(now + s, j);
    }

    private void enqueue(int k, int j) {
        int[] q = queue[k];
        int size = qSize[k];
        if (size == q.length) {
            int[] bigger = new int[size * 2];
            int head = qHead[k];
            System.arraycopy(q, head, bigger, 0, size - head);
            System.arraycopy(q, 0, bigger, size - head, head);
            queue[k] = bigger;
            qHead[k] = 0;
            q = bigger;
        }
        q[(qHead[k] + size) & (q.length - 1)] = j;
        qSize[k] = size + 1;
    }

    private void depart(int j) {
        int k = jobStation[j];
        double dt = now - lastChange[k];
        areaBusy[k] += busy[k] * dt;
        int qs = qSize[k];
        areaQueue[k] += qs * dt;
        lastChange[k] = now;
        completions[k]++;
        if (qs > 0) {
            int[] q = queue[k];
            int head = qHead[k];
            int next = q[head];
            qHead[k] = (head + 1) & (q.length - 1);
            qSize[k] = qs - 1;
            waitSum[k] += now - jobEnqueued[next];
            starts[k]++;
            startService(next, k);
        } else {
            busy[k]--;
        }
        int base = jobClass[j] * n + k;
        int from = sm.applStart[base];
        int to = sm.applStart[base + 1];
        if (from < to && sm.routes[k]) {
            // a load balancer sends the visit to exactly one target, by its routing probability
            double u = routingRng[k].nextDouble();
            int pick = from;
            while (pick < to && u >= sm.applCum[pick]) {
                pick++;
            }
            from = pick;
            to = Math.min(pick + 1, to);
        }
        if (from < to) {
            int sp = jobSp[j];
            int[] st = jobStack[j];
            if (sp + 3 > st.length) {
                st = Arrays.copyOf(st, st.length * 2);
                jobStack[j] = st;
            }
            st[sp] = from;
            st[sp + 1] = to;
            st[sp + 2] = 0;
            jobSp[j] = sp + 3;
        }
        advance(j);
    }

    /** Walks the job's call stack to its next synchronous call, or finishes the job. */
    private void advance(int j) {
        final SimModel m = sm;
        int[] st = jobStack[j];
        int sp = jobSp[j];
        while (sp > 0) {
            int f = sp - 3;
            int left = st[f + 2];
            if (left > 0) {
                st[f + 2] = left - 1;
                jobSp[j] = sp;
                int e = m.applEdge[st[f] - 1];
                jobExtra[j] += m.edgeLatency[e];
                arrive(j, m.edgeTo[e]);
                return;
            }
            int cur = st[f];
            if (cur == st[f + 1]) {
                sp = f;
                continue;
            }
            st[f] = cur + 1;
            int e = m.applEdge[cur];
            double fire = m.edgeFire[e];
            double frac = m.edgeFrac[e];
            int calls = m.edgeFloor[e];
            if (fire < 1 || frac > 0) {
                Rng rng = routingRng[jobStation[j]];
                if (fire < 1 && rng.nextDouble() >= fire) {
                    continue;
                }
                if (frac > 0 && rng.nextDouble() < frac) {
                    calls++;
                }
            }
            if (m.edgeAsync[e]) {
                int r = jobClass[j];
                int at = jobStation[j];
                for (int c = 0; c < calls; c++) {
                    int spawned = newJob(r, -1);
                    arrive(spawned, m.edgeTo[e]);
                }
                // newJob may have grown the pools
                st = jobStack[j];
                jobStation[j] = at;
            } else {
                st[f + 2] = calls;
            }
        }
        jobSp[j] = 0;
        finish(j);
    }

    private void finish(int j) {
        int user = jobUser[j];
        if (user != -1) {
            int r = jobClass[j];
            double latency = now - jobStart[j] + jobExtra[j];
            done++;
            if (done > warmup) {
                classCount[r]++;
                classSum[r] += latency;
                hist[r].recordValue(Math.max(0, Math.round(latency * 1e9)));
            } else if (done == warmup) {
                resetStatistics();
            }
            if (user >= 0) {
                events.add(now + arrivalRng[0].exponential(sm.thinkSec), -1 - user);
            }
        }
        freeJobs[freeCount++] = j;
    }

    private void resetStatistics() {
        statStart = now;
        for (int k = 0; k < n; k++) {
            lastChange[k] = now;
            areaBusy[k] = 0;
            areaQueue[k] = 0;
            completions[k] = 0;
            starts[k] = 0;
            waitSum[k] = 0;
        }
        Arrays.fill(classCount, 0);
        Arrays.fill(classSum, 0);
        for (Histogram h : hist) {
            h.reset();
        }
    }

    private ReplicationStats stats() {
        double t = now - statStart;
        int rc = sm.classes;
        double[] busyMean = new double[n];
        double[] present = new double[n];
        double[] thr = new double[n];
        double[] wait = new double[n];
        for (int k = 0; k < n; k++) {
            double dt = now - lastChange[k];
            double ab = areaBusy[k] + busy[k] * dt;
            double aq = areaQueue[k] + qSize[k] * dt;
            busyMean[k] = t > 0 ? ab / t : 0;
            present[k] = t > 0 ? (ab + aq) / t : 0;
            thr[k] = t > 0 ? completions[k] / t : 0;
            // waits of jobs still queued at the end are left out (they are not over yet)
            wait[k] = starts[k] > 0 ? waitSum[k] / starts[k] : 0;
        }
        double[] classThr = new double[rc];
        double[] mean = new double[rc];
        double[] p50 = new double[rc];
        double[] p95 = new double[rc];
        double[] p99 = new double[rc];
        for (int r = 0; r < rc; r++) {
            classThr[r] = t > 0 ? classCount[r] / t : 0;
            mean[r] = classCount[r] > 0 ? classSum[r] / classCount[r] : Double.NaN;
            p50[r] = percentile(hist[r], 50);
            p95[r] = percentile(hist[r], 95);
            p99[r] = percentile(hist[r], 99);
        }
        return new ReplicationStats(done, t, classCount.clone(), classThr, mean, p50, p95, p99,
                busyMean, thr, present, wait, hist);
    }

    /** Percentile in seconds: the middle of HdrHistogram's bucket, not its upper edge. */
    private static double percentile(Histogram h, double p) {
        if (h.getTotalCount() == 0) {
            return Double.NaN;
        }
        return h.medianEquivalentValue(h.getValueAtPercentile(p)) / 1e9;
    }
}
