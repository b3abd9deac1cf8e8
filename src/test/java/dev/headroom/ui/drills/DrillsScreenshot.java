package dev.headroom.ui.drills;

import atlantafx.base.theme.PrimerLight;
import dev.headroom.app.DrillPolicy;
import dev.headroom.ui.HeadroomApp;
import dev.headroom.ui.TestModels;
import dev.headroom.ui.document.DocumentViewModel;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Renders the Drills view of a bundled model after running its first drill and writes it to a
 * PNG: {@code DrillsScreenshot out.png [example.json] [policyA] [policyB|-] [width]}, policies
 * by their command-line ids. The whole scrollable content is written. Run under a display (Xvfb)
 * to refresh {@code docs/drills.png}.
 */
public final class DrillsScreenshot {
    private DrillsScreenshot() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "drills.png");
        String example = args.length > 1 ? args[1] : "retry-storm.json";
        DrillPolicy a = DrillPolicy.fromId(args.length > 2 ? args[2] : "as-modelled")
                .orElseThrow();
        DrillPolicy b = args.length > 3 && !args[3].equals("-")
                ? DrillPolicy.fromId(args[3]).orElseThrow() : null;
        double width = args.length > 4 ? Double.parseDouble(args[4]) : 1500;
        CountDownLatch shown = new CountDownLatch(1);
        DrillsView[] view = new DrillsView[1];
        Platform.startup(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            DocumentViewModel doc = DocumentViewModel.direct(dev.headroom.Fixtures.service());
            doc.open(java.nio.file.Files.exists(Path.of(example))
                    ? dev.headroom.io.ModelReader.read(Path.of(example)).model()
                    : TestModels.example(example), null);
            DrillsViewModel vm = DrillsViewModel.direct(doc);
            vm.policyAProperty().set(a);
            vm.policyBProperty().set(b);
            view[0] = new DrillsView(vm);
            Stage stage = new Stage();
            Scene scene = new Scene(view[0], width, 940);
            scene.getStylesheets().add(HeadroomApp.class.getResource("headroom.css")
                    .toExternalForm());
            stage.setScene(scene);
            stage.show();
            vm.run();
            shown.countDown();
        });
        shown.await();
        Thread.sleep(1500);
        CountDownLatch saved = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                WritableImage img = view[0].getContent().snapshot(new SnapshotParameters(), null);
                ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", out.toFile());
            } catch (Exception e) {
                e.printStackTrace();
            }
            saved.countDown();
        });
        saved.await();
        Platform.exit();
    }
}
