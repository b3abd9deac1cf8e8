package dev.headroom;

/**
 * Where {@code headroom.jar} starts once {@link Main} has checked the Java version. With a
 * command it runs the command line and never touches JavaFX; with no arguments (or only a model
 * file) it opens the desktop app.
 */
public final class Entry {
    private Entry() {}

    public static void main(String[] args) {
        if (opensGui(args)) {
            // Only this branch loads JavaFX classes: the command line never does.
            dev.headroom.ui.Launcher.launch(args);
            return;
        }
        System.exit(dev.headroom.cli.Cli.run(args));
    }

    /** No arguments, or a single model file: the desktop app. */
    static boolean opensGui(String[] args) {
        return args.length == 0 || (args.length == 1 && args[0].endsWith(".json")
                && !args[0].startsWith("-"));
    }
}
