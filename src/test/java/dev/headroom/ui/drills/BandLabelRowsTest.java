package dev.headroom.ui.drills;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Overlapping events' labels go to rows of their own instead of printing over each other. */
class BandLabelRowsTest {
    @Test
    void labelsThatClearEachOtherShareTheFirstRow() {
        assertThat(TimelineChart.rows(new double[] {0, 100, 300}, new double[] {80, 80, 80}, 3,
                10)).containsExactly(0, 0, 0);
    }

    @Test
    void aLabelStartingInsideAnotherGoesToTheNextFreeRow() {
        // the second starts within the first; the third clears the first but not the second
        assertThat(TimelineChart.rows(new double[] {0, 50, 95}, new double[] {80, 80, 80}, 3,
                10)).containsExactly(0, 1, 0);
        assertThat(TimelineChart.rows(new double[] {0, 20, 40}, new double[] {200, 200, 200},
                3, 10)).containsExactly(0, 1, 2);
    }

    @Test
    void beyondTheLastRowTheRowThatEndsFirstIsReused() {
        assertThat(TimelineChart.rows(new double[] {0, 10, 20, 30},
                new double[] {300, 100, 200, 50}, 3, 10)).containsExactly(0, 1, 2, 1);
    }
}
