package dev.headroom.app;

import dev.headroom.io.CatalogLoader;
import dev.headroom.io.CatalogProblem;
import dev.headroom.io.ModelReader;
import dev.headroom.model.Model;
import dev.headroom.model.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The application service: what every front end asks. It reads a model file, finds the pricing
 * catalogs the model can see, and returns an {@link Analysis} that validates, compiles, prices,
 * solves, sweeps, breaks and fixes the model in one place. The command line, the desktop app,
 * the report and the comparison all go through here, so a figure has one definition
 * (docs/architecture.md "The flow of a model").
 */
public final class Headroom {
    private final CatalogSource catalogs;

    public Headroom(CatalogSource catalogs) {
        this.catalogs = Objects.requireNonNull(catalogs);
    }

    /**
     * Catalogs as the command line finds them for each model: bundled, the user's folder and
     * {@code *.pricing.json} next to the model, reading only what the model's catalog needs.
     */
    public static Headroom forFiles() {
        return new Headroom((file, id) -> {
            CatalogLoader.Result r = CatalogLoader.loadFor(file, id);
            return new Catalogs(r.library(), r.problems().stream()
                    .map(CatalogProblem::toString).toList(), r.origins(), r.blocked());
        });
    }

    /** The same catalogs for every model (tests, tools). */
    public static Headroom with(Catalogs fixed) {
        return new Headroom((file, id) -> fixed);
    }

    /** The catalogs a model kept in {@code file} (null: unsaved) sees. */
    public Catalogs catalogs(Path file, String catalogId) {
        return catalogs.catalogsFor(file, catalogId);
    }

    /** A model file read: the model, or why it could not be read (each with its JSON path). */
    public record Loaded(Path file, Model model, List<Problem> problems) {
        public Loaded {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return model != null && problems.isEmpty();
        }
    }

    /** Reads a model file; never throws for bad input. */
    public Loaded read(Path file) {
        ModelReader.Result r = ModelReader.read(file);
        return new Loaded(file, r.ok() ? r.model() : null, r.problems());
    }

    /** Analyses a model kept in {@code file} (null: not saved). */
    public Analysis analyze(Model model, Path file) {
        return new Analysis(model, file, catalogs.catalogsFor(file, model.pricing()));
    }

    /**
     * The model with every catalog-priced instance on {@code commitment} where the catalog the
     * model (kept in {@code file}, null: not saved) sees has that price, and on demand where it
     * has not: the Bill view's "all 1-year" column as a model to keep (see
     * {@code cost.Billing#withCommitment}).
     */
    public Model withCommitment(Model model, Path file,
            dev.headroom.cost.Commitment commitment) {
        return dev.headroom.cost.Billing.withCommitment(model,
                catalogs.catalogsFor(file, model.pricing()).library(), commitment);
    }

    /** Analyses a model that has no file. */
    public Analysis analyze(Model model) {
        return analyze(model, null);
    }
}
