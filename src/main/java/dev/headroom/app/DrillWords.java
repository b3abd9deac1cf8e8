package dev.headroom.app;

import dev.headroom.sim.drill.DrillResult;

/** The sentences a drill is summed up in, for the app, the command line and the report. */
public final class DrillWords {
    private DrillWords() {}

    /**
     * "Recovers 1 min 20 s after the trigger ends.", "Does not recover: …", with whether it is
     * good news.
     */
    public static Words.Status verdict(DrillOutcome o) {
        DrillResult r = o.result();
        if (!o.stableBefore()) {
            return new Words.Status("Overloaded before anything happens: the starting traffic is "
                    + "more than the design carries in steady state.", false);
        }
        if (r.triggerEndSeconds() == null) {
            return new Words.Status("The traffic does not come back to its starting level, so "
                    + "there is no recovery to time.", r.failedFraction().value() != null
                    && r.failedFraction().value() <= 0.01);
        }
        if (r.recovered()) {
            double s = r.recoverySeconds().value();
            return new Words.Status(s < r.bucketSeconds() ? "Recovers as soon as the trigger "
                    + "ends." : "Recovers " + Format.duration(s) + " after the trigger ends.",
                    true);
        }
        if (r.stillDraining()) {
            return new Words.Status("Not recovered when the drill ends, but still draining: "
                    + "about " + Format.duration(r.drainSecondsLeft().value()) + " more at the "
                    + "pace of its last minute.", false);
        }
        String partly = r.recoveredReplications() == 0 ? ""
                : " in " + (r.replications() - r.recoveredReplications()) + " of "
                        + r.replications() + " runs";
        if (o.metastable()) {
            return new Words.Status("Does not recover" + partly + ": the load is back to one the "
                    + "design carries, but retries and abandoned work keep it overloaded "
                    + "(metastable).", false);
        }
        if (Boolean.FALSE.equals(o.stableAfter())) {
            return new Words.Status("Does not recover" + partly + ": after the trigger the load is "
                    + "more than the design carries.", false);
        }
        return new Words.Status("Does not recover" + partly + " before the drill ends.", false);
    }

    /**
     * What a drill does, in one sentence: "Traffic ×3 at 1:00, back to ×1 at 1:30; payments
     * 10× slower at 2:00 for 5 min."
     */
    public static String describe(dev.headroom.model.Drill d) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        double start = d.multiplierAt(0);
        StringBuilder traffic = new StringBuilder();
        for (dev.headroom.model.Drill.TrafficStep s : d.traffic()) {
            if (s.atSeconds() == 0 && s.multiplier() == start) {
                continue;
            }
            traffic.append(traffic.length() == 0 ? "traffic " : ", ")
                    .append(s.multiplier() == start && traffic.length() > 0 ? "back to " : "")
                    .append("\u00d7").append(Format.number(s.multiplier())).append(" at ")
                    .append(Format.clock(s.atSeconds()));
        }
        if (traffic.length() > 0) {
            parts.add(traffic.toString());
        }
        for (dev.headroom.model.DrillEvent e : d.events()) {
            parts.add(event(e));
        }
        String s = parts.isEmpty() ? "steady traffic, nothing goes wrong"
                : String.join("; ", parts);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1) + ". "
                + Format.duration(d.durationSeconds()) + " in all.";
    }

    /** "payments 10× slower at 2:00 for 5 min". */
    public static String event(dev.headroom.model.DrillEvent e) {
        String when = " at " + Format.clock(e.atSeconds()) + " for "
                + Format.duration(e.forSeconds());
        return switch (e.type()) {
            case LOSE_INSTANCES -> e.component() + " loses " + e.count() + " instance"
                    + (e.count() == 1 ? "" : "s") + when;
            case SLOW -> e.component() + " " + Format.number(e.factor()) + "\u00d7 slower" + when;
            case ERRORS -> e.component() + " fails " + Format.percent(e.errorRate())
                    + " of calls" + when;
        };
    }

    /**
     * The requests refused at the door by the drill engine's job limit (docs/drills.md
     * "Limits"), per run like the other figures of a drill, as a clause to follow the requests
     * lost; empty when none were.
     */
    public static String refusedAtTheDoor(long refusedOverRuns, int runs) {
        double refused = refusedOverRuns / (double) Math.max(1, runs);
        return refused >= 0.5 ? "; " + Format.count(refused) + " refused at the door, the "
                + "simulation's limit" : "";
    }
}
