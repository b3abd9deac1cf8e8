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
 *   <li>PostgreSQL flexible server B1ms $12.41 for 730 hours and additional backup storage $0.095
 *       per GB (infracost 95ba4f4, postgresql_flexible_server_test golden, the East US server);
 *       storage $0.115 per GB-month (the Azure Retail Prices API's East US "Storage Data Stored"
 *       meter as of 2026-10-02, in namratabhatia21/Clarchy@2bd583c);</li>
 *   <li>a static regional public IPv4 address $3.65 for 730 hours (public_ip_test golden,
 *       eastus);</li>
 *   <li>Application Insights data ingested $2,300.00 for 1,000 GB (application_insights_test
 *       golden, eastus);</li>
 *   <li>NAT gateway $32.85 for 730 hours and $0.45 for 10 GB processed (nat_gateway_test golden,
 *       stated for West Europe; the hour is the Retail Prices API's one "Global" meter, $0.045 in
 *       xbill9/zombiescan-azure@e0740cd of 2026-09-23, so it holds for East US, while the data
 *       processed stays unconfirmed);</li>
 *   <li>traffic between availability zones: free ("Azure doesn't charge for data transfer between
 *       availability zones in the same region", Microsoft's availability-zones overview, ms.date
 *       2026-02-11);</li>
 *   <li>internet egress from East US over Microsoft's network, tiered: the first 100 GB free, then
 *       $0.087 a GB to 10,335 GB, $0.083 to 51,295 GB, $0.07 to 153,695 GB and $0.05 beyond (the
 *       Azure Retail Prices API's "Rtn Preference: MGN" / "Standard Data Transfer Out" rows for
 *       eastus, tierMinimumUnits 0, 100, 10335, 51295, 153695, 512095 at $0, $0.087, $0.083,
 *       $0.07, $0.05, $0.05; ratecard-cloud/ratecard 18e3f20, data/raw/azure/egress.json,
 *       collected 2026-08-18).</li>
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
        //   storage 100 GB × $0.115 = $11.50; backups 20 GB × $0.095 = $1.90.
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
        //   = 25.048828125 GB, inside the free first 100 GB: $0.00.
        // Sum: 12.41 + 11.50 + 1.90 + 57.6123046875 + 0 + 4.5087890625 + 32.85 + 3.65 + 0
        //   = $124.43109375.
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
        assertThat(only(b, "pg-flex-storage storage").monthlyUsd()).isCloseTo(11.5, within(1e-9));
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
        assertThat(natHours.status()).isEqualTo(PriceStatus.CONFIRMED);
        LineItem ip = only(b, "Public IPv4 addresses");
        assertThat(ip.monthlyUsd()).isCloseTo(3.65, within(1e-9));
        assertThat(ip.status()).isEqualTo(PriceStatus.CONFIRMED);
        LineItem egress = only(b, "Internet egress");
        assertThat(egress.quantity()).isCloseTo(25.048828125, within(1e-9));
        assertThat(egress.monthlyUsd()).isZero();
        assertThat(egress.status()).isEqualTo(PriceStatus.CONFIRMED);

        assertThat(b.totalUsd()).isCloseTo(124.43109375, within(1e-9));
        assertThat(b.lines().stream().mapToDouble(LineItem::monthlyUsd).sum())
                .isCloseTo(b.totalUsd(), within(1e-9));
        assertThat(b.warnings()).as("every line has a price; nothing is left unbilled").isEmpty();
        assertThat(b.unpricedComponents()).isEmpty();
    }

    private static final String GATEWAY = """
        {"name": "a", "pricing": "azure-eastus",
         "workload": {"arrivalRatePerSecond": %s, %s
           "classes": [{"name": "c", "share": 1, "entry": "gw", "responseKb": %s}]},
         "components": [{"id": "gw", "kind": "load-balancer", "serviceTimeMs": 1,
                         "queueing": false, "instanceType": "%s"},
                        {"id": "app", "serviceTimeMs": 1, "hourlyCostUsd": 0}],
         "connections": [{"from": "gw", "to": "app"}]}""";

    @Test
    void applicationGatewayCapacityUnitsFollowMicrosoftsWorkedExamples() {
        // Microsoft's "Understanding pricing" (MicrosoftDocs/azure-docs 32e2ac4, 2022-10-03): one
        // capacity unit is at most 2,500 persistent connections, 2.22 Mbps or one compute unit
        // (about 50 new TLS connections a second). Its Example 4, a WAF_V2 with 25 new TLS
        // connections a second and 8.88 Mbps: Max(25/50, 8.88/2.22) = 4 units, $0.0144 × 730 × 4
        // = $42.048. Here 25 requests a second with 43 KB answers: 65,664,000 a month × 43 KB ×
        // 1,024 × 8 bits / 2,628,000 s = 8.80 Mbps, 3.96 units, billed as 4 whole units every
        // hour: 2,920 unit-hours × $0.0144 = $42.048. The fixed hour is infracost's $262.80 for
        // 730 hours ($0.36), not the article's older $0.443.
        Bill b = bill(model(GATEWAY.formatted("25", "", "43", "app-gateway-waf-v2")), 1);
        LineItem units = only(b, "Capacity units");
        assertThat(units.quantity()).isCloseTo(2_920, within(1e-9));
        assertThat(units.monthlyUsd()).isCloseTo(42.048, within(1e-9));
        assertThat(units.arithmetic()).contains("Mbps on average ÷ 2.22 Mbps per unit",
                "whole units each hour");
        assertThat(only(b, "app-gateway-waf-v2 instance-hours").monthlyUsd())
                .isCloseTo(262.80, within(1e-9));
        assertThat(b.lines()).noneMatch(l -> l.item().equals("Public IPv4 addresses"));

        // Example 3 (a): a load below one unit all month is billed 1 unit an hour: $0.0144 × 730
        // = $10.512.
        Bill light = bill(model(GATEWAY.formatted("1", "", "1", "app-gateway-waf-v2")), 1);
        assertThat(only(light, "Capacity units").monthlyUsd()).isCloseTo(10.512, within(1e-9));

        // The same load in 12 busy hours a day (weights 2) and 12 idle ones (weights 0): a whole
        // unit in each busy hour, none in the idle ones, 365 unit-hours, $5.256.
        String halfDay = "\"dailyProfile\": [0,0,0,0,0,0,0,0,0,0,0,0,2,2,2,2,2,2,2,2,2,2,2,2],";
        Bill shaped = bill(model(GATEWAY.formatted("1", halfDay, "1", "app-gateway-waf-v2")), 1);
        assertThat(only(shaped, "Capacity units").quantity()).isCloseTo(365, within(1e-9));
        assertThat(only(shaped, "Capacity units").monthlyUsd()).isCloseTo(5.256, within(1e-9));
    }

    @Test
    void aBasicGatewaysComputeUnitTakesFiveTimesFewerNewConnections() {
        // The same article in its version of 2024-01-19: a Basic_v2 compute unit handles about
        // 10 new TLS connections a second. Example 4's load (25 a second, 43 KB answers, 8.80
        // Mbps): Max(25/10, 8.80/2.22) = 3.96, 4 whole units an hour, 2,920 unit-hours × $0.008
        // (infracost's "V2 capacity units (basic) 1,460 CU $11.68") = $23.36. At 45 requests a
        // second with 10 KB answers connections bind: 45 × 86,400 × 30.4 / 2,628,000 = 44.975
        // new connections a second ÷ 10 = 4.4975, 5 whole units (3.68 Mbps is 1.66 units),
        // 3,650 unit-hours × $0.008 = $29.20.
        Bill b = bill(model(GATEWAY.formatted("25", "", "43", "app-gateway-basic-v2")), 1);
        assertThat(only(b, "Capacity units").quantity()).isCloseTo(2_920, within(1e-9));
        assertThat(only(b, "Capacity units").monthlyUsd()).isCloseTo(23.36, within(1e-9));
        assertThat(b.unpriced()).isEmpty();
        Bill busy = bill(model(GATEWAY.formatted("45", "", "10", "app-gateway-basic-v2")), 1);
        assertThat(only(busy, "Capacity units").quantity()).isCloseTo(3_650, within(1e-9));
        assertThat(only(busy, "Capacity units").monthlyUsd()).isCloseTo(29.20, within(1e-9));
    }

    @Test
    void internetEgressFromEastUsIsTieredAfterTheFreeHundredGb() {
        // 100,000 users × 20 requests × 30.4 days = 60,800,000 requests × 1,024 KB
        // = 62,259,200,000 KB = 59,375 GB. First 100 GB free; 100 to 10,335: 10,235 GB × $0.087
        // = $890.445; 10,335 to 51,295: 40,960 GB × $0.083 = $3,399.68; 51,295 to 59,375:
        // 8,080 GB × $0.07 = $565.60. Sum $4,855.725 (flat $0.087 on every GB: $5,165.625).
        Model m = model("""
            {"name": "a", "pricing": "azure-eastus",
             "workload": {"users": 100000, "requestsPerUserPerDay": 20,
               "classes": [{"name": "get", "share": 1, "entry": "web", "responseKb": 1024}]},
             "components": [{"id": "web", "serviceTimeMs": 5, "hourlyCostUsd": 0}],
             "connections": []}""");
        Bill b = bill(m, 1);
        LineItem egress = only(b, "Internet egress");
        assertThat(egress.quantity()).isCloseTo(59_375, within(1e-6));
        assertThat(egress.monthlyUsd()).isCloseTo(4_855.725, within(1e-6));
        assertThat(egress.arithmetic()).contains("100 GB free", "10,235 GB × $0.0870",
                "40,960 GB × $0.0830", "8,080 GB × $0.0700");
        assertThat(egress.status()).isEqualTo(PriceStatus.CONFIRMED);
        assertThat(egress.source()).contains("ratecard-cloud/ratecard");
        assertThat(b.totalUsd()).isCloseTo(4_855.725, within(1e-6));
        assertThat(b.unpricedComponents()).isEmpty();
    }

    @Test
    void cdnTrafficBeyondTheFirstTierItsSourcePricesIsBilledWithAWarning() {
        // The golden prices Microsoft CDN traffic for the first 10 TB only ("first 10TB 10,000 GB
        // $810.00": $0.081). 100,000 users × 20 requests × 30.4 days × 1,024 KB = 59,375 GB, all
        // at $0.081 = $4,809.375, with a warning that the later tiers may be cheaper; 10,000 users
        // (5,937.5 GB, $480.9375) stay inside the stated tier and get none.
        String cdn = """
            {"name": "a", "pricing": "azure-eastus",
             "workload": {"users": %s, "requestsPerUserPerDay": 20,
               "classes": [{"name": "get", "share": 1, "entry": "cdn", "responseKb": 1024}]},
             "components": [{"id": "cdn", "kind": "cdn", "serviceTimeMs": 1,
                             "instanceType": "cdn-egress"}],
             "connections": []}""";
        Bill big = bill(model(cdn.formatted("100000")), 1);
        assertThat(only(big, "CDN traffic to the internet").monthlyUsd())
                .isCloseTo(4_809.375, within(1e-6));
        assertThat(big.warnings()).singleElement().asString()
                .startsWith("cdn-egress: 59,375 GB is more than the 10,000 GB its "
                        + "source prices");
        Bill small = bill(model(cdn.formatted("10000")), 1);
        assertThat(only(small, "CDN traffic to the internet").monthlyUsd())
                .isCloseTo(480.9375, within(1e-6));
        assertThat(small.warnings()).isEmpty();
    }
}
