package dev.headroom.io;

import java.util.List;

/**
 * Comma-separated values as RFC 4180 writes them (CRLF line ends, quotes doubled inside a
 * quoted cell), safe to open in a spreadsheet: a text cell that a spreadsheet would run as a
 * formula — one starting with {@code = + - @}, a tab or a carriage return — gets a leading
 * apostrophe (OWASP "CSV Injection"), since names come from model files. Every CSV Headroom
 * writes goes through here.
 */
public final class Csv {
    private final StringBuilder out = new StringBuilder();

    /** A CSV document starting with this header row. */
    public Csv(List<String> header) {
        row(header.stream().map(Csv::text).toArray(String[]::new));
    }

    /** Appends one row of cells that are already escaped (see {@link #text} and {@link #num}). */
    public Csv row(String... cells) {
        out.append(String.join(",", cells)).append("\r\n");
        return this;
    }

    /** A text cell, quoted and guarded; null is an empty cell. */
    public static String text(String s) {
        if (s == null) {
            return "";
        }
        String v = !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    /** A number cell in full precision; null (unknown) is an empty cell. */
    public static String num(Double v) {
        return v == null || !Double.isFinite(v) ? "" : Double.toString(v);
    }

    /** A number cell. */
    public static String num(double v) {
        return Double.isFinite(v) ? Double.toString(v) : "";
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
