package dev.headroom.ui.drills;

import dev.headroom.app.DrillOutcome;
import dev.headroom.app.Format;
import dev.headroom.sim.Estimate;
import dev.headroom.sim.drill.DrillResult;
import java.util.List;
import java.util.Locale;

/**
 * The verdict and the four KPI cards of one drill run, as text (docs/ui.md "Drills"): requests
 * lost, time to recover, peak p99 and retry amplification. Plain data, tested without a display.
 *
 * @param policy the policy set's title
 * @param verdict the verdict sentence
 * @param ok whether the verdict is good news
 * @param cards the four cards, in order
 */
public record DrillCards(String policy, String verdict, boolean ok, List<Card> cards) {
    /** How a card is coloured. */
    public enum State { GOOD, WARN, BAD, NEUTRAL }

    /** One card: a caption, a big value, a line under it. */
    public record Card(String id, String caption, String value, String sub, State state) {}

    public static DrillCards of(DrillOutcome o) {
        DrillResult r = o.result();
        return new DrillCards(o.policy().title(), o.verdict().text(), o.verdict().ok(), List.of(
                lost(r), recovery(o), peak(o), amplification(r)));
    }

    private static Card lost(DrillResult r) {
        Double f = r.failedFraction().value();
        Double n = r.failed().value();
        State s = f == null ? State.NEUTRAL : f == 0 ? State.GOOD : f <= 0.01 ? State.WARN
                : State.BAD;
        String unfinished = r.unfinished().value() != null && r.unfinished().value() >= 0.5
                ? ", " + Format.count(r.unfinished().value()) + " unanswered at the end" : "";
        String door = dev.headroom.app.DrillWords.refusedAtTheDoor(r.refusedRequests(),
                r.replications());
        return new Card("kpi-lost", "REQUESTS LOST", f == null ? Format.UNKNOWN
                : Format.percent(f), (n == null ? Format.UNKNOWN : Format.count(n)) + " of "
                        + Format.count(r.requests().value()) + unfinished + door, s);
    }

    private static Card recovery(DrillOutcome o) {
        DrillResult r = o.result();
        if (r.triggerEndSeconds() == null) {
            return new Card("kpi-recovery", "TIME TO RECOVER", Format.UNKNOWN,
                    "the traffic does not come back", State.NEUTRAL);
        }
        if (r.recovered()) {
            double s = r.recoverySeconds().value();
            return new Card("kpi-recovery", "TIME TO RECOVER", s < r.bucketSeconds()
                    ? "at once" : Format.duration(s), "after the trigger ends"
                    + ci(r.recoverySeconds()), s <= 60 ? State.GOOD : State.WARN);
        }
        if (r.stillDraining()) {
            return new Card("kpi-recovery", "TIME TO RECOVER", "still draining",
                    "about " + Format.duration(r.drainSecondsLeft().value()) + " more",
                    State.WARN);
        }
        return new Card("kpi-recovery", "TIME TO RECOVER", "does not recover",
                o.metastable() ? "metastable: the load alone would not do this"
                        : r.recoveredReplications() > 0 ? "in " + (r.replications()
                                - r.recoveredReplications()) + " of " + r.replications()
                                + " runs" : "before the drill ends", State.BAD);
    }

    private static Card peak(DrillOutcome o) {
        DrillResult r = o.result();
        Double p = r.peakP99Ms().value();
        Double limit = r.recoveryP95LimitMs();
        State s = p == null || limit == null ? State.NEUTRAL : p <= limit ? State.GOOD
                : p <= 4 * limit ? State.WARN : State.BAD;
        return new Card("kpi-p99", "PEAK P99", p == null ? Format.UNKNOWN : Format.ms(p),
                limit == null ? "worst bucket" : (r.limitFromSlo() ? "p95 objective "
                        : "normal p95 ×2: ") + Format.ms(limit), s);
    }

    private static Card amplification(DrillResult r) {
        Double a = r.retryAmplification().value();
        State s = a == null ? State.NEUTRAL : a <= 1.1 ? State.GOOD : a <= 1.5 ? State.WARN
                : State.BAD;
        return new Card("kpi-amplification", "RETRY AMPLIFICATION", a == null ? Format.UNKNOWN
                : String.format(Locale.ROOT, "%.2f\u00d7", a), "attempts per request, "
                        + Format.count(r.retries().value()) + " retries", s);
    }

    private static String ci(Estimate e) {
        return e.ci95() == null || e.ci95() < 0.5 ? "" : " (\u00b1" + Format.duration(e.ci95())
                + ")";
    }
}
