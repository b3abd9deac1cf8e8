package dev.headroom.ui;

import atlantafx.base.theme.PrimerLight;
import dev.headroom.app.FolderCatalogs;
import dev.headroom.app.Headroom;
import dev.headroom.io.CatalogLoader;
import dev.headroom.ui.document.DocumentViewModel;
import dev.headroom.ui.files.Autosave;
import dev.headroom.ui.files.Examples;
import dev.headroom.ui.files.FxDialogs;
import dev.headroom.ui.files.RecentFiles;
import dev.headroom.ui.files.WindowPlacement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The desktop app. Opens the file given on the command line, else offers to recover unsaved
 * work, else opens a bundled example so the first screen already answers something. The first
 * document is open before the window shows, so the window never flashes an empty model; the
 * window comes back where it was last time (clamped to the screens there are now).
 */
public final class HeadroomApp extends Application {
    /** Seconds between autosaves while there are unsaved changes. */
    public static final int AUTOSAVE_SECONDS = 15;
    /**
     * With this system property set, the app prints {@code first-paint-ms N} (milliseconds
     * from the JVM's start to the end of the first frame with the model laid out) and exits:
     * what {@code bench --startup} measures.
     */
    public static final String STARTUP_PROBE = "headroom.startupProbe";

    private final Workers workers = new Workers();

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Headroom service = new Headroom(new FolderCatalogs(CatalogLoader.userFolder()));
        DocumentViewModel vm = new DocumentViewModel(service, workers.thread("headroom-solver"),
                Platform::runLater);
        Autosave autosave = Autosave.inHome();
        MainWindow window = new MainWindow(vm, workers, new FxDialogs(stage),
                RecentFiles.inHome(), autosave);
        window.setBrowser(uri -> getHostServices().showDocument(uri));
        window.setOnQuit(stage::close);

        List<String> args = getParameters().getRaw();
        boolean recovery = args.isEmpty() && !autosave.recoverable().isEmpty();
        if (!recovery) {
            openFirstDocument(window, args);
        }

        WindowPlacement placement = WindowPlacement.inHome();
        Optional<WindowPlacement.Saved> saved = placement.load();
        WindowPlacement.Bounds b = WindowPlacement.place(saved, screens());
        Scene scene = new Scene(window, b.width(), b.height());
        scene.getStylesheets().add(HeadroomApp.class.getResource("headroom.css")
                .toExternalForm());
        stage.setScene(scene);
        stage.setMinWidth(Math.min(WindowPlacement.MIN_WIDTH, b.width()));
        stage.setMinHeight(Math.min(WindowPlacement.MIN_HEIGHT, b.height()));
        stage.setX(b.x());
        stage.setY(b.y());
        stage.setWidth(b.width());
        stage.setHeight(b.height());
        stage.setMaximized(saved.map(WindowPlacement.Saved::maximized).orElse(false));
        rememberPlacement(stage, placement, b);

        stage.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> (vm.isDirty() ? "\u25cf " : "") + vm.model().name() + " \u2014 Headroom",
                vm.modelProperty(), vm.dirtyProperty()));
        stage.setOnCloseRequest(e -> {
            if (!window.files().confirmDiscard()) {
                e.consume();
            } else {
                window.files().onExit();
            }
        });
        Timeline autosaveTimer = new Timeline(new KeyFrame(Duration.seconds(AUTOSAVE_SECONDS),
                e -> window.files().autosaveTick()));
        autosaveTimer.setCycleCount(Timeline.INDEFINITE);
        autosaveTimer.play();

        if (Boolean.getBoolean(STARTUP_PROBE)) {
            probeFirstPaint(scene);
        }
        stage.show();
        window.canvas().fit();
        if (recovery && !window.files().offerRecovery()) {
            openFirstDocument(window, args);
        }
        Platform.runLater(window.canvas()::fit);
    }

    private static List<WindowPlacement.Bounds> screens() {
        List<WindowPlacement.Bounds> out = new ArrayList<>();
        Screen primary = Screen.getPrimary();
        out.add(bounds(primary.getVisualBounds()));
        for (Screen s : Screen.getScreens()) {
            if (!s.equals(primary)) {
                out.add(bounds(s.getVisualBounds()));
            }
        }
        return out;
    }

    private static WindowPlacement.Bounds bounds(Rectangle2D r) {
        return new WindowPlacement.Bounds(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight());
    }

    /** Keeps the last size and position the window had while not maximized, saved on close. */
    private static void rememberPlacement(Stage stage, WindowPlacement placement,
            WindowPlacement.Bounds start) {
        WindowPlacement.Bounds[] normal = {start};
        Runnable track = () -> {
            if (!stage.isMaximized() && !stage.isIconified() && stage.isShowing()) {
                normal[0] = new WindowPlacement.Bounds(stage.getX(), stage.getY(),
                        stage.getWidth(), stage.getHeight());
            }
        };
        stage.xProperty().addListener((o, a, v) -> track.run());
        stage.yProperty().addListener((o, a, v) -> track.run());
        stage.widthProperty().addListener((o, a, v) -> track.run());
        stage.heightProperty().addListener((o, a, v) -> track.run());
        stage.setOnHidden(e -> placement.save(new WindowPlacement.Saved(normal[0],
                stage.isMaximized())));
    }

    /** Prints the time from the JVM's start to the end of the first full frame, then exits. */
    private static void probeFirstPaint(Scene scene) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (scene.getWindow() == null || !scene.getWindow().isShowing()) {
                return;
            }
            scene.removePostLayoutPulseListener(listener[0]);
            long ms = System.currentTimeMillis()
                    - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println("first-paint-ms " + ms);
            System.out.flush();
            // one more pulse renders the frame that was just laid out, then exit
            Platform.runLater(() -> Platform.runLater(Platform::exit));
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    /**
     * The file given on the command line (offering its crash autosave first), else a bundled
     * example. With no file, recoverable autosaves are offered after the window shows.
     */
    static void openFirstDocument(MainWindow window, List<String> args) {
        if (!args.isEmpty()) {
            if (window.files().openFile(Path.of(args.get(0)))) {
                return;
            }
        }
        List<String> examples = Examples.list();
        if (!examples.isEmpty()) {
            window.files().openExample(examples.contains(Examples.DEFAULT) ? Examples.DEFAULT
                    : examples.get(0));
        }
    }

    @Override
    public void stop() {
        workers.close();
    }
}
