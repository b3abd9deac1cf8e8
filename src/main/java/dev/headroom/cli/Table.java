package dev.headroom.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table: first column left-aligned, the rest right-aligned, two spaces apart. */
final class Table {
    private final List<String[]> rows = new ArrayList<>();
    private boolean lastLeft;

    Table(String... header) {
        rows.add(header);
    }

    /** Left-aligns the last column too (for text such as explanations). */
    Table lastColumnLeft() {
        lastLeft = true;
        return this;
    }

    Table row(String... cells) {
        rows.add(cells);
        return this;
    }

    void print(PrintWriter out) {
        int cols = rows.get(0).length;
        int[] w = new int[cols];
        for (String[] r : rows) {
            for (int i = 0; i < cols; i++) {
                w[i] = Math.max(w[i], r[i].length());
            }
        }
        for (String[] r : rows) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < cols; i++) {
                if (i > 0) {
                    sb.append("  ");
                }
                String cell = r[i];
                String pad = " ".repeat(w[i] - cell.length());
                boolean left = i == 0 || (lastLeft && i == cols - 1);
                sb.append(left ? cell + pad : pad + cell);
            }
            out.println(sb.toString().stripTrailing());
        }
    }
}
