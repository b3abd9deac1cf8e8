package dev.headroom.sim.drill;

import dev.headroom.sim.EventList;
import dev.headroom.sim.Rng;
import java.util.Arrays;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * One replication of a drill: the transient event loop of docs/drills.md.
 *
 * <p>A <b>job</b> is either a client's request (it makes one call, to its class's entry, under
 * the workload's policy) or one visit to a station (it may hold a thread, waits for a server,
 * is served, then walks its connections as the steady-state simulator does: synchronous calls
 * one after another, async calls spawned). Every synchronous call is a child job; its caller
 * waits in phase {@link #CALLING} with the attempt's {@code stamp}. The caller's timeout and the
 * child's reply both name that stamp, and whichever arrives second finds the stamp moved on and
 * is dropped. A caller that times out detaches its child, which goes on working (the abandoned
 * work) and whose answer nobody reads.
 *
 * <p>Events: the future event list holds service completions (payload {@code 2j}), the ends of
 * retry back-offs ({@code 2j+1}), arrivals ({@code −1−r}) and control events ({@code −1−R−id});
 * timeouts and delayed replies run on {@link DelayLines}. Jobs live in pooled primitive arrays;
 * once the arrays have grown to the drill's working size the loop allocates nothing per event.
 */
final class DrillReplication {
    private static final int CHECK_MASK = 4095;
    static final long PROGRESS_UNITS = 1_000_000;

    // job phases
    static final byte FREE = 0;
    static final byte CLIENT_CALLING = 1;
    static final byte CLIENT_BACKOFF = 2;
    static final byte WAIT_THREAD = 3;
    static final byte WAIT_CPU = 4;
    static final byte IN_SERVICE = 5;
    static final byte CALLING = 6;
    static final byte BACKOFF = 7;
    /** Lost with its instance, still named by a pending event or queue slot that will free it. */
    static final byte ZOMBIE = 8;

    // control ids beyond the model's schedule
    private static final int CTL_WARMUP_END = 0;
    private static final int CTL_BUCKET = 1;
    private static final int CTL_AUTOSCALE = 2;
    private static final int CTL_FIXED = 3;

    private final DrillModel dm;
    private final int n;
    private final int rc;
    private final double warmup;
    private final BooleanSupplier cancelled;
    private final AtomicLong progress;
    private final DrillPooled pooled;

    // random streams
    private final Rng[] arrivalRng;
    private final Rng[] serviceRng;
    private final Rng[] routingRng;
    private final Rng[] errorRng;
    private final Rng[] backoffRng;
    private final Rng lossRng;

    private final EventList ev = new EventList();
    private final DelayLines lines;
    private double now;
    private boolean measuring;

    // jobs: sixteen ints each, side by side, so that one cache line holds a job's state
    private static final int CLASS = 0;
    private static final int STATION = 1;
    private static final int PARENT = 2;
    private static final int PARENT_STAMP = 3;
    private static final int VIA = 4;
    private static final int STAMP = 5;
    private static final int PHASE = 6;
    private static final int THREAD = 7;
    private static final int CHILD = 8;
    private static final int CALL_EDGE = 9;
    private static final int ATTEMPT = 10;
    private static final int CUR = 11;
    private static final int END = 12;
    private static final int LEFT = 13;
    private static final int SLOT = 14;
    private int[] J = new int[1024 << 4];
    private double[] jStart = new double[1024];
    private int[] freeJobs = new int[1024];
    private int freeCount;
    private int jobCount;

    // arrivals
    private double trafficMultiplier;
    private final double[] nextArrival;

    // stations
    private final int[] instances;
    private final int[] pending;
    private final int[] lost;
    private final int[] servers;
    private final int[] busy;
    private final int[][] cpuQueue;
    private final int[] cpuHead;
    private final int[] cpuSize;
    private final int[] cpuLive;
    private final int[] present;
    private final double[] slow;
    private final double[] failOdds;
    private final int[][] members;
    private final int[] memberCount;

    // pools
    private final int[] cap;
    private final int[] held;
    private final int[][] poolQueue;
    private final int[] poolHead;
    private final int[] poolSize;
    private final int[] poolLive;

    // retry budgets: ten one-second slots each
    private final int[][] budgetFirst;
    private final int[][] budgetRetry;
    private final long[] budgetSecond;
    private final int[] budgetFirstSum;
    private final int[] budgetRetrySum;

    // autoscaler
    private final double[] workAcc;
    private final double[][] workSlots;
    private final int[][] desiredHistory;
    private int autoscaleTicks;

    // time integrals, flushed at bucket ends
    private final double[] lastChange;
    private final double[] lastCapacityChange;
    private final double[] areaBusy;
    private final double[] areaServers;
    private final double[] areaPresent;
    private final double[] areaInstances;
    private final double[] areaThreads;
    private final int[] heldAtStation;

    // bucket accumulators
    private int bucketIndex;
    private long bOffered;
    private long bAttempts;
    private long bOk;
    private long bFailed;
    private final LatencyHistogram bucketHist = new LatencyHistogram();
    private final LatencyHistogram[] classHist;
    private final long[] bClassOk;
    private final long[] bClassFailed;
    private final LatencyHistogram warmupLatency = new LatencyHistogram();

    private final DrillStats stats;

    DrillReplication(DrillModel dm, long seed, int replication, double warmup,
            BooleanSupplier cancelled, AtomicLong progress, DrillPooled pooled) {
        this.dm = dm;
        this.n = dm.n;
        this.rc = dm.classes;
        this.warmup = warmup;
        this.cancelled = cancelled;
        this.progress = progress;
        this.pooled = pooled;
        // sources: r arrivals; R+k service; R+n+k routing; R+2n+k errors; R+3n+e back-off;
        // R+3n+E losses
        arrivalRng = new Rng[rc];
        for (int r = 0; r < rc; r++) {
            arrivalRng[r] = new Rng(seed, replication, r);
        }
        serviceRng = new Rng[n];
        routingRng = new Rng[n];
        errorRng = new Rng[n];
        for (int k = 0; k < n; k++) {
            serviceRng[k] = new Rng(seed, replication, rc + k);
            routingRng[k] = new Rng(seed, replication, rc + n + k);
            errorRng[k] = new Rng(seed, replication, rc + 2 * n + k);
        }
        backoffRng = new Rng[dm.edges];
        for (int e = 0; e < dm.edges; e++) {
            backoffRng[e] = new Rng(seed, replication, rc + 3 * n + e);
        }
        lossRng = new Rng(seed, replication, rc + 3 * n + dm.edges);
        lines = new DelayLines(Math.max(1, dm.lines), dm.timeoutLines, (j, st) ->
                J[(j << 4) + STAMP] != st || (J[(j << 4) + PHASE] != CALLING
                        && J[(j << 4) + PHASE] != CLIENT_CALLING));

        nextArrival = new double[rc];
        instances = new int[n];
        pending = new int[n];
        lost = new int[n];
        servers = new int[n];
        busy = new int[n];
        cpuQueue = new int[n][];
        cpuHead = new int[n];
        cpuSize = new int[n];
        cpuLive = new int[n];
        present = new int[n];
        slow = new double[n];
        failOdds = new double[n];
        members = new int[n][];
        memberCount = new int[n];
        for (int k = 0; k < n; k++) {
            cpuQueue[k] = new int[64];
            slow[k] = 1;
            members[k] = dm.tracked[k] ? new int[64] : null;
        }
        cap = new int[dm.pools];
        held = new int[dm.pools];
        poolQueue = new int[dm.pools][];
        poolHead = new int[dm.pools];
        poolSize = new int[dm.pools];
        poolLive = new int[dm.pools];
        for (int p = 0; p < dm.pools; p++) {
            poolQueue[p] = new int[64];
        }
        int budgets = dm.budgetRatio.length;
        budgetFirst = new int[budgets][10];
        budgetRetry = new int[budgets][10];
        budgetSecond = new long[budgets];
        Arrays.fill(budgetSecond, Long.MIN_VALUE / 2);
        budgetFirstSum = new int[budgets];
        budgetRetrySum = new int[budgets];
        workAcc = new double[n];
        workSlots = new double[n][DrillModel.AUTOSCALE_WINDOW_SLOTS];
        desiredHistory = new int[n][DrillModel.SCALE_IN_SLOTS];
        lastChange = new double[n];
        lastCapacityChange = new double[n];
        areaBusy = new double[n];
        areaServers = new double[n];
        areaPresent = new double[n];
        areaInstances = new double[n];
        areaThreads = new double[n];
        heldAtStation = new int[n];
        stats = new DrillStats(dm);
        classHist = new LatencyHistogram[rc];
        for (int r = 0; r < rc; r++) {
            classHist[r] = new LatencyHistogram();
        }
        bClassOk = new long[rc];
        bClassFailed = new long[rc];
    }

    // ---- the loop ---------------------------------------------------------------------------

    DrillStats run() {
        now = -warmup;
        for (int k = 0; k < n; k++) {
            lastChange[k] = now;
            lastCapacityChange[k] = now;
            setInstances(k, dm.initialInstances[k]);
            Arrays.fill(workSlots[k], dm.baseOffered[k] * DrillModel.AUTOSCALE_PERIOD);
            Arrays.fill(desiredHistory[k], dm.initialInstances[k]);
        }
        setTraffic(dm.startMultiplier);
        ev.add(0, control(CTL_WARMUP_END));
        for (int i = 0; i < dm.ctlTime.length; i++) {
            ev.add(dm.ctlTime[i], control(CTL_FIXED + i));
        }
        if (dm.anyAutoscaled) {
            ev.add(now + DrillModel.AUTOSCALE_PERIOD, control(CTL_AUTOSCALE));
        }
        double span = warmup + dm.duration;
        long reported = 0;
        long loops = 0;
        while (bucketIndex < dm.buckets) {
            if ((++loops & CHECK_MASK) == 0) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("drill cancelled");
                }
                long p = (long) ((now + warmup) / span * PROGRESS_UNITS);
                progress.addAndGet(p - reported);
                reported = p;
            }
            double tLine = lines.peekTime();
            if (!ev.isEmpty() && ev.peekTime() <= tLine) {
                now = ev.peekTime();
                int p = ev.peekPayload();
                ev.poll();
                if (p >= 0) {
                    if ((p & 1) == 0) {
                        serviceEnd(p >>> 1);
                    } else {
                        backoffEnd(p >>> 1);
                    }
                } else if (p >= -rc) {
                    arrival(-1 - p);
                } else {
                    onControl(-1 - rc - p);
                }
            } else if (tLine < Double.POSITIVE_INFINITY) {
                now = tLine;
                lines.poll();
                int j = lines.polledJob;
                int s = lines.polledStamp;
                if (lines.polledLine < dm.timeoutLines) {
                    timeout(j, s);
                } else {
                    deliver(j, s, lines.polledCode == 1);
                }
            } else {
                break; // nothing left to happen (no traffic): the control events drive time
            }
        }
        progress.addAndGet(PROGRESS_UNITS - reported);
        return stats;
    }

    private int control(int id) {
        return -1 - rc - id;
    }

    // ---- arrivals ---------------------------------------------------------------------------

    private void setTraffic(double m) {
        trafficMultiplier = m;
        for (int r = 0; r < rc; r++) {
            double rate = dm.baseRate[r] * m;
            if (rate > 0) {
                nextArrival[r] = now + arrivalRng[r].exponential(1 / rate);
                ev.add(nextArrival[r], -1 - r);
            } else {
                nextArrival[r] = Double.NaN;
            }
        }
    }

    private void arrival(int r) {
        if (now != nextArrival[r]) {
            return; // superseded by a traffic step
        }
        nextArrival[r] = now + arrivalRng[r].exponential(1 / (dm.baseRate[r] * trafficMultiplier));
        ev.add(nextArrival[r], -1 - r);
        int j = newJob();
        J[(j << 4) + CLASS] = r;
        J[(j << 4) + STATION] = -1;
        J[(j << 4) + PARENT] = -1;
        jStart[j] = now;
        stats.simulatedRequests++;
        if (measuring) {
            bOffered++;
            stats.requests++;
        }
        J[(j << 4) + CALL_EDGE] = dm.clientEdge0 + r;
        J[(j << 4) + ATTEMPT] = 1;
        if (jobCount - freeCount > MAX_LIVE_JOBS) {
            // the engine's own limit (docs/drills.md "Limits"): refused at the door, a failure
            if (measuring) {
                bAttempts++;
                stats.attempts++;
                stats.refused++;
            }
            requestDone(j, false);
            return;
        }
        attempt(j);
    }

    // ---- calls ------------------------------------------------------------------------------

    /** Sends attempt {@code J[(j << 4) + ATTEMPT]} of j's current call. */
    private void attempt(int j) {
        int e = J[(j << 4) + CALL_EDGE];
        int s = ++J[(j << 4) + STAMP];
        boolean client = J[(j << 4) + STATION] < 0;
        J[(j << 4) + PHASE] = client ? CLIENT_CALLING : CALLING;
        int b = dm.edgeBudget[e];
        if (b >= 0 && J[(j << 4) + ATTEMPT] == 1) {
            budgetRoll(b);
            budgetFirst[b][slot(b)]++;
            budgetFirstSum[b]++;
        }
        if (client && measuring) {
            bAttempts++;
            if (jStart[j] >= 0) {
                stats.attempts++;
            }
        }
        int line = dm.edgeTimeoutLine[e];
        if (line >= 0) {
            lines.push(line, now + dm.edgeTimeout[e], j, s, 0);
        }
        int c = newJob();
        J[(c << 4) + CLASS] = J[(j << 4) + CLASS];
        J[(c << 4) + PARENT] = j;
        J[(c << 4) + PARENT_STAMP] = s;
        J[(c << 4) + VIA] = e;
        J[(j << 4) + CHILD] = c;
        arrive(c, dm.edgeTo[e]);
    }

    private void timeout(int j, int s) {
        if (J[(j << 4) + STAMP] != s || (J[(j << 4) + PHASE] != CALLING && J[(j << 4) + PHASE] != CLIENT_CALLING)) {
            return;
        }
        int c = J[(j << 4) + CHILD];
        if (c >= 0) {
            J[(c << 4) + PARENT] = -1; // abandoned: it goes on working, nobody reads its answer
            J[(j << 4) + CHILD] = -1;
        }
        if (measuring) {
            stats.timeouts[dm.edgeTo[J[(j << 4) + CALL_EDGE]]]++;
        }
        J[(j << 4) + STAMP]++;
        callFailed(j);
    }

    /** A reply reaches caller j for its attempt with stamp s. */
    private void deliver(int j, int s, boolean ok) {
        if (J[(j << 4) + STAMP] != s || (J[(j << 4) + PHASE] != CALLING && J[(j << 4) + PHASE] != CLIENT_CALLING)) {
            return;
        }
        J[(j << 4) + STAMP]++;
        if (!ok) {
            callFailed(j);
        } else if (J[(j << 4) + STATION] < 0) {
            requestDone(j, true);
        } else {
            advance(j);
        }
    }

    private void callFailed(int j) {
        int e = J[(j << 4) + CALL_EDGE];
        int a = J[(j << 4) + ATTEMPT];
        boolean client = J[(j << 4) + STATION] < 0;
        if (a <= dm.edgeMaxRetries[e]) {
            int b = dm.edgeBudget[e];
            boolean allowed = true;
            if (b >= 0) {
                budgetRoll(b);
                allowed = budgetRetrySum[b] + 1 <= dm.budgetRatio[b] * budgetFirstSum[b];
                if (allowed) {
                    budgetRetry[b][slot(b)]++;
                    budgetRetrySum[b]++;
                } else if (measuring) {
                    stats.budgetRefusals++;
                }
            }
            if (allowed) {
                if (measuring) {
                    stats.retries++;
                }
                J[(j << 4) + ATTEMPT] = a + 1;
                double wait = dm.edgeBackoff[e] * Math.pow(dm.edgeBackoffGrowth[e], a - 1);
                if (wait > 0 && dm.edgeJitter[e]) {
                    wait *= backoffRng[e].nextDouble(); // full jitter
                }
                if (wait > 0) {
                    J[(j << 4) + PHASE] = client ? CLIENT_BACKOFF : BACKOFF;
                    ev.add(now + wait, 2 * j + 1);
                } else {
                    attempt(j);
                }
                return;
            }
        }
        if (client) {
            requestDone(j, false);
        } else {
            visitDone(j, false);
        }
    }

    private void backoffEnd(int j) {
        if (J[(j << 4) + PHASE] == ZOMBIE) {
            free(j);
            return;
        }
        attempt(j);
    }

    private void requestDone(int j, boolean ok) {
        if (!measuring && ok) {
            warmupLatency.record(now - jStart[j]);
        }
        if (measuring) {
            if (ok) {
                double latency = now - jStart[j];
                int r = J[(j << 4) + CLASS];
                bOk++;
                bucketHist.record(latency);
                bClassOk[r]++;
                classHist[r].record(latency);
                stats.latency.record(latency);
                stats.classLatency[r].record(latency);
                stats.latencySum += latency;
            } else {
                bFailed++;
                bClassFailed[J[(j << 4) + CLASS]]++;
            }
            if (jStart[j] >= 0) {
                stats.finishedAttempts += J[(j << 4) + ATTEMPT];
                if (ok) {
                    stats.succeeded++;
                    stats.classSucceeded[J[(j << 4) + CLASS]]++;
                } else {
                    stats.failed++;
                    stats.classFailed[J[(j << 4) + CLASS]]++;
                }
            }
        }
        free(j);
    }

    // ---- budgets ----------------------------------------------------------------------------

    private int slot(int b) {
        return (int) Math.floorMod(budgetSecond[b], 10L);
    }

    /** Moves budget b's window to the current second, emptying the slots it leaves behind. */
    private void budgetRoll(int b) {
        long sec = (long) Math.floor(now);
        long cur = budgetSecond[b];
        if (sec <= cur) {
            return;
        }
        if (sec - cur >= 10) {
            Arrays.fill(budgetFirst[b], 0);
            Arrays.fill(budgetRetry[b], 0);
            budgetFirstSum[b] = 0;
            budgetRetrySum[b] = 0;
        } else {
            for (long s = cur + 1; s <= sec; s++) {
                int i = (int) Math.floorMod(s, 10L);
                budgetFirstSum[b] -= budgetFirst[b][i];
                budgetRetrySum[b] -= budgetRetry[b][i];
                budgetFirst[b][i] = 0;
                budgetRetry[b][i] = 0;
            }
        }
        budgetSecond[b] = sec;
    }

    // ---- visits -----------------------------------------------------------------------------

    /** Visit c arrives at station k. */
    private void arrive(int c, int k) {
        J[(c << 4) + STATION] = k;
        int r = J[(c << 4) + CLASS];
        int i = r * n + k;
        if (measuring) {
            stats.visits[k]++;
        }
        if (dm.autoscaled[k]) {
            workAcc[k] += dm.meanService[i] * slow[k];
        }
        if (instances[k] == 0) {
            reject(c, k);
            return;
        }
        int p = dm.poolOf[i];
        if (p >= 0) {
            if (held[p] < cap[p]) {
                takeThread(c, p, k);
                admit(c, k);
                toCpu(c, k);
            } else if (dm.maxQueue[k] >= 0
                    && poolLive[p] >= (long) dm.maxQueue[k] * instances[k]) {
                reject(c, k);
            } else {
                admit(c, k);
                J[(c << 4) + PHASE] = WAIT_THREAD;
                poolLive[p]++;
                poolQueue[p] = push(poolQueue[p], poolHead, poolSize, p, c);
            }
        } else if (dm.delay[k] || busy[k] < servers[k]) {
            admit(c, k);
            startService(c, k);
        } else if (dm.maxQueue[k] >= 0 && cpuLive[k] >= (long) dm.maxQueue[k] * instances[k]) {
            reject(c, k);
        } else {
            admit(c, k);
            enqueueCpu(c, k);
        }
    }

    private void admit(int c, int k) {
        touch(k);
        present[k]++;
        if (members[k] != null) {
            int[] m = members[k];
            if (memberCount[k] == m.length) {
                m = Arrays.copyOf(m, m.length * 2);
                members[k] = m;
            }
            m[memberCount[k]] = c;
            J[(c << 4) + SLOT] = memberCount[k]++;
        }
    }

    private void leave(int c, int k) {
        if (members[k] != null) {
            int[] m = members[k];
            int last = m[--memberCount[k]];
            int at = J[(c << 4) + SLOT];
            m[at] = last;
            J[(last << 4) + SLOT] = at;
        }
    }

    private void takeThread(int c, int p, int k) {
        touch(k);
        held[p]++;
        heldAtStation[k]++;
        J[(c << 4) + THREAD] = 1;
    }

    private void releaseThread(int c, int k) {
        if (J[(c << 4) + THREAD] == 0) {
            return;
        }
        J[(c << 4) + THREAD] = 0;
        int p = dm.poolOf[J[(c << 4) + CLASS] * n + k];
        touch(k);
        held[p]--;
        heldAtStation[k]--;
        grantThreads(p, k);
    }

    /** Gives free threads of pool p to the requests waiting for one, in order. */
    private void grantThreads(int p, int k) {
        while (held[p] < cap[p] && poolSize[p] > 0) {
            int[] q = poolQueue[p];
            int h = poolHead[p];
            int w = q[h];
            poolHead[p] = (h + 1) & (q.length - 1);
            poolSize[p]--;
            if (J[(w << 4) + PHASE] == ZOMBIE) {
                free(w);
                continue;
            }
            poolLive[p]--;
            takeThread(w, p, k);
            toCpu(w, k);
        }
    }

    private void toCpu(int c, int k) {
        if (dm.delay[k] || busy[k] < servers[k]) {
            startService(c, k);
        } else {
            enqueueCpu(c, k);
        }
    }

    private void enqueueCpu(int c, int k) {
        J[(c << 4) + PHASE] = WAIT_CPU;
        cpuLive[k]++;
        int[] q = cpuQueue[k];
        int size = cpuSize[k];
        if (size == q.length) {
            q = grow(q, cpuHead[k], size);
            cpuQueue[k] = q;
            cpuHead[k] = 0;
        }
        q[(cpuHead[k] + size) & (q.length - 1)] = c;
        cpuSize[k] = size + 1;
    }

    private int[] push(int[] q, int[] heads, int[] sizes, int p, int c) {
        int size = sizes[p];
        if (size == q.length) {
            q = grow(q, heads[p], size);
            heads[p] = 0;
        }
        q[(heads[p] + size) & (q.length - 1)] = c;
        sizes[p] = size + 1;
        return q;
    }

    private static int[] grow(int[] q, int head, int size) {
        int[] b = new int[size * 2];
        System.arraycopy(q, head, b, 0, size - head);
        System.arraycopy(q, 0, b, size - head, head);
        return b;
    }

    private void startService(int c, int k) {
        touch(k);
        busy[k]++;
        J[(c << 4) + PHASE] = IN_SERVICE;
        double s = dm.service.draw(J[(c << 4) + CLASS] * n + k, serviceRng[k]) * slow[k];
        ev.add(now + s, 2 * c);
    }

    private void serviceEnd(int c) {
        if (J[(c << 4) + PHASE] == ZOMBIE) {
            free(c);
            return;
        }
        int k = J[(c << 4) + STATION];
        touch(k);
        busy[k]--;
        present[k]--;
        startQueued(k);
        if (failOdds[k] > 0 && errorRng[k].nextDouble() < failOdds[k]) {
            if (measuring) {
                stats.errors[k]++;
            }
            visitDone(c, false);
            return;
        }
        int base = J[(c << 4) + CLASS] * n + k;
        int from = dm.applStart[base];
        int to = dm.applStart[base + 1];
        if (from < to && dm.routes[k]) {
            double u = routingRng[k].nextDouble();
            int pick = from;
            while (pick < to && u >= dm.applCum[pick]) {
                pick++;
            }
            from = pick;
            to = Math.min(pick + 1, to);
        }
        J[(c << 4) + CUR] = from;
        J[(c << 4) + END] = to;
        J[(c << 4) + LEFT] = 0;
        advance(c);
    }

    /** Starts queued visits on free servers, skipping those lost with an instance. */
    private void startQueued(int k) {
        while (cpuSize[k] > 0 && (dm.delay[k] || busy[k] < servers[k])) {
            int[] q = cpuQueue[k];
            int h = cpuHead[k];
            int w = q[h];
            cpuHead[k] = (h + 1) & (q.length - 1);
            cpuSize[k]--;
            if (J[(w << 4) + PHASE] == ZOMBIE) {
                free(w);
                continue;
            }
            cpuLive[k]--;
            startService(w, k);
        }
    }

    /** Walks j's connections to its next synchronous call, or ends its visit. */
    private void advance(int j) {
        while (true) {
            int left = J[(j << 4) + LEFT];
            if (left > 0) {
                J[(j << 4) + LEFT] = left - 1;
                J[(j << 4) + ATTEMPT] = 1;
                attempt(j);
                return;
            }
            int cur = J[(j << 4) + CUR];
            if (cur == J[(j << 4) + END]) {
                visitDone(j, true);
                return;
            }
            J[(j << 4) + CUR] = cur + 1;
            int e = dm.applEdge[cur];
            int calls = dm.edgeFloor[e];
            double fire = dm.edgeFire[e];
            double frac = dm.edgeFrac[e];
            if (fire < 1 || frac > 0) {
                Rng rng = routingRng[J[(j << 4) + STATION]];
                if (fire < 1 && rng.nextDouble() >= fire) {
                    continue;
                }
                if (frac > 0 && rng.nextDouble() < frac) {
                    calls++;
                }
            }
            if (dm.edgeAsync[e]) {
                for (int i = 0; i < calls; i++) {
                    int s = newJob();
                    J[(s << 4) + CLASS] = J[(j << 4) + CLASS];
                    J[(s << 4) + PARENT] = -1;
                    J[(s << 4) + VIA] = e;
                    arrive(s, dm.edgeTo[e]);
                }
            } else {
                J[(j << 4) + CALL_EDGE] = e;
                J[(j << 4) + LEFT] = calls;
            }
        }
    }

    /** Visit c is over, answered ({@code ok}) or failed: free its thread and tell its caller. */
    private void visitDone(int c, boolean ok) {
        int k = J[(c << 4) + STATION];
        releaseThread(c, k);
        touch(k);
        leave(c, k);
        reply(c, ok);
        free(c);
    }

    /** Rejected at once: never admitted, nothing held. */
    private void reject(int c, int k) {
        if (measuring) {
            stats.rejected[k]++;
        }
        reply(c, false);
        free(c);
    }

    private void reply(int c, boolean ok) {
        int par = J[(c << 4) + PARENT];
        if (par < 0) {
            return;
        }
        if (J[(par << 4) + CHILD] == c) {
            J[(par << 4) + CHILD] = -1;
        }
        int e = J[(c << 4) + VIA];
        int line = dm.edgeReplyLine[e];
        if (line >= 0) {
            lines.push(line, now + dm.edgeLatency[e], par, J[(c << 4) + PARENT_STAMP], ok ? 1 : 0);
        } else {
            deliver(par, J[(c << 4) + PARENT_STAMP], ok);
        }
    }

    // ---- jobs -------------------------------------------------------------------------------

    /**
     * The most jobs (requests, attempts and visits) alive at once, about 150 MB of arrays per
     * replication; beyond it new requests are refused at the door. A design that holds two
     * million requests in flight collapsed long before, and a real server would have run out
     * of memory or connections; the limit keeps the simulation itself from doing so.
     */
    static final int MAX_LIVE_JOBS = 1 << 21;

    private int newJob() {
        int j;
        if (freeCount > 0) {
            j = freeJobs[--freeCount];
        } else {
            j = jobCount++;
            if (j == jStart.length) {
                growJobs();
            }
        }
        J[(j << 4) + CHILD] = -1;
        J[(j << 4) + THREAD] = 0;
        return j;
    }

    private void free(int j) {
        J[(j << 4) + PHASE] = FREE;
        J[(j << 4) + STAMP]++;
        freeJobs[freeCount++] = j;
    }

    private void growJobs() {
        int size = jStart.length * 2;
        J = Arrays.copyOf(J, size << 4);
        jStart = Arrays.copyOf(jStart, size);
        freeJobs = Arrays.copyOf(freeJobs, size);
    }

    // ---- capacity ---------------------------------------------------------------------------

    private void setInstances(int k, int inst) {
        touch(k);
        touchCapacity(k);
        instances[k] = inst;
        if (measuring && inst < stats.minInstances[k]) {
            stats.minInstances[k] = inst;
        }
        servers[k] = dm.delay[k] ? Integer.MAX_VALUE : inst * dm.concurrency[k];
        for (int p = 0; p < dm.pools; p++) {
            if (dm.poolStation[p] == k) {
                cap[p] = inst * dm.poolThreads[p];
                grantThreads(p, k);
            }
        }
        startQueued(k);
    }

    /** {@code count} instances of k fail: the visits they held fail with them. */
    private void lose(int k, int count) {
        int before = instances[k];
        int gone = Math.min(count, before);
        lost[k] += gone;
        if (measuring) {
            stats.instancesLost[k] += gone;
        }
        setInstances(k, before - gone);
        if (before == 0) {
            return;
        }
        double share = gone / (double) before;
        // each visit present was on a lost instance with the lost share's probability
        int m = memberCount[k];
        int[] snapshot = Arrays.copyOf(members[k], m);
        for (int i = 0; i < m; i++) {
            if (lossRng.nextDouble() < share) {
                kill(snapshot[i], k);
            }
        }
        // the survivors cannot be serving more than their servers and threads allow
        while (!dm.delay[k] && busy[k] > servers[k]) {
            killOneWhere(k, IN_SERVICE, -1);
        }
        for (int p = 0; p < dm.pools; p++) {
            if (dm.poolStation[p] == k) {
                while (held[p] > cap[p]) {
                    killOneWhere(k, (byte) -1, p);
                }
            }
        }
    }

    /** Kills one visit at k, at random among those in {@code phase} (or holding pool p's thread). */
    private void killOneWhere(int k, byte phase, int p) {
        int m = memberCount[k];
        int count = 0;
        for (int i = 0; i < m; i++) {
            int c = members[k][i];
            if (phase >= 0 ? J[(c << 4) + PHASE] == phase : J[(c << 4) + THREAD] != 0 && dm.poolOf[J[(c << 4) + CLASS] * n + k] == p) {
                count++;
            }
        }
        int pick = (int) (lossRng.nextDouble() * count);
        for (int i = 0; i < m; i++) {
            int c = members[k][i];
            if (phase >= 0 ? J[(c << 4) + PHASE] == phase : J[(c << 4) + THREAD] != 0 && dm.poolOf[J[(c << 4) + CLASS] * n + k] == p) {
                if (pick-- == 0) {
                    kill(c, k);
                    return;
                }
            }
        }
        throw new IllegalStateException("no visit to lose at " + dm.net.id(k));
    }

    private void kill(int c, int k) {
        if (measuring) {
            stats.killed[k]++;
        }
        int phase = J[(c << 4) + PHASE];
        touch(k);
        leave(c, k);
        switch (phase) {
            case WAIT_THREAD -> {
                present[k]--;
                poolLive[dm.poolOf[J[(c << 4) + CLASS] * n + k]]--;
                J[(c << 4) + PHASE] = ZOMBIE;
            }
            case WAIT_CPU -> {
                present[k]--;
                cpuLive[k]--;
                J[(c << 4) + PHASE] = ZOMBIE;
            }
            case IN_SERVICE -> {
                present[k]--;
                busy[k]--;
                J[(c << 4) + PHASE] = ZOMBIE;
            }
            case BACKOFF -> J[(c << 4) + PHASE] = ZOMBIE;
            case CALLING -> {
                int child = J[(c << 4) + CHILD];
                if (child >= 0) {
                    J[(child << 4) + PARENT] = -1;
                    J[(c << 4) + CHILD] = -1;
                }
            }
            default -> throw new IllegalStateException("phase " + phase);
        }
        J[(c << 4) + STAMP]++;
        // the caller's connection breaks: it learns at once (after the network's latency)
        reply(c, false);
        J[(c << 4) + PARENT] = -1;
        releaseThread(c, k);
        if (phase == CALLING) {
            free(c);
        }
        startQueued(k);
    }

    private void restore(int k, int count) {
        int back = Math.min(count, lost[k]);
        lost[k] -= back;
        if (dm.autoscaled[k]) {
            back = Math.max(0, Math.min(back, dm.asMax[k] - instances[k] - pending[k]));
        }
        setInstances(k, instances[k] + back);
    }

    private void autoscale() {
        autoscaleTicks++;
        int slot = autoscaleTicks % DrillModel.AUTOSCALE_WINDOW_SLOTS;
        int hist = autoscaleTicks % DrillModel.SCALE_IN_SLOTS;
        for (int k = 0; k < n; k++) {
            if (!dm.autoscaled[k]) {
                continue;
            }
            workSlots[k][slot] = workAcc[k];
            workAcc[k] = 0;
            double work = 0;
            for (double w : workSlots[k]) {
                work += w;
            }
            double offered = work / (DrillModel.AUTOSCALE_PERIOD * DrillModel.AUTOSCALE_WINDOW_SLOTS);
            double need = Math.ceil(offered / (dm.concurrency[k] * dm.asTarget[k]) - 1e-9);
            int desired = (int) Math.max(dm.asMin[k], Math.min(dm.asMax[k], need));
            desiredHistory[k][hist] = desired;
            int running = instances[k];
            if (desired > running + pending[k]) {
                int add = desired - running - pending[k];
                pending[k] += add;
                int id = scheduleOnline(k, add);
                ev.add(now + dm.asScaleOut[k], control(id));
            } else if (pending[k] == 0) {
                int keep = 0;
                for (int d : desiredHistory[k]) {
                    keep = Math.max(keep, d);
                }
                if (keep < running) {
                    setInstances(k, keep); // instances leave once idle: nothing is lost
                }
            }
        }
    }

    // scale-outs in flight: control ids CTL_FIXED + schedule length + i
    private int[] onlineStation = new int[16];
    private int[] onlineCount = new int[16];
    private int onlines;

    private int scheduleOnline(int k, int count) {
        if (onlines == onlineStation.length) {
            onlineStation = Arrays.copyOf(onlineStation, onlines * 2);
            onlineCount = Arrays.copyOf(onlineCount, onlines * 2);
        }
        onlineStation[onlines] = k;
        onlineCount[onlines] = count;
        return CTL_FIXED + dm.ctlTime.length + onlines++;
    }

    // ---- control events ---------------------------------------------------------------------

    private void onControl(int id) {
        if (id == CTL_WARMUP_END) {
            startMeasuring();
            return;
        }
        if (id == CTL_BUCKET) {
            endBucket();
            return;
        }
        if (id == CTL_AUTOSCALE) {
            autoscale();
            ev.add(now + DrillModel.AUTOSCALE_PERIOD, control(CTL_AUTOSCALE));
            return;
        }
        int i = id - CTL_FIXED;
        if (i >= dm.ctlTime.length) {
            int o = i - dm.ctlTime.length;
            int k = onlineStation[o];
            pending[k] -= onlineCount[o];
            setInstances(k, Math.min(dm.asMax[k], instances[k] + onlineCount[o]));
            return;
        }
        int k = dm.ctlStation[i];
        double v = dm.ctlValue[i];
        switch (dm.ctlKind[i]) {
            case DrillModel.TRAFFIC -> setTraffic(v);
            case DrillModel.SLOW_ON -> slow[k] *= v;
            case DrillModel.SLOW_OFF -> slow[k] /= v;
            case DrillModel.ERRORS_ON -> failOdds[k] = 1 - (1 - failOdds[k]) * (1 - v);
            case DrillModel.ERRORS_OFF -> failOdds[k] = v >= 1 ? 0
                    : Math.max(0, 1 - (1 - failOdds[k]) / (1 - v));
            case DrillModel.LOSE -> lose(k, (int) v);
            case DrillModel.RESTORE -> restore(k, (int) v);
            default -> throw new IllegalStateException("control " + dm.ctlKind[i]);
        }
    }

    // ---- statistics -------------------------------------------------------------------------

    /** Brings station k's time integrals of busy servers, visits and threads up to now. */
    private void touch(int k) {
        double dt = now - lastChange[k];
        if (dt > 0) {
            areaBusy[k] += busy[k] * dt;
            areaPresent[k] += present[k] * dt;
            areaThreads[k] += heldAtStation[k] * dt;
            lastChange[k] = now;
        }
    }

    /** Brings station k's time integrals of servers and instances up to now. */
    private void touchCapacity(int k) {
        double dt = now - lastCapacityChange[k];
        if (dt > 0) {
            areaServers[k] += (dm.delay[k] ? 0 : servers[k]) * dt;
            areaInstances[k] += instances[k] * dt;
            lastCapacityChange[k] = now;
        }
    }

    private void startMeasuring() {
        measuring = true;
        for (int k = 0; k < n; k++) {
            touch(k);
            touchCapacity(k);
            areaBusy[k] = 0;
            areaServers[k] = 0;
            areaPresent[k] = 0;
            areaInstances[k] = 0;
            areaThreads[k] = 0;
            stats.minInstances[k] = instances[k];
        }
        bucketHist.reset();
        for (int r = 0; r < rc; r++) {
            classHist[r].reset();
            bClassOk[r] = 0;
            bClassFailed[r] = 0;
        }
        bOffered = 0;
        bAttempts = 0;
        bOk = 0;
        bFailed = 0;
        stats.warmupP95 = warmupLatency.quantile(0.95);
        ev.add(Math.min(dm.bucket, dm.duration), control(CTL_BUCKET));
    }

    private void endBucket() {
        int b = bucketIndex;
        double start = b * dm.bucket;
        double width = Math.max(1e-12, now - start);
        stats.offered[b] = bOffered / width;
        stats.attemptsPerSecond[b] = bAttempts / width;
        stats.ok[b] = bOk;
        stats.fail[b] = bFailed;
        stats.p95[b] = bucketHist.quantile(0.95);
        stats.p99[b] = bucketHist.quantile(0.99);
        for (int k = 0; k < n; k++) {
            touch(k);
            touchCapacity(k);
            stats.utilization[b][k] = areaServers[k] > 0 ? areaBusy[k] / areaServers[k] : 0;
            stats.busyTotal[k] += areaBusy[k];
            stats.serverTotal[k] += areaServers[k];
            stats.meanUtilization[k] = stats.serverTotal[k] > 0
                    ? stats.busyTotal[k] / stats.serverTotal[k] : 0;
            stats.queue[b][k] = areaPresent[k] / width;
            stats.instances[b][k] = areaInstances[k] / width;
            stats.threads[b][k] = areaThreads[k] / width;
            areaBusy[k] = 0;
            areaServers[k] = 0;
            areaPresent[k] = 0;
            areaInstances[k] = 0;
            areaThreads[k] = 0;
        }
        pooled.merge(b, bucketHist);
        bucketHist.reset();
        for (int r = 0; r < rc; r++) {
            stats.classOk[b][r] = bClassOk[r];
            stats.classFail[b][r] = bClassFailed[r];
            pooled.mergeClass(b, r, classHist[r]);
            classHist[r].reset();
            bClassOk[r] = 0;
            bClassFailed[r] = 0;
        }
        bOffered = 0;
        bAttempts = 0;
        bOk = 0;
        bFailed = 0;
        bucketIndex++;
        if (bucketIndex < dm.buckets) {
            ev.add(Math.min((bucketIndex + 1) * dm.bucket, dm.duration), control(CTL_BUCKET));
        }
    }
}
