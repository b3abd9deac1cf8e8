package dev.headroom.ui;

import dev.headroom.ui.document.DocumentViewModel;
import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.io.ModelReader;
import dev.headroom.model.Kind;
import dev.headroom.model.Layout.Position;
import dev.headroom.model.Problem;
import dev.headroom.ui.canvas.ComponentNode;
import dev.headroom.ui.files.Autosave;
import dev.headroom.ui.files.Dialogs;
import dev.headroom.ui.files.RecentFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real main window headless (Monocle) with the bundled shop model open. */
@org.junit.jupiter.api.parallel.Isolated
@ExtendWith(ApplicationExtension.class)
class MainWindowUiTest {
    static {
        // Monocle's headless screen is 1280 × 800 unless told otherwise; the window is larger.
        System.setProperty("headless.geometry", "1600x1000-32");
    }

    @TempDir
    static Path home;

    DocumentViewModel vm;
    MainWindow window;
    final Answers answers = new Answers();

    static final class Answers implements Dialogs {
        Path savePath;
        Path openPath;
        Answer saveChanges = Answer.CANCEL;
        int asked;

        @Override public Optional<Path> chooseOpen(Path folder) {
            return Optional.ofNullable(openPath);
        }
        @Override public Optional<Path> chooseSave(Path folder, String name) {
            return Optional.ofNullable(savePath);
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
        Path exportPath;

        @Override public Optional<Path> chooseExport(Path folder, String title, String name,
                List<String> extensions) {
            return Optional.ofNullable(exportPath);
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
        vm.open(TestModels.shop(), null);
        Scene scene = new Scene(window, 1400, 900);
        scene.getStylesheets().add(HeadroomApp.class.getResource("headroom.css")
                .toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private javafx.scene.control.MenuItem menuItem(String text) {
        javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar)
                window.lookup("#menu-bar");
        java.util.ArrayDeque<javafx.scene.control.MenuItem> todo = new java.util.ArrayDeque<>(
                bar.getMenus());
        while (!todo.isEmpty()) {
            javafx.scene.control.MenuItem i = todo.pop();
            if (text.equals(i.getText())) {
                return i;
            }
            if (i instanceof javafx.scene.control.Menu m) {
                todo.addAll(m.getItems());
            }
        }
        throw new AssertionError("no menu item " + text);
    }

    private void setField(FxRobot robot, String id, String text) {
        TextField f = robot.lookup(id).queryAs(TextField.class);
        robot.clickOn(f);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write(text);
        robot.type(KeyCode.ENTER);
    }

    @Test
    void theBusiestComponentCarriesAVisibleBottleneckFlag(FxRobot robot) {
        String busiest = vm.resultsProperty().get().solution().bottleneck();
        Label flag = robot.lookup("#node-" + busiest).lookup(".bottleneck-flag").queryAs(Label.class);
        assertThat(flag.isVisible()).isTrue();
        assertThat(flag.getWidth()).as("laid out, not a zero-size label").isPositive();
        assertThat(robot.lookup(".bottleneck-flag").queryAll().stream()
                .filter(javafx.scene.Node::isVisible)).hasSize(1);
    }

    /** The examples menu names each example by its model's name once it opens. */
    @Test
    void theExamplesMenuShowsTheExamplesNames(FxRobot robot) {
        // an example that is not the open document, whose name shows nowhere else
        String title = dev.headroom.ui.files.Examples.title("serverless-dynamodb.json");
        assertThat(robot.lookup(title).tryQuery()).isEmpty();
        robot.clickOn("File");
        robot.clickOn("New from example");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(title).tryQuery()).isPresent();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    @Test
    void theSimulateButtonOpensTheDrawerAndSimulatesAtTheSlidersMultiple(FxRobot robot)
            throws Exception {
        // the drawer is built when first shown or asked for, not before the first frame
        assertThat(robot.lookup(".simulation-pane").tryQuery()).isEmpty();
        var sim = WaitForAsyncUtils.asyncFx(window::simulation).get();
        assertThat(sim.isVisible()).isFalse();
        robot.interact(() -> {
            sim.viewModel().optionsProperty().set(
                    dev.headroom.ui.simulate.Preset.QUICK.options());
            vm.multiplierProperty().set(3);
        });
        robot.clickOn("#simulate-button");
        assertThat(sim.isVisible()).isTrue();
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS,
                () -> sim.viewModel().state()
                        == dev.headroom.ui.simulate.SimulationViewModel.State.DONE);
        assertThat(sim.viewModel().multiplierProperty().get()).isEqualTo(3.0);
        assertThat(sim.viewModel().resultProperty().get().classes()).hasSize(2);
    }

    @Test
    void theProjectionWorkspaceReplacesTheDesignOneAndBack(FxRobot robot) throws Exception {
        javafx.scene.Node design = robot.lookup("#canvas").query();
        assertThat(design.isVisible()).isTrue();
        robot.clickOn("#workspace-projection");
        assertThat(window.projection().isVisible()).isTrue();
        assertThat(window.designWorkspace().isVisible()).isFalse();
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> window.projection().viewModel().designProperty().get() != null);
        assertThat(window.projection().viewModel().designProperty().get().model())
                .isSameAs(vm.model());
        robot.clickOn("#workspace-design");
        assertThat(window.designWorkspace().isVisible()).isTrue();
        assertThat(window.projection().isVisible()).isFalse();
    }

