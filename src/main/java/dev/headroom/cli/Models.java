package dev.headroom.cli;

import dev.headroom.app.Analysis;
import dev.headroom.app.Headroom;
import dev.headroom.model.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The application service as the command line uses it: every problem reading, compiling or
 * pricing a model file is an input error (one line per problem, exit 1).
 */
final class Models {
    /** The service, finding each model's catalogs next to it (docs/pricing.md). */
    static final Headroom SERVICE = Headroom.forFiles();

    private Models() {}

    /** Every problem with a model file, each with its JSON path; empty when it is ready. */
    static List<Problem> problems(Path file) {
        Headroom.Loaded l = SERVICE.read(file);
        if (!l.ok()) {
            return l.problems();
        }
        Analysis a = SERVICE.analyze(l.model(), file);
        List<Problem> out = new ArrayList<>(a.problems());
        out.addAll(a.pricing().problems());
        return out;
    }

    /**
     * Reads and analyses a model file.
     *
     * @throws InputException listing every problem when it cannot be solved or priced
     */
    static Analysis load(Path file) {
        Headroom.Loaded l = SERVICE.read(file);
        if (!l.ok()) {
            throw InputException.of(file, l.problems());
        }
        Analysis a = SERVICE.analyze(l.model(), file);
        if (!a.problems().isEmpty()) {
            throw InputException.of(file, a.problems());
        }
        if (!a.pricing().problems().isEmpty()) {
            throw InputException.of(file, a.pricing().problems());
        }
        return a;
    }
}
