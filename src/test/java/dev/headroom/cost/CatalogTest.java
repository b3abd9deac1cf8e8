package dev.headroom.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CatalogTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);
    private static final String SRC = "https://example.com/pricing";

    private static PriceItem hourly(String sku, double price, Map<Commitment, Double> commitments) {
        return new PriceItem(sku, PriceCategory.COMPUTE, "general-purpose", PriceUnit.HOUR, price, 2, 8,
                commitments, SRC, "", DAY, true, "");
    }

    private static Catalog catalog(PriceItem... items) {
        return new Catalog("test", "Test", "r1", "USD", ExchangeRate.identity(DAY), DAY, "", List.of(items));
    }

    private final Catalog aws = catalog(
            hourly("m6i.large", 0.096, Map.of(Commitment.ONE_YEAR, 0.06)),
            hourly("m6i.xlarge", 0.192, Map.of()),
            hourly("m6i.2xlarge", 0.384, Map.of()),
            hourly("c6i.large", 0.085, Map.of()),
            hourly("r6i.large", 0.126, Map.of()),
            hourly("t3.medium", 0.0416, Map.of()));

    @Test
    void findsAnItemByExactSku() {
        assertThat(aws.find("c6i.large")).map(PriceItem::price).contains(0.085);
        assertThat(aws.find("c6i.larg")).isEmpty();
    }

    @Test
    void suggestsTheClosestSkusFirstForATypo() {
        assertThat(aws.nearest("m6i.larg", 2)).containsExactly("m6i.large", "m6i.xlarge");
    }

    @Test
    void suggestionsIgnoreCaseAndTranspositions() {
        assertThat(aws.nearest("M6I.LARGE", 1)).containsExactly("m6i.large");
        assertThat(aws.nearest("m6i.lagre", 1)).containsExactly("m6i.large");
    }

    @Test
    void suggestsNothingForANameFarFromEveryOne() {
        assertThat(aws.nearest("postgres-enterprise-cluster", 3)).isEmpty();
        assertThat(aws.nearest("m6i.large", 0)).isEmpty();
    }

    @Test
    void quotesTheCommittedPriceWhenOffered() {
        PriceItem item = aws.find("m6i.large").orElseThrow();
        PriceQuote q = aws.hourlyQuote(item, Commitment.ONE_YEAR);
        assertThat(q.usd()).isEqualTo(0.06);
        assertThat(q.applied()).isEqualTo(Commitment.ONE_YEAR);
        assertThat(q.fellBack()).isFalse();
    }

    @Test
    void fallsBackToOnDemandAndSaysSoWhenTheCommitmentIsNotOffered() {
        PriceItem item = aws.find("m6i.large").orElseThrow();
        PriceQuote q = aws.hourlyQuote(item, Commitment.THREE_YEAR);
        assertThat(q.usd()).isEqualTo(0.096);
        assertThat(q.requested()).isEqualTo(Commitment.THREE_YEAR);
        assertThat(q.applied()).isEqualTo(Commitment.ON_DEMAND);
        assertThat(q.fellBack()).isTrue();
        assertThat(aws.hourlyUsd(item, Commitment.SPOT)).isEqualTo(0.096);
    }

    @Test
    void convertsOtherCurrenciesAndMonthlyPricesToUsdPerHour() {
        PriceItem server = new PriceItem("cx33", PriceCategory.COMPUTE, "cost-optimized", PriceUnit.MONTH, 7.30,
                4, 8, Map.of(), SRC, "", DAY, true, "");
        Catalog eur = new Catalog("eu", "EU", "fsn1", "EUR", new ExchangeRate(1.10, SRC, DAY), DAY, "",
                List.of(server));
        assertThat(eur.hourlyUsd(server, Commitment.ON_DEMAND)).isCloseTo(7.30 * 1.10 / 730, within(1e-12));
        assertThat(eur.quote(server, Commitment.ON_DEMAND).usd()).isCloseTo(8.03, within(1e-12));
    }

    @Test
    void refusesAnHourlyPriceForARequestPricedItem() {
        PriceItem requests = new PriceItem("sqs", PriceCategory.QUEUE, "sqs", PriceUnit.MILLION_REQUESTS, 0.4, 0, 0,
                Map.of(), SRC, "", DAY, true, "");
        Catalog c = catalog(requests);
        assertThatThrownBy(() -> c.hourlyUsd(requests, Commitment.ON_DEMAND))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("million-requests");
        assertThat(c.quote(requests, Commitment.ON_DEMAND).usd()).isEqualTo(0.4);
    }

    @Test
    void rejectsDuplicateSkusAndNonPositivePrices() {
        assertThatThrownBy(() -> catalog(hourly("a", 1, Map.of()), hourly("a", 2, Map.of())))
                .hasMessageContaining("duplicate sku a");
        assertThatThrownBy(() -> hourly("a", 0, Map.of())).hasMessageContaining("positive");
        assertThatThrownBy(() -> hourly("a", 1, Map.of(Commitment.ON_DEMAND, 1.0)))
                .hasMessageContaining("on-demand");
    }

    @Test
    void commitmentKeysRoundTrip() {
        for (Commitment c : Commitment.values()) {
            assertThat(Commitment.fromKey(c.key())).contains(c);
        }
        assertThat(Commitment.fromKey("5y")).isEmpty();
    }

    @Test
    void libraryOverlayReplacesCatalogsWithTheSameId() {
        Catalog other = new Catalog("test", "Mine", "r1", "USD", ExchangeRate.identity(DAY), DAY, "",
                List.of(hourly("x", 1, Map.of())));
        CatalogLibrary lib = CatalogLibrary.of(List.of(aws)).overlaidWith(List.of(other));
        assertThat(lib.ids()).containsExactly("test");
        assertThat(lib.find("test")).map(Catalog::provider).contains("Mine");
        assertThat(lib.find("nope")).isEmpty();
    }
}
