package dev.headroom.cost;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How a catalog item is billed beyond one flat price per unit: volume tiers, a Multi-AZ price,
 * the items billed with it, the capacity unit a load balancer is metered in, its public IPv4
 * addresses, and a monthly minimum. Every part is optional (docs/pricing.md "Billing terms").
 *
 * @param tiers           volume tiers in ascending order, the last open-ended; empty for a flat
 *                        price
 * @param multiAzPrice    the price per unit of a Multi-AZ deployment (primary and standby), or
 *                        null when the catalog states none
 * @param billedWith      the SKUs of the items billed alongside this one, by role: {@code storage},
 *                        {@code backup}, {@code iops}, {@code requests}, {@code capacity-units},
 *                        {@code data-processed}
 * @param capacityUnit    what one capacity unit allows per hour, for an item metered in capacity
 *                        units; null otherwise
 * @param publicIpv4PerZone public IPv4 addresses one instance holds in each availability zone
 *                        (load balancers), or 0
 * @param minimumMonthly  the least the item costs a month, in the catalog currency, or null
 * @param statedUpTo      the most a month's quantity (in the item's unit) the source states this
 *                        price for, when it states only a provider's first volume tier; beyond it
 *                        the bill warns that the rest is priced at the first tier's price; null
 *                        when the price holds for any quantity
 * @param includedEgressGb internet traffic, GB a month, that comes with each instance of a server
 *                        sold with a traffic allowance (Hetzner: 20 TB); the bill's internet
 *                        egress is free up to the allowance of all such instances; 0 for none
 * @param sustainedUse    Google's sustained-use discount on the on-demand price, step by step
 *                        through the month; null for none
 * @param publicIpv4PerInstance public IPv4 addresses each instance holds (a Hetzner server's
 *                        primary IPv4), billed at the catalog's {@code public-ipv4}; 0 for none
 * @param perVmUpTo       for an hourly item billed per virtual machine it serves (Google's Cloud
 *                        NAT: per VM assigned to the gateway), the most VMs a gateway is billed
 *                        for; 0 when the hourly price is for the item itself
 * @param perInstanceGb   for a boot disk: priced per GB-month, the GB each virtual machine's disk
 *                        holds by default (the provider's image default); priced per month, the
 *                        most GB the disk sold at that price holds; 0 otherwise
 * @param egressOnly      for traffic between zones: charged once, as it leaves a zone (Google:
 *                        arriving traffic is free), not again as it enters the other (AWS)
 */
public record PriceTerms(List<PriceTier> tiers, Double multiAzPrice, Map<String, String> billedWith,
        CapacityUnit capacityUnit, double publicIpv4PerZone, Double minimumMonthly,
        Double statedUpTo, double includedEgressGb, SustainedUse sustainedUse,
        double publicIpv4PerInstance, int perVmUpTo, double perInstanceGb, boolean egressOnly) {

    /** Roles an item can name in {@code billedWith}. */
    public static final List<String> ROLES = List.of("storage", "backup", "iops", "requests",
            "capacity-units", "data-processed");

    /** No terms: one flat price per unit. */
    public static final PriceTerms NONE = tiers(List.of());

    public PriceTerms {
        tiers = List.copyOf(tiers);
        billedWith = Map.copyOf(billedWith);
        Double last = 0.0;
        for (int i = 0; i < tiers.size(); i++) {
            PriceTier t = tiers.get(i);
            boolean isLast = i == tiers.size() - 1;
            if (t.upTo() == null && !isLast) {
                throw new IllegalArgumentException("only the last tier may be open-ended");
            }
            if (isLast && t.upTo() != null) {
                throw new IllegalArgumentException("the last tier must be open-ended");
            }
            if (t.upTo() != null && !(t.upTo() > last)) {
                throw new IllegalArgumentException("tiers must end in ascending order");
            }
            last = t.upTo();
        }
        if (multiAzPrice != null && !(multiAzPrice > 0 && Double.isFinite(multiAzPrice))) {
            throw new IllegalArgumentException("multiAzPrice must be positive");
        }
        for (String role : billedWith.keySet()) {
            if (!ROLES.contains(role)) {
                throw new IllegalArgumentException("unknown billedWith role " + role);
            }
        }
        if (!(publicIpv4PerZone >= 0) || Double.isInfinite(publicIpv4PerZone)) {
            throw new IllegalArgumentException("publicIpv4PerZone must not be negative");
        }
        if (minimumMonthly != null && !(minimumMonthly >= 0 && Double.isFinite(minimumMonthly))) {
            throw new IllegalArgumentException("minimumMonthly must not be negative");
        }
        if (statedUpTo != null && !(statedUpTo > 0 && Double.isFinite(statedUpTo))) {
            throw new IllegalArgumentException("statedUpTo must be positive");
        }
        if (!(publicIpv4PerInstance >= 0) || Double.isInfinite(publicIpv4PerInstance)) {
            throw new IllegalArgumentException("publicIpv4PerInstance must not be negative");
        }
        if (!(perInstanceGb >= 0) || Double.isInfinite(perInstanceGb)) {
            throw new IllegalArgumentException("perInstanceGb must not be negative");
        }
        if (perVmUpTo < 0) {
            throw new IllegalArgumentException("perVmUpTo must not be negative");
        }
        if (!(includedEgressGb >= 0) || Double.isInfinite(includedEgressGb)) {
            throw new IllegalArgumentException("includedEgressGb must not be negative");
        }
        if (statedUpTo != null && !tiers.isEmpty()) {
            throw new IllegalArgumentException("statedUpTo is for an item without tiers");
        }
    }

    /** The SKU billed with the item in this role, when the item names one. */
    public Optional<String> billedWith(String role) {
        return Optional.ofNullable(billedWith.get(role));
    }

    public boolean tiered() {
        return !tiers.isEmpty();
    }

    /**
     * What one capacity unit of a load balancer allows in an hour; an hour is billed for the
     * largest number of units any dimension needs (docs/pricing.md "The bill"). A dimension at 0
     * is not one the provider meters.
     *
     * @param gbPerHour               processed bytes, GB per hour, or 0 when stated as {@code mbps}
     * @param mbps                    processed bytes as an average throughput, megabits (10⁶ bits)
     *                                per second, or 0 when stated as {@code gbPerHour}
     * @param newConnectionsPerSecond new connections per second
     * @param activeConnections       connections open at once
     * @param ruleEvaluationsPerSecond listener-rule evaluations per second, counting for each
     *                                request only the rules beyond {@code freeRules}; 0: none
     * @param freeRules               rules a request may be evaluated against at no charge
     * @param wholeUnitsPerHour       each hour is billed in whole units, a part unit as one
     */
    public record CapacityUnit(double gbPerHour, double mbps, double newConnectionsPerSecond,
            double activeConnections, double ruleEvaluationsPerSecond, int freeRules,
            boolean wholeUnitsPerHour) {

        /** Bytes in a binary GB, the unit the bill counts data in. */
        private static final double BYTES_PER_GB = 1024.0 * 1024.0 * 1024.0;

        public CapacityUnit {
            if ((gbPerHour > 0) == (mbps > 0)) {
                throw new IllegalArgumentException("a capacity unit states its bytes either as "
                        + "gbPerHour or as mbps");
            }
            for (double v : new double[] {gbPerHour, mbps, activeConnections,
                    ruleEvaluationsPerSecond}) {
                if (!(v >= 0) || Double.isInfinite(v)) {
                    throw new IllegalArgumentException("capacity unit dimensions must not be "
                            + "negative");
                }
            }
            if (!(newConnectionsPerSecond > 0) || Double.isInfinite(newConnectionsPerSecond)) {
                throw new IllegalArgumentException("newConnectionsPerSecond must be positive");
            }
            if (freeRules < 0) {
                throw new IllegalArgumentException("freeRules must not be negative");
            }
        }

        /** A unit metered on processed GB and new connections only. */
        public static CapacityUnit of(double gbPerHour, double newConnectionsPerSecond) {
            return new CapacityUnit(gbPerHour, 0, newConnectionsPerSecond, 0, 0, 0, false);
        }

        /** Processed GB per unit-hour, whichever way the unit states it. */
        public double bytesGbPerHour() {
            return gbPerHour > 0 ? gbPerHour : mbps * 1e6 / 8 * 3600 / BYTES_PER_GB;
        }
    }

    /** Terms with only these volume tiers. */
    public static PriceTerms tiers(List<PriceTier> tiers) {
        return new PriceTerms(tiers, null, Map.of(), null, 0, null, null, 0, null, 0, 0, 0, false);
    }

    /** A copy of these terms billed with the given items. */
    public PriceTerms withBilledWith(Map<String, String> roles) {
        return new PriceTerms(tiers, multiAzPrice, Objects.requireNonNull(roles), capacityUnit,
                publicIpv4PerZone, minimumMonthly, statedUpTo, includedEgressGb,
                sustainedUse, publicIpv4PerInstance, perVmUpTo, perInstanceGb, egressOnly);
    }
}
