package dev.headroom.cli;

import dev.headroom.model.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "Check model files and list every problem.")
final class ValidateCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "MODEL", description = "Model files (.json).")
    List<Path> files;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return run(spec.commandLine().getOut());
    }

    /**
     * {@code validate MODEL...} read without picocli, when every argument after the command is a
     * model file (not starting with {@code -} or {@code @}); else null, and picocli reads it with
     * its usual messages. Both routes run {@link #run}, so they print the same.
     */
    static ValidateCommand plain(String[] args) {
        if (args.length < 2 || !"validate".equals(args[0])) {
            return null;
        }
        List<Path> files = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            Path f = SolveCommand.plainFile(args[i]);
            if (f == null) {
                return null;
            }
            files.add(f);
        }
        ValidateCommand c = new ValidateCommand();
        c.files = files;
        return c;
    }

    /** Checks every file, printing each one that is ready; the problems are thrown. */
    int run(java.io.PrintWriter out) {
        List<String> errors = new ArrayList<>();
        for (Path f : files) {
            List<Problem> problems = Models.problems(f);
            if (problems.isEmpty()) {
                var m = Models.SERVICE.read(f).model();
                out.printf("%s: ok (%d components, %d request classes)%n",
                        f, m.components().size(), m.requestClasses().size());
            } else {
                problems.forEach(p -> errors.add(f + ": " + p));
            }
        }
        if (!errors.isEmpty()) {
            throw new InputException(errors);
        }
        return Cli.OK;
    }
}
