package dev.headroom.plan;

import dev.headroom.analysis.AnalyticSolver;
import dev.headroom.analysis.Objectives;
import dev.headroom.network.Network;
import dev.headroom.network.Servers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Branch and bound over the sized components' options (docs/planner.md "How the search stays
 * exact"). The bill is a sum over components, and each option already keeps its component
 * under the utilization limit, so only the latency objectives tie the components together.
 * They are monotone: latency falls as any component gets more servers or faster ones. So a
 * partial sizing whose free components are all at their fastest ("ideal": the most servers and
 * the fastest cores any of their options has) and still misses an objective cannot be completed;
 * and the cheapest option of each component that meets the objectives with every other at its
 * fastest bounds the bill of every completion from below.
 *
 * <p>Components are fixed one at a time, their options cheapest first; an option whose bound
 * reaches the best bill found ends the loop (all later ones cost more). The first complete
 * sizing reached this way always meets the objectives, since each step kept a completion that
 * does. When the search ends it has proved the best sizing cheapest, unless it ran out of its
 * budget of evaluations first, which it says.
 */
final class Search {
    /**
     * Evaluations (one solve of the latency distributions each, 20–40 µs on a 20-component
     * model) before the search stops and returns the best sizing it has found, unproven: about
     * 0.15 s, so the app can plan while the user drags.
     */
    public static final int DEFAULT_BUDGET = 5_000;

    private final int budget;

    private final Network net;
    private final double m;
    private final Objectives objectives;
    private final int[] stations;
    private final List<List<Option>> options;
    private final Network.Sizing[] ideal;
    private final Network.Sizing[] current;
    private int evaluations;
    private double best = Double.POSITIVE_INFINITY;
    private Option[] bestChoice;
    private boolean exhausted;
    private double rootBound;

    /**
     * The outcome: the options chosen (null when nothing meets the objectives), their bill, and
     * the least any sizing can cost (the bill itself when proven).
     */
    record Result(Option[] choice, double monthlyUsd, int evaluations, boolean proven,
            String whyNot, double lowerBoundUsd) {}

    Search(Network net, double m, Objectives objectives, int[] stations,
            List<List<Option>> options, int budget) {
        this.budget = budget;
        this.net = net;
        this.m = m;
        this.objectives = objectives;
        this.stations = stations;
        this.options = options;
        this.ideal = new Network.Sizing[stations.length];
        this.current = new Network.Sizing[net.stationCount()];
        for (int j = 0; j < stations.length; j++) {
            ideal[j] = idealOf(options.get(j));
        }
    }

    /** The fastest any option of a component is: its most servers, its fastest cores. */
    private static Network.Sizing idealOf(List<Option> opts) {
        long servers = 0;
        double speed = 0;
        Servers why = null;
        for (Option o : opts) {
            if (o.totalServers() > servers) {
                servers = o.totalServers();
                why = o.servers();
            }
            speed = Math.max(speed, o.speedup());
        }
        int n = (int) Math.min(servers, Integer.MAX_VALUE);
        Servers all = new Servers(n, Servers.Source.PINNED, why.instanceType(), why.vcpus(),
                why.perVcpu());
        return new Network.Sizing(all, speed, 1, null);
    }

