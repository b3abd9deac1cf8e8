package dev.headroom.ui;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javax.imageio.ImageIO;

/** For the screenshot tools: a scene as it is drawn now, written to a PNG. */
public final class Snapshots {
    private Snapshots() {}

    /** Takes the snapshot on the FX thread and waits for the file; call from another thread. */
    public static void write(Scene scene, Path out) throws InterruptedException {
        CountDownLatch saved = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png",
                        out.toFile());
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                saved.countDown();
            }
        });
        saved.await();
    }
}
