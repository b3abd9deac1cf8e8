package dev.headroom.model;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a model cannot be used; carries every problem found, each with its JSON path. */
public final class ModelException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public ModelException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public ModelException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
