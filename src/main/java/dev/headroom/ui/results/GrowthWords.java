package dev.headroom.ui.results;

import dev.headroom.analysis.StationResult;
import dev.headroom.app.Format;
import dev.headroom.model.Model;
import dev.headroom.ui.document.Results;
import java.util.List;

/**
 * What the growth bar says under the slider: the multiplier, the users and peak rate there, and
 * in words what is saturated or over the utilization limit. Plain data, tested without a
 * display; {@link GrowthBar} shows it.
 *
 * @param multiplier "3.5x"
 * @param load "70,000 users · 243 req/s at peak"
 * @param status the sentence
 * @param state how it reads
 */
public record GrowthWords(String multiplier, String load, String status,
        HeaderFigures.State state) {

    public static GrowthWords of(Results r, double m) {
        String times = Format.times(m);
        if (r == null) {
            return new GrowthWords(times, "", "", HeaderFigures.State.NEUTRAL);
        }
        Model model = r.model();
        String load = load(model, m);
        if (!r.solved()) {
            return new GrowthWords(times, load,
                    "Not solved: the model has problems (see the inspector).",
                    HeaderFigures.State.BAD);
        }
        double maxU = model.slo().maxUtilization();
        List<StationResult> sat = r.solution().components().stream()
                .filter(StationResult::saturated).toList();
        List<StationResult> hot = r.solution().components().stream()
                .filter(s -> !s.saturated() && s.utilization() >= maxU).toList();
        if (!sat.isEmpty()) {
            return new GrowthWords(times, load, names(sat) + (sat.size() == 1 ? " is" : " are")
                    + " saturated: requests arrive faster than " + (sat.size() == 1 ? "it"
                    : "they") + " can serve them, so queues grow without limit.",
                    HeaderFigures.State.BAD);
        }
        if (!hot.isEmpty()) {
            return new GrowthWords(times, load, names(hot) + (hot.size() == 1 ? " runs" : " run")
                    + " above " + Format.percent(maxU) + " utilization: latency climbs steeply "
                    + "from here.", HeaderFigures.State.WARN);
        }
        return new GrowthWords(times, load, "Everything runs below " + Format.percent(maxU)
                + " utilization.", HeaderFigures.State.GOOD);
    }

    static String load(Model model, double m) {
        if (model.workload().isClosed()) {
            Double u = model.workload().usersAt(m);
            return u == null ? "" : Format.count((double) Math.round(u)) + " users concurrent";
        }
        String rate = Format.compactRate(model.workload().peakArrivalRate(m)) + " at peak";
        Double u = model.workload().usersAt(m);
        return u == null ? rate : Format.count(u) + " users \u00b7 " + rate;
    }

    private static String names(List<StationResult> s) {
        List<String> n = s.stream().map(x -> x.name() == null ? x.id() : x.name()).toList();
        return n.size() <= 3 ? String.join(", ", n) : String.join(", ", n.subList(0, 3))
                + " and " + (n.size() - 3) + " more";
    }
}
