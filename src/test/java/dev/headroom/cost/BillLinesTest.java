package dev.headroom.cost;

import static dev.headroom.cost.BillingTest.bill;
import static dev.headroom.cost.BillingTest.model;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.headroom.model.Model;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lines of a real invoice on small models worked by hand (docs/pricing.md "The bill"), at the
 * aws-us-east-1 prices, each cited in the catalog: a month is 730 hours and 30.4 days, a GB is
 * 1,048,576 KB.
 */
class BillLinesTest {

    private static double sum(Bill b, String item) {
        return b.lines().stream().filter(l -> l.item().equals(item))
                .mapToDouble(LineItem::monthlyUsd).sum();
    }

    private static LineItem only(Bill b, String item) {
        List<LineItem> ls = b.lines().stream().filter(l -> l.item().equals(item)).toList();
        assertThat(ls).as(item).hasSize(1);
        return ls.get(0);
    }

    private static void linesSumToTheTotal(Bill b) {
        assertThat(b.lines().stream().mapToDouble(LineItem::monthlyUsd).sum())
                .isCloseTo(b.totalUsd(), within(1e-9));
    }

    @Test
    void internetEgressIsTieredAfterTheFreeAllowance() {
        // 100,000 users × 20 requests × 30.4 days = 60,800,000 requests × 1,024 KB
        // = 59,375 GB. 100 GB free; 10,140 × $0.09 = $912.60; 40,960 × $0.085 = $3,481.60;
        // the last 8,175 GB (to 59,375) × $0.07 = $572.25. Sum $4,966.45 (flat $0.09: $5,343.75).
        Model m = model("""
            {"name": "a", "pricing": "aws-us-east-1",
             "workload": {"users": 100000, "requestsPerUserPerDay": 20,
               "classes": [{"name": "get", "share": 1, "entry": "web", "responseKb": 1024}]},
             "components": [{"id": "web", "serviceTimeMs": 5, "hourlyCostUsd": 0}],
             "connections": []}""");
        Bill b = bill(m, 1);
        LineItem egress = only(b, "Internet egress");
        assertThat(egress.quantity()).isCloseTo(59_375, within(1e-6));
        assertThat(egress.monthlyUsd()).isCloseTo(4_966.45, within(1e-6));
        assertThat(egress.arithmetic()).contains("100 GB free", "10,140 GB × $0.0900",
                "40,960 GB × $0.0850", "8,175 GB × $0.0700");
        assertThat(b.totalUsd()).isCloseTo(4_966.45, within(1e-6));
        assertThat(b.unpricedComponents()).isEmpty();
    }

    @Test
    void aMultiAzDatabaseBillsTheStandbyInstanceStorageAndIops() {
        // db.t4g.medium: $0.065/h, Multi-AZ $0.129/h (the AWS Price List API of 2026-10-01, as
        // namratabhatia21/Clarchy@24812aa aws.yaml states it). 730 h × 0.065 = $47.45 for the
        // primary and 730 × (0.129 − 0.065) = $46.72 more for the standby. gp3 storage 100 GB ×
        // $0.115 = $11.50, Multi-AZ $0.23 so $11.50 more; backups 50 GB × $0.095 = $4.75; IOPS
        // 1,000 × $0.02 = $20.00, Multi-AZ $0.04 so $20.00 more. Sum $161.92.
        Model m = model("""
            {"name": "a", "pricing": "aws-us-east-1", "workload": {"arrivalRatePerSecond": 1},
             "components": [{"id": "db", "kind": "database", "serviceTimeMs": 1,
               "instanceType": "db.t4g.medium", "multiAz": true, "storageGb": 100,
               "backupGb": 50, "provisionedIops": 1000}],
             "connections": []}""");
        Bill b = bill(m, 1);
        assertThat(sum(b, "db.t4g.medium instance-hours")).isCloseTo(47.45, within(1e-9));
        assertThat(sum(b, "db.t4g.medium Multi-AZ standby")).isCloseTo(46.72, within(1e-9));
        assertThat(sum(b, "rds-gp3-storage storage")).isCloseTo(11.5, within(1e-9));
        assertThat(sum(b, "rds-gp3-storage Multi-AZ standby storage")).isCloseTo(11.5,
                within(1e-9));
        assertThat(sum(b, "rds-backup-storage backups")).isCloseTo(4.75, within(1e-9));
        assertThat(sum(b, "rds-gp3-iops provisioned IOPS")).isCloseTo(20, within(1e-9));
        assertThat(sum(b, "rds-gp3-iops Multi-AZ standby provisioned IOPS")).isCloseTo(20,
                within(1e-9));
        assertThat(b.totalUsd()).isCloseTo(161.92, within(1e-9));
        assertThat(b.lines()).allMatch(l -> l.status() == PriceStatus.CONFIRMED);
        linesSumToTheTotal(b);
    }

