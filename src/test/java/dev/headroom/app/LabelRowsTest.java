package dev.headroom.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Overlapping events' labels go to rows of their own instead of printing over each other. */
class LabelRowsTest {
    @Test
    void labelsThatClearEachOtherShareTheFirstRow() {
        assertThat(LabelRows.rows(new double[] {0, 100, 300}, new double[] {80, 80, 80}, 3,
                10)).containsExactly(0, 0, 0);
    }

    @Test
    void aLabelStartingInsideAnotherGoesToTheNextFreeRow() {
        // the second starts within the first; the third clears the first but not the second
        assertThat(LabelRows.rows(new double[] {0, 50, 95}, new double[] {80, 80, 80}, 3,
                10)).containsExactly(0, 1, 0);
        assertThat(LabelRows.rows(new double[] {0, 20, 40}, new double[] {200, 200, 200},
                3, 10)).containsExactly(0, 1, 2);
    }

    @Test
    void theRowsUsedAreCounted() {
        assertThat(LabelRows.count(new int[] {})).isEqualTo(1);
        assertThat(LabelRows.count(new int[] {0, 2, 1})).isEqualTo(3);
    }

    @Test
    void beyondTheLastRowTheRowThatEndsFirstIsReused() {
        assertThat(LabelRows.rows(new double[] {0, 10, 20, 30},
                new double[] {300, 100, 200, 50}, 3, 10)).containsExactly(0, 1, 2, 1);
    }
}
