package dev.headroom.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.cost.Commitment;
import dev.headroom.cost.PriceItem;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogReaderTest {

    private static final String VALID = """
            {"id": "mine", "provider": "Me", "region": "home", "currency": "USD", "read": "2026-11-25",
             "items": [
               {"sku": "box.small", "category": "compute", "family": "general-purpose", "unit": "hour",
                "price": 0.05, "vcpu": 2, "memoryGib": 4, "commitments": {"1y": 0.03, "3y": null},
                "source": "https://example.com/p", "read": "2026-11-25"}
             ]}
            """;

    private static CatalogReadResult read(String json) {
        return CatalogReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    private static List<String> problems(String json) {
        CatalogReadResult r = read(json);
        assertThat(r).isInstanceOf(CatalogReadResult.Invalid.class);
        return ((CatalogReadResult.Invalid) r).problems().stream().map(CatalogProblem::describe).toList();
    }

    @Test
    void readsAValidCatalog() {
        CatalogReadResult r = read(VALID);
        assertThat(r).isInstanceOf(CatalogReadResult.Loaded.class);
        var catalog = ((CatalogReadResult.Loaded) r).catalog();
        assertThat(catalog.id()).isEqualTo("mine");
        var item = catalog.find("box.small").orElseThrow();
        assertThat(item.price()).isEqualTo(0.05);
        assertThat(item.offers(dev.headroom.cost.Commitment.ONE_YEAR)).isTrue();
        assertThat(item.offers(dev.headroom.cost.Commitment.THREE_YEAR)).isFalse();
        assertThat(item.confirmed()).isTrue();
    }

    @Test
    void namesTheJsonPathOfABadPrice() {
        assertThat(problems(VALID.replace("\"price\": 0.05", "\"price\": -1")))
                .containsExactly("items[0].price: must be a positive number");
        assertThat(problems(VALID.replace("\"price\": 0.05", "\"price\": \"cheap\"")))
                .containsExactly("items[0].price: must be a positive number");
    }

    /** Data transfer a provider states is free (Azure between zones) is the one price that may be 0. */
    @Test
    void aZeroPriceIsAcceptedOnlyOnFreeDataTransferThatSaysWhy() {
        String free = VALID.replace("]}", """
                  ,{"sku": "cross-zone-transfer", "category": "egress", "family": "inter-zone",
                    "unit": "gb", "price": 0, "source": "https://example.com/free",
                    "read": "2026-11-25", "notes": "the provider says it is free"}
                 ]}""");
        CatalogReadResult r = read(free);
        assertThat(r).isInstanceOf(CatalogReadResult.Loaded.class);
        assertThat(((CatalogReadResult.Loaded) r).catalog().find("cross-zone-transfer").orElseThrow()
                .price()).isZero();
        assertThat(problems(free.replace(", \"notes\": \"the provider says it is free\"", "")))
                .containsExactly("items[1].notes: required when price is 0: quote where the "
                        + "provider says this transfer is free");
        assertThat(problems(VALID.replace("\"price\": 0.05", "\"price\": 0")))
                .containsExactly("items[0].price: must be a positive number");
    }

    @Test
    void aBootDiskStatesTheGbOfEachDisk() {
        String disk = VALID.replace("]}", """
                  ,{"sku": "boot-disk", "category": "storage", "family": "boot",
                    "unit": "gb-month", "price": 0.08, "perInstanceGb": 8,
                    "source": "https://example.com/disk", "read": "2026-11-25"}
                 ]}""");
        assertThat(((CatalogReadResult.Loaded) read(disk)).catalog().find("boot-disk")
                .orElseThrow().terms().perInstanceGb()).isEqualTo(8);
        assertThat(problems(disk.replace("\"perInstanceGb\": 8,", "")))
                .containsExactly("items[1].perInstanceGb: required on a boot-disk: the GB of each "
                        + "virtual machine's disk by default (per gb-month), or the most a disk "
                        + "sold per month holds");
        assertThat(read(disk.replace("\"unit\": \"gb-month\", \"price\": 0.08, "
                + "\"perInstanceGb\": 8,", "\"unit\": \"month\", \"price\": 5.28, "
                + "\"perInstanceGb\": 32,")))
                .isInstanceOf(CatalogReadResult.Loaded.class);
        assertThat(problems(VALID.replace("\"price\": 0.05,", "\"price\": 0.05, "
                + "\"perInstanceGb\": 8,")))
                .containsExactly("items[0].perInstanceGb: only on a boot-disk");
    }

    @Test
    void aSpotSourceNeedsASpotPrice() {
        String spot = VALID.replace("\"commitments\": {\"1y\": 0.03, \"3y\": null}",
                "\"commitments\": {\"1y\": 0.03, \"spot\": 0.01}, "
                        + "\"spotSource\": \"https://example.com/spot\"");
        PriceItem item = ((CatalogReadResult.Loaded) read(spot)).catalog().find("box.small")
                .orElseThrow();
        assertThat(item.sourceFor(Commitment.SPOT)).isEqualTo("https://example.com/spot");
        assertThat(item.sourceFor(Commitment.ONE_YEAR)).isEqualTo("https://example.com/p");
        assertThat(problems(spot.replace(", \"spot\": 0.01", "")))
                .containsExactly("items[0].spotSource: only with a spot price in commitments");
    }

    @Test
    void egressOnlyIsForTrafficBetweenZones() {
        String once = VALID.replace("]}", """
                  ,{"sku": "cross-zone-transfer", "category": "egress", "family": "inter-zone",
                    "unit": "gb", "price": 0.01, "egressOnly": true,
                    "source": "https://example.com/zones", "read": "2026-11-25"}
                 ]}""");
        assertThat(((CatalogReadResult.Loaded) read(once)).catalog().find("cross-zone-transfer")
                .orElseThrow().terms().egressOnly()).isTrue();
        assertThat(problems(VALID.replace("\"price\": 0.05,", "\"price\": 0.05, "
                + "\"egressOnly\": true,")))
                .containsExactly("items[0].egressOnly: only on cross-zone-transfer");
        assertThat(problems(once.replace("\"egressOnly\": true", "\"egressOnly\": 1")))
                .containsExactly("items[1].egressOnly: must be true or false");
    }

    @Test
    void aCapacityUnitStatesItsBytesOneWayAndItsOtherDimensionsWithPaths() {
        String unit = VALID.replace("\"read\": \"2026-11-25\"}\n", "\"read\": \"2026-11-25\", "
                + "\"capacityUnit\": %s}\n");
        CatalogReadResult r = read(unit.formatted("{\"mbps\": 2.22, \"newConnectionsPerSecond\": 50, "
                + "\"activeConnections\": 2500, \"wholeUnitsPerHour\": true}"));
        assertThat(r).isInstanceOf(CatalogReadResult.Loaded.class);
        var cu = ((CatalogReadResult.Loaded) r).catalog().find("box.small").orElseThrow().terms()
                .capacityUnit();
        // 2.22 Mbps for an hour: 2.22e6 / 8 × 3,600 = 999,000,000 bytes = 0.930395... GB of
        // 1,073,741,824 bytes.
        assertThat(cu.bytesGbPerHour()).isCloseTo(999e6 / 1_073_741_824.0,
                org.assertj.core.api.Assertions.within(1e-15));
        assertThat(cu.wholeUnitsPerHour()).isTrue();
        assertThat(problems(unit.formatted("{\"gbPerHour\": 1, \"mbps\": 2, "
                + "\"newConnectionsPerSecond\": 25}")))
                .containsExactly("items[0].capacityUnit: give the bytes one unit allows as "
                        + "gbPerHour or as mbps, not both");
        assertThat(problems(unit.formatted("{\"gbPerHour\": 1, \"newConnectionsPerSecond\": 25, "
                + "\"freeRules\": 2.5, \"activeConnections\": -1, \"wholeUnitsPerHour\": 1}")))
                .containsExactlyInAnyOrder(
                        "items[0].capacityUnit.freeRules: must be a whole number from 0 to 1,000",
                        "items[0].capacityUnit.activeConnections: must be a positive number",
                        "items[0].capacityUnit.wholeUnitsPerHour: must be true or false");
        assertThat(problems(unit.formatted("{\"gbPerHour\": 1, \"newConnectionsPerSecond\": 25, "
                + "\"freeRules\": 10}")))
                .containsExactly("items[0].capacityUnit.freeRules: only with "
                        + "ruleEvaluationsPerSecond");
    }

    @Test
    void includedEgressIsForAnItemSoldByTheHourOrMonth() {
        assertThat(((CatalogReadResult.Loaded) read(VALID.replace("\"price\": 0.05,",
                "\"price\": 0.05, \"includedEgressGb\": 20480,"))).catalog().find("box.small")
                .orElseThrow().terms().includedEgressGb()).isEqualTo(20480);
        assertThat(problems(VALID.replace("\"unit\": \"hour\"", "\"unit\": \"gb\"")
                .replace("\"price\": 0.05,", "\"price\": 0.05, \"includedEgressGb\": 20480,")
                .replace(", \"commitments\": {\"1y\": 0.03, \"3y\": null}", "")
                .replace("\"vcpu\": 2, \"memoryGib\": 4,", "")))
                .containsExactly("items[0].includedEgressGb: only on an item priced per "
                        + "instance-hour or per month");
    }

    @Test
    void sustainedUseRatesAreSharesOfTheBaseRateForAnHourlyPrice() {
        assertThat(((CatalogReadResult.Loaded) read(VALID.replace("\"price\": 0.05,",
                "\"price\": 0.05, \"sustainedUseRates\": [1, 0.8, 0.6, 0.4],")))
                .catalog().find("box.small").orElseThrow().terms().sustainedUse().rates())
                .containsExactly(1.0, 0.8, 0.6, 0.4);
        assertThat(problems(VALID.replace("\"price\": 0.05,",
                "\"price\": 0.05, \"sustainedUseRates\": [1, 80],")))
                .containsExactly("items[0].sustainedUseRates[1]: must be a non-empty array of "
                        + "shares above 0 and at most 1, one for each equal part of the month "
                        + "([1, 0.8678, 0.733, 0.6] for Google's N2)");
        assertThat(problems(VALID.replace("\"price\": 0.05,",
                "\"price\": 0.05, \"sustainedUseRates\": 0.2,")))
                .containsExactly("items[0].sustainedUseRates: must be a non-empty array of "
                        + "shares above 0 and at most 1, one for each equal part of the month "
                        + "([1, 0.8678, 0.733, 0.6] for Google's N2)");
    }

    @Test
    void statedUpToIsForAFlatPriceOnly() {
        assertThat(problems(VALID.replace("\"price\": 0.05,", "\"price\": 0.05, \"statedUpTo\": 10, "
                + "\"tiers\": [{\"upTo\": 10, \"price\": 0.05}, {\"price\": 0.04}],")))
                .containsExactly("items[0].statedUpTo: only on an item without tiers: the tiers "
                        + "already say what each volume costs");
        assertThat(problems(VALID.replace("\"price\": 0.05,", "\"price\": 0.05, \"statedUpTo\": 0,")))
                .containsExactly("items[0].statedUpTo: must be a positive number (a month's "
                        + "quantity in the item's unit)");
    }

    /** A standby is never paid back: Multi-AZ cannot cost less than one zone (no negative line). */
    @Test
    void aMultiAzPriceBelowTheSingleZonePriceIsRefused() {
        assertThat(problems(VALID.replace("\"price\": 0.05,", "\"price\": 0.05, "
                + "\"multiAzPrice\": 0.04,")))
                .singleElement().asString().startsWith("items[0].multiAzPrice: must be at least");
    }

    @Test
    void reportsEveryBadFieldAtOnce() {
        String bad = VALID.replace("\"unit\": \"hour\"", "\"unit\": \"fortnight\"")
                .replace("https://example.com/p", "http://example.com/p")
                .replace("\"read\": \"2026-11-25\"}", "\"read\": \"25/11/2026\"}")
                .replace("\"1y\": 0.03", "\"2y\": 0.03");
        assertThat(problems(bad)).containsExactlyInAnyOrder(
                "items[0].unit: unknown unit \"fortnight\"; expected one of hour, month, million-requests, "
                        + "1000-requests, gb-month, gb, gb-second, 10000-requests, iops-month, spend",
                "items[0].source: must be an https:// address of the public page the figure is read from",
                "items[0].read: must be an ISO date such as 2026-11-25",
                "items[0].commitments.2y: unknown commitment; expected 1y, 3y or spot");
    }

    @Test
    void reportsMissingAndUnknownTopLevelFields() {
        String bad = VALID.replace("\"provider\": \"Me\", ", "").replace("\"region\"", "\"regoin\"");
        assertThat(problems(bad)).contains("provider: required", "region: required")
                .anyMatch(p -> p.startsWith("regoin: unknown field"));
    }

    @Test
    void requiresAnExchangeRateForOtherCurrencies() {
        assertThat(problems(VALID.replace("\"USD\"", "\"EUR\"")))
                .containsExactly("usdExchangeRate: required when currency is not USD");
    }

    @Test
    void rejectsDuplicateSkusWithBothPositions() {
        String item = VALID.substring(VALID.indexOf("{\"sku\""), VALID.lastIndexOf("}") - 1).trim();
        String two = VALID.replace(item, item + ", " + item);
        assertThat(problems(two)).containsExactly("items[1].sku: duplicate of items[0].sku \"box.small\"");
    }

    @Test
    void anUnconfirmedFigureMustSayWhy() {
        assertThat(problems(VALID.replace("\"read\": \"2026-11-25\"}", "\"read\": \"2026-11-25\", \"confirmed\": false}")))
                .containsExactly("items[0].notes: required when confirmed is false: say where the figure comes from");
    }

    @Test
    void malformedJsonIsAProblemNotAnException() {
        assertThat(problems("{\"id\": \"x\", ")).singleElement().asString().startsWith("malformed JSON at line 1");
        assertThat(problems("")).containsExactly("empty file");
        assertThat(problems("[1, 2]")).containsExactly("must be a JSON object");
        assertThat(problems("{\"items\": 3}")).contains("items: must be an array", "id: required");
    }

    @Test
    void aMissingFileIsAProblemNotAnException() {
        CatalogReadResult r = CatalogReader.read(Path.of("/no/such/catalog.json"));
        assertThat(r).isInstanceOf(CatalogReadResult.Invalid.class);
        assertThat(((CatalogReadResult.Invalid) r).problems().get(0).message()).startsWith("cannot read file");
    }
}
