package dev.headroom.network;

import dev.headroom.model.Component;
import dev.headroom.model.Model;
import dev.headroom.model.PerClass;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The queue bounds ({@code maxQueue}) and thread pools ({@code threads}) of every station,
 * compiled (docs/model-format.md "Queues and thread pools"). A station's pools are numbered
 * from 0 in the order of its {@code threads} map ({@code "*"} being one pool shared by every
 * class not named); a uniform {@code threads} is one pool shared by every class.
 */
public final class Pools {
    private final int[] maxQueue;
    /** [k][r]: the pool class r takes at station k, or -1 when the station has none. */
    private final int[][] poolOf;
    /** [k][p]: threads per instance of pool p at station k. */
    private final int[][] threads;
    /** [k][p]: the pool's name: the class it belongs to, "*", or "" for a shared pool. */
    private final String[][] names;

    Pools(int[] maxQueue, int[][] poolOf, int[][] threads, String[][] names) {
        this.maxQueue = maxQueue;
        this.poolOf = poolOf;
        this.threads = threads;
        this.names = names;
    }

    static Pools of(Model model, String[] classNames) {
        List<Component> cs = model.components();
        int n = cs.size();
        int[] maxQueue = new int[n];
        int[][] poolOf = new int[n][classNames.length];
        int[][] threads = new int[n][];
        String[][] names = new String[n][];
        for (int k = 0; k < n; k++) {
            Component c = cs.get(k);
            maxQueue[k] = c.maxQueue() == null ? -1 : c.maxQueue();
            PerClass t = c.threads();
            if (t == null) {
                java.util.Arrays.fill(poolOf[k], -1);
                threads[k] = new int[0];
                names[k] = new String[0];
                continue;
            }
            if (t.isUniform()) {
                java.util.Arrays.fill(poolOf[k], 0);
                threads[k] = new int[] {(int) Math.round(t.uniform())};
                names[k] = new String[] {""};
                continue;
            }
            Map<String, Integer> index = new LinkedHashMap<>();
            List<Integer> sizes = new ArrayList<>();
            for (int r = 0; r < classNames.length; r++) {
                String key = t.byClass().containsKey(classNames[r]) ? classNames[r]
                        : PerClass.DEFAULT_KEY;
                Integer p = index.get(key);
                if (p == null) {
                    p = index.size();
                    index.put(key, p);
                    sizes.add((int) Math.round(t.get(classNames[r])));
                }
                poolOf[k][r] = p;
            }
            threads[k] = sizes.stream().mapToInt(Integer::intValue).toArray();
            names[k] = index.keySet().toArray(String[]::new);
        }
        return new Pools(maxQueue, poolOf, threads, names);
    }

    /** Waiting requests admitted per instance, or -1 for no bound. */
    public int maxQueue(int k) {
        return maxQueue[k];
    }

    public boolean bounded(int k) {
        return maxQueue[k] >= 0;
    }

    /** Whether station k has thread pools. */
    public boolean hasPools(int k) {
        return threads[k].length > 0;
    }

    /** Number of pools at station k (0: none). */
    public int poolCount(int k) {
        return threads[k].length;
    }

    /** The pool class r takes at station k, or -1 when k has no pools. */
    public int poolOf(int k, int r) {
        return poolOf[k][r];
    }

    /** Threads per instance of pool p at station k. */
    public int threads(int k, int p) {
        return threads[k][p];
    }

    /** The name of pool p at station k: a class, {@code "*"}, or "" for the one shared pool. */
    public String poolName(int k, int p) {
        return names[k][p];
    }
}
