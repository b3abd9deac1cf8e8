package dev.headroom.ui.drills;

import dev.headroom.app.DrillOutcome;
import dev.headroom.app.Format;
import dev.headroom.model.Drill;
import dev.headroom.model.DrillEvent;
import dev.headroom.model.Model;
import dev.headroom.sim.drill.DrillResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.scene.paint.Color;

/**
 * The charts of one or two drill runs (docs/ui.md "Drills"): traffic against goodput and
 * errors, p95 and p99 against the objective, queues (and threads held), and instances when they
 * change. Two runs of the same drill under two policy sets get the same axes and the same
 * components, so that the columns compare at a glance.
 */
public final class TimelinePlots {
    static final Color OFFERED = Color.web("#8c959f");
    static final Color ATTEMPTS = Color.web("#bc4c00");
    static final Color ANSWERED = Color.web("#1a7f37");
    static final Color FAILED = Color.web("#cf222e");
    static final Color P95 = Color.web("#0969da");
    static final Color P99 = Color.web("#8250df");
    static final Color SLO = Color.web("#cf222e");
    static final Color RECOVERED = Color.web("#1a7f37");
    static final List<Color> COMPONENTS = List.of(Color.web("#0969da"), Color.web("#bc4c00"),
            Color.web("#8250df"), Color.web("#1a7f37"), Color.web("#bf3989"),
            Color.web("#57606a"));
    static final int MAX_COMPONENTS = 4;
    /** Request classes, when there are several. */
    static final List<Color> CLASSES = List.of(Color.web("#0969da"), Color.web("#bc4c00"),
            Color.web("#1a7f37"), Color.web("#bf3989"), Color.web("#57606a"));

    private TimelinePlots() {}

    /** The charts of each run, in the order given; {@code b} may be null (one run). */
    public static List<List<TimelinePlot>> of(DrillOutcome a, DrillOutcome b) {
        List<DrillOutcome> runs = b == null ? List.of(a) : List.of(a, b);
        List<TimelinePlot.Band> bands = bands(a.drill(), a.model());
        double trafficMax = 0;
        double latMin = Double.POSITIVE_INFINITY;
        double latMax = 0;
        double queueMax = 0;
        double instMax = 0;
        Set<String> queued = queuedComponents(runs);
        Set<String> varying = new LinkedHashSet<>();
        for (DrillOutcome o : runs) {
            DrillResult r = o.result();
            for (DrillResult.Bucket x : r.timeline()) {
                trafficMax = Math.max(trafficMax, Math.max(x.offeredPerSecond(),
                        Math.max(x.attemptsPerSecond(), x.goodputPerSecond()
                                + x.failedPerSecond())));
                if (x.p95Ms() != null && x.p95Ms() > 0) {
                    latMin = Math.min(latMin, x.p95Ms());
                    latMax = Math.max(latMax, x.p95Ms());
                }
                if (x.p99Ms() != null) {
                    latMax = Math.max(latMax, x.p99Ms());
                }
                for (DrillResult.ClassPoint c : x.classes()) {
                    if (c.p95Ms() != null && c.p95Ms() > 0) {
                        latMin = Math.min(latMin, c.p95Ms());
                        latMax = Math.max(latMax, c.p95Ms());
                    }
                }
                for (DrillResult.ComponentPoint p : x.components()) {
                    if (queued.contains(p.id())) {
                        queueMax = Math.max(queueMax, p.queueLength());
                        if (p.threadsInUse() != null) {
                            queueMax = Math.max(queueMax, p.threadsInUse());
                        }
                    }
                    instMax = Math.max(instMax, p.instances());
                }
            }
            varying.addAll(varyingInstances(r));
        }
        Double slo = a.model().slo().p95LatencyMs();
        Double limit = a.result().recoveryP95LimitMs();
        if (limit != null) {
            latMax = Math.max(latMax, limit);
            latMin = Math.min(latMin, limit);
        }
        if (!Double.isFinite(latMin)) {
            latMin = 1;
            latMax = Math.max(latMax, 10);
        }
        double logMin = Math.pow(10, Math.floor(Math.log10(latMin * 0.9)));
        double logMax = Math.pow(10, Math.ceil(Math.log10(Math.max(latMax * 1.1,
                logMin * 10))));
        List<List<TimelinePlot>> out = new ArrayList<>();
        // the two columns draw the same lines, so that their legends match
        boolean attempts = runs.stream().anyMatch(o -> o.result().retries().value() != null
                && o.result().retries().value() > 0);
        boolean classFailures = a.result().classes().size() > 1 && runs.stream().anyMatch(
                o -> o.result().failed().value() != null && o.result().failed().value() > 0);
        for (DrillOutcome o : runs) {
            List<TimelinePlot> plots = new ArrayList<>();
            List<TimelinePlot.Marker> markers = markers(o);
            plots.add(traffic(o, bands, markers, trafficMax * 1.08, attempts, classFailures));
            plots.add(latency(o, bands, markers, logMin, logMax, slo, limit));
            plots.add(queues(o, bands, markers, queued, Math.max(1, queueMax * 1.08)));
            if (!varying.isEmpty()) {
                plots.add(instances(o, bands, markers, varying, Math.max(1, instMax + 1)));
            }
            out.add(plots);
        }
        return out;
    }

