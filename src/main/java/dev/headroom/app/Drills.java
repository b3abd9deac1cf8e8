package dev.headroom.app;

import dev.headroom.analysis.Solution;
import dev.headroom.model.Component;
import dev.headroom.model.Drill;
import dev.headroom.model.DrillEvent;
import dev.headroom.model.Kind;
import dev.headroom.model.Model;
import dev.headroom.model.ModelException;
import dev.headroom.model.Problem;
import dev.headroom.network.Network;
import dev.headroom.sim.drill.DrillEngine;
import dev.headroom.sim.drill.DrillJob;
import dev.headroom.sim.drill.DrillOptions;
import dev.headroom.sim.drill.DrillResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Spike and failure drills of one analysed model (docs/drills.md): the drills it defines, the
 * app's presets, the policy sets to run them under, and the runs themselves. The command line,
 * the app and the report all start drills here; none of them drives the engine.
 */
public final class Drills {
    /**
     * The most requests a drill may simulate in one run (the warm-up's included): about 25
     * times the hour-long benchmark drill, a couple of minutes a run on one core, and the
     * backlog a saturated design piles up within it still fits in memory.
     */
    public static final double MAX_REQUESTS = 100_000_000;

    /** Presets start their trouble two minutes in and last half an hour. */
    public static final double PRESET_START_SECONDS = 120;
    public static final double PRESET_DURATION_SECONDS = 1800;
    /**
     * The zones a tier's instances are spread over for the zone-outage preset when the model
     * does not spread them over two or more ({@code network.availabilityZones}).
     */
    public static final int ZONES = 3;

    private final Analysis analysis;

    Drills(Analysis analysis) {
        this.analysis = analysis;
    }

    /** The drills the model defines, in file order. */
    public List<Drill> defined() {
        return analysis.model().drills();
    }

    public Optional<Drill> find(String name) {
        return analysis.model().drill(name);
    }

    /** A preset drill: its title and the drill, or why it does not apply to this model. */
    public record Preset(String id, String title, Drill drill, String unavailable) {
        public boolean available() {
            return drill != null;
        }
    }

    /**
     * The app's presets for this model (docs/drills.md "Presets"): a ×3 spike for 10 minutes;
     * one instance of {@code selected} lost for 10 minutes; a dependency 10× slower for 5
     * minutes; a zone outage (one zone of the model's {@code network.availabilityZones}, or of
     * three when it states fewer than two: ⌈n/zones⌉ of every tier of two or more instances)
     * for 10 minutes; a dependency failing half its calls for 5 minutes. The dependency is
     * {@code selected}, else the first external API, else the first database.
     */
    public List<Preset> presets(String selected) {
        Model m = analysis.model();
        double at = PRESET_START_SECONDS;
        List<Preset> out = new ArrayList<>();
        out.add(new Preset("spike", "Spike \u00d73 for 10 min", new Drill("Spike \u00d73 for 10 min",
                PRESET_DURATION_SECONDS, Drill.DEFAULT_BUCKET_SECONDS,
                List.of(new Drill.TrafficStep(at, 3), new Drill.TrafficStep(at + 600, 1)),
                List.of()), null));
        Component sel = selected == null ? null : m.component(selected).orElse(null);
        if (sel != null && (sel.queueing() || sel.hasThreads())) {
            String title = "Lose one instance of " + sel.displayName();
            out.add(new Preset("lose-one", title, single(title, DrillEvent.loseInstances(at, 600,
                    sel.id(), 1)), null));
        } else {
            out.add(new Preset("lose-one", "Lose one instance", null, sel == null
                    ? "Choose its component, or select one on the canvas."
                    : sel.displayName() + " does not queue: it has no instances to lose."));
        }
        Component dep = dependency(m, sel);
        if (dep != null) {
            String slow = dep.displayName() + " 10\u00d7 slower for 5 min";
            out.add(new Preset("slow", slow, single(slow, DrillEvent.slow(at, 300, dep.id(), 10)),
                    null));
        } else {
            out.add(new Preset("slow", "Dependency 10\u00d7 slower", null,
                    "The model has no component to slow down."));
        }
        List<DrillEvent> zone = new ArrayList<>();
        int zones = zones(m);
        Solution base = analysis.at(1).solution();
        for (int k = 0; k < m.components().size(); k++) {
            Component c = m.components().get(k);
            int inst = base.components().get(k).instances();
            if ((c.queueing() || c.hasThreads()) && inst >= 2) {
                zone.add(DrillEvent.loseInstances(at, 600, c.id(), (inst + zones - 1) / zones));
            }
        }
        out.add(zone.isEmpty() ? new Preset("zone", "Zone outage", null,
                "No tier runs two or more instances: a zone outage would take it all.")
                : new Preset("zone", "Zone outage (1 of " + zones + ")", new Drill(
                        "Zone outage (1 of " + zones + ")", PRESET_DURATION_SECONDS,
                        Drill.DEFAULT_BUCKET_SECONDS, List.of(), zone), null));
        if (dep != null) {
            String errors = dep.displayName() + " fails 50% for 5 min";
            out.add(new Preset("errors", errors, single(errors, DrillEvent.errors(at, 300,
                    dep.id(), 0.5)), null));
        } else {
            out.add(new Preset("errors", "Dependency fails 50%", null,
                    "The model has no component to fail."));
        }
        return out;
    }

