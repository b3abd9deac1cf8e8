package dev.headroom.ui.drills;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.model.DrillEvent;
import dev.headroom.ui.document.DocumentViewModel;
import org.junit.jupiter.api.Test;

/** Editing the design keeps the model's drills pointing at its components. */
class DrillsEditingTest {
    final DocumentViewModel doc = DocumentViewModel.direct(dev.headroom.Fixtures.service());

    @Test
    void renamingAComponentMovesItsDrillEvents() {
        doc.open(DrillsTestModels.small(), null);
        doc.updateComponent("app", "Rename", c -> c.withId("web"));
        assertThat(doc.model().drills().get(0).events()).extracting(DrillEvent::component)
                .containsExactly("web");
        assertThat(doc.results().problems()).isEmpty();
    }

    @Test
    void deletingAComponentDropsItsDrillEvents() {
        doc.open(DrillsTestModels.small(), null);
        doc.select("app");
        doc.deleteSelection();
        assertThat(doc.model().drills().get(0).events()).isEmpty();
        assertThat(doc.model().drills().get(0).traffic()).hasSize(2);
    }
}
