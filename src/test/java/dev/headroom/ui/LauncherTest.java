package dev.headroom.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.application.Application;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class LauncherTest {
    /** From the class path, JavaFX's warning about it is dropped, and only that one. */
    @Test
    void onlyTheClassPathWarningIsDropped() {
        Assumptions.assumeFalse(Application.class.getModule().isNamed());
        Launcher.quietAboutTheClassPath();
        var filter = Logger.getLogger("javafx").getFilter();
        assertThat(filter).isNotNull();
        assertThat(filter.isLoggable(new LogRecord(Level.WARNING, "Unsupported JavaFX "
                + "configuration: classes were loaded from 'unnamed module @6285f3de'"))).isFalse();
        assertThat(filter.isLoggable(new LogRecord(Level.WARNING,
                "Could not resolve lookup in stylesheet"))).isTrue();
        assertThat(filter.isLoggable(new LogRecord(Level.WARNING, null))).isTrue();
    }
}
