package dev.headroom.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.headroom.Fixtures;
import dev.headroom.app.Design;
import dev.headroom.model.Model;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The compare charts' month axis (docs/model-format.md "Growth by the calendar"). */
class CompareAxisTest {
    static Model byTheMonth(Model m) {
        return m.withGrowth(m.growth().withMonthlyRate(0.15)
                .withStartMonth(YearMonth.of(2027, 1)));
    }

    static CompareSnapshot snapshot(Model... models) {
        List<CompareSnapshot.Slot> slots = new java.util.ArrayList<>();
        for (int i = 0; i < models.length; i++) {
            Design d = Fixtures.design(models[i]);
            slots.add(new CompareSnapshot.Slot(new DesignEntry(i, DesignEntry.Source.EXAMPLE,
                    "x", models[i]), i, models[i].name(), d, null, null));
        }
        return new CompareSnapshot(slots, null, null);
    }

    @Test
    void noDesignWithACalendarGivesNoMonthAxis() {
        Model worked = Fixtures.model(Fixtures.WORKED);
        assertThat(CompareAxis.of(snapshot(worked, worked))).isEmpty();
    }

    @Test
    void theFirstCalendarPlacesEveryDesignAndTheNoteNamesTheOthers() {
        Model worked = Fixtures.model(Fixtures.WORKED);
        CompareAxis axis = CompareAxis.of(snapshot(worked, byTheMonth(worked))).orElseThrow();
        assertThat(axis.note()).isEqualTo("Months by B's calendar: 15% a month from January "
                + "2027. A grows by another calendar or none; placed at the same multiples.");
        // 1.15³ is reached in exactly 3 months; 1.49x in April 2027 (the hand-worked months)
        assertThat(axis.x(Math.pow(1.15, 3))).isCloseTo(3, within(1e-12));
        assertThat(axis.x(1)).isZero();
        assertThat(axis.reached(1.49)).isEqualTo("Apr 2027");
        assertThat(axis.tick(11)).isEqualTo("Dec 2027");
        CompareAxis same = CompareAxis.of(snapshot(byTheMonth(worked), byTheMonth(worked)))
                .orElseThrow();
        assertThat(same.note()).isEqualTo("Months by A's calendar: 15% a month from January "
                + "2027.");
    }

    @Test
    void alongTheMonthsTheBreaksLineSaysTheMonthOfEachBreak() {
        Model worked = byTheMonth(Fixtures.model(Fixtures.WORKED));
        CompareSnapshot s = snapshot(worked, worked);
        s = new CompareSnapshot(s.slots(), dev.headroom.app.Comparison.of(s.designs()), null);
        // the worked example breaks at 1.49x: April 2027 (docs/model-format.md)
        assertThat(CompareView.breaksText(s, CompareAxis.of(s).orElseThrow())).isEqualTo(
                "Breaks (first saturation or p95 objective missed): A 1.49x (Apr 2027)  \u00b7  "
                        + "B 1.49x (Apr 2027).");
        assertThat(CompareView.breaksText(s, null)).isEqualTo("Breaks (first saturation or p95 "
                + "objective missed): A 1.49x  \u00b7  B 1.49x.");
    }
}
