package dev.headroom.ui.results;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.Fixtures;
import dev.headroom.ui.document.Results;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The header's bill figure names what the total leaves out and what is unconfirmed. */
class HeaderCostTest {

    @Test
    void componentsWithNoPriceMakeTheTotalALowerBound() {
        var a = Fixtures.service().analyze(Fixtures.parse("""
            {"name": "x", "pricing": "aws-us-east-1", "workload": {"arrivalRatePerSecond": 1},
             "components": [{"id": "app", "serviceTimeMs": 1, "instanceType": "t3.small"},
                            {"id": "api", "name": "Maps API", "kind": "external",
                             "serviceTimeMs": 1},
                            {"id": "mail", "name": "Mail API", "kind": "external",
                             "serviceTimeMs": 1}],
             "connections": [{"from": "app", "to": "api"}, {"from": "app", "to": "mail"}]}"""));
        HeaderFigures.Figure f = HeaderFigures.cost(Results.of(a, 1));
        // t3.small all month ($15.184) and its 8 GB gp3 boot disk ($0.64).
        assertThat(f.value()).isEqualTo("\u2265 $15.82");
        assertThat(f.detail()).isEqualTo("2 components have no price");
        assertThat(f.state()).isEqualTo(HeaderFigures.State.WARN);
        assertThat(f.tooltip()).contains("2 components have no price (Maps API, Mail API)");
    }

    @Test
    void aChargeWithNoPriceAlsoMakesTheTotalALowerBound() {
        // A Postgres server on Hetzner with 200 GB stored: Hetzner's ccx23 names no storage
        // price, so the storage is not billed and the $102.09 ($101.49 and its $0.60 IPv4
        // address) is only what is priced.
        var a = Fixtures.service().analyze(Fixtures.parse("""
            {"name": "x", "pricing": "hetzner", "workload": {"arrivalRatePerSecond": 1},
             "components": [{"id": "db", "name": "Postgres", "kind": "database",
                             "serviceTimeMs": 1, "instanceType": "ccx23", "storageGb": 200}],
             "connections": []}"""));
        HeaderFigures.Figure f = HeaderFigures.cost(Results.of(a, 1));
        assertThat(f.value()).isEqualTo("\u2265 $102");
        assertThat(f.detail()).isEqualTo("1 charge has no price");
        assertThat(f.state()).isEqualTo(HeaderFigures.State.WARN);
        assertThat(f.tooltip()).contains("1 charge has no price (Postgres: storage): the total "
                + "leaves it out.");
    }

    @Test
    void unconfirmedPricesAreCountedUnderTheTotal() {
        // docs/pricing.md, hand calculation of microservices-gateway.json: $1,462.13 a month for
        // 30,000 users ($48.74 per 1,000); its Business support plan ($132.92) is the one
        // unconfirmed price.
        var a = Fixtures.service().analyze(Fixtures.model(Path.of("models",
                "microservices-gateway.json")));
        HeaderFigures.Figure f = HeaderFigures.cost(Results.of(a, 1));
        assertThat(f.value()).isEqualTo("$1,462");
        assertThat(f.detail()).isEqualTo("$48.74 per 1,000 users \u00b7 $133 unconfirmed");
        assertThat(f.state()).isEqualTo(HeaderFigures.State.NEUTRAL);
    }

    @Test
    void aNewComponentOfEveryKindWithNoPriceShowsInTheHeader() {
        var shop = Fixtures.model(Path.of("models", "monolith-redis-replica.json"));
        for (dev.headroom.model.Kind k : dev.headroom.model.Kind.values()) {
            var cs = new java.util.ArrayList<>(shop.components());
            cs.add(dev.headroom.app.ComponentDefaults.of("new-one", k));
            // as the palette adds it: not connected yet, no instance type, no price
            var m = shop.withComponents(cs);
            var a = Fixtures.service().analyze(m);
            HeaderFigures.Figure f = HeaderFigures.cost(Results.of(a, 1));
            assertThat(f.value()).as(k.json()).startsWith("\u2265 $");
            assertThat(f.state()).as(k.json()).isEqualTo(HeaderFigures.State.WARN);
            assertThat(f.tooltip()).as(k.json()).contains(k.label());
        }
    }
}
