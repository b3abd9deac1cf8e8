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
 * @param connectionSeconds how long a client's connection to a load balancer stays open, mean
 *     seconds, for the active-connections dimension of load-balancer capacity units
 */
public record Networking(int availabilityZones, int natGateways, double requestsPerConnection,
        double connectionSeconds) {
    /** The connection time of a model that gives none: ALB's default idle timeout, seconds. */
    public static final double DEFAULT_CONNECTION_SECONDS = 60;

    /** What a model without a {@code network} object means: one zone, no NAT gateway. */
    public static final Networking DEFAULT = new Networking(1, 0, 1, DEFAULT_CONNECTION_SECONDS);

    /** This network with another number of zones. */
    public Networking withAvailabilityZones(int zones) {
        return new Networking(zones, natGateways, requestsPerConnection, connectionSeconds);
    }

    /** This network with another number of NAT gateways. */
    public Networking withNatGateways(int gateways) {
        return new Networking(availabilityZones, gateways, requestsPerConnection,
                connectionSeconds);
    }

    /** This network with another number of requests per connection. */
    public Networking withRequestsPerConnection(double requests) {
        return new Networking(availabilityZones, natGateways, requests, connectionSeconds);
    }

    /** This network with another connection time. */
    public Networking withConnectionSeconds(double seconds) {
        return new Networking(availabilityZones, natGateways, requestsPerConnection, seconds);
    }

    /** The probability that a call between two zonal components crosses zones. */
    public double crossZoneShare() {
        return availabilityZones <= 1 ? 0 : (availabilityZones - 1) / (double) availabilityZones;
    }
}