    @Test
    void aMultiAzMysqlDatabaseBillsAtItsOwnEnginesPricesOnDemandAndReserved() {
        // RDS for MySQL db.m6g.large, us-east-1, Single-AZ, typed from the sources: on-demand
        // 0.152, 1-year standard reserved no upfront 0.0973, 3-year partial upfront effective
        // 0.06236438356164384 (marr-cloud/vantage-pricing@81153da rds-m6g.json, "MySQL", Vantage
        // data of 2026-10-01; the same in vantage-sh/ec2instances.info@278c7d9 www/rds/index.html).
        // Multi-AZ is twice Single-AZ (infracost@95ba4f4 db_instance_test.golden, MySQL db.t3.large
        // $99.28 and $198.56), so the standby costs the primary's price again, committed or not.
        // By hand, 730 h a month:
        //   on demand: 730 × 0.152 = $110.96, standby $110.96
        //   1 year:    730 × 0.0973 = $71.029, standby $71.029
        //   3 years:   730 × 0.06236438356164384 = $45.5260 (45.526000...), standby the same
        // gp3 storage 100 GB × $0.115 = $11.50 and $11.50 more for the standby (Multi-AZ $0.23).
        // 1-year total: 2 × 71.029 + 2 × 11.50 = $165.058 (the PostgreSQL db.m6g.large: 0.1018).
        String json = """
            {"name": "a", "pricing": "aws-us-east-1", "workload": {"arrivalRatePerSecond": 1},
             "components": [{"id": "db", "kind": "database", "serviceTimeMs": 1,
               "instanceType": "db.m6g.large-mysql", "multiAz": true, "storageGb": 100%s}],
             "connections": []}""";
        Bill onDemand = bill(model(json.formatted("")), 1);
        assertThat(only(onDemand, "db.m6g.large-mysql instance-hours").monthlyUsd())
                .isCloseTo(110.96, within(1e-9));
        assertThat(only(onDemand, "db.m6g.large-mysql Multi-AZ standby").monthlyUsd())
                .isCloseTo(110.96, within(1e-9));

        Bill year = bill(model(json.formatted(", \"commitment\": \"1y\"")), 1);
        LineItem primary = only(year, "db.m6g.large-mysql (1y) instance-hours");
        assertThat(primary.commitment()).isEqualTo(Commitment.ONE_YEAR);
        assertThat(primary.unitPriceUsd()).isCloseTo(0.0973, within(1e-12));
        assertThat(primary.monthlyUsd()).isCloseTo(71.029, within(1e-9));
        LineItem standby = only(year, "db.m6g.large-mysql Multi-AZ standby");
        assertThat(standby.commitment()).isEqualTo(Commitment.ONE_YEAR);
        assertThat(standby.monthlyUsd()).isCloseTo(71.029, within(1e-9));
        assertThat(sum(year, "rds-gp3-storage storage")).isCloseTo(11.5, within(1e-9));
        assertThat(sum(year, "rds-gp3-storage Multi-AZ standby storage")).isCloseTo(11.5,
                within(1e-9));
        assertThat(year.totalUsd()).isCloseTo(165.058, within(1e-9));
        assertThat(year.warnings()).isEmpty();
        assertThat(year.lines()).allMatch(l -> l.status() == PriceStatus.CONFIRMED);
        linesSumToTheTotal(year);

        Bill three = bill(model(json.formatted(", \"commitment\": \"3y\"")), 1);
        assertThat(only(three, "db.m6g.large-mysql (3y) instance-hours").monthlyUsd())
                .isCloseTo(45.526, within(1e-9));
        assertThat(only(three, "db.m6g.large-mysql Multi-AZ standby").monthlyUsd())
                .isCloseTo(45.526, within(1e-9));
    }

