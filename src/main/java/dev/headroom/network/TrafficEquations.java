package dev.headroom.network;

import dev.headroom.model.Limits;
import dev.headroom.model.Model;
import dev.headroom.model.ModelException;
import dev.headroom.model.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Solves the traffic equations {@code V = e + V·P} of one class (docs/engine.md) in time linear in
 * the components and connections, without the dense {@code n × n} matrices that made a model of
 * 10,000 components take minutes and gigabytes.
 *
 * <p>The routing graph is cut into strongly connected components (Tarjan): groups of components
 * that call each other in a loop. Taken in topological order, a single component's visits are
 * the calls flowing into it; a loop's are {@code b·(I − P_SS)^{-1}}, with {@code b} the calls
 * flowing into the loop and {@code P_SS} its routing, inverted by {@link
 * NetworkCompiler#inverseOfIMinus}. For a non-negative {@code P} in block-triangular form the
 * spectral radius is the largest of the blocks' (Berman &amp; Plemmons, ch. 2, the Frobenius
 * normal form), so checking each loop's block for a gain of 1 or more is exactly the check of
 * the whole matrix that the compiler made before.
 *
 * <p>The decomposition and the loops' inverses depend only on which connections apply, which is
 * the same for most classes; they are kept per set of connections.
 */
final class TrafficEquations {
    /** The most visits per request any component may receive: beyond it no figure is sound. */
    static final double MAX_VISITS = 1e12;

    private final Model model;
    private final int n;
    private final List<List<Edge>> outgoing;
    private final Map<BitSet, Routing> cache = new HashMap<>();

    TrafficEquations(Model model, List<List<Edge>> outgoing) {
        this.model = model;
        this.n = outgoing.size();
        this.outgoing = outgoing;
    }

    /** One routing: the connections that apply, cut into loops in topological order. */
    private final class Routing {
        final int[][] to;
        final double[][] p;
        final int[] comp;
        final List<int[]> order = new ArrayList<>();
        final Map<Integer, double[][]> inverses = new HashMap<>();
        /** A loop too large to solve, or one with a gain of 1 or more; null when none. */
        int[] badLoop;
        boolean tooLarge;

        Routing(int r, boolean syncOnly) {
            to = new int[n][];
            p = new double[n][];
            for (int k = 0; k < n; k++) {
                Map<Integer, Double> sum = new java.util.LinkedHashMap<>();
                for (Edge e : outgoing.get(k)) {
                    if (e.appliesTo(r) && !(syncOnly && e.async())) {
                        sum.merge(e.to(), e.meanCalls(r), Double::sum);
                    }
                }
                to[k] = new int[sum.size()];
                p[k] = new double[sum.size()];
                int i = 0;
                for (Map.Entry<Integer, Double> s : sum.entrySet()) {
                    to[k][i] = s.getKey();
                    p[k][i++] = s.getValue();
                }
            }
            comp = new int[n];
            tarjan();
            for (int c = 0; c < order.size() && badLoop == null; c++) {
                int[] scc = order.get(c);
                if (scc.length == 1 && selfCalls(scc[0]) == 0) {
                    continue;
                }
                if (scc.length > Limits.MAX_LOOP_COMPONENTS) {
                    badLoop = scc;
                    tooLarge = true;
                    break;
                }
                double[][] inv = NetworkCompiler.inverseOfIMinus(block(scc));
                if (inv == null) {
                    badLoop = scc;
                } else {
                    inverses.put(c, inv);
                }
            }
        }

        private double selfCalls(int k) {
            double s = 0;
            for (int i = 0; i < to[k].length; i++) {
                if (to[k][i] == k) {
                    s += p[k][i];
                }
            }
            return s;
        }

        private double[][] block(int[] scc) {
            Map<Integer, Integer> at = new HashMap<>();
            for (int i = 0; i < scc.length; i++) {
                at.put(scc[i], i);
            }
            double[][] b = new double[scc.length][scc.length];
            for (int i = 0; i < scc.length; i++) {
                int k = scc[i];
                for (int j = 0; j < to[k].length; j++) {
                    Integer t = at.get(to[k][j]);
                    if (t != null) {
                        b[i][t] += p[k][j];
                    }
                }
            }
            return b;
        }