    Result run() {
        int count = stations.length;
        for (int j = 0; j < count; j++) {
            if (options.get(j).isEmpty()) {
                throw new IllegalStateException("a component without options is not searched");
            }
            current[stations[j]] = ideal[j];
        }
        if (!objectives.anyLatency()) {
            Option[] cheapest = new Option[count];
            double sum = 0;
            for (int j = 0; j < count; j++) {
                cheapest[j] = options.get(j).get(0);
                sum += cheapest[j].monthlyUsd();
            }
            return new Result(cheapest, sum, 0, true, null, sum);
        }
        if (misses()) {
            return new Result(null, Double.NaN, evaluations, true, "even with every sized "
                    + "component at its largest, a latency objective is missed", Double.NaN);
        }
        if (count == 0) {
            // nothing to size, and the design as it stands meets the objectives
            return new Result(new Option[0], 0, evaluations, true, null, 0);
        }
        int[] start = new int[count];
        double[] least = new double[count];
        for (int j = 0; j < count; j++) {
            List<Option> opts = options.get(j);
            int i = 0;
            while (i < opts.size()) {
                current[stations[j]] = opts.get(i).sizing();
                boolean miss = misses();
                if (!miss) {
                    break;
                }
                i++;
            }
            current[stations[j]] = ideal[j];
            if (i == opts.size()) {
                return new Result(null, Double.NaN, evaluations, true, "no sizing of one "
                        + "component meets the objectives even with the rest at their largest",
                        Double.NaN);
            }
            start[j] = i;
            least[j] = opts.get(i).monthlyUsd();
        }
        Integer[] order = new Integer[count];
        for (int j = 0; j < count; j++) {
            order[j] = j;
        }
        // the components latency pushes up first (their bound is tightest), then by how much
        // their options' bills spread
        Arrays.sort(order, Comparator.comparing((Integer j) -> start[j] == 0)
                .thenComparing(Comparator.comparingDouble((Integer j) -> spread(j)).reversed()));
        double[] suffix = new double[count + 1];
        for (int p = count - 1; p >= 0; p--) {
            suffix[p] = suffix[p + 1] + least[order[p]];
        }
        greedy(start);
        for (int j = 0; j < count; j++) {
            current[stations[j]] = ideal[j];
        }
        Option[] choice = new Option[count];
        rootBound = suffix[0];
        dfs(0, 0, order, start, suffix, choice);
        return new Result(bestChoice, best, evaluations, !exhausted,
                bestChoice == null ? "the search ran out of evaluations before it found a "
                        + "sizing" : null, exhausted ? rootBound : best);
    }

    /**
     * A first sizing to beat, by marginal analysis: from each component's cheapest option that
     * could still do, repeatedly move the component whose next faster option takes the most
     * off the classes' excess latency per dollar, until the objectives are met; then take each
     * component down to the cheapest option that still meets them. Not the answer (the search
     * must prove it), but a close bill that lets the bound cut most of the tree.
     */
    private void greedy(int[] start) {
        int count = stations.length;
        int[] at = start.clone();
        for (int j = 0; j < count; j++) {
            current[stations[j]] = options.get(j).get(at[j]).sizing();
        }
        double excess = excess();
        while (excess > 0 && evaluations < budget / 4) {
            int bestJ = -1;
            int bestI = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            double bestExcess = excess;
            for (int j = 0; j < count; j++) {
                int i = nextFaster(j, at[j]);
                if (i < 0) {
                    continue;
                }
                Option from = options.get(j).get(at[j]);
                Option to = options.get(j).get(i);
                current[stations[j]] = to.sizing();
                double e = excess();
                current[stations[j]] = from.sizing();
                double dearer = Math.max(1e-9, to.monthlyUsd() - from.monthlyUsd());
                double score = (excess - e) / dearer;
                if (score > bestScore) {
                    bestScore = score;
                    bestJ = j;
                    bestI = i;
                    bestExcess = e;
                }
            }
            if (bestJ < 0) {
                return;
            }
            at[bestJ] = bestI;
            current[stations[bestJ]] = options.get(bestJ).get(bestI).sizing();
            excess = bestExcess;
        }
        if (excess > 0) {
            return;
        }
        boolean improved = true;
        while (improved && evaluations < budget / 4) {
            improved = false;
            for (int j = 0; j < count; j++) {
                for (int i = start[j]; i < at[j]; i++) {
                    current[stations[j]] = options.get(j).get(i).sizing();
                    if (!misses()) {
                        at[j] = i;
                        improved = true;
                        break;
                    }
                    current[stations[j]] = options.get(j).get(at[j]).sizing();
                }
            }
        }
        double sum = 0;
        Option[] chosen = new Option[count];
        for (int j = 0; j < count; j++) {
            chosen[j] = options.get(j).get(at[j]);
            sum += chosen[j].monthlyUsd();
        }
        best = sum;
        bestChoice = chosen;
    }

