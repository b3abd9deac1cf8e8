package dev.headroom.app;

import dev.headroom.analysis.Break;
import dev.headroom.analysis.ClassResult;
import dev.headroom.analysis.Solution;
import dev.headroom.analysis.StationResult;
import dev.headroom.model.Bounds;
import dev.headroom.model.Component;
import dev.headroom.model.Model;
import dev.headroom.model.ModelException;
import dev.headroom.model.Problem;
import dev.headroom.model.RequestClass;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Honest uncertainty (docs/model-format.md "Uncertainty", docs/engine.md "Uncertainty"): the
 * model's inputs drawn from their ranges, each draw solved by the analytic engine through the
 * service, and every figure given as its 10th, 50th and 90th percentile over the draws — where
 * the design breaks (the one definition of {@link Breaks}), each component's limits, the chart
 * figures at any growth multiples.
 *
 * <p>A draw takes, each from a triangular distribution whose peak is the model's own value:
 * a traffic factor T (today's load is T times the model's), one service-time factor shared by
 * every component without a range of its own, a factor for each component with one, and a hit
 * ratio for each component that has one. Today's load being T times larger, the design reaches a
 * load at growth multiple m that the model reaches at m·T: so a draw is its model solved at m·T,
 * and its breaks are the model's divided by T.
 *
 * <p>Draw i takes its numbers from its own random stream, seeded from (seed, i), in a fixed
 * order, whatever the ranges: the same draws come out on any number of threads, and with one
 * range moved every other input of a draw stays where it was (common random numbers), so a
 * figure moves with the range alone.
 */
public final class Uncertainty {
    /** Draws made unless asked otherwise: enough for smooth bands (docs/engine.md). */
    public static final int DEFAULT_DRAWS = 1000;
    public static final int MIN_DRAWS = 100;
    public static final int MAX_DRAWS = 100_000;
    /** The seed of the draws: the same figures every run. */
    public static final long SEED = 1;

    /** The 10th, 50th and 90th percentiles. */
    static final double[] PERCENTILES = {0.10, 0.50, 0.90};

    private Uncertainty() {}

    // ---- figure keys ----------------------------------------------------------------------------

    /** A class's p95 latency (ms; +∞ past saturation). */
    public static String p95(String requestClass) {
        return "p95:" + requestClass;
    }

    /** A class's mean latency (ms; +∞ past saturation). */
    public static String mean(String requestClass) {
        return "mean:" + requestClass;
    }

    /** A component's utilization (0–1, above 1 when saturated). */
    public static String utilization(String componentId) {
        return "utilization:" + componentId;
    }

    /** An autoscaled component's instances. */
    public static String instances(String componentId) {
        return "instances:" + componentId;
    }

    /** The worst class p95 (ms; +∞ when any class is saturated). */
    public static final String WORST_P95 = "worstP95";
    /** Requests served per second. */
    public static final String THROUGHPUT = "throughput";
    /** The monthly bill (USD; NaN without pricing). */
    public static final String BILL = "bill";
    /** The monthly bill per 1,000 users (USD; NaN without pricing or users). */
    public static final String PER_THOUSAND_USERS = "perThousandUsers";

    // ---- results --------------------------------------------------------------------------------

    /**
     * One component's limits over the draws.
     *
     * @param overUtilizationAt where it passes {@code slo.maxUtilization}
     * @param saturatesAt where it saturates
     */
    public record ComponentRange(String component, Spread overUtilizationAt,
            Spread saturatesAt) {}

    /**
     * A figure's percentiles at each growth multiple asked for: NaN where the engine has no
     * value (no pricing), +∞ where it is beyond bounds (a latency past saturation).
     */
    public record Band(double[] p10, double[] p50, double[] p90) {
        public Band {
            p10 = p10.clone();
            p50 = p50.clone();
            p90 = p90.clone();
        }

        @Override
        public double[] p10() {
            return p10.clone();
        }

        @Override
        public double[] p50() {
            return p50.clone();
        }

        @Override
        public double[] p90() {
            return p90.clone();
        }

        /** The percentiles at point {@code i}, +∞ and NaN read as null (beyond, unknown). */
        public Spread at(int i) {
            return new Spread(known(p10[i]), known(p50[i]), known(p90[i]));
        }
    }

