package dev.headroom.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the fields drills read (docs/model-format.md "Drills", "Timeouts and retries",
 * "Queues and thread pools"): call policies, queue bounds, thread pools, the autoscaler's
 * scale-out delay and the drills themselves. Called by {@link ModelValidator}; every problem
 * carries the JSON path of the field at fault.
 */
final class DrillValidator {
    /** The longest drill: a day of simulated time. */
    static final double MAX_DURATION_SECONDS = 86_400;
    /** The most buckets a drill's timeline may have. */
    static final int MAX_BUCKETS = 20_000;
    static final int MAX_RETRIES = 100;
    static final double MAX_TRAFFIC_MULTIPLIER = 1_000;
    static final int MAX_THREADS = 1_000_000;

    private DrillValidator() {}

    static void component(Component c, String p, List<Problem> out) {
        if (c.maxQueue() != null) {
            if (c.maxQueue() < 0) {
                out.add(new Problem(p + ".maxQueue", "must be 0 or more (0: nobody waits)"));
            } else if (c.isDelay() && c.threads() == null) {
                out.add(new Problem(p + ".maxQueue", "a component that does not queue "
                        + "(\"queueing\": false) has no queue to bound; give it threads for a "
                        + "concurrency limit"));
            }
        }
        if (c.threads() != null) {
            PerClass t = c.threads();
            if (t.isUniform()) {
                threads(t.uniform(), p + ".threads", out);
            } else {
                t.byClass().forEach((k, v) -> threads(v, p + ".threads." + k, out));
            }
        }
        if (c.autoscale() != null && c.autoscale().scaleOutSeconds() != null) {
            double s = c.autoscale().scaleOutSeconds();
            if (!(s >= 0) || !Double.isFinite(s)) {
                out.add(new Problem(p + ".autoscale.scaleOutSeconds",
                        "must be a number of seconds, 0 or more"));
            }
        }
    }

    private static void threads(double v, String path, List<Problem> out) {
        if (!(v >= 1 && v <= MAX_THREADS) || v != Math.rint(v)) {
            out.add(new Problem(path, "must be a whole number of threads from 1 to 1,000,000"));
        }
    }

    /** The policy of the workload ({@code "workload"}) or of a connection. */
    static void policy(CallPolicy policy, String p, boolean async, List<Problem> out) {
        if (policy.isNone()) {
            return;
        }
        if (async) {
            out.add(new Problem(p + (policy.timeoutMs() != null ? ".timeoutMs" : ".retries"),
                    "an async call waits for nothing: timeouts and retries apply to "
                            + "synchronous calls"));
            return;
        }
        if (policy.timeoutMs() != null && !(policy.timeoutMs() > 0
                && Double.isFinite(policy.timeoutMs()))) {
            out.add(new Problem(p + ".timeoutMs", "must be above 0 ms"));
        }
        Retries r = policy.retries();
        if (r == null) {
            return;
        }
        if (r.max() < 0 || r.max() > MAX_RETRIES) {
            out.add(new Problem(p + ".retries.max", "must be from 0 to " + MAX_RETRIES));
        }
        if (!(r.backoffMs() >= 0) || !Double.isFinite(r.backoffMs())) {
            out.add(new Problem(p + ".retries.backoffMs", "must be 0 ms or more"));
        }
        if (!(r.multiplier() >= 1 && r.multiplier() <= 100)) {
            out.add(new Problem(p + ".retries.multiplier", "must be from 1 to 100"));
        }
        if (r.budgetRatio() != null && !(r.budgetRatio() >= 0 && r.budgetRatio() <= 100)) {
            out.add(new Problem(p + ".retries.budgetRatio", "must be from 0 to 100 (retries "
                    + "per first attempt over the trailing 10 s)"));
        }
    }

