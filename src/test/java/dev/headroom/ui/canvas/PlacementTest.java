package dev.headroom.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where new cards go: on the grid, never on (or touching) another card. */
class PlacementTest {
    static final double W = 180;
    static final double H = 84;
    final Placement p = new Placement(W, H, 20);

    static Placement.Box card(double x, double y) {
        return new Placement.Box(x, y, W, H);
    }

    static boolean overlapsAny(Placement.Spot s, List<Placement.Box> cards) {
        for (Placement.Box c : cards) {
            boolean apart = s.x() + W + Placement.GAP <= c.x() || c.x() + W + Placement.GAP <= s.x()
                    || s.y() + H + Placement.GAP <= c.y() || c.y() + H + Placement.GAP <= s.y();
            if (!apart) {
                return true;
            }
        }
        return false;
    }

    @Test
    void clicksFillTheVisibleAreaInReadingOrderWithoutOverlap() {
        Placement.Box view = new Placement.Box(-300, -200, 1000, 600);
        List<Placement.Box> cards = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Placement.Spot s = p.inView(view, cards);
            assertThat(overlapsAny(s, cards)).as("card %d", i).isFalse();
            assertThat(s.x() % 20).isZero();
            assertThat(s.y() % 20).isZero();
            cards.add(card(s.x(), s.y()));
        }
        // the first lands a margin in from the view's top-left corner, the second beside it
        assertThat(cards.get(0).x()).isEqualTo(-260);
        assertThat(cards.get(0).y()).isEqualTo(-160);
        assertThat(cards.get(1).y()).isEqualTo(-160);
        assertThat(cards.get(1).x()).isEqualTo(-260 + W + Placement.GAP);
    }

    @Test
    void aFullViewSendsTheCardToTheNearestFreeSpotOutsideIt() {
        Placement.Box view = new Placement.Box(0, 0, 400, 200);
        List<Placement.Box> cards = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Placement.Spot s = p.inView(view, cards);
            assertThat(overlapsAny(s, cards)).isFalse();
            cards.add(card(s.x(), s.y()));
        }
    }

    @Test
    void aDropOnACardMovesToTheNearestFreeSpot() {
        List<Placement.Box> cards = List.of(card(100, 100));
        Placement.Spot s = p.nearest(110, 110, cards);
        assertThat(overlapsAny(s, cards)).isFalse();
        // nearest: straight up or down by the card's height plus the gap (84 + 20 → 120 on the
        // grid) beats sideways by its width plus the gap (180 + 20 = 200)
        assertThat(Math.hypot(s.x() - 110, s.y() - 110)).isLessThanOrEqualTo(
                Math.hypot(0, 120) + 20);
    }

    @Test
    void aDropOnFreeSpaceStaysWhereItWasDroppedSnappedToTheGrid() {
        assertThat(p.nearest(-333, 47, List.of(card(400, 400))))
                .isEqualTo(new Placement.Spot(-340, 40));
    }

    @Test
    void touchingCardsCountAsOverlapping() {
        List<Placement.Box> cards = List.of(card(0, 0));
        assertThat(p.isFree(W, 0, cards)).isFalse();
        assertThat(p.isFree(W + Placement.GAP, 0, cards)).isTrue();
    }
}
