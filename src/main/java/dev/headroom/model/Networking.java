package dev.headroom.model;

/**
 * Where a model's components sit on the provider's network (docs/model-format.md "Network"): the
 * figures the bill needs for NAT gateways, traffic between availability zones, public IPv4
 * addresses and load-balancer capacity units.
 *
 * @param availabilityZones zones the zonal tiers are spread over, evenly (at least 1); a call
 *     between two zonal components crosses zones with probability {@code (n − 1) / n}
 * @param natGateways NAT gateways the private tiers reach the internet through (0: none)
 * @param requestsPerConnection requests a client sends over one connection to a load balancer
 *     (at least 1), for the new-connections dimension of load-balancer capacity units
 */
public record Networking(int availabilityZones, int natGateways, double requestsPerConnection) {
    /** What a model without a {@code network} object means: one zone, no NAT gateway. */
    public static final Networking DEFAULT = new Networking(1, 0, 1);

    /** The probability that a call between two zonal components crosses zones. */
    public double crossZoneShare() {
        return availabilityZones <= 1 ? 0 : (availabilityZones - 1) / (double) availabilityZones;
    }
}
