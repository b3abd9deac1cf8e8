package dev.headroom.cli;

import dev.headroom.report.ChartFiles;
import dev.headroom.app.Design;
import dev.headroom.report.Reports;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "Write a client report of one to four designs: "
        + "a self-contained HTML file or a PDF, chosen by the output's extension.")
final class ReportCommand implements Callable<Integer> {
    @Parameters(arity = "1..4", paramLabel = "MODEL", description = "Model files (.json), "
            + "one to four; two or more are also compared.")
    List<Path> files;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
            description = "The report to write: FILE.html or FILE.pdf.")
    Path output;

    @Option(names = "--png", paramLabel = "DIR",
            description = "Also write every chart and diagram as a PNG file into DIR.")
    Path pngDir;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (Reports.formatOf(output).isEmpty()) {
            throw new ParameterException(spec.commandLine(),
                    "-o must name a .html or .pdf file: " + output);
        }
        List<Design> designs = new ArrayList<>();
        for (Path f : files) {
            designs.add(Models.load(f).design());
        }
        try {
            Reports.write(designs, output, LocalDate.now());
        } catch (IOException e) {
            throw new InputException(List.of("headroom: "
                    + dev.headroom.io.FileErrors.cannotWrite(output, e)));
        }
        spec.commandLine().getOut().println("Wrote " + output);
        if (pngDir != null) {
            try {
                List<Path> written = ChartFiles.write(designs, pngDir);
                spec.commandLine().getOut().println("Wrote " + written.size() + " charts to "
                        + pngDir);
            } catch (IOException e) {
                throw new InputException(List.of("headroom: cannot write charts to " + pngDir
                        + ": " + dev.headroom.io.FileErrors.reason(e, pngDir.resolve("chart.png"))));
            }
        }
        return Cli.OK;
    }
}
