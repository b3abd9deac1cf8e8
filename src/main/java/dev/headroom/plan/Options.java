package dev.headroom.plan;

import dev.headroom.cost.Commitment;
import dev.headroom.cost.DailyProfile;
import dev.headroom.model.Autoscale;
import dev.headroom.model.Component;
import dev.headroom.model.Model;
import dev.headroom.network.Network;
import dev.headroom.network.OperatingPoint;
import dev.headroom.network.Servers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The options of one sized component at one growth step: every type and instance count that
 * keeps it under the utilization limit, priced, with those no option could ever prefer left
 * out. An option is left out when another costs no more and is at least as fast (as many
 * servers at the peak, each at least as fast): latency only falls with servers and speed, so
 * the other is as good in every sizing of the rest.
 */
final class Options {
    private Options() {}

    /**
     * The options of sized component j at multiplier m, cheapest first, or an empty list when
     * none keeps it under the limit.
     */
    static List<Option> of(Model model, Network net, Space.Sized s, int j, Prices prices,
            double m, double maxUtilization) {
        Component c = s.component();
        int k = s.station();
        double[] rates = OperatingPoint.classRates(net, m);
        double[] profile = DailyProfile.of(model.workload().dailyProfile(),
                model.workload().peakToAverage());
        List<Option> all = new ArrayList<>();
        for (int i = 0; i < s.types().size(); i++) {
            Servers servers = s.servers().get(i);
            int per = servers.perInstance();
            double speed = s.speedups()[i];
            double scale = net.speedup(k) / speed;
            double offered = OperatingPoint.offeredLoad(net, k, rates, scale);
            double a = prices.perInstance(j, i);
            double b = prices.rest(j, i, m);
            String type = s.types().get(i);
            if (!s.autoscaled()) {
                for (int n = s.lo(); n <= s.hi(); n++) {
                    double u = offered / ((double) n * per);
                    if (u <= maxUtilization && u < OperatingPoint.SATURATION) {
                        all.add(new Option(type, n, n, servers, speed, null, a * n + b, u));
                    }
                }
                continue;
            }
            Autoscale rule = c.autoscale();
            double demand = demandPerUnitRate(net, k, scale);
            boolean committed = c.hourlyCostUsd() == null && Commitment.fromKey(c.commitment())
                    .map(Commitment::paidEveryHour).orElse(false);
            for (int n = s.lo(); n <= s.hi(); n++) {
                Autoscale as = new Autoscale(rule.min(), n, rule.targetUtilization());
                int peak = as.instancesFor(offered, per);
                double u = offered / ((double) peak * per);
                if (u <= maxUtilization && u < OperatingPoint.SATURATION) {
                    double sum = 0;
                    int floor = Integer.MAX_VALUE;
                    int top = 0;
                    for (double weight : profile) {
                        int h = as.instancesFor(net.averageArrivalRate(m) * weight * demand, per);
                        sum += h;
                        floor = Math.min(floor, h);
                        top = Math.max(top, h);
                    }
                    double average = sum / profile.length;
                    // a commitment covers the instances that run every hour; the rest are
                    // billed on demand, as the bill does (docs/pricing.md, "Commitments")
                    double price = committed && floor < top
                            ? a * floor + prices.perInstanceOnDemand(j, i) * (average - floor) + b
                            : a * average + b;
                    all.add(new Option(type, n, peak, servers, speed, as, price, u));
                }
                if (peak < n) {
                    break; // a higher maximum is never reached: the same option, priced the same
                }
            }
        }
        return frontier(all);
    }

    /**
     * {@code D_k = Σ_r share_r·V_rk·S_rk} with service times scaled, computed as the network
     * computes it for a station sized by {@link Network#resized}, so that the bill's autoscaled
     * instance-hours come out the same.
     */
    static double demandPerUnitRate(Network net, int k, double scale) {
        double d = 0;
        for (int r = 0; r < net.classCount(); r++) {
            d += net.share(r) * net.loadVisits(r, k) * (net.serviceSec(r, k) * scale);
        }
        return d;
    }

    /** Cheapest first, without the options another beats on cost and on speed. */
    static List<Option> frontier(List<Option> all) {
        List<Option> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingDouble(Option::monthlyUsd)
                .thenComparing(Comparator.comparingLong(Option::totalServers).reversed())
                .thenComparing(Comparator.comparingDouble(Option::speedup).reversed())
                .thenComparingInt(Option::instances));
        List<Option> kept = new ArrayList<>();
        // the most servers among the kept options, by per-core speed: an option is beaten when
        // some kept one at least as fast per core has at least as many servers
        java.util.TreeMap<Double, Long> most = new java.util.TreeMap<>();
        for (Option o : sorted) {
            boolean beaten = false;
            for (long servers : most.tailMap(o.speedup(), true).values()) {
                if (servers >= o.totalServers()) {
                    beaten = true;
                    break;
                }
            }
            if (!beaten) {
                kept.add(o);
                most.merge(o.speedup(), o.totalServers(), Math::max);
            }
        }
        return kept;
    }
}