    private static double[] x(DrillResult r) {
        return r.timeline().stream().mapToDouble(DrillResult.Bucket::t).toArray();
    }

    private static double[] y(DrillResult r, java.util.function.ToDoubleFunction<
            DrillResult.Bucket> f) {
        return r.timeline().stream().mapToDouble(f).toArray();
    }

    static TimelinePlot traffic(DrillOutcome o, List<TimelinePlot.Band> bands,
            List<TimelinePlot.Marker> markers, double yMax, boolean retries,
            boolean classFailures) {
        DrillResult r = o.result();
        List<TimelinePlot.Series> s = new ArrayList<>();
        s.add(new TimelinePlot.Series("offered", OFFERED, TimelinePlot.Style.DASHED,
                y(r, DrillResult.Bucket::offeredPerSecond)));
        if (retries) {
            s.add(new TimelinePlot.Series("attempts", ATTEMPTS, TimelinePlot.Style.DOTTED,
                    y(r, DrillResult.Bucket::attemptsPerSecond)));
        }
        s.add(new TimelinePlot.Series("answered", ANSWERED, TimelinePlot.Style.SOLID,
                y(r, DrillResult.Bucket::goodputPerSecond)));
        s.add(new TimelinePlot.Series("failed", FAILED, TimelinePlot.Style.SOLID,
                y(r, DrillResult.Bucket::failedPerSecond)));
        if (classFailures) {
            for (int c = 0; c < r.classes().size(); c++) {
                int cc = c;
                s.add(new TimelinePlot.Series("failed " + r.classes().get(c).name(),
                        CLASSES.get(c % CLASSES.size()), TimelinePlot.Style.DASHED,
                        y(r, b -> b.classes().get(cc).failedPerSecond())));
            }
        }
        return new TimelinePlot("traffic", "Traffic, answers and failures", "requests/s", x(r),
                r.bucketSeconds(), s, bands, List.of(), markers, 0, yMax, false,
                v -> Format.rate(v) + "/s", retries ? "Dotted: the clients' attempts, retries "
                        + "included." : null);
    }

