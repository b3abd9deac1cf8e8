package dev.headroom;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The jar's main class, compiled for Java 11 (see the pom) so that it runs on an older
 * {@code java} too. On Java 21+ it hands over to {@link Entry} by reflection, so that it loads
 * none of the Java 21 code first. On an older Java it looks at {@code JAVA_HOME}: when that
 * names a Java 21+, it runs the jar again with that Java (the README says to set
 * {@code JAVA_HOME}; an older {@code java} may still come first on the path), else it says in
 * one line that Headroom needs Java 21, instead of failing on the class-file version with a
 * stack trace.
 */
public final class Main {
    static final int REQUIRED_JAVA = 21;
    /** Set in the environment of the re-run, so that it can never run itself again. */
    static final String RERUN = "HEADROOM_RERUN";

    private Main() {}

    public static void main(String[] args) throws Throwable {
        int running = Runtime.version().feature();
        if (running < REQUIRED_JAVA) {
            String home = System.getenv("JAVA_HOME");
            Path jar = ownJar();
            if (home != null && !home.isEmpty() && jar != null && System.getenv(RERUN) == null
                    && featureOf(Paths.get(home)) >= REQUIRED_JAVA) {
                System.exit(rerun(Paths.get(home, "bin", "java"), jar, args));
            }
            System.err.println("Headroom needs Java " + REQUIRED_JAVA + " or newer; this is Java "
                    + running + " (" + System.getProperty("java.home") + ")"
                    + (home == null || home.isEmpty() ? "" : " and JAVA_HOME (" + home
                            + ") is not Java " + REQUIRED_JAVA + "+")
                    + ". Install a JDK " + REQUIRED_JAVA
                    + "+ and set JAVA_HOME to it, or run the jar with its java.");
            System.exit(1);
        }
        try {
            Class.forName("dev.headroom.Entry").getMethod("main", String[].class)
                    .invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /**
     * The feature version of the Java installed at {@code home}, from its {@code release} file
     * ({@code JAVA_VERSION="21.0.5"}); 0 when there is no such Java there.
     */
    static int featureOf(Path home) {
        if (!Files.isRegularFile(home.resolve("bin").resolve("java"))
                && !Files.isRegularFile(home.resolve("bin").resolve("java.exe"))) {
            return 0;
        }
        try {
            for (String line : Files.readAllLines(home.resolve("release"),
                    StandardCharsets.UTF_8)) {
                if (line.startsWith("JAVA_VERSION=")) {
                    return feature(line.substring("JAVA_VERSION=".length()).replace("\"", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    /** {@code 21.0.5} → 21, {@code 1.8.0_402} → 8, {@code 25} → 25; 0 when unreadable. */
    static int feature(String version) {
        String[] parts = version.trim().split("[.+_-]");
        try {
            int first = Integer.parseInt(parts[0]);
            return first == 1 && parts.length > 1 ? Integer.parseInt(parts[1]) : first;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Path ownJar() {
        try {
            Path p = Paths.get(Main.class.getProtectionDomain().getCodeSource().getLocation()
                    .toURI());
            return Files.isRegularFile(p) ? p : null;
        } catch (Exception e) {
            return null;
        }
    }

    /** Runs the jar with {@code java}, passing on this JVM's options and the arguments. */
    private static int rerun(Path java, Path jar, String[] args)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(java.toString());
        cmd.addAll(jvmOptions());
        cmd.add("-jar");
        cmd.add(jar.toString());
        cmd.addAll(Arrays.asList(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).inheritIO();
        pb.environment().put(RERUN, "1");
        return pb.start().waitFor();
    }

    /** The -D and -X options this JVM was started with (not its class path or agents). */
    private static List<String> jvmOptions() {
        List<String> out = new ArrayList<>();
        try {
            for (String a : java.lang.management.ManagementFactory.getRuntimeMXBean()
                    .getInputArguments()) {
                if (a.startsWith("-D") || a.startsWith("-X")) {
                    out.add(a);
                }
            }
        } catch (RuntimeException | LinkageError e) {
            // no management module: start the new Java with its defaults
        }
        return out;
    }
}
