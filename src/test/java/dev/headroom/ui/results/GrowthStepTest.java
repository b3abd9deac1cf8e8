package dev.headroom.ui.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.headroom.model.Growth;
import org.junit.jupiter.api.Test;

/** The growth slider's arrow keys: one step of the model's range per press. */
class GrowthStepTest {
    @Test
    void oneStepOfTheRangePerPress() {
        Growth g = new Growth(1, 10, 10); // 1x, 2x, … 10x
        assertThat(GrowthBar.step(g, 1, 1)).isEqualTo(2);
        assertThat(GrowthBar.step(g, 2, 1)).isEqualTo(3);
        assertThat(GrowthBar.step(g, 5, -1)).isEqualTo(4);
    }

    @Test
    void aValueBetweenStepsMovesToTheNextStepThatWay() {
        Growth g = new Growth(1, 10, 10);
        assertThat(GrowthBar.step(g, 5.37, 1)).isEqualTo(6);
        assertThat(GrowthBar.step(g, 5.37, -1)).isEqualTo(5);
    }

    @Test
    void staysWithinTheRange() {
        Growth g = new Growth(1, 10, 10);
        assertThat(GrowthBar.step(g, 10, 1)).isEqualTo(10);
        assertThat(GrowthBar.step(g, 1, -1)).isEqualTo(1);
    }

    @Test
    void followsTheModelsOwnSteps() {
        Growth g = new Growth(2, 4, 5); // 2, 2.5, 3, 3.5, 4
        assertThat(GrowthBar.step(g, 2, 1)).isCloseTo(2.5, within(1e-12));
        assertThat(GrowthBar.step(g, 3.5, 1)).isCloseTo(4, within(1e-12));
        assertThat(GrowthBar.step(g, 3.0000000001, -1)).isCloseTo(2.5, within(1e-12));
    }
}