    static TimelinePlot latency(DrillOutcome o, List<TimelinePlot.Band> bands,
            List<TimelinePlot.Marker> markers, double yMin, double yMax, Double slo,
            Double limit) {
        DrillResult r = o.result();
        List<TimelinePlot.Limit> limits = new ArrayList<>();
        if (slo != null) {
            limits.add(new TimelinePlot.Limit("p95 objective " + Format.ms(slo), slo, SLO));
        } else if (limit != null) {
            limits.add(new TimelinePlot.Limit("twice the normal p95, " + Format.ms(limit), limit,
                    SLO));
        }
        List<TimelinePlot.Series> lines = new ArrayList<>();
        if (r.classes().size() > 1) {
            // pooled over classes a p95 hides the class that suffers: one line each
            for (int c = 0; c < r.classes().size(); c++) {
                int cc = c;
                lines.add(new TimelinePlot.Series("p95 " + r.classes().get(c).name(),
                        CLASSES.get(c % CLASSES.size()), TimelinePlot.Style.SOLID,
                        y(r, b -> b.classes().get(cc).p95Ms() == null ? Double.NaN
                                : b.classes().get(cc).p95Ms())));
            }
            lines.add(new TimelinePlot.Series("p99 all", P99, TimelinePlot.Style.DASHED,
                    y(r, b -> b.p99Ms() == null ? Double.NaN : b.p99Ms())));
        } else {
            lines.add(new TimelinePlot.Series("p95", P95, TimelinePlot.Style.SOLID,
                    y(r, b -> b.p95Ms() == null ? Double.NaN : b.p95Ms())));
            lines.add(new TimelinePlot.Series("p99", P99, TimelinePlot.Style.DASHED,
                    y(r, b -> b.p99Ms() == null ? Double.NaN : b.p99Ms())));
        }
        return new TimelinePlot("latency", "Latency of answered requests", "ms", x(r),
                r.bucketSeconds(), lines, bands, limits, markers, yMin, yMax, true, Format::ms,
                "Logarithmic scale. A gap: nothing was answered in that bucket.");
    }

    static TimelinePlot queues(DrillOutcome o, List<TimelinePlot.Band> bands,
            List<TimelinePlot.Marker> markers, Set<String> ids, double yMax) {
        DrillResult r = o.result();
        Model m = o.model();
        List<TimelinePlot.Series> s = new ArrayList<>();
        boolean threads = false;
        int i = 0;
        for (String id : ids) {
            int k = index(r, id);
            Color c = COMPONENTS.get(i++ % COMPONENTS.size());
            String name = m.component(id).map(x -> x.displayName()).orElse(id);
            s.add(new TimelinePlot.Series(name, c, TimelinePlot.Style.SOLID,
                    y(r, b -> b.components().get(k).queueLength())));
            if (r.components().get(k).threads()) {
                threads = true;
                s.add(new TimelinePlot.Series(name + " threads", c, TimelinePlot.Style.DASHED,
                        y(r, b -> b.components().get(k).threadsInUse())));
            }
        }
        return new TimelinePlot("queues", "Queues", "requests", x(r), r.bucketSeconds(), s, bands,
                List.of(), markers, 0, yMax, false, v -> Format.count(v),
                "Requests waiting or being served" + (threads
                        ? "; dashed: threads held, waiting for calls included." : "."));
    }

    static TimelinePlot instances(DrillOutcome o, List<TimelinePlot.Band> bands,
            List<TimelinePlot.Marker> markers, Set<String> ids, double yMax) {
        DrillResult r = o.result();
        Model m = o.model();
        List<TimelinePlot.Series> s = new ArrayList<>();
        int i = 0;
        for (String id : ids) {
            int k = index(r, id);
            s.add(new TimelinePlot.Series(m.component(id).map(x -> x.displayName()).orElse(id),
                    COMPONENTS.get(i++ % COMPONENTS.size()), TimelinePlot.Style.STEP,
                    y(r, b -> b.components().get(k).instances())));
        }
        return new TimelinePlot("instances", "Instances running", "instances", x(r),
                r.bucketSeconds(), s, bands, List.of(), markers, 0, yMax, false,
                v -> String.format(Locale.ROOT, v == Math.rint(v) ? "%.0f" : "%.1f", v),
                "Averaged over each bucket and the runs; autoscaling adds instances after its "
                        + "delay.");
    }

