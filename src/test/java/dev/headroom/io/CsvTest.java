package dev.headroom.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 4180 quoting, and the OWASP "CSV Injection" guard on every text cell. */
class CsvTest {
    @Test
    void quotesCellsWithSeparatorsQuotesAndLineBreaks() {
        assertThat(Csv.text("a,b")).isEqualTo("\"a,b\"");
        assertThat(Csv.text("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Csv.text("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(Csv.text("browse")).isEqualTo("browse");
        assertThat(Csv.text(null)).isEmpty();
    }

    @Test
    void defusesCellsASpreadsheetWouldRunAsFormulas() {
        assertThat(Csv.text("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(Csv.text("+1")).isEqualTo("'+1");
        assertThat(Csv.text("-1+2")).isEqualTo("'-1+2");
        assertThat(Csv.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.text("\tcmd")).isEqualTo("'\tcmd");
    }

    @Test
    void numbersInFullPrecisionUnknownEmpty() {
        assertThat(Csv.num(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(Csv.num((Double) null)).isEmpty();
        assertThat(Csv.num(Double.NaN)).isEmpty();
    }

    @Test
    void rowsEndWithCrLf() {
        String csv = new Csv(List.of("a", "b")).row("1", "2").toString();
        assertThat(csv).isEqualTo("a,b\r\n1,2\r\n");
    }
}
