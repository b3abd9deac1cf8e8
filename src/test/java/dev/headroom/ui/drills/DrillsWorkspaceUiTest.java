package dev.headroom.ui.drills;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.ui.HeadroomApp;
import dev.headroom.ui.MainWindow;
import dev.headroom.ui.TestModels;
import dev.headroom.ui.Workers;
import dev.headroom.ui.document.DocumentViewModel;
import dev.headroom.ui.files.Autosave;
import dev.headroom.ui.files.Dialogs;
import dev.headroom.ui.files.RecentFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window has a Drills workspace, and it lists the open model's drills. */
@ExtendWith(ApplicationExtension.class)
@org.junit.jupiter.api.parallel.Isolated
class DrillsWorkspaceUiTest {
    static {
        System.setProperty("headless.geometry", "1600x1000-32");
    }

    MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Path home = Files.createTempDirectory("headroom-drills-ui");
        DocumentViewModel vm = DocumentViewModel.direct(dev.headroom.Fixtures.service());
        Dialogs none = new Dialogs() {
            @Override
            public java.util.Optional<Path> chooseOpen(Path folder) {
                return java.util.Optional.empty();
            }

            @Override
            public java.util.Optional<Path> chooseSave(Path folder, String name) {
                return java.util.Optional.empty();
            }

            @Override
            public Answer askSaveChanges(String name) {
                return Answer.DISCARD;
            }

            @Override
            public void showProblems(Path file, java.util.List<dev.headroom.model.Problem> ps) {
            }

            @Override
            public boolean askRecover(Autosave.Recovery recovery) {
                return false;
            }

            @Override
            public void error(String message) {
            }

            @Override
            public java.util.Optional<Path> chooseExport(Path folder, String title, String name,
                    java.util.List<String> extensions) {
                return java.util.Optional.empty();
            }

            @Override
            public java.util.Optional<Path> chooseFolder(Path folder, String title) {
                return java.util.Optional.empty();
            }
        };
        window = new MainWindow(vm, new Workers(), none,
                new RecentFiles(home.resolve("recent.json")), new Autosave(home.resolve("auto")));
        vm.open(TestModels.example("retry-storm.json"), null);
        Scene scene = new Scene(window, 1400, 900);
        scene.getStylesheets().add(HeadroomApp.class.getResource("headroom.css")
                .toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theDrillsWorkspaceShowsTheModelsDrill(FxRobot robot) throws Exception {
        robot.clickOn("#workspace-drills");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.drills().isVisible()).isTrue();
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> window.drills().viewModel().choiceProperty().get() != null);
        assertThat(window.drills().viewModel().choiceProperty().get().title())
                .isEqualTo("Push notification: 3x for 30 s");
    }
}
