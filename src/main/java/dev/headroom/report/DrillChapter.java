package dev.headroom.report;

import dev.headroom.app.Design;
import dev.headroom.app.DrillOutcome;
import dev.headroom.app.DrillWords;
import dev.headroom.app.Drills;
import dev.headroom.app.Format;
import dev.headroom.model.Drill;
import dev.headroom.model.DrillEvent;
import dev.headroom.model.Model;
import dev.headroom.report.chart.Chart;
import dev.headroom.report.chart.LineChart;
import dev.headroom.report.chart.Palette;
import dev.headroom.sim.drill.DrillOptions;
import dev.headroom.sim.drill.DrillResult;
import java.awt.Color;
import java.util.List;
import java.util.Locale;

/**
 * The report's "Spikes and failures" chapter (docs/report.md): for each design, its drills (or
 * a traffic spike when it defines none) simulated second by second, each with the verdict, the
 * figures a client asks about, and the timeline of traffic, failures and latency; where the
 * design does not recover or loses requests, the policy set that does better beside it.
 */
final class DrillChapter {
    /** Replications per drill in the report: enough for the intervals. */
    static final int REPLICATIONS = 3;
    static final long SEED = 1;
    private static final int WIDTH = 860;
    private static final int HEIGHT = 300;

    private final StringBuilder out;
    private final List<Design> designs;

    DrillChapter(StringBuilder out, List<Design> designs) {
        this.out = out;
        this.designs = designs;
    }

    void write() {
        out.append("<div class=\"chapter\">\n<h2>Spikes and failures</h2>\n");
        out.append("<p>What each design does when the traffic jumps or a part of it fails: the "
                + "design simulated second by second through the event, with the timeouts, "
                + "retries, queue limits and thread pools it states, ").append(REPLICATIONS)
                .append(" independent runs each. It has <b>recovered</b> once a full minute "
                        + "passes in which, every five seconds, 95% of the answers come within "
                        + "the latency objective and at most 1% of requests fail.</p>\n");
        for (int i = 0; i < designs.size(); i++) {
            Design d = designs.get(i);
            if (!d.analysis().solvable() || d.model().workload().isClosed()) {
                continue;
            }
            List<Drills.Reported> drills;
            try {
                drills = d.analysis().drills().forReport(DrillOptions
                        .defaults().withReplications(REPLICATIONS).withSeed(SEED));
            } catch (dev.headroom.model.ModelException e) {
                // a drill too big to run: say so rather than leave the chapter out unexplained
                out.append("<p class=\"muted\">").append(designs.size() > 1
                        ? (char) ('A' + i) + ": " : "").append("Not drilled: ")
                        .append(Html.text(e.problems().get(0).path() + ": "
                                + e.problems().get(0).message())).append(".</p>\n");
                continue;
            }
            for (Drills.Reported r : drills) {
                drill(d, designs.size() > 1 ? i : -1, r);
            }
        }
        out.append("</div>\n");
    }

    private void drill(Design d, int index, Drills.Reported r) {
        Model m = d.model();
        out.append("<h3>");
        if (index >= 0) {
            out.append((char) ('A' + index)).append(": ");
        }
        out.append(Html.text(r.drill().name())).append("</h3>\n");
        out.append("<p>").append(Html.text(DrillWords.describe(r.drill())));
        if (r.preset()) {
            out.append(" <span class=\"muted\">The model defines no drill of its own: this is "
                    + "the standard spike.</span>");
        }
        out.append("</p>\n");
        DrillOutcome o = r.outcome();
        verdict(o, r.better() == null ? null : "As modelled");
        if (r.better() != null) {
            verdict(r.better(), r.better().policy().title());
        }
        table(r);
        HtmlReport.figure(out, traffic(o, m, "Traffic, answers and failures"), "Offered: new requests a second. Answered and "
                + "failed: requests finishing a second. Shaded: when the drill's trouble is on.");
        HtmlReport.figure(out, latency(o, m), "Each point is one five-second bucket, pooled "
                + "over the runs; where the line stops, nothing was answered in that bucket.");
        if (r.better() != null) {
            out.append("<p class=\"small muted\">").append(Html.text(r.better().policy()
                    .title())).append(": ").append(Html.text(r.better().policy().description()))
                    .append("</p>\n");
            String with = "With " + r.better().policy().title().toLowerCase(Locale.ROOT);
            HtmlReport.figure(out, traffic(r.better(), m, with + ": traffic, answers and "
                    + "failures"), "The same drill under the better policy set.");
            HtmlReport.figure(out, latency(r.better(), m, with + ": latency"), "");
        }
    }

