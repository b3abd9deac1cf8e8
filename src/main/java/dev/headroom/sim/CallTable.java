package dev.headroom.sim;

import dev.headroom.network.Edge;
import dev.headroom.network.Network;
import java.util.Arrays;
import java.util.List;

/**
 * The calls a visit may make, flattened for the event loops of the simulator and the drill
 * engine: for class r at component k, the edges {@code edge[start[r·n + k]] …
 * edge[start[r·n + k + 1] − 1]} (indices into the flat edge list whose component k begins at
 * {@code firstEdge[k]}) that the class uses, with the cumulative route probability of each
 * when k routes (a load balancer picks one target; otherwise every edge is called and the
 * cumulative stays 0).
 */
public record CallTable(int[] start, int[] edge, double[] cumulative) {

    /**
     * @param firstEdge for each component, the index of its first outgoing edge in the flat list
     * @param routes for each component, whether a visit takes one of its edges (routes) or all
     * @param edges the number of edges in the flat list
     */
    public static CallTable of(Network net, int[] firstEdge, boolean[] routes, int classes,
            int edges) {
        int n = net.stationCount();
        int[] start = new int[classes * n + 1];
        int[] edge = new int[Math.max(1, edges * classes)];
        double[] cumulative = new double[edge.length];
        int a = 0;
        for (int r = 0; r < classes; r++) {
            for (int k = 0; k < n; k++) {
                start[r * n + k] = a;
                List<Edge> out = net.outgoing(k);
                double c = 0;
                for (int i = 0; i < out.size(); i++) {
                    Edge e = out.get(i);
                    if (e.meanCalls(r) > 0) {
                        c += routes[k] ? e.routeProbability()[r] : 0;
                        cumulative[a] = c;
                        edge[a++] = firstEdge[k] + i;
                    }
                }
            }
        }
        start[classes * n] = a;
        return new CallTable(start, Arrays.copyOf(edge, a), Arrays.copyOf(cumulative, a));
    }
}
