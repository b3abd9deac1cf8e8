package dev.headroom.cost;

import static dev.headroom.cost.BillingTest.bill;
import static dev.headroom.cost.BillingTest.model;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.headroom.model.Model;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Google's sustained-use discount on the gcp-us-central1 bill, worked by hand from figures typed
 * from their sources: n2-standard-4 and n2-standard-8 at $0.194236 and $0.388472 an hour, and
 * 19.98% off an N2 or N2D instance that runs the whole month: the same Cyclenerd pricing.yml (of
 * 2026-07-30) states each N2 type's month as hour × 730 × 0.8002 (n2-standard-80: 3.88472 an hour,
 * 2269.24364912 a month), and Google's "Sustained use discounts for Compute Engine" puts N2 and
 * N2D under "Maximum of 20% monthly SUDs". None for E2.
 */
class GcpSustainedUseTest {

    /**
     * Each VM's boot disk, which earns no discount: 10 GB of pd-standard at $0.04 a GB-month
     * (infracost's us-central1 golden: "Standard provisioned storage (pd-standard) 10 GB $0.40").
     */
    private static final double DISK = 0.40;

    private static final String MODEL = """
        {"name": "g", "pricing": "gcp-us-central1",
         "workload": {"arrivalRatePerSecond": 10 %s},
         "components": [{"id": "app", "serviceTimeMs": 1, "instanceType": "%s" %s}],
         "connections": []}""";

    private static List<LineItem> lines(Bill b, String suffix) {
        return b.lines().stream().filter(l -> l.item().endsWith(suffix)).toList();
    }

    @Test
    void anN2InstanceThatRunsAllMonthPaysItsFullMonthFigure() {
        // One n2-standard-8 all month: 730 × 0.388472 = $283.58456, less 19.98% ($56.660195088)
        // = $226.924364912, a tenth of pricing.yml's n2-standard-80 month (2269.24364912).
        Bill one = bill(model(MODEL.formatted("", "n2-standard-8", "")), 1);
        assertThat(one.totalUsd() - DISK).isCloseTo(2269.24364912 / 10, within(1e-9));
        LineItem credit = lines(one, "sustained-use discount").get(0);
        assertThat(credit.monthlyUsd()).isCloseTo(-56.660195088, within(1e-9));
        assertThat(credit.quantity()).isEqualTo(730);
        assertThat(credit.arithmetic()).isEqualTo(
                "1 instance all month × 730 h × $0.3885/h × −19.98%");

        // Three n2-standard-4: 3 × 730 × 0.194236 = $425.37684, less $84.990292632 =
        // $340.386547368.
        Bill three = bill(model(MODEL.formatted("", "n2-standard-4", ", \"instances\": 3")), 1);
        assertThat(three.totalUsd()).isCloseTo(340.386547368 + 3 * DISK, within(1e-9));
        assertThat(three.warnings()).isEmpty();
    }

    @Test
    void noDiscountUnderACommitmentOnSpotOrForE2() {
        // 1-year committed use: 730 × 0.244728 = $178.65144 and no credit; spot 730 × 0.18424 =
        // $134.4952; e2-standard-4 730 × 0.13402284 = $97.8366732.
        Bill committed = bill(model(MODEL.formatted("", "n2-standard-8",
                ", \"commitment\": \"1y\"")), 1);
        assertThat(committed.totalUsd()).isCloseTo(178.65144 + DISK, within(1e-9));
        assertThat(lines(committed, "sustained-use discount")).isEmpty();
        Bill spot = bill(model(MODEL.formatted("", "n2-standard-8",
                ", \"commitment\": \"spot\"")), 1);
        assertThat(spot.totalUsd()).isCloseTo(134.4952 + DISK, within(1e-9));
        Bill e2 = bill(model(MODEL.formatted("", "e2-standard-4", "")), 1);
        assertThat(e2.totalUsd()).isCloseTo(97.8366732 + DISK, within(1e-9));
        assertThat(lines(e2, "sustained-use discount")).isEmpty();
    }

    private static Model autoscaled(String profile) {
        return model("""
            {"name": "g", "pricing": "gcp-us-central1",
             "workload": {"arrivalRatePerSecond": 100, "dailyProfile": [%s]},
             "components": [{"id": "app", "serviceTimeMs": 40, "concurrency": 1,
                             "instanceType": "n2-standard-4",
                             "autoscale": {"min": 1, "max": 20, "targetUtilization": 0.6}}],
             "connections": []}""".formatted(profile));
    }