    private void verdict(DrillOutcome o, String label) {
        var v = o.verdict();
        out.append("<p>").append(label == null ? "" : "<b>" + Html.text(label) + ":</b> ")
                .append("<span class=\"").append(v.ok() ? "ok" : "warn").append("\">")
                .append(Html.text(v.text())).append("</span></p>\n");
    }

    private void table(Drills.Reported r) {
        boolean two = r.better() != null;
        out.append("<table class=\"data keep\"><thead><tr><th class=\"l\"></th><th>")
                .append(two ? "As modelled" : "Figure").append("</th>");
        if (two) {
            out.append("<th>").append(Html.text(r.better().policy().title())).append("</th>");
        }
        out.append("</tr></thead><tbody>\n");
        row("Requests lost", r, o -> lost(o.result()));
        row("Time to recover", r, DrillChapter::recovery);
        row("Peak p99", r, o -> Format.ms(o.result().peakP99Ms().value()));
        row("Time over the objective", r, o -> Format.duration(o.result().sloBreachedSeconds()
                .value()));
        row("Attempts per request", r, o -> o.result().retryAmplification().value() == null
                ? Format.UNKNOWN : String.format(Locale.ROOT, "%.2f",
                        o.result().retryAmplification().value()));
        out.append("</tbody></table>\n");
    }

    private void row(String label, Drills.Reported r,
            java.util.function.Function<DrillOutcome, String> cell) {
        out.append("<tr><td class=\"l\">").append(label).append("</td><td>")
                .append(Html.text(cell.apply(r.outcome()))).append("</td>");
        if (r.better() != null) {
            out.append("<td>").append(Html.text(cell.apply(r.better()))).append("</td>");
        }
        out.append("</tr>\n");
    }

    static String lost(DrillResult r) {
        Double f = r.failedFraction().value();
        return f == null ? Format.UNKNOWN : Format.percent(f) + " (" + Format.count(
                r.failed().value()) + " of " + Format.count(r.requests().value())
                + DrillWords.refusedAtTheDoor(r.refusedRequests(), r.replications()) + ")";
    }

    static String recovery(DrillOutcome o) {
        DrillResult r = o.result();
        if (r.triggerEndSeconds() == null) {
            return Format.UNKNOWN;
        }
        if (r.recovered()) {
            double s = r.recoverySeconds().value();
            return s < r.bucketSeconds() ? "at once" : Format.duration(s);
        }
        if (r.stillDraining()) {
            return "still draining";
        }
        return o.metastable() ? "never (metastable)" : "never";
    }

    private static double[] xs(DrillResult r) {
        return r.timeline().stream().mapToDouble(b -> (b.t() + r.bucketSeconds() / 2) / 60)
                .toArray();
    }

    private static void bands(LineChart c, Drill d, Model m) {
        double start = d.multiplierAt(0);
        double from = Double.NaN;
        double mult = start;
        for (Drill.TrafficStep s : d.traffic()) {
            if (!Double.isNaN(from)) {
                c.span("traffic \u00d7" + Format.number(mult), from / 60, s.atSeconds() / 60,
                        new Color(0xCA8A04));
                from = Double.NaN;
            }
            mult = s.multiplier();
            if (mult != start) {
                from = s.atSeconds();
            }
        }
        if (!Double.isNaN(from)) {
            c.span("traffic \u00d7" + Format.number(mult), from / 60, d.durationSeconds() / 60,
                    new Color(0xCA8A04));
        }
        for (DrillEvent e : d.events()) {
            String name = m.component(e.component()).map(x -> x.displayName())
                    .orElse(e.component());
            String label = switch (e.type()) {
                case LOSE_INSTANCES -> name + " \u2212" + e.count();
                case SLOW -> name + " " + Format.number(e.factor()) + "\u00d7 slower";
                case ERRORS -> name + " " + Format.percent(e.errorRate()) + " errors";
            };
            c.span(label, e.atSeconds() / 60, Math.min(d.durationSeconds(), e.endSeconds()) / 60,
                    new Color(0xDC2626));
        }
    }

