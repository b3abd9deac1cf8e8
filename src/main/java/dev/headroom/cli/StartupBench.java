package dev.headroom.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code bench --startup}: cold starts, each a new process timed from its start to its end
 * (or, for the window, to the line it prints after its first frame): a bare
 * {@code java -version} as the yardstick, then {@code solve} of the bundled shop through the
 * jar and through the app image ({@code mvn -Pdist package}: its {@code headroom} launcher and
 * its {@code headroom-cli}), and the window's first frame through both when there is a display.
 * Each is run several times, in rounds that start each once; the table gives the median, the
 * best run and the median against {@code java -version}'s.
 */
final class StartupBench {
    private StartupBench() {}

    /** One thing started: a label, a command line and, for the window, the line to wait for. */
    record Start(String label, List<String> command, Map<String, String> env, String until) {}

    static void run(PrintWriter out, boolean quick, Path image) throws IOException {
        int runs = quick ? 3 : 11;
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path dir = Files.createTempDirectory("headroom-startup");
        Path model = dir.resolve("shop.json");
        try (InputStream in = StartupBench.class.getResourceAsStream(
                "/models/monolith-redis-replica.json")) {
            if (in == null) {
                throw new IllegalStateException("the bundled shop model is missing");
            }
            Files.write(model, in.readAllBytes());
        }
        String home = "-Dheadroom.home=" + dir.resolve("home");
        List<String> self = self(java);
        boolean display = System.getenv("DISPLAY") != null
                || System.getenv("WAYLAND_DISPLAY") != null
                || !System.getProperty("os.name", "").startsWith("Linux");
        Path launcher = image == null ? null : image.resolve("bin").resolve(
                System.getProperty("os.name", "").startsWith("Windows") ? "headroom.exe"
                        : "headroom");
        boolean hasImage = launcher != null && Files.isExecutable(launcher);

        List<Start> starts = new ArrayList<>();
        starts.add(new Start("java -version", List.of(java.toString(), "-version"), Map.of(),
                null));
        starts.add(new Start("solve, jar", concat(self, List.of("solve", model.toString())),
                Map.of(), null));
        if (hasImage) {
            starts.add(new Start("solve, app image", List.of(launcher.toString(), "solve",
                    model.toString()), Map.of(), null));
            Path cli = launcher.resolveSibling(launcher.getFileName().toString()
                    .replace("headroom", "headroom-cli"));
            if (Files.isExecutable(cli)) {
                starts.add(new Start("solve, app image, headroom-cli", List.of(cli.toString(),
                        "solve", model.toString()), Map.of(), null));
            }
        }
        if (display) {
            List<String> gui = new ArrayList<>(self);
            gui.add(1, home);
            gui.add(1, "-Dheadroom.startupProbe=true");
            starts.add(new Start("first frame, jar", gui, Map.of(), "first-paint-ms"));
            if (hasImage) {
                starts.add(new Start("first frame, app image", List.of(launcher.toString()),
                        Map.of("JAVA_TOOL_OPTIONS", "-Dheadroom.startupProbe=true " + home),
                        "first-paint-ms"));
            }
        }

        out.printf(Locale.ROOT, "Cold starts, %d runs each (a new process every time), "
                + "Java %s.%n", runs, System.getProperty("java.version"));
        out.println(hasImage ? "App image: " + image
                : "No app image (mvn -Pdist package makes target/dist/headroom; --image DIR "
                        + "names another).");
        if (!display) {
            out.println("No display: the window's first frame is not measured "
                    + "(run under xvfb-run for it).");
        }
        out.flush();
        Table t = new Table("start", "median", "best", "× java -version");
        double yardstick = Double.NaN;
        // round by round, each start once a round: a busy minute slows all of them alike
        double[][] times = new double[starts.size()][runs];
        for (int i = 0; i < runs; i++) {
            for (int k = 0; k < starts.size(); k++) {
                times[k][i] = time(starts.get(k), dir);
            }
        }
        for (int k = 0; k < starts.size(); k++) {
            Start s = starts.get(k);
            double[] ms = times[k];
            Arrays.sort(ms);
            double median = ms[runs / 2];
            if (Double.isNaN(yardstick)) {
                yardstick = median;
            }
            t.row(s.label(), String.format(Locale.ROOT, "%,.0f ms", median),
                    String.format(Locale.ROOT, "%,.0f ms", ms[0]),
                    String.format(Locale.ROOT, "%.1f×", median / yardstick));
        }
        t.print(out);
        out.flush();
    }

    /** How this Java runs Headroom: the jar it was started from, else its class path. */
    private static List<String> self(Path javaExe) {
        String sep = System.getProperty("path.separator");
        List<String> entries = new ArrayList<>();
        for (String e : System.getProperty("java.class.path", "").split(
                java.util.regex.Pattern.quote(sep))) {
            entries.add(Path.of(e).toAbsolutePath().toString()); // the runs start elsewhere
        }
        List<String> out = new ArrayList<>(List.of(javaExe.toString()));
        if (entries.size() == 1 && entries.get(0).endsWith(".jar")) {
            out.addAll(List.of("-jar", entries.get(0)));
        } else {
            out.addAll(List.of("-cp", String.join(sep, entries), "dev.headroom.Entry"));
        }
        return out;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** Milliseconds from starting the process to its end, or to the line {@code until}. */
    private static double time(Start s, Path dir) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(s.command()).directory(dir.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().putAll(s.env());
        long t0 = System.nanoTime();
        Process p = pb.start();
        long end = -1;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (s.until() != null && end < 0 && line.startsWith(s.until())) {
                    end = System.nanoTime();
                }
            }
            p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroy();
        }
        if (s.until() != null && end < 0) {
            throw new InputException(List.of("bench --startup: " + s.label() + ": the window "
                    + "never reported its first frame (exit " + p.exitValue() + ")"));
        }
        return ((end < 0 ? System.nanoTime() : end) - t0) / 1e6;
    }
}
