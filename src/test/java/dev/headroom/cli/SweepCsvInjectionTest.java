package dev.headroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.io.CsvInjectionTest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16: {@code sweep --csv} goes through the one guarded CSV writer. */
class SweepCsvInjectionTest {
    @Test
    void namesThatLookLikeFormulasAreDefused(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("formulas.json");
        Files.writeString(f, """
            {"format": 2, "name": "=cmd|' /C calc'!A0", "workload": {"arrivalRatePerSecond": 10,
              "classes": [{"name": "=HYPERLINK(\\"http://x\\")", "share": 0.5, "entry": "@db"},
                          {"name": "+1-2", "share": 0.5, "entry": "@db"}]},
             "components": [{"id": "@db", "serviceTimeMs": 20}]}""");
        StringWriter out = new StringWriter();
        int code = Cli.run(new String[] {"sweep", f.toString(), "--csv", "--steps", "2"},
                new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertThat(code).isZero();
        var rows = out.toString().split("\r\n");
        assertThat(rows).hasSize(1 + 2 * 2);
        for (String row : rows) {
            for (String cell : CsvInjectionTest.cells(row)) {
                assertThat(cell.isEmpty() || "=+@\t\r".indexOf(cell.charAt(0)) < 0
                        || cell.startsWith("'")).as(row).isTrue();
                if (!cell.isEmpty() && cell.charAt(0) == '-') {
                    Double.parseDouble(cell); // a minus only starts a number
                }
            }
        }
        assertThat(out.toString()).contains("'=HYPERLINK(\"\"http://x\"\")", "'+1-2", "'@db");
    }
}
