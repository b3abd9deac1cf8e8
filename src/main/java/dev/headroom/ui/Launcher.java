package dev.headroom.ui;

import javafx.application.Application;

/**
 * Starts the desktop app. A separate class so that the jar's main class is not an
 * {@link Application} subclass (JavaFX then runs from the class path of the shaded jar).
 */
public final class Launcher {
    private Launcher() {}

    public static void launch(String[] args) {
        Application.launch(HeadroomApp.class, args);
    }
}
