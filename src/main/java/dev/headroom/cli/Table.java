package dev.headroom.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table: text columns left-aligned, numbers right-aligned, two spaces apart. */
final class Table {
    private final List<String[]> rows = new ArrayList<>();
    private final java.util.Set<Integer> left = new java.util.HashSet<>(List.of(0));

    Table(String... header) {
        rows.add(header);
    }

    /** Left-aligns these columns too (text); the first always is, numbers align right. */
    Table left(int... columns) {
        for (int c : columns) {
            left.add(c);
        }
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
                sb.append(left.contains(i) ? cell + pad : pad + cell);
            }
            out.println(sb.toString().stripTrailing());
        }
    }
}
