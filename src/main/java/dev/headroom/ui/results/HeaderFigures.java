package dev.headroom.ui.results;

import dev.headroom.analysis.Solution;
import dev.headroom.app.Breaks;
import dev.headroom.app.Format;
import dev.headroom.app.Months;
import dev.headroom.app.Runway;
import dev.headroom.app.Words;
import dev.headroom.cost.Bill;
import dev.headroom.model.Model;
import dev.headroom.ui.document.Results;
import java.util.List;
import java.util.Optional;

/**
 * What the header's four figures say at the growth multiplier shown: p95 latency against the
 * objective, throughput, the monthly bill, and where the design breaks. Plain data, made from
 * the application service's results, so it is tested without a display; {@link HeaderBar}
 * only shows it.
 *
 * @param p95 the worst class p95
 * @param throughput requests served per second
 * @param cost the monthly bill
 * @param breaks users (or load) until it breaks, with users still to go as a second line
 */
public record HeaderFigures(Figure p95, Figure throughput, Figure cost, Figure breaks) {

    /** How a figure reads: good news, a warning, bad news, or neutral. */
    public enum State { GOOD, WARN, BAD, NEUTRAL }

    /**
     * One figure.
     *
     * @param value the big value
     * @param detail the line under it
     * @param tooltip more, on hover, or null
     */
    public record Figure(String value, String detail, State state, String tooltip) {
        static Figure of(String value, String detail, State state) {
            return new Figure(value, detail, state, null);
        }
    }

    public static HeaderFigures of(Results r) {
        if (!r.solved()) {
            int n = r.problems().size();
            return new HeaderFigures(
                    Figure.of(Format.UNKNOWN, "model has " + n + " problem" + (n == 1 ? "" : "s"),
                            State.BAD),
                    Figure.of(Format.UNKNOWN, "fix the problems listed", State.NEUTRAL),
                    Figure.of(Format.UNKNOWN, "", State.NEUTRAL),
                    Figure.of(Format.UNKNOWN, "", State.NEUTRAL));
        }
        Model m = r.model();
        Solution s = r.solution();
        return new HeaderFigures(p95(m, s), throughput(m, s), cost(r), breaks(r, m, s));
    }

    static Figure p95(Model m, Solution s) {
        Double slo = m.slo().p95LatencyMs();
        Optional<Double> worst = s.worstP95Ms();
        if (worst.isEmpty() && s.classes().isEmpty()) {
            return Figure.of(Format.UNKNOWN, "no requests", State.NEUTRAL);
        }
        if (worst.isEmpty()) {
            return Figure.of("saturated", "requests pile up faster than they are served",
                    State.BAD);
        }
        boolean ok = slo == null || worst.get() <= slo;
        return Figure.of(Format.ms(worst.get()), slo == null ? "no latency objective"
                : (ok ? "within" : "over") + " the " + Format.ms(slo) + " objective",
                ok ? State.GOOD : State.BAD);
    }

    static Figure throughput(Model m, Solution s) {
        // a closed workload offers users, not a rate
        String detail = m.workload().isClosed() && s.users() != null
                ? "from " + Format.compactCount(s.users()) + " concurrent users"
                : "offered " + Format.compactRate(s.arrivalRatePerSecond()) + " at peak";
        return Figure.of(Format.compactRate(s.throughputPerSecond()).replace("/s", " req/s"),
                detail, State.NEUTRAL);
    }

