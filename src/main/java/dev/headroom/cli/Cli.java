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
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        // every line a command prints passes the filter: no text from a file can drive the terminal
        out = new PrintWriter(new CleanWriter(out), true);
        err = new PrintWriter(new CleanWriter(err), true);
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

        CleanWriter(java.io.Writer out) {
            super(out);
        }

        private void put(char c, StringBuilder b) {
            if (pendingCr) {
                b.append(c == '\n' ? '\r' : '\uFFFD');
                pendingCr = false;
            }
            if (c == '\r') {
                pendingCr = true;
            } else {
                b.append(c == '\n' || c == '\t' || !isControl(c) ? c : '\uFFFD');
            }
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
                out.write('\uFFFD');
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
