package dev.headroom.cli;

import dev.headroom.cost.Billing;
import dev.headroom.io.ModelReader;
import dev.headroom.model.Model;
import dev.headroom.model.Problem;
import dev.headroom.network.NetworkCompiler;
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
            ModelReader.Result r = ModelReader.read(f);
            List<Problem> problems = new ArrayList<>(r.problems());
            Model m = r.model();
            if (m != null) {
                problems.addAll(NetworkCompiler.check(m));
                if (problems.isEmpty()) {
                    problems.addAll(Billing.check(m, Models.catalogs(f, m.pricing())));
                }
            }
            if (problems.isEmpty()) {
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
