package dev.headroom.ui.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.io.ModelReader;
import dev.headroom.model.CallPolicy;
import dev.headroom.model.Component;
import dev.headroom.model.Connection;
import dev.headroom.model.Model;
import dev.headroom.model.PerClass;
import dev.headroom.model.Retries;
import dev.headroom.ui.document.DocumentViewModel;
import javafx.event.ActionEvent;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The inspector edits the fields drills read: a component's queue bound, thread pools and
 * scale-out delay; the timeout and retries of a connection and of the clients.
 */
@ExtendWith(ApplicationExtension.class)
@org.junit.jupiter.api.parallel.Isolated
class DrillFieldsFormUiTest {
    final DocumentViewModel doc = DocumentViewModel.direct(dev.headroom.Fixtures.service());

    @Start
    void start(Stage stage) {
        doc.open(model(), null);
        stage.setScene(new Scene(new Inspector(doc), 420, 1400));
        stage.show();
    }

    static Model model() {
        ModelReader.Result r = ModelReader.parse("""
            {"format": 2, "name": "policies",
             "workload": {"arrivalRatePerSecond": 100, "timeoutMs": 2000,
                          "classes": [{"name": "page", "share": 0.8, "entry": "app"},
                                      {"name": "pay", "share": 0.2, "entry": "app"}]},
             "components": [
               {"id": "app", "kind": "service", "instances": 2, "concurrency": 4,
                "serviceTimeMs": 20},
               {"id": "web", "kind": "service", "serviceTimeMs": 5, "concurrency": 8,
                "threads": {"pay": 10, "*": 50},
                "autoscale": {"min": 1, "max": 4, "targetUtilization": 0.6}},
               {"id": "api", "kind": "external", "serviceTimeMs": 100}],
             "connections": [{"from": "app", "to": "api", "classes": ["pay"]},
                             {"from": "app", "to": "web", "async": true}]}""");
        assertThat(r.problems()).isEmpty();
        return r.model();
    }

    /** Selects what the inspector shows, as a click on the canvas does. */
    void show(FxRobot robot, Runnable select) {
        robot.interact(select);
    }

    void enter(FxRobot robot, String id, String text) {
        TextField f = robot.lookup(id).queryAs(TextField.class);
        robot.interact(() -> {
            f.setText(text);
            f.fireEvent(new ActionEvent());
        });
    }

    Component component(String id) {
        return doc.model().component(id).orElseThrow();
    }

    @Test
    void aComponentsQueueBoundAndThreadsAreSetAndCleared(FxRobot robot) {
        show(robot, () -> doc.select("app"));
        enter(robot, "#c-max-queue", "50");
        enter(robot, "#c-threads", "40");
        assertThat(component("app").maxQueue()).isEqualTo(50);
        assertThat(component("app").threads()).isEqualTo(PerClass.of(40));
        assertThat(robot.lookup("#c-as-scale-out").queryAs(TextField.class).isDisabled())
                .as("no autoscaling, no scale-out delay").isTrue();

        enter(robot, "#c-max-queue", "");
        enter(robot, "#c-threads", "");
        assertThat(component("app").maxQueue()).isNull();
        assertThat(component("app").threads()).isNull();
        assertThat(doc.results().problems()).isEmpty();
    }

    @Test
    void aBadQueueBoundIsExplainedAndNotApplied(FxRobot robot) {
        show(robot, () -> doc.select("app"));
        enter(robot, "#c-max-queue", "-1");
        assertThat(robot.lookup("#c-max-queue-error").queryAs(Label.class).getText())
                .contains("between 0");
        assertThat(component("app").maxQueue()).isNull();
    }

    @Test
    void perClassPoolsAreEditedPoolByPoolAndTheScaleOutDelaySet(FxRobot robot) {
        show(robot, () -> doc.select("web"));
        assertThat(robot.lookup("#c-threads-pay").queryAs(TextField.class).getText())
                .isEqualTo("10");
        enter(robot, "#c-threads-*", "60");
        assertThat(component("web").threads().find("*").getAsDouble()).isEqualTo(60);
        assertThat(component("web").threads().find("pay").getAsDouble()).isEqualTo(10);

        assertThat(robot.lookup("#c-as-scale-out").queryAs(TextField.class).getPromptText())
                .isEqualTo("180 s");
        enter(robot, "#c-as-scale-out", "90");
        assertThat(component("web").autoscale().scaleOutSeconds()).isEqualTo(90);
        assertThat(component("web").autoscale().max()).isEqualTo(4);
    }