    static Chart traffic(DrillOutcome o, Model m, String title) {
        DrillResult r = o.result();
        LineChart c = new LineChart(title, "Minutes into the drill", "Requests per second")
                .xFormat(v -> Format.tick(v)).yFormat(Format::tick)
                .xRange(0, r.durationSeconds() / 60);
        bands(c, o.drill(), m);
        double[] x = xs(r);
        c.series("offered", Palette.MUTED, x, r.timeline().stream()
                .mapToDouble(DrillResult.Bucket::offeredPerSecond).toArray(),
                LineChart.Style.DASHED);
        if (r.retries().value() != null && r.retries().value() > 0) {
            c.series("attempts (with retries)", new Color(0xF97316), x, r.timeline().stream()
                    .mapToDouble(DrillResult.Bucket::attemptsPerSecond).toArray(),
                    LineChart.Style.DOTTED);
        }
        c.series("answered", new Color(0x059669), x, r.timeline().stream()
                .mapToDouble(DrillResult.Bucket::goodputPerSecond).toArray(),
                LineChart.Style.SOLID);
        c.series("failed", new Color(0xDC2626), x, r.timeline().stream()
                .mapToDouble(DrillResult.Bucket::failedPerSecond).toArray(),
                LineChart.Style.SOLID);
        if (r.classes().size() > 1 && r.failed().value() != null && r.failed().value() > 0) {
            for (int k = 0; k < r.classes().size(); k++) {
                int kk = k;
                c.series(r.classes().get(k).name() + " failed", Palette.series(k), x,
                        r.timeline().stream().mapToDouble(b -> b.classes().get(kk)
                                .failedPerSecond()).toArray(), LineChart.Style.DASHED);
            }
        }
        return new Chart("drill-traffic", title, c.render(WIDTH, HEIGHT));
    }

    static Chart latency(DrillOutcome o, Model m) {
        return latency(o, m, "Latency of answered requests");
    }

    static Chart latency(DrillOutcome o, Model m, String title) {
        DrillResult r = o.result();
        LineChart c = new LineChart(title, "Minutes into the drill",
                "Latency (ms)").xFormat(v -> Format.tick(v)).yFormat(Format::tick)
                .xRange(0, r.durationSeconds() / 60);
        bands(c, o.drill(), m);
        double[] x = xs(r);
        double worst = 0;
        if (r.classes().size() > 1) {
            for (int k = 0; k < r.classes().size(); k++) {
                int kk = k;
                double[] y = r.timeline().stream().mapToDouble(b -> b.classes().get(kk).p95Ms()
                        == null ? Double.NaN : b.classes().get(kk).p95Ms()).toArray();
                c.series(r.classes().get(k).name() + " p95", Palette.series(k), x, y,
                        LineChart.Style.SOLID);
            }
        } else {
            c.series("p95", Palette.series(0), x, r.timeline().stream().mapToDouble(b ->
                    b.p95Ms() == null ? Double.NaN : b.p95Ms()).toArray(),
                    LineChart.Style.SOLID);
        }
        c.series("p99, all", Palette.series(3), x, r.timeline().stream().mapToDouble(b ->
                b.p99Ms() == null ? Double.NaN : b.p99Ms()).toArray(), LineChart.Style.DASHED);
        for (DrillResult.Bucket b : r.timeline()) {
            if (b.p95Ms() != null) {
                worst = Math.max(worst, b.p95Ms());
            }
        }
        Double limit = r.recoveryP95LimitMs();
        if (limit != null) {
            c.limit((r.limitFromSlo() ? "p95 objective " : "twice the normal p95 ")
                    + Format.ms(limit), limit, Palette.LIMIT);
            // keep the normal regime readable: what passes 8 × the limit runs off the top
            c.yCap(8 * limit);
            if (worst > 8 * limit) {
                c.note("Latencies above " + Format.ms(8 * limit) + " run off the top of the "
                        + "chart; the peak p99 was " + Format.ms(r.peakP99Ms().value()) + ".");
            }
        }
        return new Chart("drill-latency", title, c.render(WIDTH, HEIGHT));
    }
}
