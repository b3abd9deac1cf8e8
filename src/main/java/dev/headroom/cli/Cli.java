package dev.headroom.cli;

/** The command line. */
public final class Cli {
    private Cli() {}

    public static int run(String[] args) {
        System.out.println("headroom");
        return 0;
    }
}
