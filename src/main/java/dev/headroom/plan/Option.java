package dev.headroom.plan;

import dev.headroom.model.Autoscale;
import dev.headroom.network.Network;
import dev.headroom.network.Servers;

/**
 * One way to size one component at one growth step.
 *
 * @param instanceType the instance type, or null when the component has none (a typed price)
 * @param instances its instances when not autoscaled, else the autoscaling maximum
 * @param peakInstances the instances running at the step's peak
 * @param servers servers per instance, and why
 * @param speedup per-core speed of the type over the one the service time was measured on
 * @param autoscale the autoscaling with its new maximum, or null for a fixed tier
 * @param monthlyUsd what the component's own lines of the bill come to, USD a month
 * @param utilization its utilization at the step's peak
 */
public record Option(String instanceType, int instances, int peakInstances, Servers servers,
        double speedup, Autoscale autoscale, double monthlyUsd, double utilization) {

    /** Parallel servers at the peak. */
    public long totalServers() {
        return (long) peakInstances * servers.perInstance();
    }

    /**
     * Whether this option is at least as fast as {@code o} in every way that moves latency:
     * as many servers at the peak, each at least as fast.
     */
    boolean atLeastAsFastAs(Option o) {
        return totalServers() >= o.totalServers() && speedup >= o.speedup;
    }

    Network.Sizing sizing() {
        return new Network.Sizing(servers, speedup, autoscale == null ? instances : 1,
                autoscale);
    }
}
