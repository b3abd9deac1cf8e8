package dev.headroom.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/** The steps of Google's sustained-use discount, against the figures Google states for them. */
class SustainedUseTest {

    /** N1's steps: 100%, 80%, 60% and 40% of the base rate in the four quarters of the month. */
    private static final SustainedUse N1 = new SustainedUse(List.of(1.0, 0.8, 0.6, 0.4));
    /** N2 and N2D's (Cyclenerd's build/pricing.pl@dac3128, sustained_use_discount_n2). */
    private static final SustainedUse N2 = new SustainedUse(List.of(1.0, 0.8678, 0.733, 0.6));

    @Test
    void n1EffectiveDiscountsAreGooglesOwn() {
        // Google's "Sustained use discounts" page (as quoted by easycloud.company, 2018-07): "if
        // you use a virtual machine for 50% of the month, you get an effective discount of 10%.
        // If you use it for 75% of the month, you get an effective discount of 20%. If you use
        // it for 100% of the month, you get an effective discount of 30%."
        assertThat(N1.share(0.5)).isCloseTo(0.10, within(1e-12));
        assertThat(N1.share(0.75)).isCloseTo(0.20, within(1e-12));
        assertThat(N1.fullMonthShare()).isCloseTo(0.30, within(1e-12));
        assertThat(N1.share(0.25)).isZero();
    }

    @Test
    void n2FullMonthIsThePricingTablesMonth() {
        // pricing.yml states every N2 month as hour × 730 × 0.8002.
        assertThat(N2.fullMonthShare()).isCloseTo(0.1998, within(1e-12));
        // Half the month: 0.25 at 100% and 0.25 at 86.78%, 0.46695 of a month's price for 0.5.
        assertThat(N2.saved(0.5)).isCloseTo(0.5 - 0.46695, within(1e-12));
        assertThat(N2.share(0)).isZero();
    }

    @Property
    void theDiscountNeverShrinksWithUse(@ForAll @DoubleRange(min = 0, max = 0.99) double used) {
        assertThat(N2.share(used + 0.01)).isGreaterThanOrEqualTo(N2.share(used) - 1e-12);
        assertThat(N2.saved(used)).isBetween(0.0, used * 0.4 + 1e-12);
    }

    @Test
    void ratesMustBeShares() {
        assertThatThrownBy(() -> new SustainedUse(List.of())).isInstanceOf(
                IllegalArgumentException.class);
        assertThatThrownBy(() -> new SustainedUse(List.of(1.0, 1.2))).isInstanceOf(
                IllegalArgumentException.class);
    }
}
