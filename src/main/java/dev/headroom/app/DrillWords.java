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

    /** "spike ×3 at 2:00 for 10 min, then 1x" style line of what a drill does. */
    public static String describe(dev.headroom.model.Drill d) {
        StringBuilder sb = new StringBuilder();
        for (dev.headroom.model.Drill.TrafficStep s : d.traffic()) {
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append("traffic ").append(Format.timesTick(s.multiplier()).replace("x", "\u00d7"))
                    .append(" at ").append(Format.clock(s.atSeconds()));
        }
        for (dev.headroom.model.DrillEvent e : d.events()) {
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append(event(e));
        }
        if (sb.length() == 0) {
            sb.append("steady traffic, nothing goes wrong");
        }
        return sb.toString();
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
}
