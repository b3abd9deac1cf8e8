package dev.headroom.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.model.Layout.Position;
import dev.headroom.ui.canvas.CanvasView;
import dev.headroom.ui.canvas.ComponentNode;
import dev.headroom.ui.canvas.Placement;
import dev.headroom.ui.document.DocumentViewModel;
import dev.headroom.ui.files.Autosave;
import dev.headroom.ui.files.Dialogs;
import dev.headroom.ui.files.RecentFiles;
import dev.headroom.model.Problem;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The canvas and the keyboard as a new user meets them: palette clicks and drops that land on
 * free space, cards that move anywhere the canvas shows, the growth slider one step per arrow,
 * the workspace switch that stays put, Quit, and the Help menu's shortcut list.
 */
@org.junit.jupiter.api.parallel.Isolated
@ExtendWith(ApplicationExtension.class)
class CanvasAndKeysUiTest {
    static {
        System.setProperty("headless.geometry", "1600x1000-32");
    }

    @TempDir
    static Path home;

    DocumentViewModel vm;
    MainWindow window;
    final Answers answers = new Answers();
    int quits;

    static final class Answers implements Dialogs {
        Answer saveChanges = Answer.CANCEL;
        int asked;

        @Override public Optional<Path> chooseOpen(Path folder) {
            return Optional.empty();
        }
        @Override public Optional<Path> chooseSave(Path folder, String name) {
            return Optional.empty();
        }
        @Override public Answer askSaveChanges(String name) {
            asked++;
            return saveChanges;
        }
        @Override public void showProblems(Path file, List<Problem> problems) { }
        @Override public boolean askRecover(Autosave.Recovery r) {
            return false;
        }
        @Override public void error(String message) { }
        @Override public Optional<Path> chooseExport(Path folder, String title, String name,
                List<String> extensions) {
            return Optional.empty();
        }
        @Override public Optional<Path> chooseFolder(Path folder, String title) {
            return Optional.empty();
        }
    }

    @Start
    void start(Stage stage) {
        vm = DocumentViewModel.direct(dev.headroom.Fixtures.service());
        window = new MainWindow(vm, new Workers(), answers,
                new RecentFiles(home.resolve("recent.json")), new Autosave(home.resolve("auto")));
        window.setOnQuit(() -> quits++);
        vm.open(TestModels.shop(), null);
        Scene scene = new Scene(window, 1400, 900);
        scene.getStylesheets().add(HeadroomApp.class.getResource("headroom.css")
                .toExternalForm());
        stage.setScene(scene);
        stage.show();
        window.canvas().fit();
    }

    private List<Placement.Box> cards() {
        List<Placement.Box> out = new ArrayList<>();
        vm.model().layout().nodes().forEach((id, p) -> out.add(new Placement.Box(p.x(), p.y(),
                ComponentNode.WIDTH, ComponentNode.HEIGHT)));
        return out;
    }

    private static boolean overlap(Placement.Box a, Placement.Box b) {
        return a.x() < b.x() + b.w() && b.x() < a.x() + a.w()
                && a.y() < b.y() + b.h() && b.y() < a.y() + a.h();
    }

