package dev.headroom.cost;

import static dev.headroom.cost.BillingTest.bill;
import static dev.headroom.cost.BillingTest.model;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An autoscaled tier on a 1- or 3-year commitment. A reservation, savings plan or committed-use
 * contract is billed every hour of its term whether an instance runs or not, so the bill commits
 * the instances that run every hour and bills the rest on demand. The tier: 12 quiet hours
 * (weight 0.5) and 12 busy ones (1.5) at 100 requests/s and 40 ms a visit on one server per
 * instance at 60% target: ceil(50 × 0.04 / 0.6) = 4 instances all day, ceil(150 × 0.04 / 0.6) =
 * 10 for 12 hours, 7 on average. Prices typed from the catalogs' sources:
 *
 * <ul>
 *   <li>AWS m6i.large: $0.096 on demand, $0.0635 reserved for a year, no upfront
 *       (addisonj/pricesim@cbdb505, "retrieved 2026-09-24"); boot disk 8 GB × $0.08.
 *   <li>GCP n2-standard-4: $0.194236 on demand, $0.122364 on 1-year committed use (Cyclenerd
 *       pricing.yml of 2026-07-30); the on-demand burst earns Google's sustained-use credit, 6
 *       instances 12 h a day: 6 × 365 × 0.194236 × 6.61% = $28.117409124 (worked in
 *       {@code GcpSustainedUseTest}); boot disk 10 GB × $0.04.
 * </ul>
 */
class CommittedAutoscaleTest {

    private static final String MODEL = """
        {"name": "a", "pricing": "%s",
         "workload": {"arrivalRatePerSecond": 100, "dailyProfile": [%s]},
         "components": [{"id": "app", "serviceTimeMs": 40, "concurrency": 1,
                         "instanceType": "%s", "commitment": "%s",
                         "autoscale": {"min": 1, "max": 20, "targetUtilization": 0.6}}],
         "connections": []}""";

    private static String profile() {
        return String.join(",", java.util.Collections.nCopies(12, "0.5")) + ","
                + String.join(",", java.util.Collections.nCopies(12, "1.5"));
    }

    private static List<LineItem> instanceLines(Bill b) {
        return b.lines().stream().filter(l -> l.item().endsWith("instance-hours")).toList();
    }

    @Test
    void theFourThatRunEveryHourAreReservedAndTheBurstIsOnDemand() {
        Bill b = bill(model(MODEL.formatted("aws-us-east-1", profile(), "m6i.large", "1y")), 1);
        List<LineItem> lines = instanceLines(b);
        assertThat(lines).hasSize(2);
        // 4 × 730 × 0.0635 = $185.42 reserved
        assertThat(lines.get(0).item()).isEqualTo("m6i.large (1y) instance-hours");
        assertThat(lines.get(0).monthlyUsd()).isCloseTo(4 * 730 * 0.0635, within(1e-9));
        assertThat(lines.get(0).arithmetic())
                .isEqualTo("4 × 730 h × $0.0635/h (the instances that run every hour)");
        // (7 − 4) × 730 × 0.096 = $210.24 on demand
        assertThat(lines.get(1).item()).isEqualTo("m6i.large instance-hours");
        assertThat(lines.get(1).commitment()).isEqualTo(Commitment.ON_DEMAND);
        assertThat(lines.get(1).monthlyUsd()).isCloseTo(3 * 730 * 0.096, within(1e-9));
        assertThat(lines.get(1).arithmetic()).isEqualTo("4–10 (avg 7.00) less the 4 committed = "
                + "3.00 × 730 h × $0.0960/h (on demand: they run part of the day)");
        // and the boot disks of all 7 on average: 7 × 8 GB × $0.08
        assertThat(b.totalUsd()).isCloseTo(4 * 730 * 0.0635 + 3 * 730 * 0.096 + 7 * 8 * 0.08,
                within(1e-9));
        assertThat(b.warnings()).isEmpty();
    }

    @Test
    void onGoogleTheBurstStillEarnsTheSustainedUseCredit() {
        Bill b = bill(model(MODEL.formatted("gcp-us-central1", profile(), "n2-standard-4", "1y")), 1);
        List<LineItem> lines = instanceLines(b);
        assertThat(lines.get(0).monthlyUsd()).isCloseTo(4 * 730 * 0.122364, within(1e-9));
        assertThat(lines.get(1).monthlyUsd()).isCloseTo(3 * 730 * 0.194236, within(1e-9));
        LineItem credit = b.lines().stream().filter(l -> l.item().endsWith("sustained-use discount"))
                .findFirst().orElseThrow();
        assertThat(credit.monthlyUsd()).isCloseTo(-28.117409124, within(1e-9));
        assertThat(b.totalUsd()).isCloseTo(4 * 730 * 0.122364 + 3 * 730 * 0.194236 - 28.117409124
                + 7 * 10 * 0.04, within(1e-8));
    }

    @Test
    void aTierThatNeverChangesIsCommittedWhole() {
        // flat profile: 7 instances every hour (ceil(100 × 0.04 / 0.6) = 7), all reserved
        String flat = String.join(",", java.util.Collections.nCopies(24, "1"));
        Bill b = bill(model(MODEL.formatted("aws-us-east-1", flat, "m6i.large", "1y")), 1);
        assertThat(instanceLines(b)).singleElement().satisfies(l -> {
            assertThat(l.item()).isEqualTo("m6i.large (1y) instance-hours");
            assertThat(l.monthlyUsd()).isCloseTo(7 * 730 * 0.0635, within(1e-9));
        });
    }

    @Test
    void spotIsPaidByTheHourUsedSoTheWholeTierIsOnIt() {
        // GCP n2-standard-4 spot $0.09212 for all 7 × 730 instance-hours; no commitment to split
        Bill b = bill(model(MODEL.formatted("gcp-us-central1", profile(), "n2-standard-4", "spot")), 1);
        assertThat(instanceLines(b)).singleElement().satisfies(l ->
                assertThat(l.monthlyUsd()).isCloseTo(7 * 730 * 0.09212, within(1e-9)));
    }
}