    /**
     * The monthly bill. When some component has no price the total is "at least" what is priced
     * and the line under it names the components; prices no dated source confirmed are counted
     * under it too, so the figure never looks surer than it is.
     */
    static Figure cost(Results r) {
        Bill bill = r.bill();
        if (bill != null) {
            Double per = bill.perThousandUsersUsd();
            String perUsers = per == null ? "per month" : Format.usd(per) + " per 1,000 users";
            List<String> unpriced = bill.unpricedComponents();
            String parts = Words.unpricedParts(r.model(), bill.unpriced());
            int partCount = (int) bill.unpriced().stream().filter(u -> !u.whole()).count();
            boolean atLeast = bill.lowerBound();
            String unconfirmed = bill.hasUnconfirmed()
                    ? Format.usd(bill.unconfirmedUsd()) + " unconfirmed" : "";
            String detail = !unpriced.isEmpty() ? Words.noPrice(unpriced.size(), "component")
                    : partCount > 0 ? Words.noPrice(partCount, "charge") : perUsers;
            if (!unconfirmed.isEmpty()) {
                detail += " \u00b7 " + unconfirmed;
            }
            StringBuilder tip = new StringBuilder("The monthly bill at " + Format.times(
                    bill.multiplier()) + ": " + perUsers + ".");
            if (!unpriced.isEmpty()) {
                tip.append("\n").append(Words.unpriced(r.model(), unpriced))
                        .append(": the total leaves them out.");
            }
            if (!parts.isEmpty()) {
                tip.append("\n").append(parts).append(": the total leaves ")
                        .append(partCount == 1 ? "it" : "them").append(" out.");
            }
            if (!unconfirmed.isEmpty()) {
                tip.append("\n").append(Words.unconfirmed(bill.unconfirmedUsd())).append('.');
            }
            return new Figure((atLeast ? "\u2265 " : "") + Format.usd(bill.totalUsd()),
                    detail, atLeast ? State.WARN : State.NEUTRAL, tip.toString());
        }
        String why = r.whyNoBill();
        return new Figure(Format.UNKNOWN, why, State.NEUTRAL,
                r.analysis().pricing().problems().isEmpty() ? why
                        : String.join("\n", r.analysis().pricing().problems().stream()
                                .map(Object::toString).toList()));
    }

    /**
     * Where it breaks: the users at the first of saturation or the p95 objective (the one
     * definition of {@link Breaks}), with the users still to go from here as a second line.
     */
    static Figure breaks(Results r, Model m, Solution s) {
        Breaks b = r.breaks();
        double here = s.multiplier();
        double end = m.growth().to();
        if (!s.stable()) {
            String who = b.firstSaturation().flatMap(x -> m.component(x.component()))
                    .map(c -> c.displayName()).orElse("a component");
            return Figure.of("broken now", who + " is saturated at " + Format.times(here),
                    State.BAD);
        }
        if (b.breaksAt() == null) {
            return Figure.of("no limit found", Words.breaksWhat(m, b, end), State.GOOD);
        }
        String why = Words.breaksWhat(m, b, end);
        if (b.breaksAt() <= here) {
            return Figure.of("past its limit", why + " at " + Format.breakPoint(b.breaksAt()),
                    State.BAD);
        }
        boolean users = b.breaksAtUsers() != null && !m.workload().isClosed();
        String value = users ? Format.compactCount(b.breaksAtUsers()) + " users"
                : Format.times(b.breaksAt()) + " today's load";
        String toGo = users ? Format.compactCount(b.usersToGo(here)) + " users still to go"
                : Format.times(b.breaksAt() / here) + " from here";
        double left = b.breaksAt() / here;
        State state = left < 1.5 ? State.WARN : State.GOOD;
        String detail = why + " at " + Format.times(b.breaksAt()) + " \u00b7 " + toGo;
        Months months = Months.of(m).orElse(null);
        if (months == null || months.monthOf(b.breaksAt()) == null) {
            return Figure.of(value, detail, state);
        }
        // By the calendar: the runway in words, the multiple and the users on hover.
        String when = Runway.month(months, b.breaksAt());
        return new Figure(value, Runway.who(m, b) + (when.equals("now") ? " needs its fix now"
                : " needs its fix by " + when), state,
                Runway.runway(m, b, months) + "\n" + detail + " (" + months.pace() + ").");
    }
}