    @Test
    void aMultiAzMysqlDbT4gSmallBillsTheGoldensMultiAzPrice() {
        // infracost@95ba4f4 db_instance_test.golden, engine "mysql", db.t4g.small, 730 hours:
        // "(on-demand, Single-AZ, db.t4g.small) $23.36" and "(on-demand, Multi-AZ, db.t4g.small)
        // $47.45". Primary 730 × 0.032 = $23.36; standby 730 × (0.065 − 0.032) = $24.09; the two
        // together are the golden's Multi-AZ line, $47.45, not twice $23.36 ($46.72).
        Bill b = bill(model("""
            {"name": "a", "pricing": "aws-us-east-1", "workload": {"arrivalRatePerSecond": 1},
             "components": [{"id": "db", "kind": "database", "serviceTimeMs": 1,
               "instanceType": "db.t4g.small-mysql", "multiAz": true}],
             "connections": []}"""), 1);
        assertThat(only(b, "db.t4g.small-mysql instance-hours").monthlyUsd())
                .isCloseTo(23.36, within(1e-9));
        assertThat(only(b, "db.t4g.small-mysql Multi-AZ standby").monthlyUsd())
                .isCloseTo(24.09, within(1e-9));
        assertThat(b.totalUsd()).isCloseTo(47.45, within(1e-9));
        linesSumToTheTotal(b);
    }

    @Test
    void natGatewaysAndTrafficBetweenZonesComeFromTheConnections() {
        // 10 requests/s × 86,400 × 30.4 = 26,265,600 requests a month.
        // app→db: 2 calls × 4 KB = 210,124,800 KB = 200.390625 GB; 2 of 3 calls cross zones:
        // 133.59375 GB, billed out and in: 267.1875 GB × $0.01 = $2.671875.
        // app→api: 0.5 calls × 8 KB = 105,062,400 KB = 100.1953125 GB through NAT × $0.045 =
        // $4.5087890625. NAT hours 2 × 730 × $0.045 = $65.70; their addresses 2 × 730 × $0.005 =
        // $7.30. Requests sent to the API: 0.5 × 2 KB a request = 25.05 GB, inside the free 100 GB.
        // Sum $80.1806640625.
        Model m = model("""
            {"name": "a", "pricing": "aws-us-east-1", "workload": {"arrivalRatePerSecond": 10},
             "network": {"availabilityZones": 3, "natGateways": 2},
             "components": [{"id": "app", "serviceTimeMs": 1, "hourlyCostUsd": 0},
                            {"id": "db", "kind": "database", "serviceTimeMs": 1,
                             "hourlyCostUsd": 0},
                            {"id": "api", "kind": "external", "serviceTimeMs": 1,
                             "hourlyCostUsd": 0}],
             "connections": [{"from": "app", "to": "db", "calls": 2, "requestKb": 1,
                              "responseKb": 3},
                             {"from": "app", "to": "api", "calls": 0.5, "requestKb": 2,
                              "responseKb": 6}]}""");
        Bill b = bill(m, 1);
        LineItem zones = only(b, "Traffic between availability zones");
        assertThat(zones.quantity()).isCloseTo(267.1875, within(1e-9));
        assertThat(zones.monthlyUsd()).isCloseTo(2.671875, within(1e-9));
        assertThat(only(b, "NAT gateway data processed").monthlyUsd())
                .isCloseTo(4.5087890625, within(1e-9));
        assertThat(only(b, "NAT gateway hours").monthlyUsd()).isCloseTo(65.7, within(1e-9));
        assertThat(only(b, "Public IPv4 addresses").monthlyUsd()).isCloseTo(7.3, within(1e-9));
        assertThat(only(b, "Internet egress").quantity()).isCloseTo(25.048828125, within(1e-9));
        assertThat(b.totalUsd()).isCloseTo(80.1806640625, within(1e-9));
        assertThat(b.lines()).allMatch(l -> l.componentId() == null);
    }

    @Test
    void oneZoneMeansNoTrafficBetweenZones() {
        Model m = model("""
            {"name": "a", "pricing": "aws-us-east-1", "workload": {"arrivalRatePerSecond": 10},
             "components": [{"id": "app", "serviceTimeMs": 1, "hourlyCostUsd": 0},
                            {"id": "db", "kind": "database", "serviceTimeMs": 1,
                             "hourlyCostUsd": 0}],
             "connections": [{"from": "app", "to": "db", "requestKb": 1, "responseKb": 3}]}""");
        assertThat(bill(m, 1).lines()).isEmpty();
    }

