package dev.headroom.ui;

import dev.headroom.ui.document.DocumentViewModel;
import atlantafx.base.theme.PrimerLight;
import dev.headroom.io.ModelReader;
import dev.headroom.model.Component;
import dev.headroom.model.Model;
import dev.headroom.ui.files.Autosave;
import dev.headroom.ui.files.FxDialogs;
import dev.headroom.ui.files.RecentFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * How long an edit takes to show: from the edit on the FX thread, through the background
 * re-solve, to the end of the layout pass of the first pulse that paints its results (the frame
 * is rendered right after). For each bundled model: 200 alternating edits, a growth-slider move
 * and a change to the busiest component's instances, after 100 for warm-up. Prints the median,
 * p95 and worst. Run under a display: {@code xvfb-run java -cp … dev.headroom.ui.EditLatencyBench}
 * (see DEVELOPERS.md); a benchmark, not a test.
 */
public final class EditLatencyBench {
    private static final int WARMUP = 100;
    private static final int EDITS = 200;

    private EditLatencyBench() {}

    public static void main(String[] args) throws Exception {
        Path home = Files.createTempDirectory("headroom-bench");
        List<Path> models;
        try (Stream<Path> s = Files.list(Path.of("models"))) {
            models = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "headroom-solver");
            t.setDaemon(true);
            return t;
        });
        CountDownLatch shown = new CountDownLatch(1);
        Stage[] stage = new Stage[1];
        DocumentViewModel[] vm = new DocumentViewModel[1];
        Platform.startup(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            vm[0] = new DocumentViewModel(dev.headroom.Fixtures.service(), worker, Platform::runLater);
            stage[0] = new Stage();
            MainWindow window = new MainWindow(vm[0], new Workers(),
                    new FxDialogs(stage[0]), new RecentFiles(home.resolve("recent.json")),
                    new Autosave(home.resolve("autosave")));
            Scene scene = new Scene(window, 1500, 920);
            scene.getStylesheets().add(HeadroomApp.class.getResource("headroom.css")
                    .toExternalForm());
            stage[0].setScene(scene);
            stage[0].show();
            shown.countDown();
        });
        shown.await();
        System.out.printf(Locale.ROOT, "Edit to painted results, %d edits per model after %d "
                + "warm-up (slider moves and instance changes alternating):%n", EDITS, WARMUP);
        System.out.printf(Locale.ROOT, "  %-34s %9s %9s %9s%n", "model", "median", "p95", "max");
        for (Path p : models) {
            Model m = ModelReader.read(p).model();
            onFx(() -> vm[0].open(m, p));
            Thread.sleep(300);
            measure(vm[0], stage[0].getScene(), WARMUP);
            double[] ms = measure(vm[0], stage[0].getScene(), EDITS);
            Arrays.sort(ms);
            System.out.printf(Locale.ROOT, "  %-34s %6.2f ms %6.2f ms %6.2f ms%n",
                    p.getFileName(), ms[ms.length / 2], ms[(int) (ms.length * 0.95)],
                    ms[ms.length - 1]);
        }
        Platform.exit();
        worker.shutdownNow();
    }

    private static double[] measure(DocumentViewModel vm, Scene scene, int edits)
            throws InterruptedException {
        double[] out = new double[edits];
        for (int i = 0; i < edits; i++) {
            CountDownLatch painted = new CountDownLatch(1);
            long[] t0 = new long[1];
            int edit = i;
            Runnable[] afterLayout = new Runnable[1];
            afterLayout[0] = () -> {
                out[edit] = (System.nanoTime() - t0[0]) / 1e6;
                scene.removePostLayoutPulseListener(afterLayout[0]);
                painted.countDown();
            };
            onFx(() -> {
                vm.resultsProperty().addListener(new javafx.beans.InvalidationListener() {
                    @Override
                    public void invalidated(javafx.beans.Observable o) {
                        vm.resultsProperty().removeListener(this);
                        scene.addPostLayoutPulseListener(afterLayout[0]);
                        Platform.requestNextPulse();
                    }
                });
                t0[0] = System.nanoTime();
                edit(vm, edit);
            });
            if (!painted.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("no results after an edit");
            }
        }
        return out;
    }

    private static void edit(DocumentViewModel vm, int i) {
        Model m = vm.model();
        if (i % 2 == 0) {
            double from = m.growth().from();
            double to = m.growth().to();
            double next = from + (to - from) * ((i * 37) % 100) / 100.0;
            vm.multiplierProperty().set(next == vm.multiplierProperty().get() ? next + 0.01 : next);
            return;
        }
        Component busiest = m.components().stream()
                .filter(c -> !c.isDelay() && !c.isAutoscaled())
                .findFirst().orElse(null);
        if (busiest == null) {
            vm.multiplierProperty().set(vm.multiplierProperty().get() * 1.01);
            return;
        }
        int n = busiest.instances() + (i % 4 == 1 ? 1 : -1);
        vm.updateComponent(busiest.id(), "Instances", c -> c.withInstances(Math.max(1, n)));
    }

    private static void onFx(Runnable r) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                r.run();
            } finally {
                done.countDown();
            }
        });
        done.await();
    }
}
