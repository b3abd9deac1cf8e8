package dev.headroom.sim.drill;

/**
 * How to run a drill.
 *
 * @param replications independent replications (confidence intervals need at least 2)
 * @param seed the run's seed: the same seed gives the same numbers on any number of cores
 * @param threads worker threads; 0 means one per available core
 * @param warmupSeconds simulated time at the starting traffic before the drill's time 0, or
 *     null for the rule of docs/drills.md ("Warm-up")
 */
public record DrillOptions(int replications, long seed, int threads, Double warmupSeconds) {
    public static final int DEFAULT_REPLICATIONS = 5;
    public static final long DEFAULT_SEED = 1;
    public static final int MAX_REPLICATIONS = 100;

    public DrillOptions {
        if (replications < 1 || replications > MAX_REPLICATIONS) {
            throw new IllegalArgumentException("replications must be from 1 to 100");
        }
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be 0 (all cores) or more");
        }
        if (warmupSeconds != null && !(warmupSeconds >= 0 && warmupSeconds <= 86_400)) {
            throw new IllegalArgumentException("warm-up must be from 0 to 86,400 s");
        }
    }

    /** Five replications, seed 1, all cores, the warm-up rule. */
    public static DrillOptions defaults() {
        return new DrillOptions(DEFAULT_REPLICATIONS, DEFAULT_SEED, 0, null);
    }

    public DrillOptions withReplications(int r) {
        return new DrillOptions(r, seed, threads, warmupSeconds);
    }

    public DrillOptions withSeed(long s) {
        return new DrillOptions(replications, s, threads, warmupSeconds);
    }

    public DrillOptions withThreads(int t) {
        return new DrillOptions(replications, seed, t, warmupSeconds);
    }

    public DrillOptions withWarmupSeconds(Double w) {
        return new DrillOptions(replications, seed, threads, w);
    }
}