    /**
     * "A pool per class" splits a shared pool as the drills' bulkheads policy does, by the
     * threads each class holds, and "One shared pool" joins the pools again, their threads
     * added up.
     */
    @Test
    void aSharedPoolIsSplitPerClassAndJoinedAgain(FxRobot robot) {
        show(robot, () -> doc.select("app"));
        enter(robot, "#c-threads", "40");
        robot.interact(() -> robot.lookup("#c-threads-split")
                .queryAs(javafx.scene.control.Hyperlink.class).fire());
        PerClass split = component("app").threads();
        assertThat(split.isUniform()).isFalse();
        assertThat(split).isEqualTo(dev.headroom.app.DrillPolicy.bulkheads(
                dev.headroom.Fixtures.analysis(doc.model().withComponents(
                        doc.model().components().stream().map(c -> c.id().equals("app")
                                ? c.withThreads(PerClass.of(40)) : c).toList())), "app"));
        // Little's law by hand: pages hold a thread for the 20 ms visit (8 servers 25% busy:
        // next to no wait), 80/s × 0.020 s = 1.6; payments for 20 + 100 ms of the API,
        // 20/s × 0.120 s = 2.4; 40 threads split 1.6 : 2.4, and one for any other class
        assertThat(split.find("page").getAsDouble()).isEqualTo(16);
        assertThat(split.find("pay").getAsDouble()).isEqualTo(24);
        assertThat(split.find("*").getAsDouble()).isEqualTo(1);
        assertThat(robot.lookup("#c-threads-page").tryQuery()).isPresent();
        robot.interact(() -> robot.lookup("#c-threads-join")
                .queryAs(javafx.scene.control.Hyperlink.class).fire());
        double total = split.byClass().values().stream().mapToDouble(Double::doubleValue).sum();
        assertThat(component("app").threads()).isEqualTo(PerClass.of(total));
    }

    @Test
    void aConnectionsTimeoutAndRetriesAreSet(FxRobot robot) {
        show(robot, () -> doc.selectConnection(0));
        assertThat(robot.lookup("#e-backoff").queryAs(TextField.class).isDisabled())
                .as("no retries yet").isTrue();
        enter(robot, "#e-timeout", "500");
        enter(robot, "#e-retries", "2");
        enter(robot, "#e-backoff", "100");
        enter(robot, "#e-budget", "10");
        CheckBox jitter = robot.lookup("#e-jitter").queryAs(CheckBox.class);
        robot.interact(jitter::fire);
        assertThat(doc.model().connections().get(0).policy()).isEqualTo(new CallPolicy(500.0,
                new Retries(2, 100, Retries.DEFAULT_MULTIPLIER, true, 0.1)));

        enter(robot, "#e-retries", "");
        assertThat(doc.model().connections().get(0).policy())
                .isEqualTo(new CallPolicy(500.0, null));
        assertThat(doc.results().problems()).isEmpty();
    }

    @Test
    void anAsyncConnectionHasNoTimeoutToSet(FxRobot robot) {
        show(robot, () -> doc.selectConnection(1));
        assertThat(robot.lookup("#e-timeout").queryAs(TextField.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#e-policy-async").queryAs(Label.class).isVisible()).isTrue();
    }

    @Test
    void makingACallAsyncDropsItsPolicy(FxRobot robot) {
        show(robot, () -> doc.selectConnection(0));
        enter(robot, "#e-timeout", "500");
        CheckBox async = robot.lookup("#e-async").queryAs(CheckBox.class);
        robot.interact(async::fire);
        Connection e = doc.model().connections().get(0);
        assertThat(e.async()).isTrue();
        assertThat(e.policy()).isEqualTo(CallPolicy.NONE);
        assertThat(doc.results().problems()).isEmpty();
    }

    @Test
    void theClientsTimeoutAndRetriesAreEditedOnTheModel(FxRobot robot) {
        show(robot, () -> doc.clearSelection());
        assertThat(robot.lookup("#w-timeout").queryAs(TextField.class).getText())
                .isEqualTo(dev.headroom.app.Format.number(2000));
        enter(robot, "#w-retries", "3");
        enter(robot, "#w-multiplier", "3");
        assertThat(doc.model().workload().policy()).isEqualTo(new CallPolicy(2000.0,
                new Retries(3, 0, 3, false, null)));
        enter(robot, "#w-timeout", "");
        assertThat(doc.model().workload().policy().timeoutMs()).isNull();
    }
}
