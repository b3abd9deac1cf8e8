package dev.headroom.sim;

/**
 * One random stream: xoshiro256++ (D. Blackman, S. Vigna, "Scrambled linear pseudorandom number
 * generators", ACM TOMS 47(4), 2021; reference code at prng.di.unimi.it). Each random source of a
 * replication owns one stream, seeded from {@code (seed, replication, source)} through SplitMix64,
 * so that streams never depend on the thread or the order in which replications run.
 */
final class Rng {
    private long s0;
    private long s1;
    private long s2;
    private long s3;
    private boolean haveSpare;
    private double spare;

    /** The stream of {@code source} in {@code replication} of a run seeded with {@code seed}. */
    Rng(long seed, int replication, int source) {
        long x = mix(seed ^ 0x6A09E667F3BCC909L);
        x = mix(x + 0x9E3779B97F4A7C15L * (replication + 1L));
        x = mix(x + 0xBF58476D1CE4E5B9L * (source + 1L));
        // SplitMix64 outputs fill the state (Vigna's recommended seeding); never all zero.
        s0 = mix(x += 0x9E3779B97F4A7C15L);
        s1 = mix(x += 0x9E3779B97F4A7C15L);
        s2 = mix(x += 0x9E3779B97F4A7C15L);
        s3 = mix(x + 0x9E3779B97F4A7C15L);
        if ((s0 | s1 | s2 | s3) == 0) {
            s0 = 1;
        }
    }

    /** SplitMix64's finaliser (Steele, Lea, Flood, OOPSLA 2014). */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    long nextLong() {
        long result = Long.rotateLeft(s0 + s3, 23) + s0;
        long t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = Long.rotateLeft(s3, 45);
        return result;
    }

    /** Uniform on [0, 1) with 53 random bits. */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Exponential with the given mean, by inversion; {@code 1 − U} keeps the log finite. */
    double exponential(double mean) {
        return -mean * Math.log(1.0 - nextDouble());
    }

    /** Standard normal by Marsaglia's polar method (one spare kept). */
    double normal() {
        if (haveSpare) {
            haveSpare = false;
            return spare;
        }
        double u;
        double v;
        double s;
        do {
            u = 2 * nextDouble() - 1;
            v = 2 * nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double f = Math.sqrt(-2 * Math.log(s) / s);
        spare = v * f;
        haveSpare = true;
        return u * f;
    }

    /**
     * Gamma with {@code shape ≥ 1} and scale 1, by G. Marsaglia, W. W. Tsang, "A simple method for
     * generating gamma variables", ACM TOMS 26(3), 2000 ({@code d} and {@code c} precomputed by the
     * caller: {@code d = shape − 1/3}, {@code c = 1/√(9d)}).
     */
    double gamma(double d, double c) {
        while (true) {
            double x;
            double v;
            do {
                x = normal();
                v = 1 + c * x;
            } while (v <= 0);
            v = v * v * v;
            double u = nextDouble();
            double x2 = x * x;
            if (u < 1 - 0.0331 * x2 * x2) {
                return d * v;
            }
            if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) {
                return d * v;
            }
        }
    }
}
