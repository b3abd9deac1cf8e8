package dev.headroom.ui.drills;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.app.DrillPolicy;
import dev.headroom.ui.HeadroomApp;
import dev.headroom.ui.document.DocumentViewModel;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Mounts the Drills view alone, headless, runs drills from it and cancels one. */
@ExtendWith(ApplicationExtension.class)
@org.junit.jupiter.api.parallel.Isolated
class DrillsViewUiTest {
    static {
        System.setProperty("headless.geometry", "1600x1000-32");
    }

    DocumentViewModel doc;
    DrillsView view;
    ExecutorService worker;

    @Start
    void start(Stage stage) {
        worker = Executors.newSingleThreadExecutor();
        doc = DocumentViewModel.direct(dev.headroom.Fixtures.service());
        doc.open(DrillsTestModels.small(), null);
        view = new DrillsView(new DrillsViewModel(doc, worker, Platform::runLater, null));
        Scene scene = new Scene(view, 1500, 950);
        scene.getStylesheets().add(HeadroomApp.class.getResource("headroom.css")
                .toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() {
        view.viewModel().cancel();
        worker.shutdownNow();
    }

    DrillsViewModel vm() {
        return view.viewModel();
    }

    void waitUntilDone() throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> !vm().runningProperty().get()
                && vm().outcomeAProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void runShowsTheVerdictTheCardsAndTheCharts(FxRobot robot) throws Exception {
        assertThat(robot.lookup(".drills-empty").queryAs(Label.class).isVisible()).isTrue();
        robot.clickOn("#drill-run");
        waitUntilDone();
        DrillCards expected = DrillCards.of(vm().outcomeAProperty().get());
        assertThat(robot.lookup("#drill-verdict").queryAs(Label.class).getText())
                .isEqualTo(expected.verdict());
        for (DrillCards.Card c : expected.cards()) {
            VBox card = robot.lookup("#" + c.id()).queryAs(VBox.class);
            assertThat(((Label) card.getChildren().get(1)).getText()).isEqualTo(c.value());
            assertThat(card.getStyleClass()).contains("state-"
                    + c.state().name().toLowerCase(java.util.Locale.ROOT));
        }
        assertThat(view.charts()).extracting(ch -> ch.plot().id())
                .containsExactly("traffic", "latency", "queues", "instances");
        assertThat(view.charts().get(0).canvas().getWidth()).isGreaterThan(600);
        assertThat(robot.lookup(".drills-empty").queryAs(Label.class).isVisible()).isFalse();
        assertThat(robot.lookup("#drill-status").queryAs(Label.class).getText())
                .startsWith("At 1x: 3 runs of each");
    }

    @Test
    void twoPolicySetsStandSideBySide(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        ComboBox<DrillPolicy> b = robot.lookup("#policy-b").queryAs(ComboBox.class);
        robot.interact(() -> b.setValue(DrillPolicy.NO_RETRIES));
        robot.clickOn("#drill-run");
        waitUntilDone();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> vm().outcomeBProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#drill-run-a").tryQuery()).isPresent();
        assertThat(robot.lookup("#drill-run-b").tryQuery()).isPresent();
        assertThat(view.charts()).hasSize(8);
        // the same axes on both sides
        assertThat(view.charts().get(4).plot().yMax())
                .isEqualTo(view.charts().get(0).plot().yMax());
        assertThat(robot.lookup(".run-column-title").queryAllAs(Label.class))
                .extracting(Label::getText).contains("A: As modelled", "B: No retries");
    }

    @Test
    void cancelStopsARunAndKeepsNothing(FxRobot robot) throws Exception {
        robot.interact(() -> vm().choose("preset:spike"));
        robot.clickOn("#drill-run");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#drill-cancel").queryAs(Button.class).isDisabled()).isFalse();
        robot.clickOn("#drill-cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm().runningProperty().get()).isFalse();
        assertThat(vm().statusProperty().get()).isEqualTo("Cancelled.");
        assertThat(vm().outcomeAProperty().get()).isNull();
        assertThat(robot.lookup("#drill-run").queryAs(Button.class).isDisabled()).isFalse();
    }
}
