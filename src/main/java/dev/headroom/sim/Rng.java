package dev.headroom.sim;

/**
 * One random stream: xoshiro256++ (D. Blackman, S. Vigna, "Scrambled linear pseudorandom number
 * generators", ACM TOMS 47(4), 2021; reference code at prng.di.unimi.it). Each random source of a
 * replication owns one stream, seeded from {@code (seed, replication, source)} through SplitMix64,
 * so that streams never depend on the thread or the order in which replications run.
 */
public final class Rng {
    private long s0;
    private long s1;
    private long s2;
    private long s3;
    private boolean haveSpare;
    private double spare;

    /** The stream of {@code source} in {@code replication} of a run seeded with {@code seed}. */
    public Rng(long seed, int replication, int source) {
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
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    public long nextLong() {
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
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Exponential with the given mean. */
    public double exponential(double mean) {
        return mean * standardExponential();
    }

    /**
     * Exponential with mean 1 by the ziggurat method of G. Marsaglia, W. W. Tsang, "The ziggurat
     * method for generating random variables", J. Statistical Software 5(8), 2000 (256 layers),
     * with the layer index and the abscissa taken from disjoint bits of one 64-bit draw (J. A.
     * Doornik, "An improved ziggurat method", 2005). About 98.9% of draws take the fast path: one
     * draw, one comparison, one multiplication, no logarithm.
     */
    public double standardExponential() {
        while (true) {
            long r = nextLong();
            int i = (int) r & 255;
            long j = r >>> 11; // 53 bits
            if (j < ZIG_K[i]) {
                return j * ZIG_W[i];
            }
            if (i == 0) {
                return ZIG_R - Math.log(1.0 - nextDouble());
            }
            double x = j * ZIG_W[i];
            if (ZIG_F[i] + nextDouble() * (ZIG_F[i - 1] - ZIG_F[i]) < Math.exp(-x)) {
                return x;
            }
        }
    }

    private static final double ZIG_R = 7.697117470131487;
    private static final long[] ZIG_K = new long[256];
    private static final double[] ZIG_W = new double[256];
    private static final double[] ZIG_F = new double[256];

    static {
        // Marsaglia & Tsang's table set-up (r and the layer area v for 256 layers), in 53 bits.
        double m = 0x1.0p53;
        double v = 3.949659822581572e-3;
        double d = ZIG_R;
        double t = d;
        double q = v / Math.exp(-d);
        ZIG_K[0] = (long) ((d / q) * m);
        ZIG_K[1] = 0;
        ZIG_W[0] = q / m;
        ZIG_W[255] = d / m;
        ZIG_F[0] = 1;
        ZIG_F[255] = Math.exp(-d);
        for (int i = 254; i >= 1; i--) {
            d = -Math.log(v / d + Math.exp(-d));
            ZIG_K[i + 1] = (long) ((d / t) * m);
            t = d;
            ZIG_F[i] = Math.exp(-d);
            ZIG_W[i] = d / m;
        }
    }

    /** Standard normal by Marsaglia's polar method (one spare kept). */
    public double normal() {
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
    public double gamma(double d, double c) {
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
