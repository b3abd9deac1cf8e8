package dev.headroom.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

/**
 * Issue 16: {@code sweep --csv} wrote cells starting with =, +, - and @ unescaped, so a
 * spreadsheet ran them as formulas. Any text, through {@link Csv#text}, reads back as the same
 * text and never starts a cell with a character that makes a formula (OWASP "CSV Injection").
 */
public class CsvInjectionTest {
    /** RFC 4180 cells of one row (quotes doubled inside quoted cells). */
    public static List<String> cells(String row) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < row.length(); i++) {
            char c = row.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < row.length() && row.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        out.add(cell.toString());
        return out;
    }

    @Property(tries = 500)
    void anyTextIsOneCellThatNoSpreadsheetRuns(
            @ForAll @StringLength(max = 40) String text) {
        String prefixed = "=+-@\t\r".charAt(Math.floorMod(text.hashCode(), 6)) + text;
        for (String s : List.of(text, prefixed)) {
            List<String> back = cells("x," + Csv.text(s) + ",y");
            assertThat(back).hasSize(3);
            String cell = back.get(1);
            assertThat(cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0)
                    .as("cell %s", cell).isTrue();
            // the apostrophe a spreadsheet hides is the only change
            assertThat(cell.startsWith("'") && !s.startsWith("'") ? cell.substring(1) : cell)
                    .isEqualTo(s);
        }
    }
}
