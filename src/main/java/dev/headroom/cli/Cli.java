package dev.headroom.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line (docs/cli.md). Exit codes: 0 success, 1 a model or input error (one line per
 * problem on stderr, naming the JSON path), 2 a usage error. Never starts JavaFX and never shows
 * a stack trace to a user.
 */
@Command(name = "headroom", mixinStandardHelpOptions = true,
        versionProvider = Cli.Version.class,
        description = "What your backend does at 10x the users: latency, saturation and the "
                + "monthly bill.%nWith no command, opens the desktop app.")
public final class Cli {
    /** The commands, in the order help lists them. */
    static final List<Class<?>> COMMANDS = List.of(ValidateCommand.class, SolveCommand.class,
            SweepCommand.class, PlanCommand.class, PricingCommand.class, SimulateCommand.class, BenchCommand.class,
            CompareCommand.class, ReportCommand.class, DrillCommand.class);

    /** The largest growth multiplier a flag accepts: a million times today's load. */
    static final double MAX_MULTIPLIER = dev.headroom.model.Limits.MAX_MULTIPLIER;

    public static final int OK = 0;
    public static final int INPUT_ERROR = 1;
    public static final int USAGE = 2;

    public static int run(String[] args) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true),
                System.out.charset(), System.err.charset());
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, null, null);
    }

    /**
     * @param outCharset the charset {@code out} ends in, or null when it takes any character;
     *     likewise {@code errCharset}. A character the terminal's charset cannot show (with no
     *     locale, Java writes US-ASCII) is written in ASCII: "x" for "×", "inf" for "∞".
     */
    static int run(String[] args, PrintWriter out, PrintWriter err,
            java.nio.charset.Charset outCharset, java.nio.charset.Charset errCharset) {
        // every line a command prints passes the filter: no text from a file can drive the terminal
        out = new PrintWriter(new CleanWriter(out, outCharset), true);
        err = new PrintWriter(new CleanWriter(err, errCharset), true);
        if (args.length == 1 && ("--version".equals(args[0]) || "-V".equals(args[0]))) {
            out.println(new Version().getVersion()[0]);
            out.flush();
            return OK;
        }
        // the commonest command lines, read by hand: picocli's start-up is left out
        SolveCommand solve = SolveCommand.plain(args);
        ValidateCommand validate = solve == null ? ValidateCommand.plain(args) : null;
        if (solve != null || validate != null) {
            int code;
            try {
                code = solve != null ? solve.run(out) : validate.run(out);
            } catch (Exception e) {
                code = failed(e, err);
            }
            out.flush();
            err.flush();
            return code;
        }
        CommandLine cl = new CommandLine(new Cli());
        for (Class<?> c : commandsFor(args)) {
            cl.addSubcommand(newCommand(c));
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException
                ? USAGE : INPUT_ERROR);
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> failed(e, cmd.getErr()));
        cl.setParameterExceptionHandler((e, a) -> {
            CommandLine c = e.getCommandLine();
            c.getErr().println("headroom: " + e.getMessage());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help'.");
            c.getErr().flush();
            return USAGE;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** A command that failed: why, in one line per problem on {@code err}; exit 1. */
    static int failed(Exception e, PrintWriter err) {
        if (e instanceof InputException ie) {
            ie.lines().forEach(err::println);
        } else if (e instanceof dev.headroom.app.OutOfRange r) {
            err.println("headroom: " + r.getMessage());
        } else {
            err.println("headroom: internal error: " + e
                    + " (please report it with the model file)");
        }
        err.flush();
        return INPUT_ERROR;
    }

    /** A multiplier a flag accepts: above 0 and at most {@link #MAX_MULTIPLIER}. */
    static boolean isMultiplier(double m) {
        return m > 0 && m <= MAX_MULTIPLIER;
    }

    /**
     * Refuses a multiplier flag that is not a positive number up to {@link #MAX_MULTIPLIER}
     * (a usage error naming the flag).
     */
    static void requireMultiplier(CommandLine.Model.CommandSpec spec, String flag, double m) {
        if (!isMultiplier(m)) {
            throw new CommandLine.ParameterException(spec.commandLine(), flag
                    + " must be a growth multiplier above 0 and at most 1,000,000, not "
                    + clean(Double.toString(m)));
        }
    }

    /**
     * Text from a model file as it may reach a terminal: control characters (escape sequences
     * that could rewrite the screen, bells, carriage returns) replaced by a visible mark.
     */
    static String clean(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = isControl(c);
            if (control && b == null) {
                b = new StringBuilder(s.substring(0, i));
            }
            if (b != null) {
                b.append(control ? '\uFFFD' : c);
            }
        }
        return b == null ? s : b.toString();
    }

    /**
     * The ASCII a reader expects for a character the output cannot show: the multiplication
     * sign, dashes, ellipsis, comparison and arrow signs, infinity, micro, currencies; "?" for
     * any other (as Java itself would print).
     */
    static String ascii(char c) {
        return switch (c) {
            case '\u00d7' -> "x";
            case '\u00b7', '\u2212', '\u2013', '\u2010', '\u2011' -> "-";
            case '\u2014' -> "--";
            case '\u2026' -> "...";
            case '\u2264' -> "<=";
            case '\u2265' -> ">=";
            case '\u00b1' -> "+/-";
            case '\u2192' -> "->";
            case '\u2190' -> "<-";
            case '\u221e' -> "inf";
            case '\u00b5', '\u03bc' -> "u";
            case '\u00f7' -> "/";
            case '\u00b2' -> "^2";
            case '\u20ac' -> "EUR";
            case '\u00a3' -> "GBP";
            case '\u00a0', '\u202f', '\u2009' -> " ";
            case '\u2018', '\u2019' -> "'";
            case '\u201c', '\u201d' -> "\"";
            case '\u2022', '\u25cf' -> "*";
            case '\u2248' -> "~";
            case '\u2713' -> "ok";
            default -> "?";
        };
    }

    /** Characters that move the cursor, recolour, ring or reorder what a terminal shows. */
    static boolean isControl(char c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    /**
     * Replaces control characters in everything written by a visible mark (U+FFFD), keeping
     * line ends and tabs: the last guard, behind {@link #clean} at each name a command prints,
     * for text that reaches the terminal any other way (a problem quoting a file's content, a
     * catalog's notes, picocli echoing an argument).
     */
    static final class CleanWriter extends java.io.FilterWriter {
        /** A carriage return waiting for the next character: kept only before a line feed. */
        private boolean pendingCr;
        /** What the output's charset can show, or null when it shows every character. */
        private final java.nio.charset.CharsetEncoder encoder;

        CleanWriter(java.io.Writer out) {
            this(out, null);
        }

        CleanWriter(java.io.Writer out, java.nio.charset.Charset charset) {
            super(out);
            this.encoder = charset == null || charset.name().startsWith("UTF") ? null
                    : charset.newEncoder();
        }

        private void put(char c, StringBuilder b) {
            if (pendingCr) {
                b.append(c == '\n' ? '\r' : mark());
                pendingCr = false;
            }
            if (c == '\r') {
                pendingCr = true;
            } else if (c == '\n' || c == '\t' || !isControl(c)) {
                if (encoder == null || c < 0x80 || encoder.canEncode(c)) {
                    b.append(c);
                } else {
                    String a = ascii(c);
                    // in a right-aligned column the spaces before it make room, keeping one
                    for (int k = 1; k < a.length() && b.length() > 1
                            && b.charAt(b.length() - 1) == ' ' && b.charAt(b.length() - 2) == ' ';
                            k++) {
                        b.setLength(b.length() - 1);
                    }
                    b.append(a);
                }
            } else {
                b.append(mark());
            }
        }

        /** The mark for a control character: U+FFFD, or "?" where it cannot be shown. */
        private String mark() {
            return encoder == null || encoder.canEncode('\uFFFD') ? "\uFFFD" : "?";
        }

        @Override
        public void write(int c) throws java.io.IOException {
            write(new char[] {(char) c}, 0, 1);
        }

        @Override
        public void write(char[] buf, int off, int len) throws java.io.IOException {
            StringBuilder b = new StringBuilder(len + 1);
            for (int i = 0; i < len; i++) {
                put(buf[off + i], b);
            }
            out.write(b.toString());
        }

        @Override
        public void write(String s, int off, int len) throws java.io.IOException {
            write(s.toCharArray(), off, len);
        }

        @Override
        public void close() throws java.io.IOException {
            if (pendingCr) {
                out.write(mark());
                pendingCr = false;
            }
            super.close();
        }
    }

    /**
     * Only the command being run, when the first argument names one; else all of them (for help, and for picocli's "did you mean" on a mistyped
     * command). Picocli reads a command's annotations, fields and types when it is added, which
     * for all eight commands was about half of a cold {@code solve}'s 0.5 s.
     */
    static List<Class<?>> commandsFor(String[] args) {
        if (args.length > 0) {
            for (Class<?> c : COMMANDS) {
                if (c.getAnnotation(Command.class).name().equals(args[0])) {
                    return List.of(c);
                }
            }
        }
        return COMMANDS;
    }

    private static Object newCommand(Class<?> c) {
        try {
            var ctor = c.getDeclaredConstructor();
            ctor.setAccessible(true);
            return ctor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create the command " + c.getName(), e);
        }
    }

    /** {@code headroom --version}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"headroom " + dev.headroom.app.Version.current()};
        }
    }
}
