package dev.headroom.cli;

import dev.headroom.report.ChartFiles;
import dev.headroom.app.Design;
import dev.headroom.model.ReportSettings;
import dev.headroom.report.Branding;
import dev.headroom.report.Reports;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

    @Option(names = "--client", paramLabel = "NAME",
            description = "The client the report is prepared for (cover). Default: the first "
                    + "model's report.client.")
    String client;

    @Option(names = "--prepared-by", paramLabel = "NAME",
            description = "Who prepared it (cover). Default: the first model's "
                    + "report.preparedBy.")
    String preparedBy;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "The date on the cover. Default: the first model's report.date, "
                    + "else today.")
    LocalDate date;

    @Option(names = "--logo", paramLabel = "FILE",
            description = "A PNG or JPEG logo for the cover. Default: the first model's "
                    + "report.logo (relative to that model's folder).")
    Path logo;

    @Option(names = "--summary", paramLabel = "TEXT",
            description = "The executive summary (a blank line starts a paragraph). Default: "
                    + "the first model's report.summary.")
    String summary;

    @Option(names = "--summary-file", paramLabel = "FILE",
            description = "Read the executive summary from a text file (UTF-8).")
    Path summaryFile;

    @Option(names = "--description", negatable = true,
            description = "Include (or with --no-description leave out) each model's technical "
                    + "description. Default: the first model's report.includeDescription, "
                    + "else left out.")
    Boolean description;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (Reports.formatOf(output).isEmpty()) {
            throw new ParameterException(spec.commandLine(),
                    "-o must name a .html or .pdf file: " + output);
        }
        if (summary != null && summaryFile != null) {
            throw new ParameterException(spec.commandLine(),
                    "give --summary or --summary-file, not both");
        }
        List<Design> designs = new ArrayList<>();
        for (Path f : files) {
            designs.add(Models.load(f).design());
        }
        Branding brand = branding(designs.get(0).model().report(),
                files.get(0).toAbsolutePath().getParent());
        try {
            Reports.write(designs, output, brand);
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

    /** The first model's report settings with the options laid over them. */
    private Branding branding(ReportSettings fromModel, Path modelFolder) {
        ReportSettings s = fromModel;
        if (client != null) {
            s = s.withClient(client);
        }
        if (preparedBy != null) {
            s = s.withPreparedBy(preparedBy);
        }
        if (date != null) {
            s = s.withDate(date);
        }
        if (logo != null) {
            s = s.withLogo(logo.toAbsolutePath().toString());
        }
        if (summary != null) {
            s = s.withSummary(summary.replace("\\n", "\n"));
        }
        if (summaryFile != null) {
            try {
                s = s.withSummary(Files.readString(summaryFile, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new InputException(List.of("--summary-file: cannot read " + summaryFile
                        + ": " + e.getMessage()));
            }
        }
        if (description != null) {
            s = s.withIncludeDescription(description);
        }
        try {
            return Branding.of(s, modelFolder, LocalDate.now());
        } catch (Branding.Problem e) {
            throw new InputException(List.of((logo != null ? e.getMessage().replaceFirst(
                    "^report\\.logo", "--logo") : files.get(0) + ": " + e.getMessage())));
        }
    }
}
