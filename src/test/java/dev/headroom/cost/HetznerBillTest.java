package dev.headroom.cost;

import static dev.headroom.cost.BillingTest.bill;
import static dev.headroom.cost.BillingTest.model;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.headroom.model.Model;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A Hetzner bill worked by hand from the figures of Hetzner's own API, typed from
 * ratecard-cloud/ratecard@010e78b data/raw/hetzner/compute.json (captured 2026-10-02, an
 * account billed in USD, net of VAT): servers by the month at their monthly cap, volumes per
 * GB-month.
 */
class HetznerBillTest {

    private static LineItem only(Bill b, String item) {
        List<LineItem> ls = b.lines().stream().filter(l -> l.item().equals(item)).toList();
        assertThat(ls).as(item).hasSize(1);
        return ls.get(0);
    }

    @Test
    void serversPayTheirMonthlyCapAndVolumesTheirGigabytes() {
        // cpx32 fsn1 price_monthly net "41.9900000000": 3 × $41.99 = $125.97.
        // ccx23 fsn1 price_monthly net "101.4900000000": 2 × $101.49 = $202.98.
        // volume price_per_gb_month net "0.0767000000": 500 GB × $0.0767 = $38.35.
        // Each server's primary IPv4 (ipv4.json of 2026-08-18, price_monthly net "0.6000000000"):
        // 3 × $0.60 = $1.80 and 2 × $0.60 = $1.20.
        // Total $125.97 + $202.98 + $38.35 + $3.00 = $370.30.
        Model m = model("""
            {"name": "h", "pricing": "hetzner", "workload": {"arrivalRatePerSecond": 1},
             "network": {"availabilityZones": 1, "natGateways": 0},
             "components": [
               {"id": "app", "instances": 3, "serviceTimeMs": 10, "instanceType": "cpx32"},
               {"id": "jobs", "instances": 2, "serviceTimeMs": 10, "instanceType": "ccx23"},
               {"id": "disk", "kind": "storage", "serviceTimeMs": 1, "instanceType": "volume",
                "storageGb": 500}],
             "connections": []}""");
        Bill b = bill(m, 1);
        assertThat(b.lines("app")).filteredOn(l -> l.item().equals("Public IPv4 addresses"))
                .singleElement().satisfies(l -> {
                    assertThat(l.monthlyUsd()).isCloseTo(1.80, within(1e-9));
                    assertThat(l.arithmetic()).isEqualTo(
                            "3 addresses (1 with each instance) × $0.60/month");
                });
        assertThat(b.lines("app")).filteredOn(l -> l.sku().equals("cpx32")).singleElement()
                .satisfies(l -> {
            assertThat(l.sku()).isEqualTo("cpx32");
            assertThat(l.monthlyUsd()).isCloseTo(125.97, within(1e-9));
            // Sold by the month: the line shows instance-months at the monthly cap, so its
            // arithmetic multiplies out to the figure shown (3 × 730 h at 41.99/730 would print
            // $0.0575/h, which gives $125.93).
            assertThat(l.item()).isEqualTo("cpx32 instance-months");
            assertThat(l.quantity()).isCloseTo(3, within(1e-12));
            assertThat(l.unit()).isEqualTo("month");
            assertThat(l.unitPriceUsd()).isCloseTo(41.99, within(1e-12));
            assertThat(l.arithmetic()).isEqualTo("3 × $41.99/month");
        });
        assertThat(b.lines("jobs")).filteredOn(l -> l.sku().equals("ccx23")).singleElement()
                .satisfies(l -> {
            assertThat(l.sku()).isEqualTo("ccx23");
            assertThat(l.monthlyUsd()).isCloseTo(202.98, within(1e-9));
        });
        assertThat(b.lines("disk")).singleElement().satisfies(l -> {
            assertThat(l.sku()).isEqualTo("volume");
            assertThat(l.quantity()).isEqualTo(500);
            assertThat(l.monthlyUsd()).isCloseTo(38.35, within(1e-9));
        });
        assertThat(b.totalUsd()).isCloseTo(370.30, within(1e-9));
        assertThat(b.lines()).allSatisfy(l -> assertThat(l.status()).isEqualTo(PriceStatus.CONFIRMED));
        assertThat(b.warnings()).isEmpty();
    }