    @Test
    void connectionsWithoutSizesBetweenZonesAreNamedInAWarning() {
        Model m = model("""
            {"name": "a", "pricing": "aws-us-east-1", "workload": {"arrivalRatePerSecond": 10},
             "network": {"availabilityZones": 2, "natGateways": 0},
             "components": [{"id": "app", "serviceTimeMs": 1, "hourlyCostUsd": 0},
                            {"id": "db", "kind": "database", "serviceTimeMs": 1,
                             "hourlyCostUsd": 0}],
             "connections": [{"from": "app", "to": "db"}]}""");
        assertThat(bill(m, 1).warnings()).singleElement().asString()
                .contains("1 connection between zonal components gives no requestKb");
    }

    @Test
    void loadBalancerCapacityUnitsComeFromBytesOrNewConnections() {
        // 100 requests/s: 262,656,000 a month. 2 + 30 KB each = 8,015.625 GB processed; one new
        // connection per request: 262,656,000 / (25/s × 3,600 s) = 2,918.4 LCU-hours. Bytes win:
        // 8,015.625 × $0.008 = $64.125. ALB 730 × $0.0225 = $16.425; two zones hold two IPv4
        // addresses: 2 × 730 × $0.005 = $7.30.
        Model m = model("""
            {"name": "a", "pricing": "aws-us-east-1",
             "workload": {"arrivalRatePerSecond": 100,
               "classes": [{"name": "c", "share": 1, "entry": "lb", "requestKb": 2,
                            "responseKb": 30}]},
             "network": {"availabilityZones": 2, "natGateways": 0},
             "components": [{"id": "lb", "kind": "load-balancer", "serviceTimeMs": 1,
                             "queueing": false, "instanceType": "alb"},
                            {"id": "app", "serviceTimeMs": 1, "hourlyCostUsd": 0}],
             "connections": [{"from": "lb", "to": "app"}]}""");
        Bill b = bill(m, 1);
        assertThat(only(b, "Capacity units").quantity()).isCloseTo(8_015.625, within(1e-9));
        assertThat(only(b, "Capacity units").monthlyUsd()).isCloseTo(64.125, within(1e-9));
        assertThat(only(b, "alb instance-hours").monthlyUsd()).isCloseTo(16.425, within(1e-9));
        assertThat(only(b, "Public IPv4 addresses").monthlyUsd()).isCloseTo(7.3, within(1e-9));

        // 2 KB a request: 500.9765625 GB, but 2,918.4 new-connection LCU-hours win: $23.3472.
        // Ten requests a connection: 291.84, so bytes win again: 500.9765625 × 0.008 = $4.0078125.
        Model small = model("""
            {"name": "a", "pricing": "aws-us-east-1",
             "workload": {"arrivalRatePerSecond": 100,
               "classes": [{"name": "c", "share": 1, "entry": "lb", "requestKb": 0.5,
                            "responseKb": 1.5}]},
             "components": [{"id": "lb", "kind": "load-balancer", "serviceTimeMs": 1,
                             "queueing": false, "instanceType": "alb"},
                            {"id": "app", "serviceTimeMs": 1, "hourlyCostUsd": 0}],
             "connections": [{"from": "lb", "to": "app"}]}""");
        assertThat(only(bill(small, 1), "Capacity units").monthlyUsd())
                .isCloseTo(23.3472, within(1e-9));
        Model reused = small.withNetwork(small.network().withRequestsPerConnection(10));
        assertThat(only(bill(reused, 1), "Capacity units").monthlyUsd())
                .isCloseTo(4.0078125, within(1e-9));
    }

