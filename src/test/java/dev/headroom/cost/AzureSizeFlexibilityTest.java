package dev.headroom.cost;

import static dev.headroom.cost.BillingTest.bill;
import static dev.headroom.cost.BillingTest.model;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Azure reservations of the larger Ddsv5 sizes, bought as D4ds_v5 reservations. Figures typed
 * from their sources, not read back from the catalog:
 *
 * <ul>
 *   <li>D4ds_v5, East US, Linux, reserved VM instance: 1,168 USD for one year and 2,257 USD for
 *       three, from the Azure Retail Prices API as quoted (read 2026-08) in
 *       akcloudx/Multi-Cloud-FinOps-Optimization-System@9acc3a6 pricing/commitment_pricing.py;
 *       paid monthly, that is 1,168 / 12 and 2,257 / 36 a month.
 *   <li>Microsoft's instance size flexibility ratios, microsoft/finops-toolkit@38607e3
 *       src/open-data/InstanceSizeFlexibility.csv, group "Ddsv5 Series": Standard_D4ds_v5 2,
 *       Standard_D8ds_v5 4, Standard_D16ds_v5 8, Standard_D32ds_v5 16. A reservation covers
 *       running VMs of its group up to its ratio, so ratio / 2 D4ds_v5 reservations cover one VM.
 * </ul>
 */
class AzureSizeFlexibilityTest {

    private static final String MODEL = """
        {"name": "a", "pricing": "azure-eastus", "workload": {"arrivalRatePerSecond": 1},
         "components": [{"id": "app", "serviceTimeMs": 1, "instances": %d,
                         "instanceType": "%s", "commitment": "%s"}],
         "connections": []}""";

    private static LineItem instanceLine(Bill b) {
        List<LineItem> ls = b.lines().stream().filter(l -> l.item().endsWith("instance-hours")).toList();
        assertThat(ls).hasSize(1);
        return ls.get(0);
    }

    @Test
    void threeD16dsVmsForAYearCostTwelveD4dsReservations() {
        // 3 VMs × 8 / 2 = 12 reservations × 1,168 / 12 = $1,168.00 a month, no warning.
        Bill b = bill(model(MODEL.formatted(3, "D16ds_v5", "1y")), 1);
        LineItem line = instanceLine(b);
        assertThat(line.item()).isEqualTo("D16ds_v5 (1y) instance-hours");
        assertThat(line.monthlyUsd()).isCloseTo(1168.00, within(1e-9));
        assertThat(b.warnings()).isEmpty();
    }

    @Test
    void everyLargerDdsv5SizeIsItsRatioInD4dsReservations() {
        String[] sizes = {"D8ds_v5", "D16ds_v5", "D32ds_v5"};
        int[] ratios = {4, 8, 16};
        for (int s = 0; s < sizes.length; s++) {
            double reservations = ratios[s] / 2.0;
            Bill year = bill(model(MODEL.formatted(1, sizes[s], "1y")), 1);
            Bill three = bill(model(MODEL.formatted(1, sizes[s], "3y")), 1);
            assertThat(instanceLine(year).monthlyUsd()).as(sizes[s])
                    .isCloseTo(reservations * 1168.0 / 12, within(1e-9));
            assertThat(instanceLine(three).monthlyUsd()).as(sizes[s])
                    .isCloseTo(reservations * 2257.0 / 36, within(1e-9));
            assertThat(year.warnings()).isEmpty();
            assertThat(three.warnings()).isEmpty();
            assertThat(instanceLine(year).source()).contains("akcloudx/Multi-Cloud-FinOps-Optimization-System");
        }
    }

    @Test
    void aLoneD2dsStaysOnDemandAndSaysSo() {
        // Ratio 1: one D4ds_v5 reservation covers two, so half of one would undercount a lone VM.
        Bill b = bill(model(MODEL.formatted(1, "D2ds_v5", "1y")), 1);
        assertThat(instanceLine(b).monthlyUsd()).isCloseTo(730 * 0.113, within(1e-9));
        assertThat(b.warnings()).containsExactly(
                "app: azure-eastus has no 1y price for D2ds_v5; priced on-demand");
    }
}
