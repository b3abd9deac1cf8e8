package dev.headroom.ui;

import dev.headroom.ui.document.DocumentViewModel;
import atlantafx.base.theme.PrimerLight;
import dev.headroom.ui.files.Autosave;
import dev.headroom.ui.files.FxDialogs;
import dev.headroom.ui.files.RecentFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Renders the main window with the bundled shop at a growth multiple, one component selected,
 * and writes it to a PNG: {@code ScreenshotTool out.png [multiplier] [selected-id|edge:N|-] [model.json|-] [workspace-id]}.
 * Run under
 * a display (Xvfb) to refresh {@code docs/screenshot.png}.
 */
public final class ScreenshotTool {
    private ScreenshotTool() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "screenshot.png");
        double m = args.length > 1 ? Double.parseDouble(args[1]) : 1;
        String selected = args.length > 2 && !args[2].equals("-") ? args[2] : null;
        dev.headroom.model.Model model = args.length > 3 && !args[3].equals("-")
                ? dev.headroom.io.ModelReader.read(Path.of(args[3])).model() : TestModels.shop();
        Path home = Files.createTempDirectory("headroom-shot");
        CountDownLatch shown = new CountDownLatch(1);
        Stage[] stage = new Stage[1];
        MainWindow[] window = new MainWindow[1];
        Platform.startup(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            // -Dshot.asFile=true prices the model as the app does a saved file: with the
            // *.pricing.json next to it
            boolean asFile = Boolean.getBoolean("shot.asFile") && args.length > 3;
            DocumentViewModel vm = DocumentViewModel.direct(asFile
                    ? new dev.headroom.app.Headroom(new dev.headroom.app.FolderCatalogs(null))
                    : dev.headroom.Fixtures.service());
            stage[0] = new Stage();
            window[0] = new MainWindow(vm, new Workers(), new FxDialogs(stage[0]),
                    new RecentFiles(home.resolve("recent.json")),
                    new Autosave(home.resolve("autosave")));
            vm.open(model, asFile ? Path.of(args[3]).toAbsolutePath() : null);
            // -Dshot.size=1366x768 renders a laptop screen instead
            String[] size = System.getProperty("shot.size", "1500x920").split("x");
            Scene scene = new Scene(window[0], Double.parseDouble(size[0]),
                    Double.parseDouble(size[1]));
            scene.getStylesheets().add(HeadroomApp.class.getResource("headroom.css")
                    .toExternalForm());
            stage[0].setScene(scene);
            stage[0].show();
            shown.countDown();
        });
        shown.await();
        Thread.sleep(800);
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            window[0].canvas().fit();
            window[0].viewModel().multiplierProperty().set(m);
            if (selected != null && selected.startsWith("edge:")) {
                window[0].viewModel().selectConnection(
                        Integer.parseInt(selected.substring("edge:".length())));
            } else if (selected != null) {
                window[0].viewModel().select(selected);
            }
            if (args.length > 4) {
                ((javafx.scene.control.ToggleButton) window[0].lookup("#" + args[4]))
                        .setSelected(true);
            }
            // -Dshot.simulate=true opens the simulation drawer and runs a quick simulation
            if (Boolean.getBoolean("shot.simulate")) {
                window[0].simulation().viewModel().optionsProperty().set(
                        dev.headroom.ui.simulate.Preset.QUICK.options());
                window[0].runSimulation();
            }
            // -Dshot.billGroup=category groups the Bill workspace's lines by category
            if ("category".equals(System.getProperty("shot.billGroup"))) {
                window[0].bill().groupBy(dev.headroom.ui.bill.BillSheet.Grouping.CATEGORY);
            }
            done.countDown();
        });
        done.await();
        // -Dshot.wait=3000 waits longer for a workspace that computes (the Plan)
        Thread.sleep(Long.getLong("shot.wait", 800));
        // -Dshot.scroll=1 scrolls the inspector (0 top, 1 bottom) to show its lower fields;
        // -Dshot.billScroll=1 scrolls the Bill workspace's lines
        scroll(window[0], "#inspector", System.getProperty("shot.scroll"));
        scroll(window[0], ".bill-scroll", System.getProperty("shot.billScroll"));
        // -Dshot.then=other.json opens another model once the workspace is shown
        String then = System.getProperty("shot.then");
        if (then != null) {
            CountDownLatch opened = new CountDownLatch(1);
            Platform.runLater(() -> {
                window[0].viewModel().open(dev.headroom.io.ModelReader.read(Path.of(then))
                        .model(), null);
                opened.countDown();
            });
            opened.await();
            Thread.sleep(1500);
        }
        dev.headroom.ui.Snapshots.write(stage[0].getScene(), out);
        Platform.exit();
    }

    /** Scrolls the scroll pane {@code selector} finds to {@code value} (0 top, 1 bottom), if set. */
    private static void scroll(MainWindow window, String selector, String value)
            throws InterruptedException {
        if (value == null) {
            return;
        }
        CountDownLatch scrolled = new CountDownLatch(1);
        Platform.runLater(() -> {
            ((javafx.scene.control.ScrollPane) window.lookup(selector))
                    .setVvalue(Double.parseDouble(value));
            scrolled.countDown();
        });
        scrolled.await();
        Thread.sleep(300);
    }
}
