package dev.headroom.cli;

import dev.headroom.model.Problem;
import java.nio.file.Path;
import java.util.List;

/** A user's input is at fault: print these lines (no stack trace) and exit 1. */
final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<String> lines;

    /** The most lines printed: a broken file can have thousands of problems. */
    static final int MAX_LINES = 100;

    InputException(List<String> lines) {
        super(String.join("\n", capped(lines)));
        this.lines = capped(lines);
    }

    private static List<String> capped(List<String> lines) {
        if (lines.size() <= MAX_LINES) {
            return List.copyOf(lines);
        }
        List<String> out = new java.util.ArrayList<>(lines.subList(0, MAX_LINES));
        out.add("… and " + (lines.size() - MAX_LINES) + " more problems");
        return List.copyOf(out);
    }

    static InputException of(Path file, List<Problem> problems) {
        return new InputException(problems.stream().map(p -> file + ": " + p).toList());
    }

    List<String> lines() {
        return lines;
    }
}
