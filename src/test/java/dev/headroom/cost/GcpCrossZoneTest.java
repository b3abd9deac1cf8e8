package dev.headroom.cost;

import static dev.headroom.cost.BillingTest.bill;
import static dev.headroom.cost.BillingTest.model;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Traffic between zones on the gcp-us-central1 bill: $0.01 per GiB of VM-to-VM traffic between
 * zones of a region (Google's VPC pricing page as read on 2026-09-20), charged once, as it leaves a
 * zone: Google does not charge arriving traffic, where AWS charges $0.01 out and $0.01 in.
 */
class GcpCrossZoneTest {

    private static final String MODEL = """
        {"name": "g", "pricing": "%s", "workload": {"arrivalRatePerSecond": 10},
         "network": {"availabilityZones": 3},
         "components": [{"id": "app", "serviceTimeMs": 1, "hourlyCostUsd": 0},
                        {"id": "db", "kind": "database", "serviceTimeMs": 1, "hourlyCostUsd": 0}],
         "connections": [{"from": "app", "to": "db", "calls": 2, "requestKb": 1,
                          "responseKb": 3}]}""";

    private static LineItem zones(Bill b) {
        return b.lines().stream().filter(l -> l.item().equals("Traffic between availability zones"))
                .findFirst().orElseThrow();
    }

    @Test
    void aByteCrossingZonesIsChargedOnceOnGcpAndTwiceOnAws() {
        // 10 requests/s × 86,400 × 30.4 = 26,265,600 requests a month; 2 calls × 4 KB each =
        // 210,124,800 KB = 200.390625 GiB; 2 of 3 calls cross zones: 133.59375 GiB. GCP: × $0.01 =
        // $1.3359375. AWS bills the same bytes out and in: 267.1875 GB, $2.671875.
        Bill gcp = bill(model(MODEL.formatted("gcp-us-central1")), 1);
        assertThat(zones(gcp).quantity()).isCloseTo(133.59375, within(1e-9));
        assertThat(zones(gcp).monthlyUsd()).isCloseTo(1.3359375, within(1e-9));
        assertThat(zones(gcp).arithmetic()).isEqualTo("134 GB crossing zones (2 in 3 calls) × "
                + "$0.0100/GB as it leaves a zone (arriving is free)");
        assertThat(gcp.totalUsd()).isCloseTo(1.3359375, within(1e-9));
        assertThat(gcp.warnings()).isEmpty();
        Bill aws = bill(model(MODEL.formatted("aws-us-east-1")), 1);
        assertThat(zones(aws).monthlyUsd()).isCloseTo(2.671875, within(1e-9));
    }
}
