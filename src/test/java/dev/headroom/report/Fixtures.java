package dev.headroom.report;

import dev.headroom.io.ModelReader;
import dev.headroom.model.Model;
import dev.headroom.network.NetworkCompiler;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Test models and a made-up price list that is obviously not a catalog's. */
final class Fixtures {
    static final Path SHOP = Path.of("src/test/resources/models/shop.json");
    static final Path MM1 = Path.of("src/test/resources/models/mm1.json");
    static final Path TANDEM = Path.of("src/test/resources/models/tandem.json");
    static final Path CLOSED = Path.of("src/test/resources/models/closed.json");

    private Fixtures() {}

    static Model model(Path file) {
        ModelReader.Result r = ModelReader.read(file);
        if (!r.ok()) {
            throw new AssertionError(r.problems().toString());
        }
        return r.model();
    }

    static Design design(Path file) {
        return design(model(file), Costing.NONE);
    }

    static Design design(Model m, Costing costing) {
        return Design.of(m, NetworkCompiler.compile(m), costing);
    }

    /**
     * $100 per instance per month for every queueing component, sized as the engine sizes it at
     * that multiplier; enough to check that the report prints a bill's figures unchanged.
     */
    static final Costing FLAT = (model, net, m) -> {
        var s = dev.headroom.analysis.AnalyticSolver.solve(net, m);
        List<MonthlyCost.Item> items = s.components().stream()
                .filter(c -> c.servers() != null)
                .map(c -> new MonthlyCost.Item(c.id(), c.name() == null ? c.id() : c.name(),
                        100.0 * c.instances(), c.instances() + " × $100"))
                .toList();
        double total = items.stream().mapToDouble(MonthlyCost.Item::monthlyUsd).sum();
        Double perK = s.users() == null ? null : total / s.users() * 1000;
        return Optional.of(new MonthlyCost(total, perK, items, List.of()));
    };
}
