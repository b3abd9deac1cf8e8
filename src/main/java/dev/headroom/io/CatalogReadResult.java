package dev.headroom.io;

import dev.headroom.cost.Catalog;
import java.util.List;
import java.util.Objects;

/** The outcome of reading one catalog file: the catalog, or the problems that stopped it. */
public sealed interface CatalogReadResult {

    /** Where the catalog was read from. */
    String origin();

    /** A catalog that passed every check. */
    record Loaded(String origin, Catalog catalog) implements CatalogReadResult {
        public Loaded {
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(catalog, "catalog");
        }
    }

    /**
     * A file that is not a valid catalog; {@code problems} is never empty.
     *
     * @param id the catalog id the file states, when it states one, else null: a broken file
     *     meant to replace that catalog must not let another silently stand in for it
     */
    record Invalid(String origin, List<CatalogProblem> problems, String id)
            implements CatalogReadResult {
        public Invalid {
            Objects.requireNonNull(origin, "origin");
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("an invalid catalog needs at least one problem");
            }
        }

        public Invalid(String origin, List<CatalogProblem> problems) {
            this(origin, problems, null);
        }
    }
}
