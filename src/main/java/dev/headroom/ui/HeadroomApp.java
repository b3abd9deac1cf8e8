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
import java.nio.file.Path;
import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The desktop app. Opens the file given on the command line, else offers to recover unsaved
 * work, else opens a bundled example so the first screen already answers something.
 */
public final class HeadroomApp extends Application {
    /** Seconds between autosaves while there are unsaved changes. */
    public static final int AUTOSAVE_SECONDS = 15;

    private final Workers workers = new Workers();

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Headroom service = new Headroom(new FolderCatalogs(CatalogLoader.userFolder()));
        DocumentViewModel vm = new DocumentViewModel(service, workers.thread("headroom-solver"),
                Platform::runLater);
        MainWindow window = new MainWindow(vm, workers, new FxDialogs(stage),
                RecentFiles.inHome(), Autosave.inHome());
        Scene scene = new Scene(window, 1500, 940);
        scene.getStylesheets().add(HeadroomApp.class.getResource("headroom.css")
                .toExternalForm());
        stage.setScene(scene);
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
        Timeline autosave = new Timeline(new KeyFrame(Duration.seconds(AUTOSAVE_SECONDS),
                e -> window.files().autosaveTick()));
        autosave.setCycleCount(Timeline.INDEFINITE);
        autosave.play();

        stage.show();
        openFirstDocument(window, getParameters().getRaw());
        Platform.runLater(window.canvas()::fit);
    }

    /**
     * The file given on the command line (offering its crash autosave first), else the newest
     * recoverable autosave, else a bundled example.
     */
    static void openFirstDocument(MainWindow window, List<String> args) {
        if (!args.isEmpty()) {
            if (window.files().openFile(Path.of(args.get(0)))) {
                return;
            }
        } else if (window.files().offerRecovery()) {
            return;
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
