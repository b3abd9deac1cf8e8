package dev.headroom.cost;

import static dev.headroom.cost.BillingTest.bill;
import static dev.headroom.cost.BillingTest.model;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every virtual machine runs from a boot disk its provider bills apart from the machine. The
 * figures are typed from infracost's golden files (HEAD of 2026-08-21): AWS, an instance with no
 * root_block_device, "Storage (general purpose SSD, gp2) 8 GB", priced here as gp3 at $0.08 a
 * GB-month ("gp3 20 GB $1.60"); GCP us-central1, "Standard provisioned storage (pd-standard)
 * 10 GB $0.40"; Azure East US, a Premium_LRS OS disk, "P4 LRS": 5.2795 a month (the Retail
 * Prices API as xbill9/zombiescan-azure@e0740cd captured it on 2026-09-23; infracost: "$5.28").
 */
class BootDiskTest {

    private static final String MODEL = """
        {"name": "d", "pricing": "%s", "workload": {"arrivalRatePerSecond": 1},
         "components": [{"id": "app", "serviceTimeMs": 1, "instances": 3, "instanceType": "%s"},
                        {"id": "db", "kind": "database", "serviceTimeMs": 1, "instanceType": "%s"},
                        {"id": "typed", "serviceTimeMs": 1, "hourlyCostUsd": 0.1}],
         "connections": [{"from": "app", "to": "db"}]}""";

    private static List<LineItem> disks(Bill b) {
        return b.lines().stream().filter(l -> l.item().equals("Boot disks")).toList();
    }

    @Test
    void eachVirtualMachineHasItsProvidersDefaultBootDisk() {
        // AWS: 3 instances × 8 GB = 24 GB-months × $0.08 = $1.92. The RDS database and the
        // component with a typed price have none.
        LineItem aws = disks(bill(model(MODEL.formatted("aws-us-east-1", "m6i.large",
                "db.m6g.large")), 1)).stream().filter(l -> l.componentId().equals("app"))
                .findFirst().orElseThrow();
        assertThat(aws.quantity()).isCloseTo(24, within(1e-9));
        assertThat(aws.monthlyUsd()).isCloseTo(1.92, within(1e-9));
        assertThat(aws.arithmetic()).isEqualTo("3 × 8 GB = 24 GB-months × $0.0800/GB-month");
        assertThat(disks(bill(model(MODEL.formatted("aws-us-east-1", "m6i.large",
                "db.m6g.large")), 1))).hasSize(1);
        // GCP: 3 × 10 GB × $0.04 = $1.20. Cloud SQL is managed: none.
        List<LineItem> gcp = disks(bill(model(MODEL.formatted("gcp-us-central1",
                "n2-standard-4", "cloudsql-pg-4-15360")), 1));
        assertThat(gcp).singleElement().satisfies(l -> assertThat(l.monthlyUsd())
                .isCloseTo(1.20, within(1e-9)));
        // Azure: one P4 disk a VM, 3 × $5.2795 = $15.8385.
        List<LineItem> azure = disks(bill(model(MODEL.formatted("azure-eastus",
                "D2s_v5", "pg-flex-B1ms")), 1));
        assertThat(azure).singleElement().satisfies(l -> {
            assertThat(l.monthlyUsd()).isCloseTo(15.8385, within(1e-9));
            assertThat(l.unit()).isEqualTo("disk-month");
            assertThat(l.arithmetic()).isEqualTo("3 × 1 disk of up to 32 GB × $5.2795/month");
        });
    }

    @Test
    void anAutoscaledTierPaysForTheDisksOfTheInstancesItRuns() {
        // 12 hours at 4 instances and 12 at 10 (see GcpSustainedUseTest): 7 instance-months of
        // 8 GB = 56 GB-months × $0.08 = $4.48.
        Bill b = bill(model("""
            {"name": "d", "pricing": "aws-us-east-1",
             "workload": {"arrivalRatePerSecond": 100, "dailyProfile":
               [0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,1.5,1.5,1.5,1.5,1.5,1.5,1.5,1.5,1.5,1.5,1.5,1.5]},
             "components": [{"id": "app", "serviceTimeMs": 40, "concurrency": 1,
                             "instanceType": "m6i.large",
                             "autoscale": {"min": 1, "max": 20, "targetUtilization": 0.6}}],
             "connections": []}"""), 1);
        assertThat(disks(b)).singleElement().satisfies(l -> {
            assertThat(l.quantity()).isCloseTo(56, within(1e-9));
            assertThat(l.monthlyUsd()).isCloseTo(4.48, within(1e-9));
        });
    }