    @Test
    void albCapacityUnitsTakeTheLargestOfTheFourDimensions() {
        // AWS's own ELB pricing example: 1 new connection a second, each open 2 minutes, 5
        // requests a second, 60 listener rules, 300 KB a second. Per hour: new connections 1/25 =
        // 0.04 LCU, active 120/3,000 = 0.04, rules (60 − 10 free) × 5 / 1,000 = 0.25, bytes 1.08
        // GB = 1.08 LCU: bytes bind. The same traffic over a month here: 5/s × 86,400 × 30.4 =
        // 13,132,800 requests, 2,626,560 connections (5 requests each).
        //   new:    2,626,560 / (25 × 3,600)          =  29.184 LCU-hours (0.04 an hour)
        //   active: 2,626,560 × 120 s / (3,000 × 3,600) =  29.184          (0.04 an hour)
        //   rules:  13,132,800 × 50 / (1,000 × 3,600)  = 182.4            (0.25 an hour)
        //   bytes:  13,132,800 × 60 KB / 1,048,576     = 751.46484375 GB (1.03 an hour): bytes
        //   bind, 751.46484375 × $0.008 = $6.01171875.
        String lb = """
            {"name": "a", "pricing": "aws-us-east-1",
             "workload": {"arrivalRatePerSecond": 5,
               "classes": [{"name": "c", "share": 1, "entry": "lb", "responseKb": %s}]},
             "network": {"availabilityZones": 1, "natGateways": 0, "requestsPerConnection": 5,
                         "connectionSeconds": %s},
             "components": [{"id": "lb", "kind": "load-balancer", "serviceTimeMs": 1,
                             "queueing": false, "instanceType": "alb", "rulesPerRequest": 60},
                            {"id": "app", "serviceTimeMs": 1, "hourlyCostUsd": 0}],
             "connections": [{"from": "lb", "to": "app"}]}""";
        LineItem bytes = only(bill(model(lb.formatted("60", "120")), 1), "Capacity units");
        assertThat(bytes.quantity()).isCloseTo(751.46484375, within(1e-9));
        assertThat(bytes.monthlyUsd()).isCloseTo(6.01171875, within(1e-9));
        assertThat(bytes.arithmetic()).contains("GB processed ÷ 1 GB per unit-hour");

        // 1 KB answers (12.5 GB): the 50 paid rules bind, 182.4 × $0.008 = $1.4592.
        LineItem rules = only(bill(model(lb.formatted("1", "120")), 1), "Capacity units");
        assertThat(rules.quantity()).isCloseTo(182.4, within(1e-9));
        assertThat(rules.monthlyUsd()).isCloseTo(1.4592, within(1e-9));
        assertThat(rules.arithmetic()).contains("50 rules beyond 10 free");

        // Connections held 2,000 s (a WebSocket): 2,626,560 × 2,000 / 10,800,000 = 486.4 LCU-hours
        // of active connections bind, $3.8912.
        LineItem active = only(bill(model(lb.formatted("1", "2000")), 1), "Capacity units");
        assertThat(active.quantity()).isCloseTo(486.4, within(1e-9));
        assertThat(active.monthlyUsd()).isCloseTo(3.8912, within(1e-9));
        assertThat(active.arithmetic()).contains("connections open at once", "÷ 3,000 per unit");

        // Ten rules or fewer are free: with 1 KB answers and 2-minute connections, new and
        // active connections tie at 29.184 LCU-hours, $0.233472.
        Model free = model(lb.formatted("1", "120").replace("\"rulesPerRequest\": 60",
                "\"rulesPerRequest\": 10"));
        assertThat(only(bill(free, 1), "Capacity units").monthlyUsd())
                .isCloseTo(0.233472, within(1e-9));
    }

    @Test
    void nlbCapacityUnitsCountActiveConnectionsButNoRules() {
        // NLCU: 1 GB, 800 new or 100,000 active TCP connections. 1,000 requests/s, one per
        // connection held 10 minutes: 2,626,560,000 connections × 600 s / (100,000 × 3,600) =
        // 4,377.6 NLCU-hours; new 2,626,560,000 / (800 × 3,600) = 912; bytes 2,626,560,000 ×
        // 0.1 KB / 1,048,576 = 250.5 GB. Active binds: 4,377.6 × $0.006 = $26.2656. Rules are no
        // NLB dimension: 60 rules change nothing.
        Model m = model("""
            {"name": "a", "pricing": "aws-us-east-1",
             "workload": {"arrivalRatePerSecond": 1000,
               "classes": [{"name": "c", "share": 1, "entry": "lb", "responseKb": 0.1}]},
             "network": {"availabilityZones": 1, "natGateways": 0, "connectionSeconds": 600},
             "components": [{"id": "lb", "kind": "load-balancer", "serviceTimeMs": 1,
                             "queueing": false, "instanceType": "nlb", "rulesPerRequest": 60},
                            {"id": "app", "serviceTimeMs": 1, "hourlyCostUsd": 0}],
             "connections": [{"from": "lb", "to": "app"}]}""");
        LineItem units = only(bill(m, 1), "Capacity units");
        assertThat(units.quantity()).isCloseTo(4_377.6, within(1e-9));
        assertThat(units.monthlyUsd()).isCloseTo(26.2656, within(1e-9));
    }