    /** The zones of the zone-outage preset: the model's, when it spreads over two or more. */
    static int zones(Model m) {
        int z = m.network().availabilityZones();
        return z >= 2 ? z : ZONES;
    }

    private static Drill single(String name, DrillEvent e) {
        return new Drill(name, PRESET_DURATION_SECONDS, Drill.DEFAULT_BUCKET_SECONDS, List.of(),
                List.of(e));
    }

    /** The selected component, else the first external API, else the first database. */
    static Component dependency(Model m, Component selected) {
        if (selected != null) {
            return selected;
        }
        for (Kind k : List.of(Kind.EXTERNAL, Kind.DATABASE)) {
            for (Component c : m.components()) {
                if (c.kind() == k) {
                    return c;
                }
            }
        }
        return m.components().isEmpty() ? null : m.components().get(m.components().size() - 1);
    }

    /**
     * A drill as the report tells it: the model's own drill (or the spike preset when it
     * defines none), run as modelled, and, when that run does not recover or loses more than 1%
     * of its requests, the policy set that does best among load shedding with a retry budget
     * and, where classes share a thread pool, bulkheads.
     *
     * @param preset the drill is the app's spike preset, not the model's
     * @param better the better policy set's outcome, or null when none was needed or none did
     *     better
     */
    public record Reported(Drill drill, boolean preset, DrillOutcome outcome,
            DrillOutcome better) {}

    /** The drills of the report's "Spikes and failures" chapter, run to the end. */
    public List<Reported> forReport(DrillOptions options) {
        List<Drill> ds = defined();
        boolean preset = ds.isEmpty();
        if (preset) {
            ds = List.of(presets(null).get(0).drill());
        }
        List<Reported> out = new ArrayList<>();
        for (Drill d : ds) {
            DrillOutcome o = run(d, DrillPolicy.AS_MODELLED, 1, options);
            DrillOutcome better = null;
            if (troubled(o)) {
                List<DrillPolicy> tries = new ArrayList<>(List.of(
                        DrillPolicy.BUDGET_AND_SHEDDING));
                if (sharedPools(analysis.model())) {
                    tries.add(DrillPolicy.BULKHEADS);
                }
                for (DrillPolicy p : tries) {
                    DrillOutcome t = run(d, p, 1, options);
                    if (improves(t, better == null ? o : better)) {
                        better = t;
                    }
                }
            }
            out.add(new Reported(d, preset, o, better));
        }
        return out;
    }

    /** Not recovered, or more than 1% of the requests lost. */
    static boolean troubled(DrillOutcome o) {
        Double f = o.result().failedFraction().value();
        return !o.result().recovered() || (f != null && f > 0.01);
    }

    /** Recovered where the other did not, or as recovered with fewer requests lost. */
    static boolean improves(DrillOutcome t, DrillOutcome than) {
        if (t.result().recovered() != than.result().recovered()) {
            return t.result().recovered();
        }
        double a = t.result().failedFraction().value() == null ? 1
                : t.result().failedFraction().value();
        double b = than.result().failedFraction().value() == null ? 1
                : than.result().failedFraction().value();
        return a < b * 0.9;
    }

