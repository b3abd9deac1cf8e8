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
        List<String> errors = new ArrayList<>();
        for (Path f : files) {
            List<Problem> problems = Models.problems(f);
            if (problems.isEmpty()) {
                var m = Models.SERVICE.read(f).model();
                spec.commandLine().getOut().printf("%s: ok (%d components, %d request classes)%n",
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
