package dev.headroom.analysis;

import dev.headroom.network.Edge;
import dev.headroom.network.Network;
import dev.headroom.queueing.Departures;

/**
 * The variability of the arrivals at every station of an open network, propagated from the
 * Poisson arrivals at the entries through the stations' departures (Whitt's QNA linking
 * equations, {@link Departures}): a station fed by a low-variance station sees smoother
 * arrivals than Poisson, and waits less than Erlang C says. Where every service is exponential
 * every flow stays Poisson, so product-form networks keep their exact figures.
 *
 * <p>Flows: the entries get Poisson arrivals ({@code c² = 1}); an edge carries
 * {@code Σ_r λ_r·V_r,from·calls_r} visits a second, a thinning of its source's departures with
 * probability {@code min(1, calls)} (a repeated call does not make the flow burstier here: a
 * request's calls to one station are taken to meet one queue by the latency model instead,
 * see LatencyMixture.correlatedCalls). Merged flows average their c² by rate. The equations are
 * linear in the arrival c²; they are solved by sweeps until no c² moves by more than 1e-12,
 * which for an acyclic routing is exact after as many sweeps as the longest path.
 */
final class ArrivalVariability {
    static final int MAX_SWEEPS = 500;

    /** The arrival SCVs, and whether the sweeps settled. */
    record Result(double[] scv, boolean converged) {}

    private ArrivalVariability() {}

    /**
     * Arrival SCV per station, given the class rates, the stations' arrival rates, utilizations
     * (saturated stations at 1), service SCVs and servers.
     */
    static Result of(Network net, double[] lamR, double[] lambda, double[] rho,
            double[] serviceScv, int[] servers) {
        int n = net.stationCount();
        int rc = lamR.length;
        double[] external = new double[n];
        for (int r = 0; r < rc; r++) {
            external[net.entry(r)] += lamR[r];
        }
        // per edge: its rate and its thinning probability
        int edges = 0;
        for (int k = 0; k < n; k++) {
            edges += net.outgoing(k).size();
        }
        int[] from = new int[edges];
        int[] to = new int[edges];
        double[] rate = new double[edges];
        double[] p = new double[edges];
        int e = 0;
        for (int k = 0; k < n; k++) {
            for (Edge edge : net.outgoing(k)) {
                double v = 0;
                double visits = 0;
                for (int r = 0; r < rc; r++) {
                    double arriving = lamR[r] * net.loadVisits(r, k);
                    v += arriving * edge.meanCalls(r);
                    visits += arriving;
                }
                from[e] = k;
                to[e] = edge.to();
                rate[e] = v;
                p[e] = visits > 0 ? Math.min(1, v / visits) : 0;
                e++;
            }
        }
        double[] ca = new double[n];
        java.util.Arrays.fill(ca, 1);
        double[] cd = new double[n];
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            for (int k = 0; k < n; k++) {
                cd[k] = net.isDelay(k) ? ca[k]
                        : Departures.scv(Math.max(1, servers[k]), rho[k], ca[k], serviceScv[k]);
            }
            double moved = 0;
            for (int k = 0; k < n; k++) {
                if (!(lambda[k] > 0)) {
                    continue;
                }
                double sum = external[k];
                double weighted = external[k];
                for (int i = 0; i < edges; i++) {
                    if (to[i] == k && rate[i] > 0) {
                        sum += rate[i];
                        weighted += rate[i] * Departures.thinned(cd[from[i]], p[i]);
                    }
                }
                double next = sum > 0 ? weighted / sum : 1;
                moved = Math.max(moved, Math.abs(next - ca[k]));
                ca[k] = next;
            }
            if (moved < 1e-12) {
                return new Result(ca, true);
            }
        }
        return new Result(ca, false);
    }
}
