package dev.headroom;

/**
 * Entry point of {@code headroom.jar}. With a command it runs the command line and never touches
 * JavaFX; with no arguments (or only a model file) it opens the desktop app.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(dev.headroom.cli.Cli.run(args));
    }
}
