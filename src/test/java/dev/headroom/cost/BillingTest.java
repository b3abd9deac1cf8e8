package dev.headroom.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.headroom.io.CatalogLoader;
import dev.headroom.io.ModelReader;
import dev.headroom.model.Model;
import dev.headroom.model.Problem;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Bills against hand-computed figures (docs/pricing.md "The bill": 730 hours, 30.4 days a month). */
class BillingTest {
    static final CatalogLibrary CATALOGS = CatalogLoader.loadBundled().library();

    static Model model(String json) {
        ModelReader.Result r = ModelReader.parse(json);
        assertThat(r.problems()).isEmpty();
        return r.model();
    }

    static Bill bill(Model m, double at) {
        assertThat(Billing.check(m, CATALOGS)).isEmpty();
        return Billing.bill(m, dev.headroom.Fixtures.network(m), at, CATALOGS);
    }

    @Test
    void fixedInstancesRunAllMonth() {
        // 3 × $0.25/h × 730 h = $547.50, whatever the load.
        Model m = model("""
            {"name": "a", "workload": {"users": 1000, "requestsPerUserPerDay": 100},
             "components": [{"id": "app", "instances": 3, "serviceTimeMs": 10,
                             "hourlyCostUsd": 0.25}], "connections": []}""");
        assertThat(bill(m, 1).totalUsd()).isCloseTo(547.5, within(1e-9));
        assertThat(bill(m, 5).totalUsd()).isCloseTo(547.5, within(1e-9));
        // $547.50 for 1,000 users = $547.50 per 1,000 users; at 5x, 5,000 users: $109.50.
        assertThat(bill(m, 5).perThousandUsersUsd()).isCloseTo(109.5, within(1e-9));
    }

    @Test
    void catalogPriceOfAnInstanceType() {
        // m6i.large on-demand in us-east-1: $0.096/h (aws.amazon.com/ec2/pricing/on-demand/,
        // shared/pricing/prices.csv): 2 × 0.096 × 730 = $140.16, and each instance's 8 GB gp3
        // root volume at $0.08 a GB-month: 2 × 8 × 0.08 = $1.28.
        Model m = model("""
            {"name": "a", "workload": {"arrivalRatePerSecond": 1}, "pricing": "aws-us-east-1",
             "components": [{"id": "app", "instances": 2, "serviceTimeMs": 10,
                             "instanceType": "m6i.large"}], "connections": []}""");
        assertThat(bill(m, 1).totalUsd()).isCloseTo(140.16 + 1.28, within(1e-9));
        LineItem line = bill(m, 1).lines("app").get(0);
        assertThat(line.arithmetic()).isEqualTo("2 × 730 h × $0.0960/h");
        assertThat(line.quantity()).isEqualTo(1460);
        assertThat(line.unitPriceUsd()).isEqualTo(0.096);
        assertThat(line.sku()).isEqualTo("m6i.large");
    }

    @Test
    void autoscaledTierWithAFlatProfileRunsTheSameCountEveryHour() {
        // avg rate = 86,400 users × 10 / 86,400 = 10/s (flat: peak = average). Offered load
        // 10 × 0.5 s = 5 busy servers; concurrency 2, target 0.5 -> ceil(5/1) = 5 instances.
        // 5 × $0.10 × 730 = $365.
        Model m = model("""
            {"name": "a", "workload": {"users": 86400, "requestsPerUserPerDay": 10,
                                       "dailyProfile": [1,1,1,1,1,1,1,1,1,1,1,1,
                                                        1,1,1,1,1,1,1,1,1,1,1,1]},
             "components": [{"id": "app", "concurrency": 2, "serviceTimeMs": 500,
                             "autoscale": {"min": 1, "max": 50, "targetUtilization": 0.5},
                             "hourlyCostUsd": 0.10}], "connections": []}""");
        assertThat(bill(m, 1).totalUsd()).isCloseTo(365, within(1e-9));
    }

    @Test
    void autoscaledTierIsResizedEveryHourOfAPeakedProfile() {
        // Same tier; 12 hours at weight 0.5 (2.5 busy -> 3 instances) and 12 at 1.5
        // (7.5 busy -> 8 instances), peakToAverage 1.5. Average 5.5 instances:
        // 5.5 × $0.10 × 730 = $401.50. A fixed tier sized for the peak would cost $584.
        Model m = model("""
            {"name": "a", "workload": {"users": 86400, "requestsPerUserPerDay": 10,
                                       "peakToAverage": 1.5,
                                       "dailyProfile": [0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,
                                                        1.5,1.5,1.5,1.5,1.5,1.5,1.5,1.5,1.5,1.5,1.5,1.5]},
             "components": [{"id": "app", "concurrency": 2, "serviceTimeMs": 500,
                             "autoscale": {"min": 1, "max": 50, "targetUtilization": 0.5},
                             "hourlyCostUsd": 0.10}], "connections": []}""");
        assertThat(bill(m, 1).totalUsd()).isCloseTo(401.5, within(1e-9));
        assertThat(bill(m, 1).lines("app").get(0).arithmetic()).startsWith("3–8 (avg 5.50) ×");
    }

    @Test
    void perCallChargesCountCallsAtAverageLoad() {
        // 10,000 users × 50 requests × 30.4 days = 15.2 M requests; 2 calls each = 30.4 M
        // calls × $0.40 per million = $12.16.
        Model m = model("""
            {"name": "a", "workload": {"users": 10000, "requestsPerUserPerDay": 50,
                                       "peakToAverage": 4},
             "components": [{"id": "api", "kind": "external", "serviceTimeMs": 1},
                            {"id": "q", "kind": "queue", "serviceTimeMs": 1,
                             "costPerMillionCalls": 0.40}],
             "connections": [{"from": "api", "to": "q", "calls": 2}]}""");
        assertThat(bill(m, 1).totalUsd()).isCloseTo(12.16, within(1e-9));
    }

