package dev.headroom.cost;

import static dev.headroom.cost.BillingTest.bill;
import static dev.headroom.cost.BillingTest.model;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.headroom.model.Model;
import org.junit.jupiter.api.Test;

/**
 * A Hetzner bill worked by hand from the figures of Hetzner's own API, typed from
 * ratecard-cloud/ratecard@010e78b data/raw/hetzner/compute.json (captured 2026-10-02, an
 * account billed in USD, net of VAT): servers by the month at their monthly cap, volumes per
 * GB-month.
 */
class HetznerBillTest {

    @Test
    void serversPayTheirMonthlyCapAndVolumesTheirGigabytes() {
        // cpx32 fsn1 price_monthly net "41.9900000000": 3 × $41.99 = $125.97.
        // ccx23 fsn1 price_monthly net "101.4900000000": 2 × $101.49 = $202.98.
        // volume price_per_gb_month net "0.0767000000": 500 GB × $0.0767 = $38.35.
        // Total $125.97 + $202.98 + $38.35 = $367.30.
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
        assertThat(b.lines("app")).singleElement().satisfies(l -> {
            assertThat(l.sku()).isEqualTo("cpx32");
            assertThat(l.monthlyUsd()).isCloseTo(125.97, within(1e-9));
            // Sold by the month: the line shows server-months at the monthly cap, so its
            // arithmetic multiplies out to the figure shown (3 × 730 h at 41.99/730 would print
            // $0.0575/h, which gives $125.93).
            assertThat(l.item()).isEqualTo("cpx32 server-months");
            assertThat(l.quantity()).isCloseTo(3, within(1e-12));
            assertThat(l.unit()).isEqualTo("month");
            assertThat(l.unitPriceUsd()).isCloseTo(41.99, within(1e-12));
            assertThat(l.arithmetic()).isEqualTo("3 × $41.99/month");
        });
        assertThat(b.lines("jobs")).singleElement().satisfies(l -> {
            assertThat(l.sku()).isEqualTo("ccx23");
            assertThat(l.monthlyUsd()).isCloseTo(202.98, within(1e-9));
        });
        assertThat(b.lines("disk")).singleElement().satisfies(l -> {
            assertThat(l.sku()).isEqualTo("volume");
            assertThat(l.quantity()).isEqualTo(500);
            assertThat(l.monthlyUsd()).isCloseTo(38.35, within(1e-9));
        });
        assertThat(b.totalUsd()).isCloseTo(367.30, within(1e-9));
        assertThat(b.lines()).allSatisfy(l -> assertThat(l.status()).isEqualTo(PriceStatus.CONFIRMED));
        assertThat(b.warnings()).isEmpty();
    }
}
