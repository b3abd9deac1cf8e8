package dev.headroom.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.Fixtures;
import dev.headroom.app.Format;
import dev.headroom.model.Model;
import dev.headroom.ui.document.DocumentViewModel;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Mounts the Plan workspace on the microservices example, planning on the FX thread. */
@org.junit.jupiter.api.parallel.Isolated
@ExtendWith(ApplicationExtension.class)
class PlanViewUiTest {
    static {
        System.setProperty("headless.geometry", "1600x1000-32");
    }

    DocumentViewModel doc;
    PlanViewModel vm;
    PlanView view;

    @Start
    void start(Stage stage) {
        doc = DocumentViewModel.direct(Fixtures.service());
        doc.open(Fixtures.example("microservices-gateway.json"), null);
        vm = PlanViewModel.direct(doc);
        view = new PlanView(vm);
        stage.setScene(new Scene(view, 1400, 900));
        stage.show();
    }

    @Test
    void theHeadlineTheBillAndTheFrontierAreTheServicesPlan(FxRobot robot) {
        var step = vm.shown().step();
        assertThat(step.feasible()).isTrue();
        assertThat(robot.lookup("#plan-headline").queryAs(Label.class).getText())
                .isEqualTo(step.headline()).startsWith("10x the users for ");
        assertThat(robot.lookup("#plan-monthly").queryAs(Label.class).getText())
                .isEqualTo(Format.usd(step.monthlyUsd()) + " a month");
        assertThat(view.chart().getData().get(0).getData()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(view.chart().isVisible()).isTrue();
    }

    @Test
    void applyingThePlanIsOneEditThatUndoTakesBack(FxRobot robot) {
        Model before = doc.model();
        Model planned = vm.shown().step().planned();
        robot.clickOn("#plan-apply");
        assertThat(doc.model()).isEqualTo(planned);
        assertThat(robot.lookup("#plan-notice").queryAs(Label.class).getText())
                .startsWith("Applied the plan at 10x");
        robot.interact(doc::undo);
        assertThat(doc.model()).isEqualTo(before);
    }

    @Test
    void choosingAStepDetailsThatStep(FxRobot robot) {
        robot.interact(() -> vm.atProperty().set(3.0));
        assertThat(vm.shown().step().multiplier()).isEqualTo(3.0);
        assertThat(robot.lookup("#plan-headline").queryAs(Label.class).getText())
                .startsWith("3x the users for ");
    }

    @Test
    void aModelNoSizingHoldsSaysWhyAndCannotBeApplied(FxRobot robot) {
        // Planned out to 30x, where the database is above 75% busy even on db.m6g.8xlarge, the
        // largest PostgreSQL node the catalog prices.
        dev.headroom.model.Model shop = Fixtures.example("monolith-postgres.json");
        robot.interact(() -> doc.open(shop.withGrowth(shop.growth().withRange(10, 30, 3)), null));
        assertThat(vm.shown().step().feasible()).isFalse();
        assertThat(robot.lookup("#plan-headline").queryAs(Label.class).getText())
                .startsWith("No sizing meets the SLO at 30x");
        assertThat(robot.lookup("#plan-apply").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#plan-structural").queryAs(CheckBox.class).isSelected())
                .isFalse();
        // nothing to plot (today's design saturates, no sizing has a p95): no bare axes, the
        // note says why
        assertThat(robot.lookup("#plan-frontier").query().isVisible()).isFalse();
    }
}
