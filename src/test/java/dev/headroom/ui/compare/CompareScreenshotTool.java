package dev.headroom.ui.compare;

import atlantafx.base.theme.PrimerLight;
import dev.headroom.ui.document.DocumentViewModel;
import dev.headroom.ui.HeadroomApp;
import dev.headroom.ui.TestModels;
import dev.headroom.ui.files.FxDialogs;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Renders the compare view with the open model and bundled examples and writes a PNG:
 * {@code CompareScreenshotTool out.png open-example [example…|-] [--hover M]} ({@code -}: none;
 * {@code --hover}: the utilization chart's hover box at multiple M). Run under a display
 * (Xvfb) to refresh {@code docs/compare.png}. {@code -Dshot.monthlyRate=0.12} (and
 * {@code -Dshot.startMonth=2027-01}) gives the open model a calendar; {@code -Dshot.byMonth=true}
 * runs the charts along its months.
 */
public final class CompareScreenshotTool {
    private CompareScreenshotTool() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "compare.png");
        String open = args.length > 1 ? args[1] : "monolith-postgres.json";
        List<String> rest = args.length > 2 ? Arrays.asList(args).subList(2, args.length)
                : List.of("monolith-redis-replica.json");
        int h = rest.indexOf("--hover");
        double hover = h >= 0 ? Double.parseDouble(rest.get(h + 1)) : Double.NaN;
        List<String> examples = (h >= 0 ? rest.subList(0, h) : rest).stream()
                .filter(x -> x.endsWith(".json")).toList();
        CountDownLatch shown = new CountDownLatch(1);
        Stage[] stage = new Stage[1];
        CompareView[] view = new CompareView[1];
        Platform.startup(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            DocumentViewModel doc = DocumentViewModel.direct(dev.headroom.Fixtures.service());
            dev.headroom.model.Model opened = TestModels.example(open);
            String rate = System.getProperty("shot.monthlyRate");
            if (rate != null) {
                opened = opened.withGrowth(opened.growth().withMonthlyRate(
                        Double.parseDouble(rate)).withStartMonth(java.time.YearMonth.parse(
                                System.getProperty("shot.startMonth", "2027-01"))));
            }
            doc.open(opened, null);
            CompareViewModel vm = CompareViewModel.direct(doc);
            vm.byMonthProperty().set(Boolean.getBoolean("shot.byMonth"));
            examples.forEach(vm::addExample);
            stage[0] = new Stage();
            view[0] = new CompareView(vm, new FxDialogs(stage[0]));
            Scene scene = new Scene(view[0], 1500, 920);
            scene.getStylesheets().add(HeadroomApp.class.getResource("headroom.css")
                    .toExternalForm());
            stage[0].setScene(scene);
            stage[0].show();
            // No focus ring on the first button: the picture shows the view at rest.
            view[0].requestFocus();
            shown.countDown();
        });
        shown.await();
        Thread.sleep(800);
        if (!Double.isNaN(hover)) {
            CountDownLatch hovered = new CountDownLatch(1);
            Platform.runLater(() -> {
                ((CompareChart) view[0].lookup("#chart-utilization")).hoverAt(hover);
                hovered.countDown();
            });
            hovered.await();
            Thread.sleep(300);
        }
        dev.headroom.ui.Snapshots.write(stage[0].getScene(), out);
        Platform.exit();
    }
}
