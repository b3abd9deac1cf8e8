package dev.headroom.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.analysis.StationResult;
import dev.headroom.model.Kind;
import org.junit.jupiter.api.Test;

/** A card flags a bounded queue that turns arrivals away in the steady state, and only then. */
class ShedsFlagTest {
    static StationResult losing(double loss) {
        return new StationResult("api", "API", Kind.SERVICE, 1200, 1, 4, 32, 497.0, 538.0,
                430.0, false, 40, loss, null);
    }

    @Test
    void aQueueThatTurnsAwayAThirdSaysSo() {
        assertThat(ComponentNodeSkin.shedding(losing(1 / 3.0))).isEqualTo("SHEDS 33%");
        assertThat(ComponentNodeSkin.shedding(losing(0.004))).isEqualTo("SHEDS 0.4%");
    }

    @Test
    void aLossTooSmallToPrintIsNoFlag() {
        assertThat(ComponentNodeSkin.shedding(losing(0))).isNull();
        assertThat(ComponentNodeSkin.shedding(losing(1e-7))).isNull();
        assertThat(ComponentNodeSkin.shedding(null)).isNull();
    }
}