    private static boolean sharedPools(Model m) {
        return m.requestClasses().size() > 1 && m.components().stream()
                .anyMatch(c -> c.hasThreads() && c.threads().isUniform());
    }

    /**
     * Why this drill cannot run on this model under this policy set (each with its JSON path),
     * empty when it can.
     */
    public List<Problem> problems(Drill drill, DrillPolicy policy) {
        if (!analysis.solvable()) {
            return analysis.problems();
        }
        Model variant = policy.apply(analysis).withDrills(List.of(drill));
        Analysis a = analysis.variant(variant);
        return a.problems();
    }

    /**
     * Starts a drill under a policy set at growth multiplier {@code m}, its replications on new
     * threads (one per core unless {@code options} say otherwise).
     *
     * @throws ModelException when the drill or the policy set does not fit the model
     */
    public DrillRun start(Drill drill, DrillPolicy policy, double m, DrillOptions options) {
        Prepared p = prepare(drill, policy, m, options);
        DrillJob job = p.engine.start();
        CompletableFuture<DrillOutcome> outcome = job.result().thenApply(p::outcome);
        return new DrillRun(job, outcome);
    }

    /**
     * Starts a drill whose replications run as one task each on {@code executor}
     * ({@code Runnable::run}: on the calling thread, finished when this returns).
     */
    public DrillRun start(Drill drill, DrillPolicy policy, double m, DrillOptions options,
            java.util.concurrent.Executor executor) {
        Prepared p = prepare(drill, policy, m, options);
        DrillJob job = p.engine.start(executor);
        return new DrillRun(job, job.result().thenApply(p::outcome));
    }

    /** Runs a drill to the end on the calling thread's behalf (replications on all cores). */
    public DrillOutcome run(Drill drill, DrillPolicy policy, double m, DrillOptions options) {
        return start(drill, policy, m, options).join();
    }

    /**
     * The requests a run of the drill simulates at base rate {@code rate} a second: the area
     * under its traffic, and a warm-up of at most 600 s at the starting traffic
     * (docs/drills.md "Warm-up").
     */
    static double requests(Drill drill, double rate) {
        return rate * (drill.multiplierSeconds() + 600 * drill.multiplierAt(0));
    }

    private record Prepared(Model model, DrillPolicy policy, Drill drill, DrillEngine engine,
            boolean stableBefore, Boolean stableAfter) {
        DrillOutcome outcome(DrillResult r) {
            return new DrillOutcome(model, policy, drill, r, stableBefore, stableAfter);
        }
    }

    private Prepared prepare(Drill drill, DrillPolicy policy, double m, DrillOptions options) {
        List<Problem> problems = problems(drill, policy);
        if (!problems.isEmpty()) {
            throw new ModelException(problems);
        }
        Model variant = policy.apply(analysis).withDrills(List.of(drill));
        Analysis a = analysis.variant(variant);
        Network net = a.network();
        double requests = requests(drill, net.arrivalRate(m));
        if (!(requests <= MAX_REQUESTS)) {
            int i = analysis.model().drills().indexOf(drill);
            throw new ModelException(List.of(new Problem(i >= 0 ? "drills[" + i + "]"
                    : "drill", "about " + Format.compactCount(requests) + " requests to "
                    + "simulate in each run (" + Format.rate(net.arrivalRate(m)) + " a second "
                    + "for " + Format.duration(drill.durationSeconds()) + "); at most "
                    + Format.count(MAX_REQUESTS) + ": shorten the drill or drill at a lower "
                    + "growth multiple")));
        }
        DrillEngine engine = new DrillEngine(net, drill, m, variant.slo().p95LatencyMs(),
                options);
        boolean before = a.at(m * Math.max(drill.multiplierAt(0), 1e-9)).solution().stable();
        Double end = drill.triggerEndSeconds();
        Boolean after = end == null ? null
                : a.at(m * Math.max(drill.multiplierAt(drill.durationSeconds()), 1e-9))
                        .solution().stable();
        return new Prepared(variant, policy, drill, engine, before, after);
    }
}
