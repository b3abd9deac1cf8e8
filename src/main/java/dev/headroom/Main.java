package dev.headroom;

import java.lang.reflect.InvocationTargetException;

/**
 * The jar's main class, compiled for Java 11 (see the pom) so that an older {@code java} on the
 * path says in one line that Headroom needs Java 21, instead of failing on the class-file version
 * with a stack trace. Everything else is Java 21 and starts in {@link Entry}, which this class
 * reaches by reflection so that it does not load any of it first.
 */
public final class Main {
    static final int REQUIRED_JAVA = 21;

    private Main() {}

    public static void main(String[] args) throws Throwable {
        int running = Runtime.version().feature();
        if (running < REQUIRED_JAVA) {
            System.err.println("Headroom needs Java " + REQUIRED_JAVA + " or newer; this is Java "
                    + running + " (" + System.getProperty("java.home") + "). Install a JDK "
                    + REQUIRED_JAVA + "+ and run the jar with its java, or set JAVA_HOME.");
            System.exit(1);
        }
        try {
            Class.forName("dev.headroom.Entry").getMethod("main", String[].class)
                    .invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
