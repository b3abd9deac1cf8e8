package dev.headroom.cost;

import static dev.headroom.cost.BillingTest.bill;
import static dev.headroom.cost.BillingTest.model;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.headroom.model.Model;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The network, storage and log lines of an Azure bill, worked by hand (docs/pricing.md "The
 * bill") at the azure-eastus figures as their sources state them, typed here from the sources and
 * not read from the catalog: a month is 730 hours and 30.4 days, a GB is 1,048,576 KB.
 *
 * <ul>
 *   <li>PostgreSQL flexible server B1ms $12.41 for 730 hours, storage $0.12 and additional backup
 *       storage $0.095 per GB (infracost 95ba4f4, postgresql_flexible_server_test golden, the
 *       East US server);</li>
 *   <li>a static regional public IPv4 address $3.65 for 730 hours (public_ip_test golden,
 *       eastus);</li>
 *   <li>Application Insights data ingested $2,300.00 for 1,000 GB (application_insights_test
 *       golden, eastus);</li>
 *   <li>NAT gateway $32.85 for 730 hours and $0.45 for 10 GB processed (nat_gateway_test golden,
 *       stated for West Europe only, so unconfirmed for East US);</li>
 *   <li>traffic between availability zones: free ("Azure doesn't charge for data transfer between
 *       availability zones in the same region", Microsoft's availability-zones overview, ms.date
 *       2026-02-11);</li>
 *   <li>internet egress $0.087 per GB (unconfirmed, flat in the catalog).</li>
 * </ul>
 */
class AzureBillLinesTest {

    private static LineItem only(Bill b, String item) {
        List<LineItem> ls = b.lines().stream().filter(l -> l.item().equals(item)).toList();
        assertThat(ls).as(item).hasSize(1);
        return ls.get(0);
    }

    @Test
    void natHoursAndDataStorageLogsAndFreeZoneTrafficAreBilledAtTheSourcedPrices() {
        // 10 requests/s × 86,400 s × 30.4 days = 26,265,600 requests a month.
        // db, pg-flex-B1ms: 1 × 730 h × (12.41 / 730 = $0.017) = $12.41.
        //   storage 100 GB × $0.12 = $12.00; backups 20 GB × $0.095 = $1.90.
        // app logs: 26,265,600 visits × 1 KB = 26,265,600 KB = 25.048828125 GB × (2,300 / 1,000
        //   = $2.30) = $57.6123046875.
        // app→db: 2 calls × (1 + 3) KB × 26,265,600 = 210,124,800 KB = 200.390625 GB; with 2
        //   zones 1 of 2 calls crosses: 100.1953125 GB, out of one zone and into the other:
        //   200.390625 GB × $0 = $0.00.
        // app→api through the NAT gateway: 0.5 × (2 + 6) KB × 26,265,600 = 105,062,400 KB
        //   = 100.1953125 GB × (0.45 / 10 = $0.045) = $4.5087890625.
        // NAT hours 1 × 730 × (32.85 / 730 = $0.045) = $32.85; its address 1 × 730 × (3.65 / 730
        //   = $0.005) = $3.65.
        // Requests sent to the API leave Azure: 0.5 × 2 KB × 26,265,600 = 26,265,600 KB
        //   = 25.048828125 GB × $0.087 = $2.179248046875.
        // Sum: 12.41 + 12.00 + 1.90 + 57.6123046875 + 0 + 4.5087890625 + 32.85 + 3.65
        //   + 2.179248046875 = $127.110341796875.
        Model m = model("""
            {"name": "a", "pricing": "azure-eastus", "workload": {"arrivalRatePerSecond": 10},
             "network": {"availabilityZones": 2, "natGateways": 1},
             "components": [{"id": "app", "serviceTimeMs": 1, "hourlyCostUsd": 0,
                             "logKbPerRequest": 1},
                            {"id": "db", "kind": "database", "serviceTimeMs": 1,
                             "instanceType": "pg-flex-B1ms", "storageGb": 100, "backupGb": 20},
                            {"id": "api", "kind": "external", "serviceTimeMs": 1,
                             "hourlyCostUsd": 0}],
             "connections": [{"from": "app", "to": "db", "calls": 2, "requestKb": 1,
                              "responseKb": 3},
                             {"from": "app", "to": "api", "calls": 0.5, "requestKb": 2,
                              "responseKb": 6}]}""");
        Bill b = bill(m, 1);
        assertThat(only(b, "pg-flex-B1ms instance-hours").monthlyUsd())
                .isCloseTo(12.41, within(1e-9));
        assertThat(only(b, "pg-flex-storage storage").monthlyUsd()).isCloseTo(12.0, within(1e-9));
        assertThat(only(b, "pg-flex-backup backups").monthlyUsd()).isCloseTo(1.9, within(1e-9));
        LineItem logs = only(b, "Log ingestion");
        assertThat(logs.quantity()).isCloseTo(25.048828125, within(1e-9));
        assertThat(logs.monthlyUsd()).isCloseTo(57.6123046875, within(1e-9));

        LineItem zones = only(b, "Traffic between availability zones");
        assertThat(zones.quantity()).isCloseTo(200.390625, within(1e-9));
        assertThat(zones.monthlyUsd()).isZero();
        assertThat(zones.status()).isEqualTo(PriceStatus.CONFIRMED);
        assertThat(zones.source()).contains("MicrosoftDocs/reliability-docs");

        LineItem natData = only(b, "NAT gateway data processed");
        assertThat(natData.quantity()).isCloseTo(100.1953125, within(1e-9));
        assertThat(natData.monthlyUsd()).isCloseTo(4.5087890625, within(1e-9));
        assertThat(natData.status()).isEqualTo(PriceStatus.UNCONFIRMED);
        LineItem natHours = only(b, "NAT gateway hours");
        assertThat(natHours.monthlyUsd()).isCloseTo(32.85, within(1e-9));
        assertThat(natHours.status()).isEqualTo(PriceStatus.UNCONFIRMED);
        LineItem ip = only(b, "Public IPv4 addresses");
        assertThat(ip.monthlyUsd()).isCloseTo(3.65, within(1e-9));
        assertThat(ip.status()).isEqualTo(PriceStatus.CONFIRMED);
        assertThat(only(b, "Internet egress").monthlyUsd())
                .isCloseTo(2.179248046875, within(1e-9));

        assertThat(b.totalUsd()).isCloseTo(127.110341796875, within(1e-9));
        assertThat(b.lines().stream().mapToDouble(LineItem::monthlyUsd).sum())
                .isCloseTo(b.totalUsd(), within(1e-9));
        assertThat(b.warnings()).as("every line has a price; nothing is left unbilled").isEmpty();
        assertThat(b.unpricedComponents()).isEmpty();
    }
}
