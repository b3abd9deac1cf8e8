package dev.headroom.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Money as a bill prints it: a credit puts its sign before the dollar, never "$-85.08". */
class FormatMoneyTest {

    @Test
    void aCreditIsSignedBeforeTheDollar() {
        assertThat(Format.usdCents(-85.075368)).isEqualTo("\u2212$85.08");
        assertThat(Format.usdCents(1234.5)).isEqualTo("$1,234.50");
        assertThat(Format.usd(-1234.5)).isEqualTo("\u2212$1,235");
        assertThat(Format.usd(-12.345)).isEqualTo("\u2212$12.35");
        assertThat(Format.usd(340.3)).isEqualTo("$340");
    }

    @Test
    void aCreditThatRoundsToNothingIsNoCredit() {
        assertThat(Format.usdCents(-0.004)).isEqualTo("$0.00");
        assertThat(Format.usd(-0.001)).isEqualTo("$0.00");
    }
}
