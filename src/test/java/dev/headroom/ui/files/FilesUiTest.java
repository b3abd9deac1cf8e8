package dev.headroom.ui.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.io.ModelWriter;
import dev.headroom.ui.HeadroomApp;
import dev.headroom.ui.MainWindow;
import dev.headroom.ui.TestModels;
import dev.headroom.ui.Workers;
import dev.headroom.ui.document.DocumentViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 16's data-loss cases in the real main window (headless): a crashed file reopened by
 * argument, a file changed on disk, a read-only file, a failed autosave. The logic is tested
 * without a window in {@link NothingLostTest}; these check that the window asks and shows.
 */
@org.junit.jupiter.api.parallel.Isolated
@ExtendWith(ApplicationExtension.class)
class FilesUiTest {
    static {
        // Monocle's headless screen is 1280 × 800 unless told otherwise (as MainWindowUiTest)
        System.setProperty("headless.geometry", "1600x1000-32");
    }

    @TempDir
    static Path home;

    final NothingLostTest.Answers answers = new NothingLostTest.Answers();
    DocumentViewModel vm;
    MainWindow window;
    Path autosaves;

    @Start
    void start(Stage stage) {
        autosaves = home.resolve("auto-" + System.nanoTime());
        vm = DocumentViewModel.direct(dev.headroom.Fixtures.service());
        window = new MainWindow(vm, new Workers(), answers,
                new RecentFiles(home.resolve("recent.json")), new Autosave(autosaves));
        Scene scene = new Scene(window, 1200, 760);
        scene.getStylesheets().add(HeadroomApp.class.getResource("headroom.css")
                .toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private MenuItem menuItem(String text) {
        MenuBar bar = (MenuBar) window.lookup("#menu-bar");
        for (Menu m : bar.getMenus()) {
            for (MenuItem i : m.getItems()) {
                if (text.equals(i.getText())) {
                    return i;
                }
            }
        }
        throw new AssertionError("no menu item " + text);
    }

    private Path saved(String name) throws Exception {
        Path file = home.resolve(name + "-" + System.nanoTime() + ".json");
        ModelWriter.save(TestModels.shop(), file);
        return file;
    }

    @Test
    void aCrashedFileOpenedByArgumentOffersItsAutosave(FxRobot robot) throws Exception {
        Path file = saved("crashed");
        // the session that crashed: an edit autosaved, the file left older than it
        DocumentViewModel before = DocumentViewModel.direct(dev.headroom.Fixtures.service());
        FileActions crashed = new FileActions(before, answers,
                new RecentFiles(home.resolve("recent.json")), new Autosave(autosaves));
        crashed.openFile(file);
        before.updateComponent("primary", "Set instances", c -> c.withInstances(4));
        crashed.autosaveTick();
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() - 60_000));

        robot.interact(() -> openByArgument(file));
        assertThat(answers.recoverAsked).isTrue();
        assertThat(vm.model().component("primary").orElseThrow().instances()).isEqualTo(4);
        assertThat(robot.lookup("#doc-name").queryAs(Label.class).getText()).endsWith("\u25cf");
    }

    private void openByArgument(Path file) {
        try {
            var m = HeadroomApp.class.getDeclaredMethod("openFirstDocument", MainWindow.class,
                    List.class);
            m.setAccessible(true);
            m.invoke(null, window, List.of(file.toString()));
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void saveAsksBeforeOverwritingAFileChangedOnDisk(FxRobot robot) throws Exception {
        Path file = saved("changed");
        robot.interact(() -> window.files().openFile(file));
        robot.interact(() -> vm.updateComponent("primary", "Set instances",
                c -> c.withInstances(4)));
        String theirs = Files.readString(file).replace("\"name\"", "\"description\": \"theirs\", "
                + "\"name\"");
        Files.writeString(file, theirs);
        answers.conflict = Dialogs.Conflict.CANCEL;
        robot.interact(() -> menuItem("Save").fire());
        assertThat(answers.changedAsked).containsExactly(file);
        assertThat(Files.readString(file)).isEqualTo(theirs);
        assertThat(vm.isDirty()).isTrue();
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void saveOfAReadOnlyFileOffersSaveAsAndLeavesTheFile(FxRobot robot) throws Exception {
        Path file = saved("readonly");
        String before = Files.readString(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        robot.interact(() -> window.files().openFile(file));
        robot.interact(() -> vm.updateComponent("primary", "Set instances",
                c -> c.withInstances(4)));
        answers.savePath = home.resolve("copy-" + System.nanoTime() + ".json");
        robot.interact(() -> menuItem("Save").fire());
        assertThat(answers.saveAsAsked).hasSize(1);
        assertThat(Files.readString(file)).isEqualTo(before);
        assertThat(vm.fileProperty().get()).isEqualTo(answers.savePath);
        assertThat(vm.isDirty()).isFalse();
    }

    @Test
    void aFailedAutosaveIsShownInTheTitleRow(FxRobot robot) throws Exception {
        Files.writeString(autosaves, "a file where the autosave folder should be");
        robot.interact(() -> vm.open(TestModels.shop(), null));
        robot.interact(() -> vm.updateComponent("primary", "Set instances",
                c -> c.withInstances(4)));
        robot.interact(() -> window.files().autosaveTick());
        Label warning = robot.lookup("#autosave-problem").queryAs(Label.class);
        assertThat(warning.isVisible()).isTrue();
        assertThat(warning.getText()).startsWith("Autosave failed: ");
        if (System.getProperty("shot") != null) {
            dev.headroom.ui.Snapshots.write(window.getScene(), Path.of(System.getProperty("shot")));
        }
        Files.delete(autosaves);
        robot.interact(() -> window.files().autosaveTick());
        assertThat(warning.isVisible()).isFalse();
    }
}
