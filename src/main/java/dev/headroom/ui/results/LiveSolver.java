package dev.headroom.ui.results;

import dev.headroom.analysis.AnalyticSolver;
import dev.headroom.analysis.Break;
import dev.headroom.analysis.BreakFinder;
import dev.headroom.analysis.Solution;
import dev.headroom.cost.Bill;
import dev.headroom.cost.Billing;
import dev.headroom.cost.CatalogLibrary;
import dev.headroom.model.Model;
import dev.headroom.model.Problem;
import dev.headroom.network.Edge;
import dev.headroom.network.Network;
import dev.headroom.network.NetworkCompiler;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Re-solves the model after every edit and slider move. Requests go to a worker; when several
 * arrive while it is busy only the newest is solved (stale ones are dropped), and the answer is
 * handed to {@code deliver} on the UI executor. The analytic engine answers in microseconds, so
 * this is about never blocking the FX thread, not about waiting. Tests pass direct executors and
 * get the answer before {@link #request} returns.
 */
public final class LiveSolver {
    private record Request(Model model, double multiplier) {}

    /** Why a model that prices nothing has no bill. */
    public static final String NO_PRICES = "no component has a price yet";

    private final Executor worker;
    private final Executor ui;
    private final Consumer<Results> deliver;
    private final Supplier<CatalogLibrary> catalogs;
    private final AtomicReference<Request> pending = new AtomicReference<>();
    private final AtomicBoolean draining = new AtomicBoolean();

    // The worker's cache: compiling and finding breaks depend on the model, not the multiplier.
    private Model cachedModel;
    private Network cachedNet;
    private List<Problem> cachedProblems = List.of();
    private List<Break> cachedBreaks = List.of();
    private Double cachedSlo;
    private List<String> cachedCostProblems = List.of();

    public LiveSolver(Executor worker, Executor ui, Supplier<CatalogLibrary> catalogs,
            Consumer<Results> deliver) {
        this.worker = worker;
        this.ui = ui;
        this.catalogs = catalogs;
        this.deliver = deliver;
    }

    public void request(Model model, double multiplier) {
        pending.set(new Request(model, multiplier));
        if (draining.compareAndSet(false, true)) {
            worker.execute(this::drain);
        }
    }

    private void drain() {
        try {
            Request r;
            while ((r = pending.getAndSet(null)) != null) {
                Results res = solve(r.model(), r.multiplier());
                if (pending.get() == null) {
                    ui.execute(() -> deliver.accept(res));
                }
            }
        } finally {
            draining.set(false);
            if (pending.get() != null && draining.compareAndSet(false, true)) {
                worker.execute(this::drain);
            }
        }
    }

    /** Solves on the calling thread. */
    public Results solve(Model model, double m) {
        CatalogLibrary library = catalogs.get();
        if (model != cachedModel) {
            cachedModel = model;
            cachedNet = null;
            cachedBreaks = List.of();
            cachedSlo = null;
            cachedProblems = NetworkCompiler.check(model);
            if (cachedProblems.isEmpty()) {
                try {
                    cachedNet = NetworkCompiler.compile(model);
                    cachedBreaks = BreakFinder.breaks(cachedNet, model.slo(), model.growth().to());
                    cachedSlo = BreakFinder.sloBreachedAt(cachedNet, model.slo(),
                            model.growth().to());
                } catch (RuntimeException e) {
                    cachedNet = null;
                    cachedProblems = List.of(new Problem("", "cannot solve: " + e.getMessage()));
                }
            }
            cachedCostProblems = library == null ? List.of("pricing not available")
                    : Billing.check(model, library).stream().map(Problem::toString).toList();
        }
        if (cachedNet == null) {
            return Results.invalid(model, m, cachedProblems);
        }
        Solution s;
        try {
            s = AnalyticSolver.solve(cachedNet, m);
        } catch (RuntimeException e) {
            return Results.invalid(model, m, List.of(new Problem("", "cannot solve: "
                    + e.getMessage())));
        }
        Bill bill = null;
        List<String> costProblems = cachedCostProblems;
        if (library != null && costProblems.isEmpty()) {
            try {
                bill = Billing.bill(model, cachedNet, m, library);
                if (bill.items().stream().noneMatch(dev.headroom.cost.LineItem::priced)) {
                    // as in the report: no price anywhere is no bill, not a bill of $0
                    bill = null;
                    costProblems = List.of(NO_PRICES);
                }
            } catch (RuntimeException e) {
                costProblems = List.of("cannot price the model: " + e.getMessage());
            }
        }
        return new Results(model, m, List.of(), s, cachedBreaks, cachedSlo, bill, costProblems,
                edgeRates(cachedNet, s));
    }

    /** Calls per second on each connection: Σ_r λ_r · V_r,from · calls · P(miss). */
    static Map<String, Double> edgeRates(Network net, Solution s) {
        Map<String, Double> out = new HashMap<>();
        double lambda = s.arrivalRatePerSecond();
        List<Edge> all = new ArrayList<>();
        for (int k = 0; k < net.stationCount(); k++) {
            all.addAll(net.outgoing(k));
        }
        for (Edge e : all) {
            double rate = 0;
            for (int r = 0; r < net.classCount(); r++) {
                if (e.appliesTo(r)) {
                    rate += lambda * net.share(r) * net.loadVisits(r, e.from()) * e.meanCalls();
                }
            }
            out.merge(Results.edgeKey(net.id(e.from()), net.id(e.to())), rate, Double::sum);
        }
        return out;
    }
}