    @Test
    void twoCdnsShareTheTiersAndPayTheMonthsAveragePrice() {
        // 1,000,000 users × 100 requests × 30.4 = 3.04e9 requests, half through each CDN:
        // A 1.52e9 × 100 KB = 144,958.49609375 GB, B 1.52e9 × 300 KB = 434,875.48828125 GB,
        // together 579,833.984375 GB. CloudFront US: 1,024 GB free; 9,216 × $0.085 = $783.36; 40,960 × $0.08
        // = $3,276.80; 102,400 × $0.06 = $6,144; 358,400 × $0.04 = $14,336; the last 67,833.984375 GB
        // × $0.03 = $2,035.01953125. Sum $26,575.17953125: A pays a quarter, B three quarters.
        // HTTPS requests: 304,000 units of 10,000, 1,000 free, 303,000 × $0.01 = $3,030.
        Model m = model("""
            {"name": "a", "pricing": "aws-us-east-1",
             "workload": {"users": 1000000, "requestsPerUserPerDay": 100,
               "classes": [{"name": "a", "share": 0.5, "entry": "cdnA", "responseKb": 100},
                           {"name": "b", "share": 0.5, "entry": "cdnB", "responseKb": 300}]},
             "components": [{"id": "cdnA", "kind": "cdn", "serviceTimeMs": 1,
                             "instanceType": "cloudfront-egress"},
                            {"id": "cdnB", "kind": "cdn", "serviceTimeMs": 1,
                             "instanceType": "cloudfront-egress"}],
             "connections": []}""");
        Bill b = bill(m, 1);
        double traffic = sum(b, "CDN traffic to the internet");
        assertThat(traffic).isCloseTo(26_575.17953125, within(1e-6));
        assertThat(b.lines("cdnA").get(0).monthlyUsd()).isCloseTo(traffic / 4, within(1e-6));
        assertThat(sum(b, "CDN requests")).isCloseTo(3_030, within(1e-6));
        assertThat(b.totalUsd()).isCloseTo(29_605.17953125, within(1e-6));
        assertThat(b.lines()).noneMatch(l -> l.item().equals("Internet egress"));
        linesSumToTheTotal(b);
    }

    @Test
    void theSupportPlanIsATieredShareOfSpendWithAMinimum() {
        // AWS's own example: $85,000 of usage -> 10% of $10,000 + 7% of $70,000 + 5% of $5,000
        // = $1,000 + $4,900 + $250 = $6,150.
        Model m = model("""
            {"name": "a", "pricing": "aws-us-east-1", "supportPlan": "support-business",
             "workload": {"arrivalRatePerSecond": 1},
             "components": [{"id": "app", "serviceTimeMs": 1, "monthlyFixedCostUsd": 85000}],
             "connections": []}""");
        Bill b = bill(m, 1);
        assertThat(only(b, "support-business support plan").monthlyUsd())
                .isCloseTo(6_150, within(1e-9));
        assertThat(only(b, "support-business support plan").unconfirmed()).isTrue();
        assertThat(b.totalUsd()).isCloseTo(91_150, within(1e-9));
        // $500 of usage: 10% is $50, below the $100 minimum.
        Model small = m.withComponent(0, m.components().get(0).toBuilder()
                .monthlyFixedCostUsd(500).build());
        assertThat(only(bill(small, 1), "support-business support plan").monthlyUsd())
                .isCloseTo(100, within(1e-9));
    }

    @Test
    void storageGrowsWithUsers() {
        // S3 Standard $0.023/GB-month: 100 GB + 0.01 GB × 10,000 users = 200 GB = $4.60; at 3x,
        // 100 + 0.01 × 30,000 = 400 GB = $9.20.
        Model m = model("""
            {"name": "a", "pricing": "aws-us-east-1",
             "workload": {"users": 10000, "requestsPerUserPerDay": 10},
             "components": [{"id": "s3", "kind": "storage", "serviceTimeMs": 1,
                             "instanceType": "s3-standard", "storageGb": 100,
                             "storageGbPerUser": 0.01}],
             "connections": []}""");
        assertThat(bill(m, 1).totalUsd()).isCloseTo(4.6, within(1e-9));
        assertThat(bill(m, 3).totalUsd()).isCloseTo(9.2, within(1e-9));
        assertThat(bill(m, 1).lines().get(0).arithmetic())
                .isEqualTo("100 GB + 0.01 GB × 10,000 users = 200 GB × $0.0230/GB-month");
    }

