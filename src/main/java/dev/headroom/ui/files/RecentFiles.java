package dev.headroom.ui.files;

import dev.headroom.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The most recently opened or saved files, newest first, kept in {@code recent.json} in the
 * Headroom folder as a JSON array of paths. A damaged list is treated as empty.
 */
public final class RecentFiles {
    private static final System.Logger LOG = System.getLogger(RecentFiles.class.getName());
    public static final int LIMIT = 10;
    private final Path store;

    public RecentFiles(Path store) {
        this.store = store;
    }

    public static RecentFiles inHome() {
        return new RecentFiles(HeadroomHome.folder().resolve("recent.json"));
    }

    public List<Path> list() {
        if (!Files.isRegularFile(store)) {
            return List.of();
        }
        try {
            return parse(Files.readString(store, StandardCharsets.UTF_8)).stream()
                    .map(Path::of).toList();
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "the recent files list " + store
                    + " cannot be read; starting a new one", e);
            return List.of();
        }
    }

    public void add(Path file) {
        List<Path> l = new ArrayList<>(list());
        Path abs = file.toAbsolutePath().normalize();
        l.remove(abs);
        l.add(0, abs);
        while (l.size() > LIMIT) {
            l.remove(l.size() - 1);
        }
        StringBuilder sb = new StringBuilder("[\n");
        for (int i = 0; i < l.size(); i++) {
            sb.append("  ").append(quote(l.get(i).toString()))
                    .append(i + 1 < l.size() ? ",\n" : "\n");
        }
        sb.append("]\n");
        try {
            Files.createDirectories(store.getParent());
            AtomicFiles.writeString(store, sb.toString());
        } catch (IOException e) {
            // Losing the recent list is not worth interrupting the user for.
            LOG.log(System.Logger.Level.WARNING, "cannot write the recent files list " + store,
                    e);
        }
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** Reads a JSON array of strings (the only shape this file holds). */
    static List<String> parse(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while ((i = text.indexOf('"', i)) >= 0) {
            StringBuilder sb = new StringBuilder();
            i++;
            while (i < text.length() && text.charAt(i) != '"') {
                char c = text.charAt(i);
                if (c == '\\' && i + 1 < text.length()) {
                    char n = text.charAt(++i);
                    if (n == 'u' && i + 4 < text.length()) {
                        sb.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
                        i += 4;
                    } else {
                        sb.append(n);
                    }
                } else {
                    sb.append(c);
                }
                i++;
            }
            out.add(sb.toString());
            i++;
        }
        return out;
    }
}