    @Test
    void internetEgressIsFreeUpToTheTrafficTheServersIncludeThenPerTerabyte() {
        // Each cpx32 comes with 20 TiB (included_traffic 21,990,232,555,520 bytes = 20,480 GB);
        // past the allowance Hetzner charges USD 1.20 per TiB (1.20 / 1,024 = 0.001171875 a GB).
        // 3 servers: 61,440 GB free. 1,000,000 users × 20 requests × 30.4 days × 200 KB =
        // 115,966.796875 GB; 54,526.796875 GB past the allowance × 0.001171875 = $63.8986...
        // (54,526.796875 × 1.2 / 1,024 = $63.898590087890625). With 1,000 KB answers (579,833.984375
        // GB), 518,393.984375 GB × 0.001171875 = $607.4929504394531.
        String m = """
            {"name": "h", "pricing": "hetzner",
             "workload": {"users": 1000000, "requestsPerUserPerDay": 20,
               "classes": [{"name": "get", "share": 1, "entry": "app", "responseKb": %s}]},
             "components": [
               {"id": "app", "instances": 3, "serviceTimeMs": 1, "instanceType": "cpx32"}],
             "connections": []}""";
        LineItem egress = only(bill(model(m.formatted("200")), 1), "Internet egress");
        assertThat(egress.quantity()).isCloseTo(115_966.796875, within(1e-6));
        assertThat(egress.monthlyUsd()).isCloseTo(63.898590087890625, within(1e-9));
        assertThat(egress.arithmetic()).contains("61,440 GB included with 3 instances",
                "61,440 GB free", "54,527 GB × $0.001172");
        assertThat(only(bill(model(m.formatted("1000")), 1), "Internet egress").monthlyUsd())
                .isCloseTo(607.4929504394531, within(1e-9));
        // 20 KB answers: 11,596.7 GB, all inside the allowance: a $0 line, no warning.
        Bill light = bill(model(m.formatted("20")), 1);
        assertThat(only(light, "Internet egress").monthlyUsd()).isZero();
        assertThat(light.warnings()).isEmpty();
    }

    @Test
    void aLoadBalancerIsBilledByTheMonthAndItsTrafficAllowanceCounts() {
        // lb11 fsn1 price_monthly net "8.4900000000", included_traffic 20 TiB. One lb11 and two
        // cx33 ($9.99 each): $8.49 + $19.98, and the servers' two IPv4 addresses, $1.20 (the
        // balancer's address is in its price). 1,000,000 users × 20 × 30.4 × 500 KB =
        // 289,916.9921875 GB; the three resources include 61,440 GB; 228,476.9921875 GB past it
        // × 1.2 / 1,024 = $267.7464752197266.
        Model m = model("""
            {"name": "h", "pricing": "hetzner",
             "workload": {"users": 1000000, "requestsPerUserPerDay": 20,
               "classes": [{"name": "get", "share": 1, "entry": "lb", "responseKb": 500}]},
             "components": [
               {"id": "lb", "kind": "load-balancer", "serviceTimeMs": 1, "queueing": false,
                "instanceType": "lb11"},
               {"id": "app", "instances": 2, "serviceTimeMs": 1, "instanceType": "cx33"}],
             "connections": [{"from": "lb", "to": "app"}]}""");
        Bill b = bill(m, 1);
        LineItem lb = only(b, "lb11 instance-months");
        assertThat(lb.monthlyUsd()).isCloseTo(8.49, within(1e-9));
        assertThat(lb.arithmetic()).isEqualTo("1 × $8.49/month");
        assertThat(only(b, "cx33 instance-months").monthlyUsd()).isCloseTo(19.98, within(1e-9));
        assertThat(only(b, "Internet egress").monthlyUsd())
                .isCloseTo(267.7464752197266, within(1e-9));
        assertThat(b.totalUsd()).isCloseTo(8.49 + 19.98 + 1.20 + 267.7464752197266,
                within(1e-9));
        assertThat(b.warnings()).isEmpty();
        assertThat(b.unpricedComponents()).isEmpty();
    }
}