    @Test
    void logIngestionIsBilledPerGigabyteWritten() {
        // 26,265,600 visits × 2 KB = 50.09765625 GB × $0.50 = $25.048828125.
        Model m = model("""
            {"name": "a", "pricing": "aws-us-east-1", "workload": {"arrivalRatePerSecond": 10},
             "components": [{"id": "app", "serviceTimeMs": 1, "hourlyCostUsd": 0,
                             "logKbPerRequest": 2}], "connections": []}""");
        assertThat(only(bill(m, 1), "Log ingestion").monthlyUsd())
                .isCloseTo(25.048828125, within(1e-9));
    }

    @Test
    void aComponentNothingPricesIsNamedAndLeftOutOfTheTotal() {
        Model m = model("""
            {"name": "a", "pricing": "aws-us-east-1", "workload": {"arrivalRatePerSecond": 1},
             "components": [{"id": "app", "serviceTimeMs": 1, "instanceType": "t3.small"},
                            {"id": "api", "kind": "external", "serviceTimeMs": 1},
                            {"id": "free", "kind": "external", "serviceTimeMs": 1,
                             "hourlyCostUsd": 0}],
             "connections": []}""");
        Bill b = bill(m, 1);
        assertThat(b.unpricedComponents()).containsExactly("api");
        assertThat(b.prices("free")).isTrue();
        // t3.small all month and its 8 GB gp3 root volume.
        assertThat(b.totalUsd()).isCloseTo(730 * 0.0208 + 8 * 0.08, within(1e-9));
    }

    @Test
    void aMultiAzStandbyWithoutAPriceIsUnpricedNotFree() {
        Model m = model("""
            {"name": "a", "workload": {"arrivalRatePerSecond": 1},
             "components": [{"id": "db", "kind": "database", "serviceTimeMs": 1,
                             "hourlyCostUsd": 0.5, "multiAz": true}], "connections": []}""");
        Bill b = bill(m, 1);
        assertThat(b.unpricedComponents()).isEmpty();
        assertThat(b.partlyUnpricedComponents()).containsExactly("db");
        assertThat(b.unpriced()).singleElement().extracting(Bill.Unpriced::what)
                .isEqualTo("Multi-AZ standby");
    }

    @Test
    void everyCatalogPricedComponentCanBePricedAtOneCommitment() {
        // t3.medium: on-demand $0.0416/h, 1-year reserved no upfront $0.0261/h (infracost golden):
        // 730 × 0.0261 = $19.053; g5.xlarge $0.63378/h (addisonj/pricesim@cbdb505, retrieved
        // 2026-09-24): 730 × 0.63378 = $462.6594. The ALB has no 1-year price and stays
        // on-demand, with a note.
        Model m = model("""
            {"name": "a", "pricing": "aws-us-east-1", "workload": {"arrivalRatePerSecond": 1},
             "components": [{"id": "app", "serviceTimeMs": 1, "instanceType": "t3.medium"},
                            {"id": "gpu", "serviceTimeMs": 1, "instanceType": "g5.xlarge"},
                            {"id": "lb", "kind": "load-balancer", "serviceTimeMs": 1,
                             "instanceType": "alb"}],
             "connections": [{"from": "lb", "to": "app"}]}""");
        Bill committed = Billing.bill(m, dev.headroom.network.NetworkCompiler.compile(m), 1,
                BillingTest.CATALOGS, Commitment.ONE_YEAR);
        assertThat(committed.lines("app").get(0).monthlyUsd()).isCloseTo(19.053, within(1e-9));
        assertThat(committed.lines("app").get(0).commitment()).isEqualTo(Commitment.ONE_YEAR);
        assertThat(committed.lines("gpu").get(0).monthlyUsd()).isCloseTo(462.6594, within(1e-9));
        assertThat(committed.warnings()).singleElement().asString()
                .contains("has no 1y price for alb");
    }
}
