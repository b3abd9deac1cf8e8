package dev.headroom.ui.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.network.Network;
import dev.headroom.sim.SimResult;
import dev.headroom.sim.Simulator;
import dev.headroom.ui.document.DocumentViewModel;
import dev.headroom.ui.TestModels;
import dev.headroom.ui.simulate.SimulationViewModel.State;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Mounts the simulation drawer alone, headless, and drives it with TestFX. */
@org.junit.jupiter.api.parallel.Isolated
@ExtendWith(ApplicationExtension.class)
class SimulationPaneUiTest {
    static {
        System.setProperty("headless.geometry", "1600x1000-32");
    }

    DocumentViewModel doc;
    SimulationPane pane;
    ExecutorService pool;

    @Start
    void start(Stage stage) {
        pool = SimTestModels.pool();
        doc = DocumentViewModel.direct(dev.headroom.Fixtures.service());
        doc.open(SimTestModels.mm1(), null);
        pane = new SimulationPane(doc, pool);
        pane.viewModel().optionsProperty().set(SimTestModels.shortRun());
        stage.setScene(new Scene(pane, 1500, 260));
        stage.show();
    }

    @AfterEach
    void stop() {
        pane.cancel();
        pool.shutdownNow();
    }

    SimulationViewModel vm() {
        return pane.viewModel();
    }

    void waitForState(State s) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm().state() == s);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void runFillsTheTablesWithTheSimulatorsFigures(FxRobot robot) throws Exception {
        robot.interact(() -> doc.multiplierProperty().set(1.5));
        robot.clickOn("#sim-run");
        waitForState(State.DONE);

        TableView<?> classes = robot.lookup("#sim-class-table").queryAs(TableView.class);
        TableView<?> comps = robot.lookup("#sim-component-table").queryAs(TableView.class);
        assertThat(classes.getItems()).hasSize(1);
        assertThat(comps.getItems()).hasSize(1);
        assertThat(robot.lookup("#sim-title").queryAs(Label.class).getText())
                .isEqualTo("Simulation at 1.5x \u2014 20,000 requests \u00d7 10 replications");

        // The same run computed here, independently of the view.
        Network net = dev.headroom.Fixtures.network(doc.model());
        SimResult r = new Simulator(net, 1.5, SimTestModels.shortRun()).runOnCallingThread();
        String mean = Cells.estimate(r.classes().get(0).latencyMeanMs(), Cells.Unit.MS);
        String p95 = Cells.estimate(r.classes().get(0).latencyP95Ms(), Cells.Unit.MS);
        String util = Cells.estimate(r.components().get(0).utilization(),
                Cells.Unit.FRACTION);
        assertThat(cellTexts(robot)).contains(mean, p95, util);
        assertThat(mean).contains("\u00b1");
    }

    @Test
    void cancelDuringALongRunStopsIt(FxRobot robot) throws Exception {
        robot.interact(() -> vm().optionsProperty().set(SimTestModels.endless()));
        robot.clickOn("#sim-run");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> vm().progressProperty().get() > 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#sim-progress").queryAs(ProgressBar.class).isVisible())
                .isTrue();
        assertThat(robot.lookup("#sim-cancel").queryAs(Button.class).isDisabled()).isFalse();

        robot.clickOn("#sim-cancel");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(vm().state()).isEqualTo(State.CANCELLED);
        assertThat(robot.lookup("#sim-status").queryAs(Label.class).getText())
                .isEqualTo("Cancelled.");
        assertThat(robot.lookup("#sim-cancel").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#sim-progress").queryAs(ProgressBar.class).isVisible())
                .isFalse();
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).as("replications stopped")
                .isTrue();
    }

    @Test
    void unstableModelShowsTheReasonInsteadOfRows(FxRobot robot) throws Exception {
        robot.interact(() -> doc.multiplierProperty().set(3));
        robot.clickOn("#sim-run");
        waitForState(State.FAILED);
        Label status = robot.lookup("#sim-status").queryAs(Label.class);
        assertThat(status.getText()).isEqualTo(vm().messageProperty().get())
                .contains("server").contains("steady state");
        assertThat(status.getStyleClass()).contains("sim-failed");
        assertThat(robot.lookup("#sim-class-table").queryAs(TableView.class).getItems())
                .isEmpty();
    }

    @Test
    void flaggedFiguresAreColouredAndExplained(FxRobot robot) throws Exception {
        // Eight servers 95% busy with very bursty service (cv 4): the analytic wait is
        // Allen–Cunneen's mean with an exponential shape, an approximation there; simulated,
        // its median and p99 come out well over 10% apart from it (docs/engine.md).
        dev.headroom.model.Model bursty = dev.headroom.io.ModelReader.parse("""
                {"name": "bursty", "workload": {"arrivalRatePerSecond": 760},
                 "components": [{"id": "server", "serviceTimeMs": 10, "serviceTimeCv": 4,
                                 "concurrency": 8}], "connections": []}""").model();
        robot.interact(() -> {
            doc.open(bursty, null);
            vm().optionsProperty().set(SimTestModels.shortRun().withRequests(100_000)
                    .withReplications(4));
        });
        robot.clickOn("#sim-run");
        waitForState(State.DONE);

        long flagged = vm().classRows().stream().flatMap(c -> java.util.stream.Stream.of(
                c.mean(), c.p95(), c.p99())).filter(d -> d.flag().flagged()).count();
        assertThat(flagged).as("bursty service far from exponential").isPositive();
        Set<Node> coloured = robot.lookup("#sim-class-table").lookup((Node n) ->
                n instanceof TableCell<?, ?> && n.isVisible() && (n.getStyleClass()
                        .contains("flag-warn") || n.getStyleClass().contains("flag-severe")))
                .queryAll();
        // The analytic cell and the difference cell of each flagged figure.
        assertThat(coloured).hasSize((int) (2 * flagged));
        for (Node n : coloured) {
            assertThat(((TableCell<?, ?>) n).getTooltip().getText())
                    .contains("simulator is the reference");
        }
    }

    @Test
    void anEditAfterTheRunMarksTheTablesStale(FxRobot robot) throws Exception {
        robot.clickOn("#sim-run");
        waitForState(State.DONE);
        robot.interact(() -> doc.updateComponent("server", "Set instances",
                c -> c.withInstances(2)));
        Label status = robot.lookup("#sim-status").queryAs(Label.class);
        assertThat(status.getText()).startsWith("Simulated at 1x before your last edit");
        assertThat(status.getStyleClass()).contains("sim-stale");
        assertThat(robot.lookup("#sim-class-table").queryAs(TableView.class).getStyleClass())
                .contains("stale");
    }

    private static Set<String> cellTexts(FxRobot robot) {
        return robot.lookup((Node n) -> n instanceof TableCell<?, ?> c && c.getText() != null)
                .queryAll().stream().map(n -> ((TableCell<?, ?>) n).getText())
                .collect(java.util.stream.Collectors.toSet());
    }
}