    /**
     * What the draws say.
     *
     * @param draws how many draws were made (0 when the model gives no range: every figure is
     *     then its own value, exactly)
     * @param breaksAt where the design breaks ({@link Breaks#breaksAt()})
     * @param sloBreachedAt where a latency objective is first missed
     * @param components each loaded queueing component's limits, in the nominal design's order
     * @param multipliers the growth multiples the bands are at
     * @param bands each figure's band at those multiples, by key ({@link #p95}, {@link #BILL}…)
     * @param problems why some draw could not be solved (a hit ratio that makes a routing cycle
     *     endless), each with the JSON path of the range at fault; empty when every draw solved
     * @param spend with a calendar and a bill, the spend over {@link Timeline#SPEND_MONTHS}
     *     months, in that order (a draw in which the design saturates within the span counts as
     *     beyond every sum: null ends); empty otherwise
     */
    public record Result(int draws, Spread breaksAt, Spread sloBreachedAt,
            List<ComponentRange> components, double[] multipliers, Map<String, Band> bands,
            List<Problem> problems, List<Spread> spend) {
        public Result {
            components = List.copyOf(components);
            multipliers = multipliers.clone();
            bands = Map.copyOf(bands);
            problems = List.copyOf(problems);
            spend = java.util.Collections.unmodifiableList(new ArrayList<>(spend));
        }

        /** The spend over {@code months} months, if drawn (one of {@link Timeline#SPEND_MONTHS}). */
        public Optional<Spread> spendOver(int months) {
            for (int i = 0; i < Timeline.SPEND_MONTHS.length && i < spend.size(); i++) {
                if (Timeline.SPEND_MONTHS[i] == months) {
                    return Optional.of(spend.get(i));
                }
            }
            return Optional.empty();
        }

        @Override
        public double[] multipliers() {
            return multipliers.clone();
        }

        /** Whether inputs were drawn (the model gives some range). */
        public boolean drawn() {
            return draws > 0;
        }

        public Optional<ComponentRange> of(String componentId) {
            return components.stream().filter(c -> c.component().equals(componentId))
                    .findFirst();
        }

        /** A figure's band, or empty when the design has no such figure. */
        public Optional<Band> band(String key) {
            return Optional.ofNullable(bands.get(key));
        }

        /** The index of multiple {@code m} among {@link #multipliers()}, or -1. */
        public int indexOf(double m) {
            for (int i = 0; i < multipliers.length; i++) {
                if (multipliers[i] == m) {
                    return i;
                }
            }
            return -1;
        }
    }

    // ---- the draws ------------------------------------------------------------------------------

    /**
     * Draws the model's inputs {@code draws} times (on every core) and solves each draw at
     * {@code multipliers}. A model without any range gives every figure its own value at every
     * percentile, exactly, without drawing (ranges without width are drawn, and come out the
     * same).
     */
    static Result run(Analysis nominal, double[] multipliers, int draws, long seed) {
        Model model = nominal.model();
        Layout layout = new Layout(nominal, multipliers);
        if (!hasRanges(model)) {
            return exact(nominal, layout);
        }
        Outcome[] outcomes = IntStream.range(0, draws).parallel()
                .mapToObj(i -> draw(nominal, layout, seed, i)).toArray(Outcome[]::new);
        List<Problem> problems = new ArrayList<>();
        for (Outcome o : outcomes) {
            if (o.problem != null) {
                problems.add(o.problem);
                break;
            }
        }
        if (!problems.isEmpty()) {
            Result r = exact(nominal, layout);
            return new Result(0, r.breaksAt(), r.sloBreachedAt(), r.components(),
                    r.multipliers(), r.bands(), problems, r.spend());
        }
        return summarize(nominal, layout, outcomes);
    }

