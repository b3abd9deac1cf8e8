package dev.headroom.ui.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.ui.files.WindowPlacement.Bounds;
import dev.headroom.ui.files.WindowPlacement.Saved;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's remembered size and position, and where it goes on the screens of today. */
class WindowPlacementTest {
    static final Bounds LAPTOP = new Bounds(0, 0, 1366, 740);
    static final Bounds WIDE = new Bounds(0, 0, 2560, 1400);

    @Test
    void defaultIs1400By900OrNinetyPercentOfASmallerScreenCentred() {
        assertThat(WindowPlacement.place(Optional.empty(), List.of(WIDE)))
                .isEqualTo(new Bounds(580, 250, 1400, 900));
        // 90% of 1366 × 740 is 1229 × 666, centred: (1366 − 1229) / 2 = 68.5 → 69
        assertThat(WindowPlacement.place(Optional.empty(), List.of(LAPTOP)))
                .isEqualTo(new Bounds(69, 37, 1229, 666));
    }

    @Test
    void aSavedPlaceOnAScreenIsKept() {
        Bounds b = new Bounds(100, 50, 1200, 700);
        assertThat(WindowPlacement.place(Optional.of(new Saved(b, false)), List.of(WIDE)))
                .isEqualTo(b);
    }

    @Test
    void aWindowLeftOnAnUnpluggedScreenComesBackToThePrimary() {
        Bounds onSecond = new Bounds(3000, 100, 1200, 800);
        assertThat(WindowPlacement.place(Optional.of(new Saved(onSecond, false)),
                List.of(LAPTOP))).isEqualTo(WindowPlacement.defaultOn(LAPTOP));
        // while that screen is still there, it stays on it
        Bounds second = new Bounds(2560, 0, 1920, 1080);
        assertThat(WindowPlacement.place(Optional.of(new Saved(onSecond, false)),
                List.of(WIDE, second))).isEqualTo(onSecond);
    }

    @Test
    void aWindowLargerThanTheScreenShrinksToItAndMovesOntoIt() {
        Bounds big = new Bounds(200, 10, 2000, 1200);
        assertThat(WindowPlacement.place(Optional.of(new Saved(big, false)), List.of(LAPTOP)))
                .isEqualTo(new Bounds(0, 0, 1366, 740));
        Bounds hanging = new Bounds(700, 300, 1000, 600); // title bar on screen, bottom right off it
        assertThat(WindowPlacement.place(Optional.of(new Saved(hanging, false)),
                List.of(LAPTOP))).isEqualTo(new Bounds(366, 140, 1000, 600));
    }

    @Test
    void aTitleBarAboveTheScreenDoesNotCount() {
        Bounds above = new Bounds(100, -500, 1000, 520);
        assertThat(WindowPlacement.place(Optional.of(new Saved(above, false)), List.of(WIDE)))
                .isEqualTo(WindowPlacement.defaultOn(WIDE));
    }

    @Test
    void savesAndReadsBackAndIgnoresADamagedFile(@TempDir Path home) throws Exception {
        WindowPlacement w = new WindowPlacement(home.resolve("sub/window.properties"));
        assertThat(w.load()).isEmpty();
        Saved s = new Saved(new Bounds(12.5, 40, 1300, 820), true);
        w.save(s);
        assertThat(w.load()).contains(s);
        Files.writeString(home.resolve("sub/window.properties"), "x=a\nwidth=-3\n");
        assertThat(w.load()).isEmpty();
        w.save(new Saved(new Bounds(0, 0, Double.NaN, 10), false));
        assertThat(w.load()).as("an invalid size is not written").isEmpty();
    }
}
