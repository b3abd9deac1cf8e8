package dev.headroom.ui.bill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.headroom.Fixtures;
import dev.headroom.app.Analysis;
import dev.headroom.cost.Bill;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Bill workspace's figures, without a display. */
class BillSheetTest {

    private static final String GCP = """
        {"name": "gcp", "pricing": "gcp-us-central1",
         "workload": {"users": 50000, "requestsPerUserPerDay": 40, "peakToAverage": 2.5,
           "classes": [{"name": "api", "share": 1, "entry": "api", "responseKb": 30}]},
         "components": [
          {"id": "api", "serviceTimeMs": 25, "instances": 3, "instanceType": "n2-standard-4",
           "commitment": "1y"},
          {"id": "db", "kind": "database", "serviceTimeMs": 2,
           "instanceType": "cloudsql-pg-4-15360", "storageGb": 250},
          {"id": "sentry", "kind": "external", "serviceTimeMs": 80}],
         "connections": [{"from": "api", "to": "db"}, {"from": "api", "to": "sentry",
                          "calls": 0.01}]}""";

    @Test
    void theColumnsAreTheModelsBillAndTheSameDesignAtEachCommitment() {
        Analysis a = Fixtures.service().analyze(Fixtures.parse(GCP));
        BillSheet s = BillSheet.of(a, 1, BillSheet.Grouping.COMPONENT);
        assertThat(s.columns()).extracting(BillSheet.Column::title)
                .containsExactly("As modelled", "All on-demand", "All 1-year", "All 3-year");
        assertThat(s.columns().get(0).totalUsd()).isCloseTo(a.billAt(1).totalUsd(), within(1e-9));
        // n2-standard-4 runs 1-year committed in the model: the on-demand bill is dearer, the
        // 3-year one cheaper; Cloud SQL has no committed price here, so it falls back.
        assertThat(s.columns().get(1).totalUsd()).isGreaterThan(s.columns().get(0).totalUsd());
        assertThat(s.columns().get(2).totalUsd()).isCloseTo(s.columns().get(0).totalUsd(),
                within(1e-9));
        assertThat(s.columns().get(3).totalUsd()).isLessThan(s.columns().get(0).totalUsd());
        assertThat(s.columns().get(3).fellBack()).isEqualTo(1);
        assertThat(s.columns().get(1).against(s.columns().get(1).totalUsd()))
                .isEqualTo("same as on-demand");
        assertThat(s.columns().get(3).against(s.columns().get(1).totalUsd())).startsWith("\u2212");
        // The sustained-use credit exists only on demand: its row is blank in the other columns,
        // 3 × 730 h × $0.194236 × 19.98% = $84.990292632 off in the on-demand one.
        BillSheet.Row credit = s.groups().get(0).rows().stream()
                .filter(r -> r.item().endsWith("sustained-use discount")).findFirst().orElseThrow();
        assertThat(credit.usd()[0]).isNull();
        assertThat(credit.usd()[1]).isCloseTo(-84.990292632, within(1e-9));
        assertThat(credit.usd()[2]).isNull();
        assertThat(credit.arithmetic()).startsWith("All on-demand: 3 instances all month");
    }

    @Test
    void groupsSumToTheTotalsAndNameTheUnpricedComponent() {
        Analysis a = Fixtures.service().analyze(Fixtures.parse(GCP));
        for (BillSheet.Grouping g : BillSheet.Grouping.values()) {
            BillSheet s = BillSheet.of(a, 2, g);
            for (int i = 0; i < s.columns().size(); i++) {
                int col = i;
                double sum = s.groups().stream().mapToDouble(x -> x.subtotal()[col]).sum();
                assertThat(sum).as(g + " column " + i)
                        .isCloseTo(s.columns().get(i).totalUsd(), within(1e-6));
            }
            assertThat(s.unpriced()).isEqualTo("1 component has no price (sentry)");
        }
        BillSheet byComponent = BillSheet.of(a, 1, BillSheet.Grouping.COMPONENT);
        assertThat(byComponent.groups()).extracting(BillSheet.Group::name)
                .containsExactly("api", "db", "Whole design");
    }

    @Test
    void aChargeWithNoPriceIsNamedInTheBannerToo() {
        // Hetzner's ccx23 names no storage price: the 200 GB the database stores are not billed.
        Analysis a = Fixtures.service().analyze(Fixtures.parse("""
            {"name": "x", "pricing": "hetzner", "workload": {"arrivalRatePerSecond": 1},
             "components": [{"id": "db", "name": "Postgres", "kind": "database",
                             "serviceTimeMs": 1, "instanceType": "ccx23", "storageGb": 200}],
             "connections": []}"""));
        BillSheet s = BillSheet.of(a, 1, BillSheet.Grouping.COMPONENT);
        assertThat(s.unpriced()).isEqualTo("1 charge has no price (Postgres: storage)");
        assertThat(s.notes()).anySatisfy(n -> assertThat(n).startsWith("Not priced: Postgres, "
                + "storage: ccx23 names no storage price in hetzner"));
    }

