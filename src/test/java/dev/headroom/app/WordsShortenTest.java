package dev.headroom.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Names are shortened between words, never inside one. */
class WordsShortenTest {
    @Test
    void cutsAtTheLastWordThatFits() {
        assertThat(Words.shorten("PostgreSQL read replica", 22)).isEqualTo("PostgreSQL read\u2026");
        assertThat(Words.shorten("Shop: monolith with Redis cache and read replica (after a "
                + "cache)", 48)).isEqualTo("Shop: monolith with Redis cache and read\u2026");
    }

    @Test
    void leavesWhatFitsAlone() {
        assertThat(Words.shorten("PostgreSQL primary", 18)).isEqualTo("PostgreSQL primary");
        assertThat(Words.shorten(null, 5)).isNull();
    }

    @Test
    void dropsATrailingSeparatorBeforeTheEllipsis() {
        assertThat(Words.shorten("Payments: external API", 12)).isEqualTo("Payments\u2026");
    }

    @Test
    void aSingleLongWordIsCutWhereItMustBe() {
        assertThat(Words.shorten("Supercalifragilistic", 8)).isEqualTo("Superca\u2026");
        assertThat(Words.shorten("Supercalifragilistic", 8)).hasSize(8);
    }
}
