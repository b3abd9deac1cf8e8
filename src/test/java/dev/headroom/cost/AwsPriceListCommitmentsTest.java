package dev.headroom.cost;

import static dev.headroom.cost.BillingTest.bill;
import static dev.headroom.cost.BillingTest.model;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Commitments the AWS Price List API stated on 2026-10-01, typed from the price book
 * namratabhatia21/Clarchy@24812aa generated from it: m7g.large $0.0816 an hour on demand, Compute
 * Savings Plans no upfront $0.0599 (1 year) and $0.0414 (3 years), which addisonj/pricesim states
 * too beside the reserved instances the catalog uses; RDS for PostgreSQL
 * db.m7g.large $0.168, Multi-AZ $0.337, 1-year reserved no upfront $0.1297, 3-year partial upfront
 * effective $0.092647.
 */
class AwsPriceListCommitmentsTest {

    private static final String MODEL = """
        {"name": "a", "pricing": "aws-us-east-1", "workload": {"arrivalRatePerSecond": 1},
         "components": [{"id": "c", "kind": "%s", "serviceTimeMs": 1, "instanceType": "%s",
                         "commitment": "%s" %s}],
         "connections": []}""";

    private static double line(Bill b, String item) {
        return b.lines().stream().filter(l -> l.item().equals(item)).findFirst().orElseThrow()
                .monthlyUsd();
    }

    @Test
    void m7gLargeOnAReservedInstance() {
        // Standard reserved, no upfront (addisonj/pricesim@cbdb505, retrieved 2026-09-24, row
        // 'm7g.large': ri [0.054, ..., 0.037, ...], sp [0.0599, ..., 0.0414, ...]; the sp figures
        // are the Compute Savings Plans this class's source states too): 2 × 730 × 0.054 =
        // $78.84; 2 × 730 × 0.037 = $54.02. No fallback warning.
        Bill oneYear = bill(model(MODEL.formatted("service", "m7g.large", "1y",
                ", \"instances\": 2")), 1);
        assertThat(line(oneYear, "m7g.large (1y) instance-hours")).isCloseTo(78.84, within(1e-9));
        assertThat(oneYear.warnings()).isEmpty();
        Bill threeYears = bill(model(MODEL.formatted("service", "m7g.large", "3y",
                ", \"instances\": 2")), 1);
        assertThat(line(threeYears, "m7g.large (3y) instance-hours"))
                .isCloseTo(54.02, within(1e-9));
    }

    @Test
    void dbM7gLargeMultiAzReserved() {
        // On demand: 730 × 0.168 = $122.64 and a standby of 730 × (0.337 − 0.168) = $123.37.
        // 1 year: 730 × 0.1297 = $94.681, the standby at the on-demand Multi-AZ ratio:
        // 94.681 × (0.337 / 0.168 − 1) = $95.2446...
        Bill od = bill(model(MODEL.formatted("database", "db.m7g.large", "on-demand",
                ", \"multiAz\": true")), 1);
        assertThat(line(od, "db.m7g.large instance-hours")).isCloseTo(122.64, within(1e-9));
        assertThat(line(od, "db.m7g.large Multi-AZ standby")).isCloseTo(123.37, within(1e-9));
        Bill reserved = bill(model(MODEL.formatted("database", "db.m7g.large", "1y",
                ", \"multiAz\": true")), 1);
        assertThat(line(reserved, "db.m7g.large (1y) instance-hours"))
                .isCloseTo(94.681, within(1e-9));
        assertThat(line(reserved, "db.m7g.large Multi-AZ standby"))
                .isCloseTo(94.681 * (0.337 / 0.168 - 1), within(1e-9));
        assertThat(reserved.warnings()).isEmpty();
    }
}