    /** The cheapest option of component j after position i that is faster, or -1. */
    private int nextFaster(int j, int i) {
        List<Option> opts = options.get(j);
        Option now = opts.get(i);
        for (int k = i + 1; k < opts.size(); k++) {
            Option o = opts.get(k);
            if (o.atLeastAsFastAs(now) && !now.atLeastAsFastAs(o)) {
                return k;
            }
        }
        return -1;
    }

    private double excess() {
        evaluations++;
        return AnalyticSolver.latencyExcess(net.resized(current), m, objectives);
    }

    private double spread(int j) {
        List<Option> o = options.get(j);
        return o.get(o.size() - 1).monthlyUsd() - o.get(0).monthlyUsd();
    }

    private void dfs(int p, double cost, Integer[] order, int[] start, double[] suffix,
            Option[] choice) {
        int j = order[p];
        List<Option> opts = options.get(j);
        boolean last = p == order.length - 1;
        List<Option> missed = new ArrayList<>();
        for (int i = start[j]; i < opts.size(); i++) {
            if (evaluations >= budget) {
                exhausted = true;
                break;
            }
            Option o = opts.get(i);
            if (cost + o.monthlyUsd() + suffix[p + 1] >= best * (1 - 1e-12)) {
                break;
            }
            if (beatenByAMiss(o, missed)) {
                continue;
            }
            current[stations[j]] = o.sizing();
            if (misses()) {
                missed.add(o);
                continue;
            }
            choice[j] = o;
            if (last) {
                best = cost + o.monthlyUsd();
                bestChoice = choice.clone();
                break;
            }
            // Forward checking: with o fixed, each free component's cheapest option that still
            // meets the objectives (the rest at their fastest) can only get dearer; the bound
            // tightens, or a free component has none left and o ends here.
            int[] narrowed = start.clone();
            double[] tighter = suffix.clone();
            if (narrow(p, order, narrowed, tighter, cost + o.monthlyUsd())) {
                dfs(p + 1, cost + o.monthlyUsd(), order, narrowed, tighter, choice);
            }
            current[stations[j]] = o.sizing();
        }
        current[stations[j]] = ideal[j];
        choice[j] = null;
    }

    /**
     * Moves each free component's first option (after position p) past those that miss the
     * objectives with the fixed ones as they are and the other free ones at their fastest, and
     * recomputes the bound; false when some free component has no option left or the bound
     * reaches the best bill.
     */
    private boolean narrow(int p, Integer[] order, int[] start, double[] suffix, double cost) {
        for (int q = p + 1; q < order.length; q++) {
            int j = order[q];
            List<Option> opts = options.get(j);
            int i = start[j];
            while (i < opts.size()) {
                if (evaluations >= budget) {
                    exhausted = true;
                    return false;
                }
                current[stations[j]] = opts.get(i).sizing();
                boolean miss = misses();
                current[stations[j]] = ideal[j];
                if (!miss) {
                    break;
                }
                i++;
            }
            if (i == opts.size()) {
                return false;
            }
            start[j] = i;
        }
        suffix[order.length] = 0;
        for (int q = order.length - 1; q > p; q--) {
            suffix[q] = suffix[q + 1] + options.get(order[q]).get(start[order[q]]).monthlyUsd();
        }
        return cost + suffix[p + 1] < best * (1 - 1e-12);
    }

    /** An option no faster than one that already missed (with the same rest) misses too. */
    private static boolean beatenByAMiss(Option o, List<Option> missed) {
        for (Option q : missed) {
            if (q.atLeastAsFastAs(o)) {
                return true;
            }
        }
        return false;
    }

    private boolean misses() {
        evaluations++;
        return AnalyticSolver.missesLatency(net.resized(current), m, objectives);
    }
}
