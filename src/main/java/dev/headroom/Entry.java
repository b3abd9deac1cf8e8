package dev.headroom;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where {@code headroom.jar} starts once {@link Main} has checked the Java version, and where
 * the app image's launcher starts. With a command it runs the command line and never touches
 * JavaFX; with no arguments (or only a model file) it opens the desktop app.
 */
public final class Entry {
    /**
     * The dist build's training run ({@code mvn -Pdist package}): with this system property
     * naming a model file, Headroom runs what users run first — solve, sweep, validate, a PDF
     * report, and the window up to its first frame when there is a display — so that the AOT
     * cache (or CDS archive) shipped in the app image holds those classes. See DEVELOPERS.md.
     */
    public static final String TRAIN = "headroom.train";

    private Entry() {}

    public static void main(String[] args) throws IOException {
        String train = System.getProperty(TRAIN);
        if (train != null && !train.isBlank()) {
            train(train);
            return;
        }
        if (opensGui(args)) {
            if (!hasDisplay()) {
                System.err.println("headroom: there is no display to open the window on "
                        + "(DISPLAY is not set); the commands work without one: headroom --help");
                System.exit(1);
            }
            // Only this branch loads JavaFX classes: the command line never does.
            dev.headroom.ui.Launcher.launch(args);
            return;
        }
        end(dev.headroom.cli.Cli.run(args));
    }

    /**
     * Ends a command with its exit code. A success returns from {@code main} when no other
     * thread keeps Java running, and Java ends with 0: {@code System.exit} asks for a system
     * logger on the way out, which searches every jar of the class path for a logging service,
     * about 13 ms of a cold 170 ms {@code solve}. Any other code, or a thread still running,
     * goes through {@code System.exit}.
     */
    static void end(int code) {
        if (code != 0 || !aloneInItsGroup()) {
            System.exit(code);
        }
    }

    /** Whether the current thread is the last live non-daemon thread of its group. */
    static boolean aloneInItsGroup() {
        Thread me = Thread.currentThread();
        ThreadGroup g = me.getThreadGroup();
        Thread[] threads = new Thread[g.activeCount() + 16];
        int n = g.enumerate(threads, true);
        for (int i = 0; i < n; i++) {
            if (threads[i] != me && threads[i].isAlive() && !threads[i].isDaemon()) {
                return false;
            }
        }
        return n < threads.length; // a full array may have missed some: then do not rely on it
    }

    /**
     * Whether a window can open: always on Windows and macOS; on Linux and the other Unixes when
     * DISPLAY or WAYLAND_DISPLAY names one, or when JavaFX runs headless (Monocle, in tests).
     * Without one, JavaFX would end in a stack trace.
     */
    static boolean hasDisplay() {
        String os = System.getProperty("os.name", "");
        if (os.startsWith("Windows") || os.startsWith("Mac")) {
            return true;
        }
        return present(System.getenv("DISPLAY")) || present(System.getenv("WAYLAND_DISPLAY"))
                || "Monocle".equals(System.getProperty("glass.platform"));
    }

    private static boolean present(String v) {
        return v != null && !v.isBlank();
    }

    /** No arguments, or a single model file: the desktop app. */
    static boolean opensGui(String[] args) {
        return args.length == 0 || (args.length == 1 && args[0].endsWith(".json")
                && !args[0].startsWith("-"));
    }

    private static void train(String model) throws IOException {
        Path dir = Files.createTempDirectory("headroom-train");
        Path pdf = dir.resolve("report.pdf");
        PrintWriter sink = new PrintWriter(OutputStream.nullOutputStream());
        for (String[] command : new String[][] {{"--version"}, {"validate", model},
                {"solve", model}, {"solve", model, "--json"}, {"sweep", model},
                {"report", model, "-o", pdf.toString()}}) {
            int code = dev.headroom.cli.Cli.run(command, sink, sink);
            if (code != 0) {
                System.err.println("training: headroom " + String.join(" ", command)
                        + " exited with " + code);
            }
        }
        Files.deleteIfExists(pdf);
        // the window's recent files and placement go to the temporary folder, not the builder's
        System.setProperty("headroom.home", dir.toString());
        if (hasDisplay()) {
            System.setProperty("headroom.startupProbe", "true");
            dev.headroom.ui.Launcher.launch(new String[] {model});
        } else {
            System.err.println("training: no display, so the archive leaves out the window");
        }
    }
}
