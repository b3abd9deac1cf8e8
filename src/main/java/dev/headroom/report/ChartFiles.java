package dev.headroom.report;

import dev.headroom.app.Design;
import dev.headroom.io.AtomicFiles;
import dev.headroom.report.chart.Chart;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Exports a report's figures as PNG files: {@code a-latency.png}, {@code a-architecture.png}…
 * (one letter per design, in order) and {@code compare-p95.png}, {@code compare-bill.png} when
 * there are several designs.
 */
public final class ChartFiles {
    private ChartFiles() {}

    /** Writes the PNGs into {@code dir} (created if needed) and returns their paths. */
    public static List<Path> write(List<Design> designs, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < designs.size(); i++) {
            String prefix = (char) ('a' + i) + "-";
            List<Chart> charts = new ArrayList<>();
            charts.add(ReportCharts.architecture(designs.get(i).model()));
            charts.addAll(ReportCharts.of(designs.get(i)));
            for (Chart c : charts) {
                out.add(write(dir.resolve(prefix + c.id() + ".png"), c));
            }
        }
        if (designs.size() > 1) {
            for (Chart c : ReportCharts.comparison(designs)) {
                out.add(write(dir.resolve(c.id() + ".png"), c));
            }
        }
        return out;
    }

    private static Path write(Path file, Chart c) throws IOException {
        AtomicFiles.write(file, c.png());
        return file;
    }
}
