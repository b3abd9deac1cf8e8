package dev.headroom;

import dev.headroom.app.Analysis;
import dev.headroom.app.Catalogs;
import dev.headroom.app.Design;
import dev.headroom.app.Headroom;
import dev.headroom.cost.CatalogLibrary;
import dev.headroom.io.CatalogLoader;
import dev.headroom.io.ModelReader;
import dev.headroom.model.Model;
import java.nio.file.Path;
import java.util.List;

/**
 * Shared test fixtures: the test models, the bundled models, and the application service priced
 * with the bundled catalogs (so every test asks the service the way the front ends do).
 */
public final class Fixtures {
    public static final Path SHOP = Path.of("src/test/resources/models/shop.json");
    public static final Path MM1 = Path.of("src/test/resources/models/mm1.json");
    public static final Path TANDEM = Path.of("src/test/resources/models/tandem.json");
    public static final Path CLOSED = Path.of("src/test/resources/models/closed.json");
    public static final Path WORKED = Path.of("src/test/resources/models/worked-example.json");

    private static CatalogLibrary bundled;
    private static Headroom service;

    private Fixtures() {}

    /** The bundled catalogs, read once. */
    public static synchronized CatalogLibrary catalogs() {
        if (bundled == null) {
            bundled = CatalogLoader.loadBundled().library();
        }
        return bundled;
    }

    /** The service, priced with the bundled catalogs. */
    public static synchronized Headroom service() {
        if (service == null) {
            service = Headroom.with(new Catalogs(catalogs(), List.of()));
        }
        return service;
    }

    /**
     * The service with the test catalog {@code machines} (src/test/resources/catalogs): round
     * made-up prices and sizes, so that capacity and bills can be checked by hand.
     */
    public static Headroom machines() {
        try (var in = java.nio.file.Files.newInputStream(
                Path.of("src/test/resources/catalogs/machines.json"))) {
            var r = dev.headroom.io.CatalogReader.read(in, "machines.json");
            if (!(r instanceof dev.headroom.io.CatalogReadResult.Loaded loaded)) {
                throw new AssertionError(r.toString());
            }
            return Headroom.with(new Catalogs(CatalogLibrary.of(List.of(loaded.catalog())),
                    List.of()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Reads a model from JSON text, failing the test on any problem. */
    public static Model parse(String json) {
        ModelReader.Result r = ModelReader.parse(json);
        if (!r.ok()) {
            throw new AssertionError(r.problems().toString());
        }
        return r.model();
    }

    /** The service with no catalogs at all: nothing is priced from a catalog. */
    public static Headroom unpriced() {
        return Headroom.with(Catalogs.NONE);
    }

    public static Model model(Path file) {
        ModelReader.Result r = ModelReader.read(file);
        if (!r.ok()) {
            throw new AssertionError(file + ": " + r.problems());
        }
        return r.model();
    }

    /** A bundled example by its file name in {@code models/}. */
    public static Model example(String name) {
        return model(Path.of("models", name));
    }

    /** The test shop with a reachable p95 target and enough e-mail workers: the database breaks. */
    public static Model comparableShop() {
        Model shop = model(SHOP);
        int emails = shop.indexOf("emails");
        return shop.withSlo(new dev.headroom.model.Slo(2000.0, 0.75))
                .withComponent(emails, shop.components().get(emails).withInstances(20));
    }

    /** The same model with four times the database servers (the shop's db pins a pool). */
    public static Model bigDatabase(Model shop) {
        int db = shop.indexOf("db");
        dev.headroom.model.Component c = shop.components().get(db);
        return shop.withName("Shop with a bigger database")
                .withComponent(db, c.withConcurrency(c.concurrency() * 4));
    }

    /** The model compiled as the service compiles it (servers from the catalog's vCPUs). */
    public static dev.headroom.network.Network network(Model m) {
        return analysis(m).network();
    }

    /** Every problem the service finds with the model (empty when it solves). */
    public static List<dev.headroom.model.Problem> problems(Model m) {
        return analysis(m).problems();
    }

    public static Analysis analysis(Path file) {
        return service().analyze(model(file), file);
    }

    public static Analysis analysis(Model m) {
        return service().analyze(m);
    }

    public static Design design(Path file) {
        return analysis(file).design();
    }

    public static Design design(Model m) {
        return analysis(m).design();
    }

    /** The design with no catalogs: only explicit prices in the model make a bill. */
    public static Design unpricedDesign(Model m) {
        return unpriced().analyze(m).design();
    }

    public static Design unpricedDesign(Path file) {
        return unpricedDesign(model(file));
    }
}
