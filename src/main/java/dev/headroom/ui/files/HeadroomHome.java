package dev.headroom.ui.files;

import java.nio.file.Path;

/**
 * The app's own folder, {@code ~/.headroom}: recent files, autosaves. The system property
 * {@code headroom.home} moves it (tests point it at a temporary folder).
 */
public final class HeadroomHome {
    public static final String PROPERTY = "headroom.home";

    private HeadroomHome() {}

    public static Path folder() {
        String p = System.getProperty(PROPERTY);
        return p != null && !p.isBlank() ? Path.of(p)
                : Path.of(System.getProperty("user.home"), ".headroom");
    }

    public static Path autosaveFolder() {
        return folder().resolve("autosave");
    }
}
