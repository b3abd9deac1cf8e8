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
    /** Evaluations (one solve of the latency distributions each) before the search gives up. */
    static final int BUDGET = 200_000;

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

    /** The outcome: the options chosen (null when nothing meets the objectives). */
    record Result(Option[] choice, double monthlyUsd, int evaluations, boolean proven,
            String whyNot) {}

    Search(Network net, double m, Objectives objectives, int[] stations,
            List<List<Option>> options) {
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
            return new Result(cheapest, sum, 0, true, null);
        }
        if (misses()) {
            return new Result(null, Double.NaN, evaluations, true, "even with every sized "
                    + "component at its largest, a latency objective is missed");
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
                        + "component meets the objectives even with the rest at their largest");
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
        Option[] choice = new Option[count];
        dfs(0, 0, order, start, suffix, choice);
        return new Result(bestChoice, best, evaluations, !exhausted,
                bestChoice == null ? "the search ran out of evaluations before it found a "
                        + "sizing" : null);
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
            if (evaluations >= BUDGET) {
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
            dfs(p + 1, cost + o.monthlyUsd(), order, start, suffix, choice);
        }
        current[stations[j]] = ideal[j];
        choice[j] = null;
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