    @Test
    void unconfirmedPricesAreMarkedAndCounted() {
        // microservices-gateway.json's Business support plan ($132.92, docs/pricing.md) is
        // priced from an unconfirmed catalog figure; every other line is confirmed.
        Analysis a = Fixtures.service().analyze(
                Fixtures.model(Path.of("models", "microservices-gateway.json")));
        BillSheet s = BillSheet.of(a, 1, BillSheet.Grouping.CATEGORY);
        Bill bill = a.billAt(1);
        long marked = s.groups().stream().flatMap(g -> g.rows().stream())
                .filter(BillSheet.Row::unconfirmed).count();
        assertThat(marked).isEqualTo(bill.lines().stream().filter(l -> l.unconfirmed()).count())
                .isEqualTo(1);
        assertThat(s.notes().get(0)).startsWith("* $133 of it at prices not confirmed");
        assertThat(s.groups().get(0).name()).isEqualTo("Compute");
    }

    @Test
    void aModelWithoutABillHasNoSheet() {
        Analysis a = Fixtures.unpriced().analyze(Fixtures.parse("""
            {"name": "x", "workload": {"arrivalRatePerSecond": 1},
             "components": [{"id": "a", "serviceTimeMs": 1}], "connections": []}"""));
        assertThat(BillSheet.of(a, 1, BillSheet.Grouping.COMPONENT)).isNull();
    }
    @Test
    void aCommitmentTheCatalogLacksSaysWhereTheBuyersOwnPriceGoes() {
        // azure-eastus has no dated 1-year price for D4s_v5: it is billed on demand, and said so
        String model = """
            {"name": "x", "pricing": "azure-eastus", "workload": {"arrivalRatePerSecond": 1},
             "components": [{"id": "api", "serviceTimeMs": 1, "instanceType": "%s",
                             "commitment": "1y"}],
             "connections": []}""";
        BillSheet fell = BillSheet.of(Fixtures.service().analyze(Fixtures.parse(
                model.formatted("D4s_v5"))), 1, BillSheet.Grouping.COMPONENT);
        assertThat(fell.notes()).containsSubsequence(
                "api: azure-eastus has no 1y price for D4s_v5; priced on-demand.",
                "A price you hold (a reservation, a negotiated rate) goes in a *.pricing.json next "
                        + "to the model that extends azure-eastus (docs/pricing.md, \"Adding a few "
                        + "prices\").");
        BillSheet reserved = BillSheet.of(Fixtures.service().analyze(Fixtures.parse(
                model.formatted("D4ds_v5"))), 1, BillSheet.Grouping.COMPONENT);
        assertThat(reserved.notes()).noneSatisfy(n -> assertThat(n).contains("pricing.json"));
    }
    @Test
    void aCommittedTiersBurstSitsUnderItsInstanceLine() {
        // An autoscaled m6i.large tier, 4 instances all day and 10 for 12 busy hours: on 1y and
        // 3y it is two lines, the 4 committed and the 3 on average above them on demand
        // (docs/pricing.md, "Commitments"); the second shows right under the first.
        String quiet = String.join(",", java.util.Collections.nCopies(12, "0.5"));
        String busy = String.join(",", java.util.Collections.nCopies(12, "1.5"));
        Analysis a = Fixtures.service().analyze(Fixtures.parse("""
            {"name": "x", "pricing": "aws-us-east-1",
             "workload": {"arrivalRatePerSecond": 100, "dailyProfile": [%s,%s]},
             "components": [{"id": "app", "serviceTimeMs": 40, "concurrency": 1,
                             "instanceType": "m6i.large",
                             "autoscale": {"min": 1, "max": 20, "targetUtilization": 0.6},
                             "logKbPerRequest": 1}],
             "connections": []}""".formatted(quiet, busy)));
        BillSheet s = BillSheet.of(a, 1, BillSheet.Grouping.COMPONENT);
        List<BillSheet.Row> rows = s.groups().get(0).rows();
        assertThat(rows.get(0).item()).isEqualTo("m6i.large instance-hours");
        assertThat(rows.get(1).arithmetic()).startsWith("All 1-year: 4–10 (avg 7.00) less the 4 "
                + "committed = 3.00 × 730 h × $0.0960/h");
        // blank as modelled and all on demand; 3 × 730 × 0.096 = $210.24 in both committed columns
        assertThat(rows.get(1).usd()[0]).isNull();
        assertThat(rows.get(1).usd()[2]).isCloseTo(210.24, within(1e-9));
        assertThat(rows.get(1).usd()[3]).isCloseTo(210.24, within(1e-9));
    }
}
