package dev.headroom.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.cost.Catalog;
import dev.headroom.cost.CatalogLibrary;
import dev.headroom.cost.Commitment;
import dev.headroom.cost.PriceCategory;
import dev.headroom.cost.PriceItem;
import dev.headroom.cost.PriceUnit;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Checks the catalogs shipped in assets/pricing/. */
class CatalogBundledTest {

    private static final CatalogLoader.Result BUNDLED = CatalogLoader.loadBundled();
    private static final CatalogLibrary LIBRARY = BUNDLED.library();

    @Test
    void everyBundledCatalogLoadsWithoutProblems() {
        assertThat(BUNDLED.problems()).isEmpty();
        assertThat(LIBRARY.ids()).containsExactlyInAnyOrder("aws-us-east-1", "gcp-us-central1", "azure-eastus", "hetzner");
    }

    @Test
    void everyItemHasAPositivePriceAnHttpsSourceAndAnIsoDate() {
        LocalDate today = LocalDate.of(2026, 11, 30);
        for (Catalog c : LIBRARY.all()) {
            assertThat(c.items()).as(c.id()).isNotEmpty();
            for (PriceItem i : c.items()) {
                String where = c.id() + " " + i.sku();
                if (i.price() == 0) {
                    // Only data transfer the provider states is free, quoting the statement.
                    assertThat(i.category()).as(where).isEqualTo(dev.headroom.cost.PriceCategory.EGRESS);
                    assertThat(i.notes()).as(where).containsIgnoringCase("free");
                } else {
                    assertThat(i.price()).as(where).isPositive();
                }
                assertThat(i.source()).as(where).startsWith("https://");
                assertThat(i.read()).as(where).isBeforeOrEqualTo(today).isAfter(LocalDate.of(2026, 1, 1));
                if (!i.confirmed()) {
                    assertThat(i.notes()).as(where).containsIgnoringCase("not confirmed");
                }
            }
        }
    }

    @Test
    void theAwsCatalogHasEverySkuTheExampleModelsUse() {
        Catalog aws = LIBRARY.find("aws-us-east-1").orElseThrow();
        // Every instanceType in models/*.json and src/test/resources/models/*.json, plus the
        // per-request and egress items a model may name.
        List<String> required = List.of("t3.small", "t3.medium", "t3.large", "m6i.large", "m6i.xlarge", "m6i.2xlarge",
                "c6i.large", "c6i.xlarge", "c6i.2xlarge", "r6i.large", "r6i.xlarge", "m7g.large", "m7g.xlarge",
                "g5.xlarge", "alb", "alb-lcu", "db.t4g.medium", "db.m6g.large", "db.m6g.xlarge",
                "db.r6g.large", "db.r6g.xlarge", "cache.t4g.medium", "cache.m6g.large",
                "sqs-standard", "lambda-requests", "lambda-gb-second",
                "r6g.large.search", "s3-standard", "s3-get", "s3-put", "cloudfront-egress",
                "internet-egress");
        for (String sku : required) {
            assertThat(aws.find(sku)).as(sku).isPresent();
        }
        assertThat(aws.find("alb").orElseThrow().unit()).isEqualTo(PriceUnit.HOUR);
        assertThat(aws.find("sqs-standard").orElseThrow().unit()).isEqualTo(PriceUnit.MILLION_REQUESTS);
        assertThat(aws.find("lambda-gb-second").orElseThrow().unit()).isEqualTo(PriceUnit.GB_SECOND);
        assertThat(aws.find("s3-get").orElseThrow().unit()).isEqualTo(PriceUnit.THOUSAND_REQUESTS);
        assertThat(aws.find("s3-standard").orElseThrow().unit()).isEqualTo(PriceUnit.GB_MONTH);
        assertThat(aws.find("cloudfront-egress").orElseThrow().unit()).isEqualTo(PriceUnit.GB);
    }

    @Test
    void atLeast95PercentOfTheBundledItemsAreConfirmedAndThereAreAtLeast150() {
        List<PriceItem> all = LIBRARY.all().stream().flatMap(c -> c.items().stream()).toList();
        long confirmed = all.stream().filter(PriceItem::confirmed).count();
        assertThat(all).hasSizeGreaterThanOrEqualTo(150);
        assertThat(confirmed * 100).as("%d of %d confirmed", confirmed, all.size())
                .isGreaterThanOrEqualTo(95L * all.size());
    }

    @Test
    void everyConfirmedItemSaysWhereAndWhenItWasRead() {
        for (Catalog c : LIBRARY.all()) {
            for (PriceItem i : c.items()) {
                if (i.confirmed()) {
                    String where = c.id() + " " + i.sku();
                    assertThat(i.source()).as(where).isNotBlank().startsWith("https://");
                    assertThat(i.read()).as(where).isNotNull();
                    assertThat(i.notes()).as(where).isNotBlank();
                }
            }
        }
    }

    @Test
    void everyServerAndDatabaseInstanceHasItsVcpuCount() {
        // The engine derives servers per instance from vcpu. (Memorystore caches have none
        // published, so caches are not checked.)
        for (Catalog c : LIBRARY.all()) {
            for (PriceItem i : c.items()) {
                if (i.category() == PriceCategory.COMPUTE || i.category() == PriceCategory.GPU
                        || i.category() == PriceCategory.DATABASE) {
                    assertThat(i.vcpu()).as(c.id() + " " + i.sku()).isPositive();
                    assertThat(i.memoryGib()).as(c.id() + " " + i.sku()).isPositive();
                }
            }
        }
    }

    @Test
    void commitmentPricesAreBelowTheOnDemandPrice() {
        for (Catalog c : LIBRARY.all()) {
            for (PriceItem i : c.items()) {
                i.commitments().forEach((commitment, price) -> assertThat(price)
                        .as(c.id() + " " + i.sku() + " " + commitment.key()).isLessThan(i.price()));
            }
        }
    }

    @Test
    void aTypoInAnAwsInstanceTypeGetsUsefulSuggestions() {
        Catalog aws = LIBRARY.find("aws-us-east-1").orElseThrow();
        assertThat(aws.nearest("m6i.larg", 2)).containsExactly("m6i.large", "m6i.xlarge");
    }

    @Test
    void hetznerPricesAreTheUsdFiguresOfHetznersApiWithNoConversion() {
        // ratecard-cloud/ratecard@010e78b data/raw/hetzner/compute.json (2026-10-02):
        // "currency": "USD"; cx33 fsn1 price_monthly net "9.9900000000", so 9.99 / 730 an hour.
        Catalog hetzner = LIBRARY.find("hetzner").orElseThrow();
        assertThat(hetzner.currency()).isEqualTo("USD");
        assertThat(hetzner.usdRate().usdPerUnit()).isEqualTo(1.0);
        PriceItem cx33 = hetzner.find("cx33").orElseThrow();
        assertThat(cx33.unit()).isEqualTo(PriceUnit.MONTH);
        assertThat(hetzner.hourlyUsd(cx33, Commitment.ON_DEMAND)).isEqualTo(9.99 / Catalog.HOURS_PER_MONTH);
    }
}