    /** Whether the model gives any input a range. */
    public static boolean hasRanges(Model m) {
        var u = m.uncertainty();
        if (u.traffic() != null || u.serviceTime() != null) {
            return true;
        }
        for (Component c : m.components()) {
            var own = c.uncertainty();
            if (own != null || (c.hitRatio() != null && u.hitRatio() != null)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The triangular distribution on (low, mode, high) at probability {@code u}: its inverse
     * distribution function (Kotz and van Dorp, <i>Beyond Beta</i>, 2004, §1.2). The mode itself
     * when the range has no width.
     */
    static double triangular(double low, double mode, double high, double u) {
        if (low == high) {
            return mode;
        }
        double split = (mode - low) / (high - low);
        if (u < split) {
            return low + Math.sqrt(u * (high - low) * (mode - low));
        }
        return high - Math.sqrt((1 - u) * (high - low) * (high - mode));
    }

    /** The draw's factor for a multiplier range (1 without a range). */
    private static double factor(Bounds b, double u) {
        return b == null ? 1 : triangular(b.low(), 1, b.high(), u);
    }

    /** The growth multiples solved and the figures kept at each, fixed by the nominal model. */
    private static final class Layout {
        final double[] asked;
        final List<String> keys = new ArrayList<>();
        final Map<String, Integer> index = new LinkedHashMap<>();
        final List<String> classes;
        final List<String> components;
        final List<String> autoscaled;
        final List<String> loaded;
        /** The multiples of months 0, 1, … of the calendar, for the spend; empty without one. */
        final double[] months;

        Layout(Analysis a, double[] multipliers) {
            Model m = a.model();
            asked = multipliers.clone();
            Months cal = a.pricing().priced() ? Months.of(m).orElse(null) : null;
            months = new double[cal == null ? 0
                    : Timeline.SPEND_MONTHS[Timeline.SPEND_MONTHS.length - 1]];
            for (int n = 0; n < months.length; n++) {
                months[n] = cal.multiplier(n);
            }
            classes = m.requestClasses().stream().map(RequestClass::name).toList();
            components = m.components().stream().map(Component::id).toList();
            autoscaled = m.components().stream().filter(Component::isAutoscaled)
                    .map(Component::id).toList();
            loaded = a.breaks().components().stream().map(Break::component).toList();
            for (String c : classes) {
                add(p95(c));
                add(mean(c));
            }
            add(WORST_P95);
            add(THROUGHPUT);
            add(BILL);
            add(PER_THOUSAND_USERS);
            for (String c : components) {
                add(utilization(c));
            }
            for (String c : autoscaled) {
                add(instances(c));
            }
        }

        private void add(String key) {
            index.put(key, keys.size());
            keys.add(key);
        }

        /** The figures of one point, in key order. */
        double[] figures(Point p) {
            Solution s = p.solution();
            double[] f = new double[keys.size()];
            int i = 0;
            for (ClassResult c : s.classes()) {
                f[i++] = beyond(c.latencyP95Ms());
                f[i++] = beyond(c.latencyMeanMs());
            }
            f[i++] = s.worstP95Ms().map(v -> (double) v).orElse(
                    s.classes().isEmpty() ? Double.NaN : Double.POSITIVE_INFINITY);
            f[i++] = s.throughputPerSecond();
            f[i++] = p.bill() == null ? Double.NaN : p.bill().totalUsd();
            Double per = p.bill() == null ? null : p.bill().perThousandUsersUsd();
            f[i++] = per == null ? Double.NaN : per;
            for (StationResult c : s.components()) {
                f[i++] = c.utilization();
            }
            for (String id : autoscaled) {
                f[i++] = s.component(id).map(StationResult::instances).orElse(0);
            }
            return f;
        }
    }

    /** What one draw gives. */
    private record Outcome(double breaksAt, double sloBreachedAt, double[] over, double[] sat,
            double[][] figures, double[] spend, Problem problem) {}

    private static Outcome draw(Analysis nominal, Layout layout, long seed, int i) {
        Model m = nominal.model();
        var u = m.uncertainty();
        SplittableRandom rnd = new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (i + 1)));
        double traffic = factor(u.traffic(), rnd.nextDouble());
        double shared = factor(u.serviceTime(), rnd.nextDouble());
        List<Component> cs = m.components();
        List<Component> drawn = new ArrayList<>(cs.size());
        boolean changed = false;
        for (Component c : cs) {
            double us = rnd.nextDouble();
            double uh = rnd.nextDouble();
            var own = c.uncertainty();
            double f = own != null && own.serviceTime() != null ? factor(own.serviceTime(), us)
                    : shared;
            Bounds hb = own != null && own.hitRatio() != null ? own.hitRatio()
                    : c.hitRatio() != null ? u.hitRatio() : null;
            Component d = c;
            if (f != 1) {
                d = d.withServiceTimeMs(c.serviceTimeMs().map(v -> v * f));
            }
            if (hb != null && c.hitRatio() != null) {
                double h = triangular(hb.low(), c.hitRatio(), hb.high(), uh);
                if (h != c.hitRatio()) {
                    d = d.withHitRatio(h);
                }
            }
            changed |= d != c;
            drawn.add(d);
        }
        Analysis a = nominal;
        if (changed) {
            a = new Analysis(nominal, m.withComponents(drawn));
            if (!a.solvable()) {
                return new Outcome(0, 0, null, null, null, null, drawProblem(m, a));
            }
        }
        Breaks b = a.breaks();
        double[] over = new double[layout.loaded.size()];
        double[] sat = new double[layout.loaded.size()];
        for (int k = 0; k < over.length; k++) {
            Optional<Break> br = b.of(layout.loaded.get(k));
            over[k] = scaled(br.map(Break::overUtilizationAt).orElse(null), traffic);
            sat[k] = scaled(br.map(Break::saturatesAt).orElse(null), traffic);
        }
        double[][] figures = new double[layout.asked.length][];
        for (int j = 0; j < layout.asked.length; j++) {
            figures[j] = layout.figures(a.figuresAt(layout.asked[j] * traffic));
        }
        return new Outcome(scaled(b.breaksAt(), traffic), scaled(b.sloBreachedAt(), traffic),
                over, sat, figures, spend(a, layout, traffic), null);
    }

    /**
     * A draw's spend over each span of {@link Timeline#SPEND_MONTHS}: its bills of months 0 to
     * span − 1 summed in order, as {@link Timeline} sums them; +∞ (beyond every sum) when the
     * design saturates in one of those months, as the timeline has no spend there.
     */
    private static double[] spend(Analysis a, Layout layout, double traffic) {
        int[] spans = Timeline.SPEND_MONTHS;
        double[] out = new double[layout.months.length == 0 ? 0 : spans.length];
        double sum = 0;
        boolean served = true;
        int k = 0;
        for (int n = 0; n < layout.months.length; n++) {
            if (served) { // once a month is not served, neither is the sum from then on
                dev.headroom.cost.Bill bill = a.stableBillAt(layout.months[n] * traffic);
                served = bill != null;
                if (served) {
                    sum += bill.totalUsd();
                }
            }
            if (k < spans.length && n + 1 == spans[k]) {
                out[k++] = served ? sum : Double.POSITIVE_INFINITY;
            }
        }
        return out;
    }

    /** Why a draw cannot be solved, with the path of the ranges that allowed it. */
    private static Problem drawProblem(Model m, Analysis a) {
        String path = m.uncertainty().hitRatio() != null ? "uncertainty.hitRatio"
                : "uncertainty";
        for (int k = 0; k < m.components().size(); k++) {
            var own = m.components().get(k).uncertainty();
            if (own != null && own.hitRatio() != null) {
                path = "components[" + k + "].uncertainty.hitRatio";
                break;
            }
        }
        String why = a.problems().isEmpty() ? "a draw cannot be solved"
                : a.problems().get(0).message();
        return new Problem(path, "a hit ratio within the range makes the model unsolvable ("
                + why + "); narrow the range");
    }

    /** A break of the drawn model as a growth multiple of today's load: m / T; +∞ for none. */
    private static double scaled(Double m, double traffic) {
        return m == null ? Double.POSITIVE_INFINITY : m / traffic;
    }

    private static double beyond(Double v) {
        return v == null ? Double.POSITIVE_INFINITY : v;
    }

    private static Double known(double v) {
        return Double.isFinite(v) ? v : null;
    }

    // ---- percentiles ----------------------------------------------------------------------------

    /**
     * The p-quantile of a sample, linear between order statistics (Hyndman and Fan, "Sample
     * quantiles in statistical packages", <i>The American Statistician</i> 50(4), 1996: type 7,
     * the default of R and NumPy). +∞ counts as larger than every number; any NaN gives NaN.
     * Sorts {@code values} in place.
     */
    static double quantile(double[] sorted, double p) {
        int n = sorted.length;
        if (n == 0) {
            return Double.NaN;
        }
        double h = (n - 1) * p;
        int lo = (int) Math.floor(h);
        double w = h - lo;
        double a = sorted[lo];
        if (w == 0 || lo + 1 >= n) {
            return a;
        }
        double b = sorted[lo + 1];
        if (b == Double.POSITIVE_INFINITY) {
            return b;
        }
        return a + w * (b - a);
    }

    /** The P10, P50 and P90 of {@code values} (sorted in place). */
    static double[] percentiles(double[] values) {
        for (double v : values) {
            if (Double.isNaN(v)) {
                return new double[] {Double.NaN, Double.NaN, Double.NaN};
            }
        }
        Arrays.sort(values);
        double[] out = new double[PERCENTILES.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = quantile(values, PERCENTILES[i]);
        }
        return out;
    }

    private static Spread spread(double[] values) {
        double[] q = percentiles(values);
        return new Spread(known(q[0]), known(q[1]), known(q[2]));
    }

    private static Result summarize(Analysis nominal, Layout layout, Outcome[] outs) {
        int n = outs.length;
        double[] col = new double[n];
        for (int d = 0; d < n; d++) {
            col[d] = outs[d].breaksAt;
        }
        Spread breaksAt = spread(col.clone());
        for (int d = 0; d < n; d++) {
            col[d] = outs[d].sloBreachedAt;
        }
        Spread slo = spread(col.clone());
        List<ComponentRange> comps = new ArrayList<>();
        for (int k = 0; k < layout.loaded.size(); k++) {
            double[] over = new double[n];
            double[] sat = new double[n];
            for (int d = 0; d < n; d++) {
                over[d] = outs[d].over[k];
                sat[d] = outs[d].sat[k];
            }
            comps.add(new ComponentRange(layout.loaded.get(k), spread(over), spread(sat)));
        }
        Map<String, Band> bands = new LinkedHashMap<>();
        int points = layout.asked.length;
        for (int f = 0; f < layout.keys.size(); f++) {
            double[] p10 = new double[points];
            double[] p50 = new double[points];
            double[] p90 = new double[points];
            for (int j = 0; j < points; j++) {
                for (int d = 0; d < n; d++) {
                    col[d] = outs[d].figures[j][f];
                }
                double[] q = percentiles(col.clone());
                p10[j] = q[0];
                p50[j] = q[1];
                p90[j] = q[2];
            }
            bands.put(layout.keys.get(f), new Band(p10, p50, p90));
        }
        List<Spread> spend = new ArrayList<>();
        int spans = outs.length == 0 ? 0 : outs[0].spend.length;
        for (int k = 0; k < spans; k++) {
            for (int d = 0; d < n; d++) {
                col[d] = outs[d].spend[k];
            }
            spend.add(spread(col.clone()));
        }
        return new Result(n, breaksAt, slo, comps, layout.asked, bands, List.of(), spend);
    }

    /** Every figure at its own value: the model gives no range with width. */
    private static Result exact(Analysis a, Layout layout) {
        Breaks b = a.breaks();
        List<ComponentRange> comps = new ArrayList<>();
        for (Break br : b.components()) {
            comps.add(new ComponentRange(br.component(), Spread.exactly(br.overUtilizationAt()),
                    Spread.exactly(br.saturatesAt())));
        }
        int points = layout.asked.length;
        double[][] rows = new double[points][];
        for (int j = 0; j < points; j++) {
            rows[j] = layout.figures(a.at(layout.asked[j]));
        }
        Map<String, Band> bands = new LinkedHashMap<>();
        for (int f = 0; f < layout.keys.size(); f++) {
            double[] v = new double[points];
            for (int j = 0; j < points; j++) {
                v[j] = rows[j][f];
            }
            bands.put(layout.keys.get(f), new Band(v, v, v));
        }
        List<Spread> spend = new ArrayList<>();
        if (layout.months.length > 0) {
            a.timeline().ifPresent(t -> t.spend().forEach(x -> spend.add(Spread.exactly(
                    x.totalUsd()))));
        }
        return new Result(0, Spread.exactly(b.breaksAt()), Spread.exactly(b.sloBreachedAt()),
                comps, layout.asked, bands, List.of(), spend);
    }
}
