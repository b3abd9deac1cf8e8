package dev.headroom.ui.simulate;

import atlantafx.base.theme.PrimerLight;
import dev.headroom.ui.document.DocumentViewModel;
import dev.headroom.ui.HeadroomApp;
import dev.headroom.ui.MainWindow;
import dev.headroom.ui.Workers;
import dev.headroom.ui.TestModels;
import dev.headroom.ui.files.Autosave;
import dev.headroom.ui.files.FxDialogs;
import dev.headroom.ui.files.RecentFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * Renders the main window with the simulation drawer under it, after a real run of the bundled
 * shop: {@code SimulationScreenshot out.png [multiplier] [QUICK|STANDARD|PRECISE] [pane-only]}.
 * Run under a display (Xvfb) to refresh {@code docs/simulation.png}.
 */
public final class SimulationScreenshot {
    private SimulationScreenshot() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "simulation.png");
        double m = args.length > 1 ? Double.parseDouble(args[1]) : 1;
        Preset preset = args.length > 2 ? Preset.valueOf(args[2]) : Preset.STANDARD;
        boolean paneOnly = args.length > 3 && args[3].equals("pane-only");
        Path home = Files.createTempDirectory("headroom-shot");
        CountDownLatch shown = new CountDownLatch(1);
        Stage[] stage = new Stage[1];
        SimulationPane[] pane = new SimulationPane[1];
        MainWindow[] window = new MainWindow[1];
        Platform.startup(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            DocumentViewModel vm = DocumentViewModel.direct(dev.headroom.Fixtures.service());
            stage[0] = new Stage();
            window[0] = new MainWindow(vm, new Workers(), new FxDialogs(stage[0]),
                    new RecentFiles(home.resolve("recent.json")),
                    new Autosave(home.resolve("autosave")));
            vm.open(TestModels.shop(), null);
            vm.multiplierProperty().set(m);
            pane[0] = paneOnly ? new SimulationPane(vm) : window[0].simulation();
            pane[0].setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            pane[0].viewModel().optionsProperty().set(preset.options());
            Scene scene;
            if (paneOnly) {
                scene = new Scene(pane[0], 1500, 260);
            } else {
                // -Dshot.size=1366x740 renders a laptop screen instead
                String[] size = System.getProperty("shot.size", "1500x1000").split("x");
                scene = new Scene(window[0], Double.parseDouble(size[0]),
                        Double.parseDouble(size[1]));
            }
            scene.getStylesheets().add(HeadroomApp.class.getResource("headroom.css")
                    .toExternalForm());
            stage[0].setScene(scene);
            stage[0].show();
            shown.countDown();
        });
        shown.await();
        Thread.sleep(500);
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            window[0].canvas().fit();
            pane[0].viewModel().stateProperty().addListener((o, a, b) -> {
                if (b != SimulationViewModel.State.RUNNING) {
                    done.countDown();
                }
            });
            if (paneOnly) {
                pane[0].run();
            } else {
                window[0].runSimulation();
            }
        });
        done.await();
        Thread.sleep(800);
        dev.headroom.ui.Snapshots.write(stage[0].getScene(), out);
        Platform.exit();
    }
}