        /** Tarjan's algorithm without recursion; {@link #order} ends in topological order. */
        private void tarjan() {
            int[] index = new int[n];
            int[] low = new int[n];
            boolean[] onStack = new boolean[n];
            Arrays.fill(index, -1);
            int[] stack = new int[n];
            int sp = 0;
            int[] callStack = new int[n];
            int[] next = new int[n];
            int counter = 0;
            List<int[]> found = new ArrayList<>();
            for (int root = 0; root < n; root++) {
                if (index[root] >= 0) {
                    continue;
                }
                int depth = 0;
                callStack[depth++] = root;
                index[root] = low[root] = counter++;
                stack[sp++] = root;
                onStack[root] = true;
                next[root] = 0;
                while (depth > 0) {
                    int v = callStack[depth - 1];
                    if (next[v] < to[v].length) {
                        int w = to[v][next[v]++];
                        if (index[w] < 0) {
                            index[w] = low[w] = counter++;
                            stack[sp++] = w;
                            onStack[w] = true;
                            next[w] = 0;
                            callStack[depth++] = w;
                        } else if (onStack[w]) {
                            low[v] = Math.min(low[v], index[w]);
                        }
                        continue;
                    }
                    depth--;
                    if (depth > 0) {
                        int parent = callStack[depth - 1];
                        low[parent] = Math.min(low[parent], low[v]);
                    }
                    if (low[v] == index[v]) {
                        List<Integer> members = new ArrayList<>();
                        int w;
                        do {
                            w = stack[--sp];
                            onStack[w] = false;
                            members.add(w);
                        } while (w != v);
                        members.sort(null);
                        found.add(members.stream().mapToInt(Integer::intValue).toArray());
                    }
                }
            }
            // Tarjan finds a component after every component it reaches: reverse for topological
            for (int i = found.size() - 1; i >= 0; i--) {
                int c = order.size();
                order.add(found.get(i));
                for (int k : found.get(i)) {
                    comp[k] = c;
                }
            }
        }

        Problem problem(String className) {
            if (tooLarge) {
                return new Problem("connections", String.format(Locale.ROOT,
                        "%d components call each other in one loop (%s …); at most %d may "
                        + "(docs/model-format.md \"Limits\")", badLoop.length,
                        ids(Arrays.copyOf(badLoop, 3)), Limits.MAX_LOOP_COMPONENTS));
            }
            List<String> loop = new ArrayList<>();
            for (int k : badLoop) {
                loop.add(model.components().get(k).id());
            }
            loop.add(loop.get(0));
            return new Problem("connections", "routing cycle " + String.join(" → ", loop)
                    + " has a gain of 1 or more for class \"" + className
                    + "\": requests would circle forever (lower its calls below 1 in total)");
        }
    }

    /**
     * Mean visits per request of class {@code r} entering at {@code entry}: along every
     * connection ({@code syncOnly} false) or only the synchronous ones.
     *
     * @throws ModelException for a loop with a gain of 1 or more, or visits beyond
     *     {@link #MAX_VISITS}
     */
    double[] visits(int r, boolean syncOnly, int entry, String className) {
        BitSet applies = new BitSet();
        int bit = 0;
        for (List<Edge> es : outgoing) {
            for (Edge e : es) {
                applies.set(bit++, e.appliesTo(r) && !(syncOnly && e.async()));
            }
        }
        applies.set(bit, syncOnly);
        Routing g = cache.computeIfAbsent(applies, a -> new Routing(r, syncOnly));
        if (g.badLoop != null) {
            throw new ModelException(List.of(g.problem(className)));
        }
        double[] v = new double[n];
        int[] via = new int[n];
        double[] strongest = new double[n];
        Arrays.fill(via, -1);
        v[entry] = 1;
        for (int c = 0; c < g.order.size(); c++) {
            int[] scc = g.order.get(c);
            double[][] inv = g.inverses.get(c);
            if (inv != null) {
                double[] b = new double[scc.length];
                for (int i = 0; i < scc.length; i++) {
                    b[i] = v[scc[i]];
                }
                for (int j = 0; j < scc.length; j++) {
                    double s = 0;
                    for (int i = 0; i < scc.length; i++) {
                        s += b[i] * inv[i][j];
                    }
                    v[scc[j]] = s;
                }
            }
            for (int k : scc) {
                if (!(v[k] <= MAX_VISITS)) {
                    throw new ModelException(List.of(tooMany(k, v[k], via, className)));
                }
                if (v[k] == 0) {
                    continue;
                }
                for (int i = 0; i < g.to[k].length; i++) {
                    int t = g.to[k][i];
                    if (g.comp[t] != c) {
                        double flow = v[k] * g.p[k][i];
                        v[t] += flow;
                        if (flow > strongest[t]) {
                            strongest[t] = flow;
                            via[t] = k;
                        }
                    }
                }
            }
        }
        return v;
    }

    /** "components[7] ("db") would be visited 1.0e13 times per request: a → b → db …". */
    private Problem tooMany(int k, double visits, int[] via, String className) {
        List<String> chain = new ArrayList<>();
        for (int at = k, hops = 0; at >= 0 && hops < 12; at = via[at], hops++) {
            chain.add(0, model.components().get(at).id());
        }
        return new Problem("components[" + k + "]", String.format(Locale.ROOT,
                "is visited %.3g times per request of class \"%s\": the calls multiply along "
                + "%s; at most %.0e visits per request are supported (lower the calls)",
                visits, className, String.join(" → ", chain), MAX_VISITS));
    }

    private String ids(int[] ks) {
        List<String> out = new ArrayList<>();
        for (int k : ks) {
            out.add(model.components().get(k).id());
        }
        return String.join(", ", out);
    }
}
