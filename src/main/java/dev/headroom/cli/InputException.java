package dev.headroom.cli;

import dev.headroom.model.Problem;
import java.nio.file.Path;
import java.util.List;

/** A user's input is at fault: print these lines (no stack trace) and exit 1. */
final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<String> lines;

    InputException(List<String> lines) {
        super(String.join("\n", lines));
        this.lines = List.copyOf(lines);
    }

    static InputException of(Path file, List<Problem> problems) {
        return new InputException(problems.stream().map(p -> file + ": " + p).toList());
    }

    List<String> lines() {
        return lines;
    }
}