    @Test
    void theCompareWorkspaceStartsWithTheOpenModelAndOffersItsPair(FxRobot robot)
            throws Exception {
        robot.clickOn("#workspace-compare");
        assertThat(window.compare().isVisible()).isTrue();
        assertThat(window.designWorkspace().isVisible()).isFalse();
        var designs = window.compare().viewModel();
        assertThat(designs.entries()).hasSize(1);
        assertThat(designs.pairsProperty().get()).contains("monolith-postgres.json");
        robot.interact(() -> designs.addExample("monolith-postgres.json"));
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> designs.snapshot() != null && designs.snapshot().compared().size() == 2);
    }

    @Test
    void exportingTheCanvasWritesAPictureOfTheDiagram(FxRobot robot) throws Exception {
        answers.exportPath = home.resolve("canvas-export.png");
        // the menu item itself (clicking through nested menus is unreliable headless)
        robot.interact(() -> menuItem("Canvas as PNG…").fire());
        java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(
                answers.exportPath.toFile());
        // seven cards, at twice their size: wider than three cards side by side
        assertThat(img.getWidth()).isGreaterThan((int) (3 * ComponentNode.WIDTH));
        assertThat(img.getHeight()).isGreaterThan((int) (2 * ComponentNode.HEIGHT));
    }

    @Test
    void clickingAPaletteItemAddsThatComponent(FxRobot robot) {
        robot.clickOn("#palette-queue");
        assertThat(vm.model().component("queue")).isPresent();
        assertThat(robot.lookup("#node-queue").tryQuery()).isPresent();
        assertThat(vm.selectedIds()).containsExactly("queue");
    }

    @Test
    void draggingFromAPortToAnotherCardConnectsThem(FxRobot robot) {
        robot.drag("#port-mailer").dropTo("#node-replica");
        assertThat(vm.model().connections()).anyMatch(c -> c.from().equals("mailer")
                && c.to().equals("replica"));
    }

    @Test
    void draggingACardMovesItOnTheGrid(FxRobot robot) {
        Position before = vm.model().layout().nodes().get("mailer");
        robot.drag("#node-mailer").moveBy(133, 47).drop();
        Position after = vm.model().layout().nodes().get("mailer");
        assertThat(after).isNotEqualTo(before);
        assertThat(after.x() % DocumentViewModel.GRID).isZero();
        assertThat(after.y() % DocumentViewModel.GRID).isZero();
    }

    @Test
    void draggingOverEmptyCanvasSelectsTheCardsInside(FxRobot robot) {
        javafx.scene.Node canvas = robot.lookup("#canvas").query();
        // A band around the mailer and the payments card, wide enough for their ports and
        // shadows (world = canvas coordinates at zoom 1), dragged from its empty upper-left
        // corner: it holds exactly those two cards.
        Position mail = vm.model().layout().nodes().get("mailer");
        Position pay = vm.model().layout().nodes().get("payments");
        double left = Math.min(mail.x(), pay.x()) - 25;
        double top = Math.min(mail.y(), pay.y()) - 20;
        double right = Math.max(mail.x(), pay.x()) + ComponentNode.WIDTH + 25;
        double bottom = Math.max(mail.y(), pay.y()) + ComponentNode.HEIGHT + 20;
        robot.drag(canvas.localToScreen(left, top)).moveTo(canvas.localToScreen(right, bottom))
                .drop();
        assertThat(vm.selectedIds()).containsExactlyInAnyOrder("mailer", "payments");
        robot.type(KeyCode.DELETE);
        assertThat(vm.model().components()).hasSize(5);
    }

