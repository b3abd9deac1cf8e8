package dev.headroom.cost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.io.ModelReader;
import dev.headroom.model.Model;
import dev.headroom.network.Network;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Laws of the bill (docs/code-style.md "Properties over examples"). */
class BillingPropertiesTest {
    static Model model(int instances, double peak) {
        return ModelReader.parse("""
            {"name": "a", "pricing": "aws-us-east-1",
             "workload": {"users": 40000, "requestsPerUserPerDay": 80, "peakToAverage": %s,
               "classes": [{"name": "page", "share": 1, "entry": "web", "responseKb": 60}]},
             "components": [
               {"id": "web", "concurrency": 4, "serviceTimeMs": 30, "instanceType": "m6i.large",
                "autoscale": {"min": 2, "max": 200, "targetUtilization": 0.6}},
               {"id": "db", "instances": %d, "concurrency": 8, "serviceTimeMs": 3,
                "instanceType": "db.m6g.large"},
               {"id": "q", "kind": "queue", "serviceTimeMs": 1, "instanceType": "sqs-standard"}],
             "connections": [{"from": "web", "to": "db", "calls": 2.5},
                             {"from": "web", "to": "q", "async": true, "calls": 0.3}]}"""
                .formatted(peak, instances)).model();
    }

    @Property(tries = 200)
    void theBillNeverFallsAsUsersGrow(@ForAll @DoubleRange(min = 0.05, max = 20) double m,
            @ForAll @DoubleRange(min = 1.01, max = 3) double factor,
            @ForAll @DoubleRange(min = 1, max = 6) double peak) {
        Model model = model(1, peak);
        Network net = dev.headroom.Fixtures.network(model);
        double a = Billing.bill(model, net, m, BillingTest.CATALOGS).totalUsd();
        double b = Billing.bill(model, net, m * factor, BillingTest.CATALOGS).totalUsd();
        assertThat(b).isGreaterThanOrEqualTo(a);
    }

    @Property(tries = 100)
    void moreInstancesNeverCostLess(@ForAll @IntRange(min = 1, max = 20) int instances,
            @ForAll @DoubleRange(min = 0.1, max = 10) double m) {
        Model few = model(instances, 2);
        Model more = model(instances + 1, 2);
        double a = Billing.bill(few, dev.headroom.Fixtures.network(few), m, BillingTest.CATALOGS)
                .totalUsd();
        double b = Billing.bill(more, dev.headroom.Fixtures.network(more), m, BillingTest.CATALOGS)
                .totalUsd();
        assertThat(b).isGreaterThan(a);
    }
}
