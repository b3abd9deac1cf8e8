package dev.headroom.sim;

/**
 * How to run a simulation.
 *
 * @param requestsPerReplication completed requests per replication, warm-up included
 * @param replications independent replications (confidence intervals need at least 2)
 * @param seed the run's seed: the same seed gives the same numbers on any number of cores
 * @param warmupFraction share of each replication's first requests whose statistics are dropped
 * @param threads worker threads; 0 means one per available core
 */
public record SimOptions(long requestsPerReplication, int replications, long seed,
        double warmupFraction, int threads) {
    public static final long DEFAULT_REQUESTS = 200_000;
    public static final int DEFAULT_REPLICATIONS = 10;
    public static final long DEFAULT_SEED = 1;
    public static final double DEFAULT_WARMUP = 0.10;

    public SimOptions {
        if (requestsPerReplication < 10) {
            throw new IllegalArgumentException("requests per replication must be at least 10");
        }
        if (replications < 1) {
            throw new IllegalArgumentException("replications must be at least 1");
        }
        if (!(warmupFraction >= 0 && warmupFraction < 1)) {
            throw new IllegalArgumentException("warm-up fraction must be in [0, 1)");
        }
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be 0 (all cores) or more");
        }
    }

    /** 10 replications of 200,000 requests, seed 1, 10% warm-up, all cores. */
    public static SimOptions defaults() {
        return new SimOptions(DEFAULT_REQUESTS, DEFAULT_REPLICATIONS, DEFAULT_SEED,
                DEFAULT_WARMUP, 0);
    }

    public SimOptions withRequests(long n) {
        return new SimOptions(n, replications, seed, warmupFraction, threads);
    }

    public SimOptions withReplications(int r) {
        return new SimOptions(requestsPerReplication, r, seed, warmupFraction, threads);
    }

    public SimOptions withSeed(long s) {
        return new SimOptions(requestsPerReplication, replications, s, warmupFraction, threads);
    }

    public SimOptions withThreads(int t) {
        return new SimOptions(requestsPerReplication, replications, seed, warmupFraction, t);
    }

    public SimOptions withWarmup(double w) {
        return new SimOptions(requestsPerReplication, replications, seed, w, threads);
    }
}
