package dev.headroom.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The project's version: the jar manifest's {@code Implementation-Version} when running from
 * the jar or the app image, else {@code version.properties}, which Maven fills in from the pom
 * (running from {@code target/classes}, as the tests do). Both come from the pom's
 * {@code <version>}.
 */
public final class Version {
    private static final String UNKNOWN = "unknown";

    private Version() {}

    /** For example {@code 0.1.0-SNAPSHOT}; {@code unknown} when neither source says. */
    public static String current() {
        String v = Version.class.getPackage().getImplementationVersion();
        if (v != null && !v.isBlank()) {
            return v;
        }
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String f = p.getProperty("version", "").trim();
                if (!f.isEmpty() && !f.startsWith("${")) {
                    return f;
                }
            }
        } catch (IOException e) {
            // fall through: the version is unknown, which the caller prints as such
        }
        return UNKNOWN;
    }

    /** The Java that runs Headroom, e.g. {@code 21.0.5 (Eclipse Adoptium)}. */
    public static String java() {
        String vendor = System.getProperty("java.vendor", "");
        return System.getProperty("java.version", "?")
                + (vendor.isBlank() ? "" : " (" + vendor + ")");
    }
}