    @Test
    void catalogPerRequestPriceIsAPerCallCharge() {
        // sqs-standard: $0.40 per million requests (aws.amazon.com/sqs/pricing/).
        Model m = model("""
            {"name": "a", "workload": {"users": 10000, "requestsPerUserPerDay": 50},
             "pricing": "aws-us-east-1",
             "components": [{"id": "q", "kind": "queue", "serviceTimeMs": 1,
                             "instanceType": "sqs-standard"}], "connections": []}""");
        assertThat(bill(m, 1).totalUsd()).isCloseTo(15.2 * 0.40, within(1e-9));
    }

    @Test
    void fixedMonthlyChargesAreAdded() {
        Model m = model("""
            {"name": "a", "workload": {"arrivalRatePerSecond": 1},
             "components": [{"id": "s", "kind": "storage", "serviceTimeMs": 1,
                             "monthlyFixedCostUsd": 23.0, "hourlyCostUsd": 0.01}],
             "connections": []}""");
        assertThat(bill(m, 1).totalUsd()).isCloseTo(23 + 7.3, within(1e-9));
    }

    @Test
    void egressIsBilledPerGigabyteOfResponses() {
        // 100,000 users × 20 requests × 30.4 = 60.8 M requests; browse 80% × 512 KB,
        // api 20% × 8 KB -> 411.2 KB a request -> 60.8e6 × 411.2 / 1024² GB = 23,842.6 GB.
        // AWS internet egress: 100 GB free, 10,140 GB × $0.09 = $912.60, the rest × $0.085.
        Model m = model("""
            {"name": "a", "pricing": "aws-us-east-1",
             "workload": {"users": 100000, "requestsPerUserPerDay": 20,
               "classes": [{"name": "browse", "share": 0.8, "entry": "web", "responseKb": 512},
                           {"name": "api", "share": 0.2, "entry": "web", "responseKb": 8}]},
             "components": [{"id": "web", "serviceTimeMs": 5, "hourlyCostUsd": 0}],
             "connections": []}""");
        double gb = 60.8e6 * 411.2 / (1024.0 * 1024.0);
        assertThat(bill(m, 1).totalUsd()).isCloseTo(912.6 + (gb - 10_240) * 0.085, within(1e-6));
        assertThat(bill(m, 1).lines()).extracting(LineItem::item).contains("Internet egress");
    }

    @Test
    void aCommitmentTheCatalogDoesNotOfferFallsBackWithAWarning() {
        Model m = model("""
            {"name": "a", "workload": {"arrivalRatePerSecond": 1}, "pricing": "aws-us-east-1",
             "components": [{"id": "gpu", "serviceTimeMs": 10, "instanceType": "g5.xlarge",
                             "commitment": "spot"}], "connections": []}""");
        Bill b = bill(m, 1);
        assertThat(b.warnings()).singleElement().asString()
                .isEqualTo("gpu: aws-us-east-1 has no spot price for g5.xlarge; priced on-demand");
    }

    @Test
    void unknownInstanceTypeNamesTheComponentAndTheNearestSkus() {
        Model m = model("""
            {"name": "a", "workload": {"arrivalRatePerSecond": 1}, "pricing": "aws-us-east-1",
             "components": [{"id": "app", "serviceTimeMs": 10, "instanceType": "m6i.larg"}],
             "connections": []}""");
        assertThat(Billing.check(m, CATALOGS)).extracting(Problem::toString).singleElement()
                .asString().startsWith("components[0].instanceType: unknown instance type "
                        + "\"m6i.larg\" in aws-us-east-1; did you mean m6i.large");
    }

    @Test
    void unknownCatalogIsAProblemWithASuggestion() {
        Model m = model("""
            {"name": "a", "workload": {"arrivalRatePerSecond": 1}, "pricing": "aws-us-east",
             "components": [{"id": "app", "serviceTimeMs": 10}], "connections": []}""");
        assertThat(Billing.check(m, CATALOGS)).extracting(Problem::toString).singleElement()
                .asString().startsWith("pricing: unknown pricing catalog \"aws-us-east\"; "
                        + "did you mean \"aws-us-east-1\"?");
    }

    @Test
    void instanceTypeWithoutACatalogIsAProblem() {
        Model m = model("""
            {"name": "a", "workload": {"arrivalRatePerSecond": 1},
             "components": [{"id": "app", "serviceTimeMs": 10, "instanceType": "m6i.large"}],
             "connections": []}""");
        assertThat(Billing.check(m, CATALOGS)).extracting(Problem::path)
                .containsExactly("components[0].instanceType");
    }

    @Test
    void defaultDailyProfileHasMeanOneAndPeaksAtThePeakFactor() {
        for (double p : new double[] {1, 1.5, 2, 3, 6, 12, 24}) {
            double[] w = DailyProfile.standard(p);
            assertThat(w).hasSize(24);
            assertThat(Arrays.stream(w).average().orElseThrow()).as("mean at " + p)
                    .isCloseTo(1, within(1e-9));
            assertThat(Arrays.stream(w).max().orElseThrow()).as("peak at " + p)
                    .isCloseTo(p, within(1e-9));
            assertThat(Arrays.stream(w).min().orElseThrow()).isGreaterThanOrEqualTo(0);
        }
    }
}
