package dev.headroom.cli;

import dev.headroom.cost.Billing;
import dev.headroom.cost.CatalogLibrary;
import dev.headroom.io.CatalogLoader;
import dev.headroom.io.CatalogProblem;
import dev.headroom.io.ModelReader;
import dev.headroom.model.Model;
import dev.headroom.model.ModelException;
import dev.headroom.model.Problem;
import dev.headroom.network.Network;
import dev.headroom.network.NetworkCompiler;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads and compiles a model file with the pricing catalogs it can see (bundled, the user's
 * folder, next to the model), turning every problem into an {@link InputException}.
 */
record Models(Path file, Model model, Network network, CatalogLibrary pricing) {

    static Models load(Path file) {
        ModelReader.Result r = ModelReader.read(file);
        if (!r.ok()) {
            throw InputException.of(file, r.problems());
        }
        Network net;
        try {
            net = NetworkCompiler.compile(r.model());
        } catch (ModelException e) {
            throw InputException.of(file, e.problems());
        }
        CatalogLibrary library = catalogs(file, r.model().pricing());
        List<Problem> pricing = Billing.check(r.model(), library);
        if (!pricing.isEmpty()) {
            throw InputException.of(file, pricing);
        }
        return new Models(file, r.model(), net, library);
    }

    /** The catalogs a model file needs; a broken catalog file is an input error. */
    static CatalogLibrary catalogs(Path file, String catalogId) {
        CatalogLoader.Result c = CatalogLoader.loadFor(file, catalogId);
        if (!c.problems().isEmpty()) {
            List<String> lines = new ArrayList<>();
            for (CatalogProblem p : c.problems()) {
                lines.add(p.toString());
            }
            throw new InputException(lines);
        }
        return c.library();
    }
}
