package dev.headroom.ui.bill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.headroom.io.ModelReader;
import dev.headroom.ui.document.DocumentViewModel;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * "Apply to the model" under a compared column of the Bill makes that column the model's own
 * bill in one undoable step. Azure East US: D4ds_v5 $0.226 an hour on demand and 1,168 USD for a
 * one-year reservation (the Retail Prices API, via Karpenter for Azure's table of 2026-06-18 and
 * as quoted by akcloudx in 2026-08); D4s_v5 $0.192 with no dated one-year price; each VM's P4 OS
 * disk $5.2795 a month.
 */
@ExtendWith(ApplicationExtension.class)
@org.junit.jupiter.api.parallel.Isolated
class BillApplyUiTest {
    final DocumentViewModel doc = DocumentViewModel.direct(dev.headroom.Fixtures.service());

    @Start
    void start(Stage stage) {
        ModelReader.Result r = ModelReader.parse("""
            {"format": 2, "name": "azure", "pricing": "azure-eastus",
             "workload": {"arrivalRatePerSecond": 10},
             "components": [
               {"id": "api", "kind": "service", "serviceTimeMs": 20, "instances": 2,
                "instanceType": "D4ds_v5"},
               {"id": "jobs", "kind": "service", "serviceTimeMs": 20, "instanceType": "D4s_v5"}],
             "connections": [{"from": "api", "to": "jobs"}]}""");
        assertThat(r.problems()).isEmpty();
        doc.open(r.model(), null);
        stage.setScene(new Scene(new BillView(doc), 1200, 900));
        stage.show();
    }

    @Test
    void theOneYearColumnBecomesTheModelsOwnBillAndUndoRestoresIt(FxRobot robot) {
        // on demand: 2 × 730 × 0.226 + 730 × 0.192 + 3 × 5.2795 = 329.96 + 140.16 + 15.8385
        assertThat(doc.results().bill().totalUsd()).isCloseTo(485.9585, within(1e-6));

        robot.clickOn("#bill-apply-2");

        assertThat(doc.model().component("api").orElseThrow().commitment()).isEqualTo("1y");
        // D4s_v5 has no 1-year price: it stays on demand rather than carry a fallback warning
        assertThat(doc.model().component("jobs").orElseThrow().commitment()).isEqualTo("on-demand");
        // 2 × 1,168 / 12 + 140.16 + 15.8385
        assertThat(doc.results().bill().totalUsd()).isCloseTo(2 * 1168.0 / 12 + 140.16 + 15.8385,
                within(1e-6));
        assertThat(doc.results().bill().warnings()).isEmpty();
        assertThat(robot.lookup("#bill-apply-2").tryQuery()).isEmpty();
        assertThat(robot.lookup("#bill-apply-1").queryAs(Hyperlink.class).isVisible()).isTrue();

        robot.interact(doc::undo);
        assertThat(doc.model().component("api").orElseThrow().commitment()).isEqualTo("on-demand");
        assertThat(doc.results().bill().totalUsd()).isCloseTo(485.9585, within(1e-6));
    }

    @Test
    void aColumnTheModelAlreadyUsesOffersNothingToApply(FxRobot robot) {
        // the model is all on demand: the on-demand column is already its own
        assertThat(robot.lookup("#bill-apply-1").tryQuery()).isEmpty();
        assertThat(robot.lookup("#bill-apply-3").tryQuery()).isPresent();
    }
}