    @Test
    void deleteKeyRemovesTheSelectedComponent(FxRobot robot) {
        robot.clickOn("#node-mailer");
        robot.type(KeyCode.DELETE);
        assertThat(vm.model().component("mailer")).isEmpty();
        assertThat(robot.lookup("#node-mailer").tryQuery()).isEmpty();
    }

    @Test
    void ctrlZUndoesAndCtrlYRedoes(FxRobot robot) {
        robot.clickOn("#node-mailer");
        robot.type(KeyCode.DELETE);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertThat(vm.model().component("mailer")).isPresent();
        assertThat(vm.isDirty()).isFalse();
        robot.push(KeyCode.CONTROL, KeyCode.Y);
        assertThat(vm.model().component("mailer")).isEmpty();
    }

    @Test
    void copyAndPasteDuplicateTheSelection(FxRobot robot) {
        robot.clickOn("#node-mailer");
        robot.push(KeyCode.CONTROL, KeyCode.C);
        robot.push(KeyCode.CONTROL, KeyCode.V);
        assertThat(vm.model().component("mailer-2")).isPresent();
        assertThat(robot.lookup("#node-mailer-2").tryQuery()).isPresent();
    }

    @Test
    void editingInstancesInTheInspectorResolvesLive(FxRobot robot) {
        robot.clickOn("#node-primary");
        double before = vm.results().station("primary").orElseThrow().utilization();
        setField(robot, "#c-instances", "2");
        assertThat(vm.model().component("primary").orElseThrow().instances()).isEqualTo(2);
        assertThat(vm.results().station("primary").orElseThrow().utilization())
                .isCloseTo(before / 2, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void anOutOfRangeValueIsExplainedNextToTheFieldAndNotApplied(FxRobot robot) {
        robot.clickOn("#node-primary");
        setField(robot, "#c-instances", "0");
        Label error = robot.lookup("#c-instances-error").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("between 1 and");
        assertThat(vm.model().component("primary").orElseThrow().instances()).isEqualTo(1);
        assertThat(vm.isDirty()).isFalse();
    }

    @Test
    void movingTheGrowthSliderChangesTheHeader(FxRobot robot) {
        String users = window.header().headroom().value();
        String throughput = window.header().throughput().value();
        Slider slider = robot.lookup("#growth-slider").queryAs(Slider.class);
        robot.drag(slider.lookup(".thumb")).moveBy(120, 0).drop();
        assertThat(vm.multiplierProperty().get()).isGreaterThan(1.5);
        assertThat(vm.results().multiplier()).isEqualTo(vm.multiplierProperty().get());
        assertThat(window.header().throughput().value()).isNotEqualTo(throughput);
        assertThat(window.header().headroom().value()).isEqualTo(users);
        assertThat(robot.lookup("#growth-value").queryAs(Label.class).getText())
                .isNotEqualTo("1.0x");
    }

    @Test
    void atTenTimesTheSaturatedDatabaseSaysSoInWords(FxRobot robot) {
        robot.interact(() -> vm.multiplierProperty().set(10));
        Label status = robot.lookup("#growth-status").queryAs(Label.class);
        assertThat(status.getText()).contains("saturated");
        ComponentNode primary = robot.lookup("#node-primary").queryAs(ComponentNode.class);
        assertThat(primary.getStyleClass()).contains("heat-saturated");
        assertThat(window.header().p95().value()).isEqualTo("saturated");
        assertThat(window.header().headroom().value()).isEqualTo("broken now");
    }

    @Test
    void cardsAreColouredByUtilizationAndTheBottleneckIsMarked(FxRobot robot) {
        ComponentNode cache = robot.lookup("#node-cache").queryAs(ComponentNode.class);
        assertThat(cache.getStyleClass()).contains("heat-calm");
        String b = vm.results().solution().bottleneck();
        ComponentNode bottleneck = robot.lookup("#node-" + b).queryAs(ComponentNode.class);
        assertThat(bottleneck.bottleneckProperty().get()).isTrue();
        assertThat(bottleneck.lookup(".bottleneck-flag").isVisible()).isTrue();
        assertThat(cache.lookup(".bottleneck-flag").isVisible()).isFalse();
    }

    @Test
    void connectionsShowTheirRequestRate(FxRobot robot) {
        Label rate = (Label) robot.lookup("#edge-lb-app").query().lookup(".edge-label");
        assertThat(rate.getText()).isEqualTo("62.5/s");
    }

    @Test
    void ctrlSSavesAndTheFileReopensIdentical(FxRobot robot) throws Exception {
        robot.clickOn("#palette-cdn");
        answers.savePath = home.resolve("saved-" + System.nanoTime() + ".json");
        robot.push(KeyCode.CONTROL, KeyCode.S);
        assertThat(Files.exists(answers.savePath)).isTrue();
        assertThat(vm.isDirty()).isFalse();
        var saved = vm.model();
        robot.clickOn("#palette-worker");
        answers.saveChanges = Dialogs.Answer.DISCARD;
        answers.openPath = answers.savePath;
        robot.push(KeyCode.CONTROL, KeyCode.O);
        assertThat(vm.model()).isEqualTo(saved);
        assertThat(ModelReader.read(answers.savePath).model()).isEqualTo(saved);
        assertThat(vm.model().component("cdn")).isPresent();
    }

    @Test
    void theDirtyMarkerAppearsAfterAnEdit(FxRobot robot) {
        Label name = robot.lookup("#doc-name").queryAs(Label.class);
        assertThat(name.getText()).doesNotContain("\u25cf");
        robot.clickOn("#palette-storage");
        assertThat(name.getText()).endsWith("\u25cf");
    }

    @Test
    void clickingAConnectionEditsItsCalls(FxRobot robot) {
        robot.clickOn("#edge-app-primary");
        assertThat(vm.selectedConnectionProperty().get()).isEqualTo(3);
        setField(robot, "#e-calls", "5");
        assertThat(vm.model().connections().get(3).calls()).isEqualTo(5);
    }

    @Test
    void editingUsersInTheWorkloadChangesThroughput(FxRobot robot) {
        String before = window.header().throughput().value();
        setField(robot, "#w-users", "60000");
        assertThat(vm.model().workload().users()).isEqualTo(60000.0);
        assertThat(window.header().throughput().value()).isNotEqualTo(before)
                .startsWith("125");
    }

    @Test
    void undoButtonIsOnlyEnabledAfterAnEdit(FxRobot robot) {
        Button undo = robot.lookup("#undo-button").queryAs(Button.class);
        assertThat(undo.isDisabled()).isTrue();
        robot.clickOn("#palette-service");
        assertThat(undo.isDisabled()).isFalse();
        robot.clickOn(undo);
        assertThat(vm.model().component("service")).isEmpty();
    }

    @Test
    void theBillWorkspaceListsTheLinesOfTheHeadersBill(FxRobot robot) {
        robot.clickOn("#workspace-bill");
        assertThat(robot.lookup("#bill-table").query().isVisible()).isTrue();
        javafx.scene.control.Label total = robot.lookup("#bill-total-0").queryAs(
                javafx.scene.control.Label.class);
        assertThat(total.getText()).isEqualTo(window.header().cost().value());
        assertThat(window.bill().sheetProperty().get().groups()).isNotEmpty();
    }

    @Test
    void theHeaderShowsTheMonthlyBill(FxRobot robot) {
        assertThat(window.header().cost().value()).startsWith("$");
        assertThat(vm.results().bill()).isNotNull();
    }

    @Test
    void openingAnExampleAsksBeforeLosingChanges(FxRobot robot) {
        robot.clickOn("#palette-service");
        answers.saveChanges = Dialogs.Answer.CANCEL;
        robot.interact(() -> window.files().openExample("monolith-postgres.json"));
        assertThat(answers.asked).isEqualTo(1);
        assertThat(vm.model().component("service")).isPresent();
    }

    @Test
    void addingAComponentFromTheViewModelAppearsOnTheCanvas(FxRobot robot) {
        robot.interact(() -> vm.addComponent(Kind.EXTERNAL, 900, 400));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#node-external").tryQuery()).isPresent();
    }
}