    @Test
    void theSameDisksUnderEveryCommitment() {
        Bill committed = bill(model(MODEL.formatted("aws-us-east-1", "m6a.xlarge",
                "db.m6g.large").replace("\"instances\": 3,", "\"instances\": 3, "
                        + "\"commitment\": \"3y\",")), 1);
        assertThat(disks(committed)).singleElement().satisfies(l -> assertThat(l.monthlyUsd())
                .isCloseTo(1.92, within(1e-9)));
    }

    @Test
    void aComponentCanAskForALargerBootDiskOrNone() {
        // 30 GB each: 3 × 30 × $0.08 = $7.20. 0 GB: no boot disk line at all.
        String aws = MODEL.formatted("aws-us-east-1", "m6i.large", "db.m6g.large");
        Bill thirty = bill(model(aws.replace("\"instances\": 3,",
                "\"instances\": 3, \"bootDiskGb\": 30,")), 1);
        assertThat(disks(thirty)).singleElement().satisfies(l -> {
            assertThat(l.quantity()).isCloseTo(90, within(1e-9));
            assertThat(l.monthlyUsd()).isCloseTo(7.20, within(1e-9));
        });
        Bill none = bill(model(aws.replace("\"instances\": 3,",
                "\"instances\": 3, \"bootDiskGb\": 0,")), 1);
        assertThat(disks(none)).isEmpty();
        // Azure sells a disk by its tier (the Retail Prices API for East US, 2026-09-23: P4 up to
        // 32 GiB $5.2795, P6 up to 64 GiB $10.207, P10 up to 128 GiB $19.71): 30 GB fits the
        // P4, 64 GB takes a P6 and 100 GB a P10; 5,000 GB is beyond the largest OS disk tier the
        // catalog lists (P50, 4,096 GiB), so it is named and the total is a lower bound.
        String azure = MODEL.formatted("azure-eastus", "D2s_v5", "pg-flex-B1ms");
        double[][] cases = {{30, 5.2795}, {64, 10.207}, {100, 19.71}};
        for (double[] k : cases) {
            Bill b = bill(model(azure.replace("\"instances\": 3,",
                    "\"instances\": 3, \"bootDiskGb\": " + k[0] + ",")), 1);
            assertThat(disks(b)).as(k[0] + " GB").singleElement().satisfies(l -> assertThat(
                    l.monthlyUsd()).isCloseTo(3 * k[1], within(1e-9)));
        }
        Bill p6 = bill(model(azure.replace("\"instances\": 3,",
                "\"instances\": 3, \"bootDiskGb\": 64,")), 1);
        assertThat(disks(p6).get(0).sku()).isEqualTo("boot-disk-p6");
        assertThat(disks(p6).get(0).arithmetic()).isEqualTo(
                "3 × 1 disk of up to 64 GB × $10.2070/month");
        Bill larger = bill(model(azure.replace("\"instances\": 3,",
                "\"instances\": 3, \"bootDiskGb\": 5000,")), 1);
        assertThat(disks(larger)).isEmpty();
        assertThat(larger.unpriced()).singleElement().satisfies(u -> {
            assertThat(u.componentId()).isEqualTo("app");
            assertThat(u.what()).isEqualTo("boot disks");
            assertThat(u.why()).isEqualTo("azure-eastus prices no boot disk of 5,000 GB");
        });
        assertThat(larger.lowerBound()).isTrue();
    }

    @Test
    void hetznerServersIncludeTheirDisk() {
        Bill b = bill(model("""
            {"name": "d", "pricing": "hetzner", "workload": {"arrivalRatePerSecond": 1},
             "components": [{"id": "app", "serviceTimeMs": 1, "instances": 2,
                             "instanceType": "cpx32"}],
             "connections": []}"""), 1);
        assertThat(disks(b)).isEmpty();
        assertThat(b.warnings()).isEmpty();
    }
}
