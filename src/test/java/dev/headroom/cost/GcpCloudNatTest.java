package dev.headroom.cost;

import static dev.headroom.cost.BillingTest.bill;
import static dev.headroom.cost.BillingTest.model;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Google's Cloud NAT on the gcp-us-central1 bill: $0.0014 per VM assigned to a gateway per hour,
 * for at most 32 VMs a gateway. The figures are infracost's us-central1 golden: 4 VMs for a month,
 * 2,920 VM-hours, $4.09; more than 32 VMs, 23,360 VM-hours, $32.70.
 */
class GcpCloudNatTest {

    private static final String MODEL = """
        {"name": "g", "pricing": "gcp-us-central1", "workload": {"arrivalRatePerSecond": 10},
         "network": {"availabilityZones": 1, "natGateways": %d},
         "components": [{"id": "app", "serviceTimeMs": 1, "instances": %d,
                         "instanceType": "e2-standard-2"},
                        {"id": "db", "kind": "database", "serviceTimeMs": 1,
                         "instanceType": "cloudsql-pg-4-15360"}],
         "connections": [{"from": "app", "to": "db"}]}""";

    private static LineItem vmHours(Bill b) {
        List<LineItem> ls = b.lines().stream()
                .filter(l -> l.item().equals("NAT gateway VM-hours")).toList();
        assertThat(ls).hasSize(1);
        return ls.get(0);
    }

    @Test
    void aGatewayIsBilledForEachVmItServes() {
        // 4 e2 VMs (the Cloud SQL database is managed, not a VM): 4 × 730 = 2,920 VM-hours ×
        // $0.0014 = $4.088, infracost's $4.09. Its address: 730 h × $0.005 = $3.65.
        Bill b = bill(model(MODEL.formatted(1, 4)), 1);
        LineItem nat = vmHours(b);
        assertThat(nat.quantity()).isCloseTo(2_920, within(1e-9));
        assertThat(nat.monthlyUsd()).isCloseTo(4.088, within(1e-9));
        assertThat(nat.arithmetic()).isEqualTo(
                "4 VMs on 1 gateway × 730 h = 2,920 VM-hours × $0.0014/h");
        assertThat(b.warnings()).noneMatch(w -> w.startsWith("NAT"));
        assertThat(b.lines()).filteredOn(l -> l.item().equals("Public IPv4 addresses"))
                .singleElement().satisfies(l -> assertThat(l.monthlyUsd())
                        .isCloseTo(3.65, within(1e-9)));
    }

    @Test
    void aGatewayIsBilledForAtMost32Vms() {
        // 40 VMs on one gateway: 32 × 730 = 23,360 VM-hours, $32.704 (infracost's $32.70); on
        // two gateways, 20 each: 40 × 730 = 29,200 VM-hours, $40.88.
        LineItem one = vmHours(bill(model(MODEL.formatted(1, 40)), 1));
        assertThat(one.quantity()).isCloseTo(23_360, within(1e-9));
        assertThat(one.monthlyUsd()).isCloseTo(32.704, within(1e-9));
        assertThat(one.arithmetic()).contains("at most 32 a gateway");
        LineItem two = vmHours(bill(model(MODEL.formatted(2, 40)), 1));
        assertThat(two.quantity()).isCloseTo(29_200, within(1e-9));
        assertThat(two.monthlyUsd()).isCloseTo(40.88, within(1e-9));
    }
}
