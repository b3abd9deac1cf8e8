package dev.headroom.cost;

import static dev.headroom.cost.BillingTest.CATALOGS;
import static dev.headroom.cost.BillingTest.model;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.headroom.Fixtures;
import dev.headroom.model.Model;
import dev.headroom.network.Network;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link Billing#withCommitment} makes the Bill view's "all 1-year" (or 3-year, spot,
 * on-demand) column a model the user can keep: its own bill is that column's, line for line in
 * total, and it carries no fallback warning.
 */
class WithCommitmentTest {

    @Test
    void everyBundledModelsCommittedColumnIsTheBillOfTheModelItMakes() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("models"))) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(8);
        for (Path f : files) {
            Model m = Fixtures.model(f);
            if (m.pricing() == null) {
                continue;
            }
            Network net = Fixtures.network(m);
            for (Commitment k : Commitment.values()) {
                Bill column = Billing.bill(m, net, 1, CATALOGS, k);
                Model kept = Billing.withCommitment(m, CATALOGS, k);
                Bill own = Billing.bill(kept, Fixtures.network(kept), 1, CATALOGS);
                assertThat(own.totalUsd()).as(f + " " + k).isCloseTo(column.totalUsd(), within(1e-6));
                assertThat(own.warnings()).as(f + " " + k)
                        .noneMatch(w -> w.endsWith("priced on-demand"));
            }
        }
    }

    @Test
    void onlyCatalogPricedInstancesChangeAndOnlyToPricesTheCatalogHas() {
        Model m = model("""
            {"name": "a", "pricing": "azure-eastus", "workload": {"arrivalRatePerSecond": 1},
             "components": [
               {"id": "reserved", "serviceTimeMs": 1, "instanceType": "D4ds_v5"},
               {"id": "none", "serviceTimeMs": 1, "instanceType": "D4s_v5", "commitment": "3y"},
               {"id": "typed", "serviceTimeMs": 1, "hourlyCostUsd": 0.5, "commitment": "3y"},
               {"id": "free", "serviceTimeMs": 1}],
             "connections": []}""");
        Model year = Billing.withCommitment(m, CATALOGS, Commitment.ONE_YEAR);
        assertThat(year.component("reserved").orElseThrow().commitment()).isEqualTo("1y");
        // D4s_v5 has no 1-year price: on demand, as the all-1-year column prices it
        assertThat(year.component("none").orElseThrow().commitment()).isEqualTo("on-demand");
        assertThat(year.component("typed").orElseThrow().commitment()).isEqualTo("3y");
        assertThat(year.component("free").orElseThrow().commitment()).isEqualTo("on-demand");
        // already so: the same model, so the app records no edit
        assertThat(Billing.withCommitment(year, CATALOGS, Commitment.ONE_YEAR)).isEqualTo(year);
        Model unpriced = model("""
            {"name": "a", "workload": {"arrivalRatePerSecond": 1},
             "components": [{"id": "x", "serviceTimeMs": 1, "hourlyCostUsd": 0.5}],
             "connections": []}""");
        assertThat(Billing.withCommitment(unpriced, CATALOGS, Commitment.THREE_YEAR)).isSameAs(unpriced);
    }
}
