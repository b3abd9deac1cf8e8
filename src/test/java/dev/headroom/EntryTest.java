package dev.headroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What the jar's entry does before the window or a command starts. */
class EntryTest {

    /**
     * On Linux without DISPLAY, opening the window is one line and exit code 1, not JavaFX's
     * "Unable to open DISPLAY" stack trace. Run in a child JVM with DISPLAY and WAYLAND_DISPLAY
     * removed from its environment.
     */
    @Test
    void withoutADisplayTheWindowIsOneLine() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                System.getProperty("os.name", "").startsWith("Linux"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp",
                System.getProperty("java.class.path"), "dev.headroom.Entry");
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.redirectErrorStream(true);
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(1);
        assertThat(out.lines().filter(l -> !l.startsWith("WARNING")))
                .containsExactly("headroom: there is no display to open the window on "
                        + "(DISPLAY is not set); the commands work without one: headroom --help");
    }

    /**
     * A command ends with its exit code whether it returns from main (a success with nothing
     * else running) or goes through System.exit (a failure): run in child JVMs.
     */
    @Test
    void aCommandEndsWithItsExitCode() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (var c : Map.of("src/test/resources/models/mm1.json", 0, "no-such-model.json", 1,
                "--version", 0).entrySet()) {
            List<String> cmd = new ArrayList<>(List.of(java, "-cp",
                    System.getProperty("java.class.path"), "dev.headroom.Entry"));
            if (!c.getKey().startsWith("-")) {
                cmd.add("solve");
            }
            cmd.add(c.getKey());
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(c.getKey() + ": " + out).isEqualTo(c.getValue());
            assertThat(out).isNotBlank();
        }
    }

    /** A non-daemon thread still running keeps the command on System.exit. */
    @Test
    void aRunningThreadIsSeen() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        Thread t = new Thread(() -> {
            try {
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        t.setDaemon(false);
        t.start();
        try {
            assertThat(Entry.aloneInItsGroup()).isFalse();
        } finally {
            done.countDown();
            t.join();
        }
    }
}
