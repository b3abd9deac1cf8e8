package dev.headroom.ui;

import atlantafx.base.theme.PrimerLight;
import dev.headroom.model.ReportSettings;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * Renders the contents of a dialog (shortcuts, about, report) to a PNG, to look at them:
 * {@code DialogScreenshot OUT.png shortcuts|about|report}.
 */
public final class DialogScreenshot {
    private DialogScreenshot() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        String which = args.length > 1 ? args[1] : "about";
        CountDownLatch up = new CountDownLatch(1);
        Platform.startup(up::countDown);
        up.await();
        Scene[] scene = new Scene[1];
        CountDownLatch shown = new CountDownLatch(1);
        Platform.runLater(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            Node n = switch (which) {
                case "shortcuts" -> Help.shortcutsTable();
                case "report" -> new ReportSettingsForm(new ReportSettings("Acme Ltd",
                        "Jane Doe, Example Consulting", LocalDate.of(2026, 12, 1), "acme.png",
                        "Acme can grow sevenfold on the cached design before checkout slows.\n\n"
                                + "The database saturates first.", false), null);
                default -> Help.aboutPane();
            };
            StackPane root = new StackPane(n);
            root.setPadding(new Insets(20));
            scene[0] = new Scene(root);
            scene[0].getStylesheets().add(HeadroomApp.class.getResource("headroom.css")
                    .toExternalForm());
            Stage s = new Stage();
            s.setScene(scene[0]);
            s.show();
            shown.countDown();
        });
        shown.await();
        Thread.sleep(600);
        Snapshots.write(scene[0], out);
        Platform.exit();
    }
}
