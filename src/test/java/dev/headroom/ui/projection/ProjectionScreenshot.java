package dev.headroom.ui.projection;

import atlantafx.base.theme.PrimerLight;
import dev.headroom.ui.document.DocumentViewModel;
import dev.headroom.ui.HeadroomApp;
import dev.headroom.ui.TestModels;
import dev.headroom.ui.files.FxDialogs;
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
 * Renders the Projection view of a bundled model and writes it to a PNG:
 * {@code ProjectionScreenshot out.png [multiplier] [example.json] [hover-chart hover-x]}. The
 * whole scrollable content is written, not only the window's viewport. Run under a display
 * (Xvfb) to refresh {@code docs/projection.png}; {@code -Dcharts=DIR} also exports the charts;
 * {@code -Dshot.byMonth=true} runs the growth charts along the model's months.
 */
public final class ProjectionScreenshot {
    private ProjectionScreenshot() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "projection.png");
        double m = args.length > 1 ? Double.parseDouble(args[1]) : 1;
        String example = args.length > 2 ? args[2] : "monolith-redis-replica.json";
        String hoverChart = args.length > 3 ? args[3] : null;
        double hoverX = args.length > 4 ? Double.parseDouble(args[4]) : Double.NaN;
        CountDownLatch shown = new CountDownLatch(1);
        Stage[] stage = new Stage[1];
        ProjectionView[] view = new ProjectionView[1];
        Platform.startup(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            DocumentViewModel doc = DocumentViewModel.direct(dev.headroom.Fixtures.service());
            doc.open(java.nio.file.Files.exists(Path.of(example))
                    ? dev.headroom.io.ModelReader.read(Path.of(example)).model()
                    : TestModels.example(example), null);
            stage[0] = new Stage();
            view[0] = new ProjectionView(ProjectionViewModel.direct(doc),
                    new FxDialogs(stage[0]));
            Scene scene = new Scene(view[0], 1500, 920);
            scene.getStylesheets().add(HeadroomApp.class.getResource("headroom.css")
                    .toExternalForm());
            stage[0].setScene(scene);
            stage[0].show();
            doc.multiplierProperty().set(m);
            if (Boolean.getBoolean("shot.byMonth")) {
                view[0].viewModel().byMonthProperty().set(true);
            }
            view[0].requestFocus();
            shown.countDown();
        });
        shown.await();
        Thread.sleep(1000);
        if (hoverChart != null) {
            CountDownLatch hovered = new CountDownLatch(1);
            Platform.runLater(() -> {
                ChartPanel c = view[0].chart(hoverChart);
                var xAxis = c.xAxis();
                var p = xAxis.localToScene(xAxis.getDisplayPosition(hoverX), 0);
                var y = c.yAxis().localToScene(0, c.yAxis().getHeight() / 2);
                c.chart().fireEvent(new javafx.scene.input.MouseEvent(
                        javafx.scene.input.MouseEvent.MOUSE_MOVED, p.getX(), y.getY(), 0, 0,
                        javafx.scene.input.MouseButton.NONE, 0, false, false, false, false,
                        false, false, false, false, false, false, null));
                hovered.countDown();
            });
            hovered.await();
            Thread.sleep(400);
        }
        CountDownLatch saved = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                SnapshotParameters sp = new SnapshotParameters();
                WritableImage img = view[0].getContent().snapshot(sp, null);
                ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", out.toFile());
                String charts = System.getProperty("charts");
                if (charts != null) {
                    view[0].exportChartsPng(Path.of(charts));
                }
            } catch (Exception e) {
                e.printStackTrace();
            }
            saved.countDown();
        });
        saved.await();
        Platform.exit();
    }
}