    private static int index(DrillResult r, String id) {
        for (int k = 0; k < r.components().size(); k++) {
            if (r.components().get(k).id().equals(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException(id);
    }

    /**
     * The queueing components (and pooled ones) with the longest queues in any run, at most
     * four, in model order.
     */
    static Set<String> queuedComponents(List<DrillOutcome> runs) {
        List<String> ids = new ArrayList<>();
        DrillResult first = runs.get(0).result();
        Model m = runs.get(0).model();
        for (DrillResult.ComponentSummary c : first.components()) {
            // a pure delay holds what it serves; its "queue" says nothing unless it has pools
            boolean delay = m.component(c.id()).map(x -> x.isDelay()).orElse(false);
            if (!delay || c.threads()) {
                ids.add(c.id());
            }
        }
        List<String> top = ids.stream().sorted(Comparator.comparingDouble((String id) -> {
            double best = 0;
            for (DrillOutcome o : runs) {
                var c = o.result().component(id).orElseThrow();
                best = Math.max(best, c.peakQueueLength().value() == null ? 0
                        : c.peakQueueLength().value());
            }
            return -best;
        })).limit(MAX_COMPONENTS).toList();
        Set<String> out = new LinkedHashSet<>();
        for (String id : ids) {
            if (top.contains(id)) {
                out.add(id);
            }
        }
        return out;
    }

    /** Components whose running instances change during the drill. */
    static Set<String> varyingInstances(DrillResult r) {
        Set<String> out = new LinkedHashSet<>();
        for (int k = 0; k < r.components().size(); k++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = 0;
            for (DrillResult.Bucket b : r.timeline()) {
                lo = Math.min(lo, b.components().get(k).instances());
                hi = Math.max(hi, b.components().get(k).instances());
            }
            if (hi - lo > 1e-9) {
                out.add(r.components().get(k).id());
            }
        }
        return out;
    }

    /** The recovery moment, when every run recovered. */
    static List<TimelinePlot.Marker> markers(DrillOutcome o) {
        DrillResult r = o.result();
        if (r.recovered() && r.triggerEndSeconds() != null) {
            return List.of(new TimelinePlot.Marker(r.triggerEndSeconds()
                    + r.recoverySeconds().value(), "recovered", RECOVERED));
        }
        return List.of();
    }

    /** The drill's trouble as bands: traffic away from its start, then each event. */
    static List<TimelinePlot.Band> bands(Drill d, Model m) {
        List<TimelinePlot.Band> out = new ArrayList<>();
        double start = d.multiplierAt(0);
        double from = Double.NaN;
        double mult = start;
        for (Drill.TrafficStep s : d.traffic()) {
            if (!Double.isNaN(from)) {
                out.add(new TimelinePlot.Band(from, s.atSeconds(), "traffic "
                        + times(mult), Color.web("#d4a72c", 0.16)));
                from = Double.NaN;
            }
            mult = s.multiplier();
            if (mult != start) {
                from = s.atSeconds();
            }
        }
        if (!Double.isNaN(from)) {
            out.add(new TimelinePlot.Band(from, d.durationSeconds(), "traffic " + times(mult),
                    Color.web("#d4a72c", 0.16)));
        }
        for (DrillEvent e : d.events()) {
            String name = m.component(e.component()).map(c -> c.displayName())
                    .orElse(e.component());
            String label = switch (e.type()) {
                case LOSE_INSTANCES -> name + " \u2212" + e.count() + " instance"
                        + (e.count() == 1 ? "" : "s");
                case SLOW -> name + " " + Format.number(e.factor()) + "\u00d7 slower";
                case ERRORS -> name + " " + Format.percent(e.errorRate()) + " errors";
            };
            Color c = switch (e.type()) {
                case LOSE_INSTANCES -> Color.web("#cf222e", 0.12);
                case SLOW -> Color.web("#bc4c00", 0.13);
                case ERRORS -> Color.web("#8250df", 0.12);
            };
            out.add(new TimelinePlot.Band(e.atSeconds(), Math.min(d.durationSeconds(),
                    e.endSeconds()), label, c));
        }
        return out;
    }

    private static String times(double m) {
        return "\u00d7" + Format.number(m);
    }
}