    private static void assertNoOverlap(List<Placement.Box> boxes) {
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(overlap(boxes.get(i), boxes.get(j)))
                        .as("%s overlaps %s", boxes.get(i), boxes.get(j)).isFalse();
            }
        }
    }

    @Test
    void paletteClicksPlaceEveryCardOnFreeVisibleSpace(FxRobot robot) {
        int before = vm.model().components().size();
        for (String kind : List.of("service", "cache", "queue", "worker", "database", "cdn")) {
            robot.clickOn("#palette-" + kind);
        }
        assertThat(vm.model().components()).hasSize(before + 6);
        assertNoOverlap(cards());
        CanvasView canvas = window.canvas();
        Bounds view = canvas.localToScene(canvas.getLayoutBounds());
        for (Node n : robot.lookup(".component-node").queryAll()) {
            Bounds b = n.localToScene(n.getLayoutBounds());
            assertThat(view.contains(b)).as("%s in view", n.getId()).isTrue();
        }
    }

    @Test
    void aNewUnpricedComponentMakesTheHeadersBillALowerBoundAndNamesIt(FxRobot robot) {
        javafx.scene.control.Label cost = robot.lookup("#metric-cost-value")
                .queryAs(javafx.scene.control.Label.class);
        assertThat(cost.getText()).startsWith("$");
        robot.clickOn("#palette-cache");
        assertThat(cost.getText()).startsWith("\u2265 $");
    }

    @Test
    void aDropOnACardLandsOnTheNearestFreeSpot(FxRobot robot) {
        CanvasView canvas = window.canvas();
        ComponentNode app = canvas.card("app");
        Bounds b = app.localToScene(app.getLayoutBounds());
        Point2D onIt = canvas.sceneToLocal(b.getCenterX(), b.getCenterY());
        robot.interact(() -> {
            Point2D p = canvas.dropSpot(onIt.getX(), onIt.getY());
            vm.addComponent(dev.headroom.model.Kind.CACHE, p.getX(), p.getY());
        });
        assertNoOverlap(cards());
    }

    @Test
    void aCardMovesAboveAndLeftOfTheTopLeftCard(FxRobot robot) {
        double minX = cards().stream().mapToDouble(Placement.Box::x).min().orElseThrow();
        double minY = cards().stream().mapToDouble(Placement.Box::y).min().orElseThrow();
        String topLeft = vm.model().layout().nodes().entrySet().stream()
                .filter(e -> e.getValue().x() == minX).map(Map.Entry::getKey).findFirst()
                .orElseThrow();
        robot.drag("#node-" + topLeft).moveBy(-120, -90).drop();
        Position p = vm.model().layout().nodes().get(topLeft);
        assertThat(p.x()).isLessThan(minX - 60);
        assertThat(p.y()).isLessThan(minY - 40);
    }

    @Test
    void arrowKeysMoveTheGrowthSliderOneStepPerPress(FxRobot robot) {
        Slider slider = robot.lookup("#growth-slider").queryAs(Slider.class);
        robot.interact(() -> vm.multiplierProperty().set(1));
        robot.clickOn(slider.lookup(".thumb"));
        robot.interact(() -> vm.multiplierProperty().set(1));
        robot.type(KeyCode.RIGHT);
        assertThat(vm.multiplierProperty().get()).isEqualTo(2);
        robot.type(KeyCode.RIGHT);
        assertThat(vm.multiplierProperty().get()).isEqualTo(3);
        robot.type(KeyCode.LEFT);
        assertThat(vm.multiplierProperty().get()).isEqualTo(2);
    }

    @Test
    void theWorkspaceSwitchStaysPutWhateverTheNameOrWorkspace(FxRobot robot) {
        Node design = robot.lookup("#workspace-design").query();
        Node compare = robot.lookup("#workspace-compare").query();
        double x = design.localToScene(0, 0).getX();
        double cx = compare.localToScene(0, 0).getX();
        robot.interact(() -> vm.rename("A"));
        robot.interact(() -> { });
        assertThat(design.localToScene(0, 0).getX()).isEqualTo(x);
        robot.interact(() -> vm.rename("A much longer model name that goes on and on about the "
                + "shop, its cache, its replica and its payment provider"));
        assertThat(design.localToScene(0, 0).getX()).isEqualTo(x);
        assertThat(compare.localToScene(0, 0).getX()).isEqualTo(cx);
        robot.clickOn("#workspace-projection");
        assertThat(design.localToScene(0, 0).getX()).isEqualTo(x);
        assertThat(compare.localToScene(0, 0).getX()).isEqualTo(cx);
        Node name = robot.lookup("#doc-name").query();
        assertThat(name.localToScene(name.getLayoutBounds()).getMaxX()).as("the name ends "
                + "before the switch").isLessThanOrEqualTo(x);
    }

    @Test
    void quitAsksAboutUnsavedChangesFirst(FxRobot robot) {
        robot.interact(() -> vm.rename("Changed"));
        answers.saveChanges = Dialogs.Answer.CANCEL;
        robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
        assertThat(answers.asked).isEqualTo(1);
        assertThat(quits).as("cancelled").isZero();
        answers.saveChanges = Dialogs.Answer.DISCARD;
        robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
        assertThat(quits).isEqualTo(1);
    }

    @Test
    void reportSettingsAreOneUndoableEditOfTheModel(FxRobot robot) {
        var s = new dev.headroom.model.ReportSettings("Acme Ltd", "Jane", null, null, null, true);
        robot.interact(() -> window.setReportSettings(s));
        assertThat(vm.model().report()).isEqualTo(s);
        assertThat(vm.isDirty()).isTrue();
        robot.interact(vm::undo);
        assertThat(vm.model().report()).isEqualTo(dev.headroom.model.ReportSettings.NONE);
    }

    @Test
    void everyMenuShortcutIsInTheHelpList(FxRobot robot) {
        MenuBar bar = (MenuBar) window.lookup("#menu-bar");
        Set<String> listed = new HashSet<>();
        Shortcuts.ALL.forEach(s -> s.keys().forEach(k -> listed.add(
                javafx.scene.input.KeyCombination.valueOf(k).getName())));
        ArrayDeque<MenuItem> todo = new ArrayDeque<>(bar.getMenus());
        int accelerators = 0;
        while (!todo.isEmpty()) {
            MenuItem i = todo.pop();
            if (i.getAccelerator() != null) {
                accelerators++;
                assertThat(listed).as(i.getText()).contains(i.getAccelerator().getName());
            }
            if (i instanceof Menu m) {
                todo.addAll(m.getItems());
            }
        }
        assertThat(accelerators).isGreaterThan(15);
        Node table = Help.shortcutsTable();
        assertThat(table).isNotNull();
    }
}
