package dev.headroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar's Java-version check: reading a JAVA_HOME's version to run the jar again with it. */
class MainTest {
    @Test
    void readsTheFeatureVersionOfEveryNumberingScheme() {
        assertThat(Main.feature("21.0.5")).isEqualTo(21);
        assertThat(Main.feature("25")).isEqualTo(25);
        assertThat(Main.feature("1.8.0_402")).isEqualTo(8);
        assertThat(Main.feature("17-ea")).isEqualTo(17);
        assertThat(Main.feature("garbage")).isZero();
    }

    @Test
    void takesAJavaHomesVersionFromItsReleaseFile(@TempDir Path home) throws Exception {
        assertThat(Main.featureOf(home)).as("no bin/java").isZero();
        Files.createDirectories(home.resolve("bin"));
        Files.writeString(home.resolve("bin/java"), "");
        assertThat(Main.featureOf(home)).as("no release file").isZero();
        Files.writeString(home.resolve("release"),
                "IMPLEMENTOR=\"Eclipse Adoptium\"\nJAVA_VERSION=\"21.0.5\"\n");
        assertThat(Main.featureOf(home)).isEqualTo(21);
    }

    @Test
    void theRunningJavaReadsAsItsOwnVersion() {
        assertThat(Main.featureOf(Path.of(System.getProperty("java.home"))))
                .isEqualTo(Runtime.version().feature());
    }
}
