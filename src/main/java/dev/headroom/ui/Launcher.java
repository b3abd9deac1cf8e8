package dev.headroom.ui;

import java.util.logging.Logger;
import javafx.application.Application;

/**
 * Starts the desktop app. A separate class so that the jar's main class is not an
 * {@link Application} subclass (JavaFX then runs from the class path of the shaded jar).
 */
public final class Launcher {
    /**
     * JavaFX's own logger, held so that its filter stays (java.util.logging keeps loggers only
     * weakly).
     */
    private static final Logger JAVAFX = Logger.getLogger("javafx");

    private Launcher() {}

    public static void launch(String[] args) {
        quietAboutTheClassPath();
        Application.launch(HeadroomApp.class, args);
    }

    /**
     * Run from the jar, JavaFX is on the class path by design, and JavaFX warns at every start
     * that this is an "Unsupported JavaFX configuration" (the app image puts it on the module
     * path and never sees the warning). Only that message is dropped: JavaFX's other warnings
     * (on its "javafx" logger and the loggers under it) still print.
     */
    static void quietAboutTheClassPath() {
        if (Application.class.getModule().isNamed()) {
            return;
        }
        JAVAFX.setFilter(r -> r.getMessage() == null
                || !r.getMessage().startsWith("Unsupported JavaFX configuration"));
    }
}