    private static String hours(int n, double weight) {
        return String.join(",", java.util.Collections.nCopies(n, Double.toString(weight)));
    }

    @Test
    void anAutoscaledTierEarnsItStepByStepOnEachInstance() {
        // 12 quiet hours (weight 0.5) and 12 busy ones (1.5) at 100 requests/s and 40 ms a visit
        // on one server per instance at 60% target: the quiet hours need ceil(50 × 0.04 / 0.6) = 4
        // instances, the busy ones ceil(150 × 0.04 / 0.6) = 10. 7 on average: 7 × 730 × 0.194236
        // = $992.54596. The 4 that never stop earn 19.98%: 4 × 730 × 0.194236 × 0.1998 =
        // $113.320390176. The 6 that run 12 hours a day run half the month: their first 182.5 h
        // at the base rate, the next 182.5 h at 86.78%, so 0.25 × 13.22% = 3.305% of a month's
        // price off each, 6.61% of its 365 h: 6 × 365 × 0.194236 × 0.0661 = $28.117409124 off.
        // Total $851.10816070.
        Bill b = bill(autoscaled(hours(12, 0.5) + "," + hours(12, 1.5)), 1);
        assertThat(lines(b, "instance-hours").get(0).monthlyUsd())
                .isCloseTo(992.54596, within(1e-9));
        LineItem credit = lines(b, "sustained-use discount").get(0);
        assertThat(credit.monthlyUsd()).isCloseTo(-(113.320390176 + 28.117409124),
                within(1e-9));
        assertThat(credit.quantity()).isCloseTo(4 * 730 + 6 * 365, within(1e-9));
        assertThat(credit.quantity() * credit.unitPriceUsd()).isCloseTo(credit.monthlyUsd(),
                within(1e-9));
        assertThat(credit.arithmetic()).isEqualTo("4 instances all month × 730 h × $0.1942/h × "
                + "−19.98% + 6 instances 12 h a day × 365 h × $0.1942/h × −6.61%");
        assertThat(b.totalUsd()).isCloseTo(851.10816070 + 7 * DISK, within(1e-8));
        assertThat(b.warnings()).isEmpty();
    }

    @Test
    void aQuarterOfTheMonthOrLessEarnsNothing() {
        // 18 hours at weight 0.5 and 6 at 2.5: 4 instances, then ceil(250 × 0.04 / 0.6) = 17. The
        // 13 extra run 6 h a day, a quarter of the month, all at the base rate: only the 4 earn
        // the discount. (18 × 4 + 6 × 17) / 24 = 7.25 instances on average: 7.25 × 730 ×
        // 0.194236 = $1,027.99403, less $113.320390176.
        Bill b = bill(autoscaled(hours(18, 0.5) + "," + hours(6, 2.5)), 1);
        assertThat(lines(b, "sustained-use discount").get(0).arithmetic())
                .isEqualTo("4 instances all month × 730 h × $0.1942/h × −19.98%");
        assertThat(b.totalUsd()).isCloseTo(1027.99403 - 113.320390176 + 7.25 * DISK,
                within(1e-8));
    }

    @Test
    void fiveSixthsOfTheMonthReachesTheLastStep() {
        // 4 hours at weight 0.5 and 20 at 1.1: 4 instances, then ceil(110 × 0.04 / 0.6) = 8. The 4
        // extra run 20 h a day, 5/6 of the month: charged 0.25 + 0.25 × 0.8678 + 0.25 × 0.733 +
        // (5/6 − 0.75) × 0.6 = 0.7002 of a month's price for 5/6 of it, 1997/15000 of a month
        // off (15.976% of its hours): 4 × 730 × 0.194236 × 1997/15000 = $75.509115509. (4 × 4 +
        // 20 × 8) / 24 × 730 × 0.194236 = $1,039.81005333, less $113.320390176 and $75.509115509:
        // $850.980547648.
        Bill b = bill(autoscaled(hours(4, 0.5) + "," + hours(20, 1.1)), 1);
        LineItem credit = lines(b, "sustained-use discount").get(0);
        assertThat(credit.monthlyUsd()).isCloseTo(-(113.320390176 + 75.509115509),
                within(1e-8));
        assertThat(credit.arithmetic()).endsWith(" + 4 instances 20 h a day × 608 h × "
                + "$0.1942/h × −15.976%");
        assertThat(b.totalUsd()).isCloseTo(850.980547648 + 176.0 / 24 * DISK, within(1e-8));
    }
}
