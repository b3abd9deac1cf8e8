package dev.headroom.ui.simulate;

import dev.headroom.io.ModelReader;
import dev.headroom.model.Model;
import dev.headroom.sim.SimOptions;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** A tiny M/M/1 and short run lengths for the simulation view's tests. */
final class SimTestModels {
    /** Arrivals per second at 1x. */
    static final double LAMBDA = 5;
    /** Mean service time, ms. */
    static final double SERVICE_MS = 100;

    private SimTestModels() {}

    /**
     * One exponential server, Poisson arrivals: 50% busy at 1x, saturated from 2x. Exact mean
     * response time {@code S / (1 − ρ)}.
     */
    static Model mm1() {
        ModelReader.Result r = ModelReader.parse("""
                {"format":1,"name":"M/M/1","workload":{"arrivalRatePerSecond":%s},
                 "growth":{"from":1,"to":4,"steps":4},
                 "components":[{"id":"server","kind":"service","serviceTimeMs":%s,
                   "serviceTimeCv":1}],
                 "connections":[]}""".formatted(LAMBDA, SERVICE_MS));
        if (!r.problems().isEmpty()) {
            throw new IllegalStateException(r.problems().toString());
        }
        return r.model();
    }

    /** Exact M/M/1 mean response time at multiplier m, ms. */
    static double exactMeanMs(double m) {
        double rho = LAMBDA * m * SERVICE_MS / 1000;
        return SERVICE_MS / (1 - rho);
    }

    /** Short: 10 × 20,000 requests, seed 1. */
    static SimOptions shortRun() {
        return SimOptions.defaults().withRequests(20_000).withReplications(10);
    }

    /** Far longer than any test waits: it only ends by cancel. */
    static SimOptions endless() {
        return SimOptions.defaults().withRequests(2_000_000_000L).withReplications(4);
    }

    static ExecutorService pool() {
        AtomicInteger n = new AtomicInteger();
        return Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "test-sim-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }
}