    static void drills(Model model, Map<String, Integer> ids, List<Problem> out) {
        List<Drill> drills = model.drills();
        if (!drills.isEmpty() && model.workload().isClosed()) {
            out.add(new Problem("drills", "drills need an open workload (an arrival rate); a "
                    + "closed workload's users wait for their answers, so a drill cannot step "
                    + "its traffic"));
        }
        Map<String, Integer> names = new HashMap<>();
        for (int i = 0; i < drills.size(); i++) {
            Drill d = drills.get(i);
            String p = "drills[" + i + "]";
            if (d.name().isBlank()) {
                out.add(new Problem(p + ".name", "must not be empty"));
            } else if (names.containsKey(d.name())) {
                out.add(new Problem(p + ".name", "duplicate drill \"" + d.name()
                        + "\" (also drills[" + names.get(d.name()) + "])"));
            } else {
                names.put(d.name(), i);
            }
            double duration = d.durationSeconds();
            boolean durationOk = duration > 0 && duration <= MAX_DURATION_SECONDS;
            if (!durationOk) {
                out.add(new Problem(p + ".durationSeconds", "must be above 0 and at most "
                        + "86,400 s (a day)"));
            }
            if (!(d.bucketSeconds() > 0)) {
                out.add(new Problem(p + ".bucketSeconds", "must be above 0"));
            } else if (durationOk && d.bucketSeconds() > duration) {
                out.add(new Problem(p + ".bucketSeconds", "must be at most durationSeconds"));
            } else if (durationOk && duration / d.bucketSeconds() > MAX_BUCKETS) {
                out.add(new Problem(p + ".bucketSeconds", "gives more than 20,000 buckets; "
                        + "use at least " + ModelValidator.fmt(duration / MAX_BUCKETS) + " s"));
            }
            double last = -1;
            for (int j = 0; j < d.traffic().size(); j++) {
                Drill.TrafficStep s = d.traffic().get(j);
                String sp = p + ".traffic[" + j + "]";
                if (!(s.atSeconds() >= 0) || (durationOk && s.atSeconds() >= duration)) {
                    out.add(new Problem(sp + ".atSeconds", "must be from 0 to below "
                            + "durationSeconds"));
                } else if (s.atSeconds() <= last) {
                    out.add(new Problem(sp + ".atSeconds", "steps must be in time order, each "
                            + "after the one before"));
                }
                last = Math.max(last, s.atSeconds());
                if (!(s.multiplier() >= 0 && s.multiplier() <= MAX_TRAFFIC_MULTIPLIER)) {
                    out.add(new Problem(sp + ".multiplier", "must be from 0 to 1,000 (times "
                            + "the base rate)"));
                }
            }
            for (int j = 0; j < d.events().size(); j++) {
                event(model, ids, d.events().get(j), p + ".events[" + j + "]", durationOk
                        ? duration : Double.POSITIVE_INFINITY, out);
            }
        }
    }

    private static void event(Model model, Map<String, Integer> ids, DrillEvent e, String p,
            double duration, List<Problem> out) {
        if (!(e.atSeconds() >= 0 && e.atSeconds() < duration)) {
            out.add(new Problem(p + ".atSeconds", "must be from 0 to below durationSeconds"));
        }
        if (!(e.forSeconds() > 0) || !Double.isFinite(e.forSeconds())) {
            out.add(new Problem(p + ".forSeconds", "must be above 0"));
        }
        Component c = ids.containsKey(e.component())
                ? model.components().get(ids.get(e.component())) : null;
        if (c == null) {
            out.add(new Problem(p + ".component", "unknown component \"" + e.component() + "\""
                    + Names.didYouMean(e.component(), ids.keySet())));
        }
        DrillEvent.Type t = e.type();
        only(e.count() != null, t, DrillEvent.Type.LOSE_INSTANCES, p + ".count", out);
        only(e.factor() != null, t, DrillEvent.Type.SLOW, p + ".factor", out);
        only(e.errorRate() != null, t, DrillEvent.Type.ERRORS, p + ".errorRate", out);
        switch (t) {
            case LOSE_INSTANCES -> {
                if (e.count() == null) {
                    out.add(new Problem(p + ".count", "is required (instances lost)"));
                } else if (e.count() < 1) {
                    out.add(new Problem(p + ".count", "must be at least 1"));
                }
                if (c != null && c.isDelay() && c.threads() == null) {
                    out.add(new Problem(p + ".component", "\"" + c.id() + "\" does not queue "
                            + "(\"queueing\": false): losing instances takes nothing away"));
                }
            }
            case SLOW -> {
                if (e.factor() == null) {
                    out.add(new Problem(p + ".factor", "is required (service times are "
                            + "multiplied by it)"));
                } else if (!(e.factor() > 0 && e.factor() <= 1_000)) {
                    out.add(new Problem(p + ".factor", "must be above 0 and at most 1,000"));
                }
            }
            case ERRORS -> {
                if (e.errorRate() == null) {
                    out.add(new Problem(p + ".errorRate", "is required (the share of visits "
                            + "that fail)"));
                } else if (!(e.errorRate() >= 0 && e.errorRate() <= 1)) {
                    out.add(new Problem(p + ".errorRate", "must be between 0 and 1"));
                }
            }
            default -> throw new IllegalStateException(t.toString());
        }
    }

    private static void only(boolean given, DrillEvent.Type t, DrillEvent.Type owner, String path,
            List<Problem> out) {
        if (given && t != owner) {
            out.add(new Problem(path, "applies to \"" + owner.json() + "\" events only, not \""
                    + t.json() + "\""));
        }
    }
}
