package dev.headroom.report;

import dev.headroom.analysis.ClassResult;
import dev.headroom.analysis.Solution;
import dev.headroom.analysis.StationResult;
import dev.headroom.app.Design;
import dev.headroom.app.Fixes;
import dev.headroom.app.Format;
import dev.headroom.app.Months;
import dev.headroom.app.Planning;
import dev.headroom.app.Point;
import dev.headroom.app.Runway;
import dev.headroom.app.Spread;
import dev.headroom.app.Timeline;
import dev.headroom.app.Uncertainty;
import dev.headroom.app.Words;
import dev.headroom.cost.Bill;
import dev.headroom.cost.LineItem;
import dev.headroom.model.Component;
import dev.headroom.model.Model;
import dev.headroom.model.PerClass;
import dev.headroom.model.RequestClass;
import dev.headroom.model.Workload;
import dev.headroom.network.Servers;
import dev.headroom.report.chart.Chart;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One design's chapter of the report: headline, assumptions in plain words, architecture,
 * what breaks first with the fixes, the growth table, the bill at the top of the range and the
 * charts. Appends XHTML to the report being written; every model string is escaped.
 */
final class DesignChapter {
    /** The most rows "By the month" lists; longer calendars list every k-th month. */
    static final int MAX_MONTH_ROWS = 24;

    private final StringBuilder out;
    private final Design d;
    private final int index;
    /** The model's calendar, or null. */
    private final Months months;
    /** The draws of the model's ranges at the top of the range, or null without ranges. */
    private final Uncertainty.Result spread;

    /** {@code index}: the design's letter (0 = A) in a comparison, or -1 for a lone design. */
    private final boolean withDescription;

    DesignChapter(StringBuilder out, Design d, int index, boolean withDescription) {
        this.out = out;
        this.d = d;
        this.index = index;
        this.withDescription = withDescription;
        this.months = Months.of(d.model()).orElse(null);
        Uncertainty.Result u = Uncertainty.hasRanges(d.model())
                ? d.analysis().uncertainty(d.curve().stream().mapToDouble(Point::multiplier)
                        .toArray(), Uncertainty.DEFAULT_DRAWS)
                : null;
        this.spread = u != null && u.drawn() ? u : null;
    }

    void write() {
        Model m = d.model();
        out.append("<div class=\"chapter\">\n<h2>");
        if (index >= 0) {
            out.append((char) ('A' + index)).append(": ");
        }
        out.append(Html.text(m.name())).append("</h2>\n");
        if (withDescription && m.description() != null && !m.description().isBlank()) {
            out.append("<p class=\"desc\">").append(Html.text(m.description())).append("</p>\n");
        }
        headline(d);
        out.append("<h3>Assumptions</h3>\n");
        assumptions(d);
        out.append("<h3>Architecture</h3>\n");
        Chart arch = ReportCharts.architecture(m);
        int w = Math.min(100, (int) Math.round(arch.logicalWidth() / 6.6));
        out.append("<div class=\"diagram\"><img alt=\"Architecture of the design\" style=\"width:")
                .append(Math.max(w, 30)).append("%\" src=\"").append(HtmlReport.dataUri(arch))
                .append("\"/></div>\n");
        componentsTable(d);
        out.append("<h3>What breaks first</h3>\n");
        breaks(d);
        out.append("<h3>Growth, step by step</h3>\n");
        growthTable(d);
        Timeline timeline = d.analysis().timeline().orElse(null);
        if (timeline != null) {
            out.append("<h3>By the month</h3>\n");
            byTheMonth(timeline);
        }
        if (d.priced()) {
            out.append("<h3>Monthly bill at ")
                    .append(Format.times(d.top().multiplier()))
                    .append("</h3>\n");
            billTable(d);
            out.append("<h3>What ").append(Format.times(d.range().to()))
                    .append(" costs</h3>\n");
            plan(d);
        }
        out.append("<h3>Charts</h3>\n");
        for (Chart c : ReportCharts.of(d, spread)) {
            HtmlReport.figure(out, c, caption(c.id(), d) + (spread == null
                    || c.id().equals("bill") ? "" : " Shaded: P10 to P90 over "
                            + Format.count((long) spread.draws()) + " draws of the inputs' "
                            + "ranges."));
        }
        out.append("</div>\n");
    }

    private void headline(Design d) {
        Model m = d.model();
        Point now = d.points().get(0);
        Point end = d.points().get(d.points().size() - 1);
        out.append("<div class=\"headline\">\n");
        out.append("<p><b>At ").append(Format.times(now.multiplier())).append("</b>")
                .append(Html.text(HtmlReport.users(now.solution()))).append(": worst p95 ")
                .append(HtmlReport.worst(now.solution()));
        if (now.bill() != null) {
            out.append(", bill ").append(now.bill().lowerBound() ? "at least " : "")
                    .append(Format.usd(now.bill().totalUsd())).append(" a month");
        }
        out.append(".</p>\n<p><b>At ").append(Format.times(end.multiplier())).append("</b>")
                .append(Html.text(HtmlReport.users(end.solution()))).append(": worst p95 ")
                .append(HtmlReport.worst(end.solution()));
        if (end.bill() != null) {
            out.append(", bill ").append(end.bill().lowerBound() ? "at least " : "")
                    .append(Format.usd(end.bill().totalUsd())).append(" a month");
        }
        out.append(".</p>\n");
        out.append("<p><b>").append(Html.text(Words.breaks(m, d.breaks(), d.range().to())))
                .append("</b></p>\n");
        if (months != null) {
            out.append("<p class=\"runway\"><b>").append(Html.text(Runway.runway(m, d.breaks(),
                    months, spread == null ? null : spread.breaksAt()))).append("</b></p>\n");
        }
        if (spread != null) {
            String range = Runway.breaksRange(d.breaks(), spread.breaksAt());
            if (range != null) {
                out.append("<p>").append(Html.text(range));
                if (d.priced()) {
                    int top = spread.indexOf(d.top().multiplier());
                    Spread bill = top < 0 ? null : spread.band(Uncertainty.BILL)
                            .map(b -> b.at(top)).orElse(null);
                    out.append(' ').append(Html.text(Runway.billRange(d.top().multiplier(),
                            d.top().monthlyUsd(), bill)));
                }
                out.append(" <span class=\"muted\">(P10 to P90 of ")
                        .append(Format.count((long) spread.draws()))
                        .append(" draws of the inputs' ranges; most likely: every input as "
                                + "given.)</span></p>\n");
            }
        }
        Fixes.BreakFixes first = d.fixes().isEmpty() ? null : d.fixes().get(0);
        if (first != null && first.brk().overUtilizationAt() != null) {
            out.append("<p><b>First past its limit:</b> ").append(Html.text(first.name()))
                    .append(" passes ").append(Format.percent(m.slo().maxUtilization()))
                    .append(" utilization at ")
                    .append(Format.times(first.brk().overUtilizationAt()));
            if (first.brk().saturatesAt() != null) {
                out.append(" and saturates at ").append(Format.times(first.brk().saturatesAt()));
            }
            out.append(".</p>\n");
        }
        out.append("<p>").append(sloSentence(d)).append("</p>\n</div>\n");
    }

    private static String sloSentence(Design d) {
        Words.Status s = Words.slo(d.model(), d.breaks(), d.range().to());
        return "<span class=\"" + (s.ok() ? "ok" : "warn") + "\">" + Html.text(s.text())
                + "</span>";
    }

    private void assumptions(Design d) {
        Model m = d.model();
        Workload w = m.workload();
        out.append("<ul>\n");
        if (w.isClosed()) {
            out.append("<li>").append(Format.count(w.users())).append(" users use the system at "
                    + "the same time; each waits ").append(Format.ms(w.thinkTimeMs()))
                    .append(" between requests on average.</li>\n");
        } else if (w.arrivalRatePerSecond() != null) {
            out.append("<li>Traffic is given directly: ").append(Format.rate(
                    w.arrivalRatePerSecond())).append(" requests per second at the peak hour."
                            + "</li>\n");
        } else {
            out.append("<li>").append(Format.count(w.users())).append(" users today, each "
                    + "making ").append(Format.count(w.requestsPerUserPerDay()))
                    .append(" requests a day. The busiest hour carries ")
                    .append(Format.tick(w.peakToAverage()))
                    .append("× the daily average, so today's peak is ")
                    .append(Format.rate(w.peakArrivalRate(1)))
                    .append(" requests per second. Latency, utilization and sizing are "
                            + "figures for that peak.</li>\n");
        }
        List<RequestClass> classes = m.requestClasses();
        if (classes.size() > 1 || !classes.get(0).name().equals(Model.DEFAULT_CLASS)) {
            out.append("<li>Request mix: ");
            for (int i = 0; i < classes.size(); i++) {
                RequestClass rc = classes.get(i);
                out.append(i == 0 ? "" : ", ").append(Format.percent(rc.share())).append(' ')
                        .append(Html.text(rc.name()));
            }
            out.append(".</li>\n");
        }
        out.append("<li>Growth from ").append(Format.times(m.growth().from())).append(" to ")
                .append(Format.times(m.growth().to())).append(" multiplies ")
                .append(w.users() == null ? "the traffic" : "the users and their traffic")
                .append("; each request does the same work as today.</li>\n");
        if (months != null) {
            out.append("<li>By the calendar: ").append(Html.text(Format.percent(months.rate())))
                    .append(" more ").append(w.users() == null ? "traffic" : "users")
                    .append(" every month, today being ")
                    .append(Html.text(Months.label(months.start()))).append(".</li>\n");
        }
        if (spread != null) {
            out.append("<li>").append(Html.text(ranges(m))).append(". Each of ")
                    .append(Format.count((long) spread.draws())).append(" draws takes every "
                            + "input from a triangular distribution peaking at the value given; "
                            + "ranges read P10 to P90 of the draws.</li>\n");
        }
        out.append("<li>Targets: ");
        if (m.slo().p95LatencyMs() != null) {
            out.append("95% of every request type answered within ")
                    .append(Format.ms(m.slo().p95LatencyMs())).append("; ");
        }
        out.append("no component busier than ").append(Format.percent(m.slo().maxUtilization()))
                .append(" of the time.</li>\n");
        if (d.priced()) {
            String from = d.analysis().pricedWith();
            out.append("<li>Prices: ")
                    .append(m.pricing() == null ? "the prices in the model file"
                            : from == null ? "the " + Html.text(m.pricing()) + " catalog"
                            : Html.text(from) + ", and those typed in the model file")
                    .append(", 730 hours a month; autoscaled tiers are billed hour by hour "
                            + "over a day's traffic curve; per-call charges at average "
                            + "load.</li>\n");
        } else {
            out.append("<li>No pricing: this report leaves money out rather than guess."
                    + "</li>\n");
        }
        boolean autoscaled = m.components().stream().anyMatch(Component::isAutoscaled);
        if (autoscaled) {
            out.append("<li>Autoscaled tiers add instances to stay near their target "
                    + "utilization, up to their maximum, and are assumed to scale in time."
                    + "</li>\n");
        }
        out.append("</ul>\n");
    }

    /**
     * A short table moves whole to the next page rather than split; a long one splits, its
     * header repeated, so that it never leaves most of a page empty behind it.
     */
    static String keep(int rows) {
        return rows <= KEEP_ROWS ? " keep" : "";
    }

    /** The longest table kept on one page (about a sixth of a page of rows). */
    static final int KEEP_ROWS = 8;

    private void componentsTable(Design d) {
        Model m = d.model();
        List<String> classNames = m.requestClasses().stream().map(RequestClass::name).toList();
        out.append("<table class=\"data").append(keep(m.components().size()))
                .append("\"><thead><tr><th class=\"l\">Component</th>"
                + "<th class=\"l\">Kind</th><th class=\"l\">Capacity</th>"
                + "<th class=\"l\">Service time per visit</th></tr></thead><tbody>\n");
        for (int k = 0; k < m.components().size(); k++) {
            Component c = m.components().get(k);
            out.append("<tr><td class=\"l name\">").append(HtmlReport.swatch(k)).append(Html.text(c.displayName()))
                    .append("</td><td class=\"l\">").append(Html.text(c.kind().label()))
                    .append("</td><td class=\"l\">").append(Html.text(capacity(d, k)))
                    .append("</td><td class=\"l\">").append(Html.text(serviceTime(c, classNames)))
                    .append("</td></tr>\n");
        }
        out.append("</tbody></table>\n");
    }

    /** "2 × m6i.large, 2 servers each (vCPUs)" or "2 to 12 m6i.large (autoscaled at 60%)". */
    static String capacity(Design d, int k) {
        Component c = d.model().components().get(k);
        String type = c.instanceType() == null ? "" : " " + c.instanceType();
        if (c.isDelay()) {
            return "no queueing (fixed delay)" + (type.isEmpty() ? "" : "," + type);
        }
        Servers servers = d.analysis().network().servers(k);
        String per = ", " + servers.perInstance() + " server" + (servers.perInstance() == 1
                ? "" : "s") + " each (" + servers.explanation() + ")";
        if (c.isAutoscaled()) {
            return c.autoscale().min() + " to " + c.autoscale().max() + type
                    + " (autoscaled at " + Format.percent(c.autoscale().targetUtilization())
                    + ")" + per;
        }
        return c.instances() + " \u00d7" + (type.isEmpty() ? " instance" : type) + per;
    }

    static String serviceTime(Component c, List<String> classes) {
        PerClass s = c.serviceTimeMs();
        if (s.isUniform()) {
            return Format.ms(s.uniform());
        }
        Set<String> parts = new LinkedHashSet<>();
        for (String cl : classes) {
            s.find(cl).ifPresent(v -> parts.add(cl + " " + Format.ms(v)));
        }
        return String.join(", ", parts);
    }

    private void breaks(Design d) {
        Model m = d.model();
        double top = d.top().multiplier();
        String limit = Format.percent(m.slo().maxUtilization());
        out.append("<p>Components in the order they pass ").append(limit)
                .append(" busy: a warning, since waits grow fast from there. Saturated, a "
                        + "component cannot keep up and requests queue without bound.</p>\n");
        if (d.fixes().isEmpty()) {
            out.append("<p class=\"muted\">No component queues: nothing here can saturate."
                    + "</p>\n");
        } else {
            out.append("<table class=\"data").append(keep(d.fixes().size()))
                    .append("\"><thead><tr><th>#</th>"
                    + "<th class=\"l\">Component</th><th>Passes ").append(limit)
                    .append(" at</th><th>Saturates at</th>")
                    .append(months == null ? "" : "<th>Saturates in</th>")
                    .append(spread == null ? "" : "<th>Saturates, P10\u2013P90</th>")
                    .append("<th>Busy at ")
                    .append(Format.times(top)).append("</th></tr></thead><tbody>\n");
            int i = 1;
            for (Fixes.BreakFixes b : d.fixes()) {
                boolean inRange = !b.options().isEmpty();
                out.append("<tr><td>").append(i++).append("</td><td class=\"l name\">")
                        .append(HtmlReport.swatch(m.indexOf(b.componentId())))
                        .append(Html.text(b.name())).append("</td><td")
                        .append(inRange ? " class=\"bad\"" : "").append('>')
                        .append(Format.breakPoint(b.brk().overUtilizationAt())).append("</td><td>")
                        .append(Format.breakPoint(b.brk().saturatesAt())).append("</td><td>");
                if (months != null) {
                    String by = Runway.month(months, b.brk().saturatesAt());
                    out.append(by == null ? Format.UNKNOWN : Html.text(by)).append("</td><td>");
                }
                if (spread != null) {
                    Spread r = spread.of(b.componentId()).map(Uncertainty.ComponentRange::saturatesAt)
                            .orElse(null);
                    out.append(Html.text(Runway.timesRange(r))).append("</td><td>");
                }
                out.append(b.utilizationAtTop() >= 1 ? "saturated"
                                : Format.percent(b.utilizationAtTop()))
                        .append("</td></tr>\n");
            }
            out.append("</tbody></table>\n<p class=\"small muted\">\u2014 in the multiplier "
                    + "columns: not within ").append(Format.times(d.range().to() * 100))
                    .append(" today's load.</p>\n");
            fixes(d);
        }
        out.append("<p>").append(sloSentence(d)).append("</p>\n");
        Fixes.LatencyAdvice advice = d.latencyAdvice();
        if (advice != null) {
            out.append("<p class=\"advice\"><b>A slow dependency, not capacity.</b> ")
                    .append(Html.text(advice.advice())).append("</p>\n");
            optionTable(d, advice.options());
        }
    }

    /** The best two fixes of each component that breaks within the range. */
    private void fixes(Design d) {
        for (Fixes.BreakFixes b : d.fixes()) {
            if (b.options().isEmpty()) {
                continue;
            }
            out.append("<h4>Fixing ").append(Html.text(b.name())).append("</h4>\n");
            optionTable(d, b.best(2));
        }
    }

    private void optionTable(Design d, List<Fixes.Option> options) {
        if (options.isEmpty()) {
            return;
        }
        boolean money = d.priced();
        out.append("<table class=\"data").append(keep(options.size()))
                .append("\"><thead><tr><th class=\"l\">Fix</th>"
                + "<th>Then</th>")
                .append(money ? "<th>Bill at " + Format.times(d.top().multiplier())
                        + "</th><th>Change</th>" : "").append("</tr></thead><tbody>\n");
        for (Fixes.Option o : options) {
            out.append("<tr><td class=\"l name\">").append(Html.text(o.title()));
            if (o.assumption() != null) {
                out.append("<br/><span class=\"small muted\">Assumes ")
                        .append(Html.text(o.assumption())).append(".</span>");
            }
            out.append("</td><td").append(o.holds() ? " class=\"good\"" : "").append('>')
                    .append(Html.text(Words.fixOutcome(o, d.top().multiplier())))
                    .append("</td>");
            if (money) {
                out.append("<td>").append(Format.usd(o.monthlyUsd())).append("</td><td>")
                        .append(o.monthlyChangeUsd() == null ? Format.UNKNOWN
                                : Format.usdChange(o.monthlyChangeUsd())).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody></table>\n");
    }

    private void growthTable(Design d) {
        boolean money = d.priced();
        boolean perUser = money && d.points().get(0).solution().users() != null;
        out.append("<table class=\"data\"><thead><tr><th>Growth</th><th>Users</th>"
                + "<th>Requests/s</th>");
        List<String> classes = d.model().requestClasses().stream().map(RequestClass::name)
                .toList();
        // a model that names no request class has one, "default": its column is just "p95"
        boolean unnamed = d.model().workload().classes().isEmpty();
        for (String c : classes) {
            out.append("<th>p95").append(unnamed ? "" : " " + Html.text(c)).append("</th>");
        }
        out.append("<th class=\"l\">Bottleneck</th><th>Busy</th>");
        if (money) {
            out.append("<th>Bill / month</th>");
        }
        if (perUser) {
            out.append("<th>Per 1,000 users</th>");
        }
        out.append("</tr></thead><tbody>\n");
        Double slo = d.model().slo().p95LatencyMs();
        for (Point p : d.points()) {
            Solution s = p.solution();
            out.append("<tr><td>").append(Format.times(p.multiplier())).append("</td><td>")
                    .append(Format.count(s.users())).append("</td><td>")
                    .append(Format.rate(s.arrivalRatePerSecond())).append("</td>");
            for (String c : classes) {
                ClassResult r = s.requestClass(c).orElseThrow();
                boolean over = r.latencyP95Ms() == null
                        || slo != null && r.latencyP95Ms() > slo;
                out.append("<td").append(over ? " class=\"bad\"" : "").append('>')
                        .append(Format.ms(r.latencyP95Ms())).append("</td>");
            }
            if (s.bottleneck() != null) {
                StationResult b = s.component(s.bottleneck()).orElseThrow();
                out.append("<td class=\"l name\">")
                        .append(Html.text(d.model().component(b.id()).orElseThrow().displayName()))
                        .append("</td><td").append(b.saturated() ? " class=\"bad\">saturated"
                                : ">" + Format.percent(b.utilization())).append("</td>");
            } else {
                out.append("<td class=\"l\">—</td><td>—</td>");
            }
            if (money) {
                out.append("<td>").append(Format.usd(p.bill() == null ? null
                        : p.bill().totalUsd())).append("</td>");
            }
            if (perUser) {
                out.append("<td>").append(Format.usd(p.bill() == null ? null
                        : p.bill().perThousandUsersUsd())).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody></table>\n");
    }

    /**
     * "What 10x costs": the cheapest sizing that meets the SLO at every step (docs/planner.md),
     * and at the top of the range what it changes; when no sizing holds there, the cheapest
     * design with a read replica or a cache, if one does, each stated as an assumption.
     */
    private void plan(Design d) {
        Model m = d.model();
        if (!d.analysis().planner().problems().isEmpty()) {
            out.append("<p class=\"muted\">No plan: ")
                    .append(Html.text(d.analysis().planner().problems().get(0).toString()))
                    .append(".</p>\n");
            return;
        }
        List<Planning.Step> steps = d.analysis().planSteps(d.range(), false);
        Planning.Step top = steps.get(steps.size() - 1);
        if (!top.feasible()) {
            Planning.Step structural = d.analysis().plan(top.multiplier(), true);
            if (structural.feasible()) {
                out.append("<p class=\"warn\">No sizing of the design as drawn meets the SLO at ")
                        .append(Format.times(top.multiplier())).append(": ")
                        .append(Html.text(top.whyNot())).append(".</p>\n");
                top = structural;
            }
        }
        out.append("<div class=\"headline\"><p><b>").append(Html.text(top.headline()))
                .append(".</b></p>\n<p class=\"small\">The cheapest sizing that keeps every "
                        + "component under ").append(Format.percent(m.slo().maxUtilization()))
                .append(" busy");
        if (m.slo().p95LatencyMs() != null) {
            out.append(" and every class's p95 under ").append(Format.ms(m.slo().p95LatencyMs()));
        }
        out.append(", chosen among the catalog's instance types of each component's family "
                + "(burstable types left out), with today's bill the design as drawn at "
                + Format.times(1.0) + ".</p></div>\n");
        if (top.feasible()) {
            out.append("<ul>\n");
            for (Planning.Structure x : top.structure()) {
                out.append("<li><b>").append(Html.text(x.title())).append("</b> (assumes ")
                        .append(Html.text(x.assumption())).append(")</li>\n");
            }
            for (Planning.Change c : top.changes()) {
                out.append("<li>").append(Html.text(c.words())).append("</li>\n");
            }
            if (top.changes().isEmpty() && top.structure().isEmpty()) {
                out.append("<li>Nothing: the design as drawn is already the cheapest that "
                        + "holds.</li>\n");
            }
            out.append("</ul>\n");
            if (!top.plan().proven()) {
                out.append("<p class=\"small muted\">The search stopped after ")
                        .append(String.format(java.util.Locale.ROOT, "%,d",
                                top.plan().evaluations()))
                        .append(" tries: no sizing can cost less than ")
                        .append(Format.usd(top.plan().lowerBoundUsd())).append(".</p>\n");
            }
        }
        out.append("<table class=\"data").append(keep(steps.size()))
                .append("\"><thead><tr><th>Growth</th><th>Planned bill</th>"
                + "<th>\u00d7 today</th><th>Worst p95</th><th>Worst p99</th>"
                + "<th class=\"l\">Busiest</th></tr></thead><tbody>\n");
        for (Planning.Step s : steps) {
            StationResult b = s.busiest();
            out.append("<tr><td>").append(Format.times(s.multiplier())).append("</td><td>")
                    .append(s.feasible() ? Format.usd(s.monthlyUsd()) : "no plan")
                    .append("</td><td>").append(s.costMultiple() == null ? Format.UNKNOWN
                            : String.format(java.util.Locale.ROOT, "%.2f\u00d7",
                                    s.costMultiple()))
                    .append("</td><td>").append(Format.ms(s.p95Ms())).append("</td><td>")
                    .append(Format.ms(s.p99Ms())).append("</td><td class=\"l name\">")
                    .append(b == null ? Format.UNKNOWN : Html.text(b.name()) + " "
                            + Format.percent(b.utilization()))
                    .append("</td></tr>\n");
        }
        out.append("</tbody></table>\n");
    }

    /** "Today's load from 0.7x to 1.5x the figures given, service times from 0.8x to 1.3x, …". */
    private static String ranges(Model m) {
        List<String> parts = new java.util.ArrayList<>();
        var u = m.uncertainty();
        if (u.traffic() != null) {
            parts.add("today's load " + factors(u.traffic()) + " the figures given");
        }
        if (u.serviceTime() != null) {
            parts.add("service times " + factors(u.serviceTime()));
        }
        if (u.hitRatio() != null) {
            parts.add("hit ratios " + Format.percent(u.hitRatio().low()) + " to "
                    + Format.percent(u.hitRatio().high()));
        }
        for (Component c : m.components()) {
            var own = c.uncertainty();
            if (own != null && own.serviceTime() != null) {
                parts.add(c.displayName() + "'s service time " + factors(own.serviceTime()));
            }
            if (own != null && own.hitRatio() != null) {
                parts.add(c.displayName() + "'s hit ratio " + Format.percent(own.hitRatio().low())
                        + " to " + Format.percent(own.hitRatio().high()));
            }
        }
        String s = String.join(", ", parts);
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String factors(dev.headroom.model.Bounds b) {
        return "from " + Format.times(b.low()) + " to " + Format.times(b.high());
    }

    /**
     * The design month by month: the pace, the spend over 12 and 24 months, and each month's
     * growth, users, worst p95, bill and spend to date (every k-th month for long calendars).
     */
    private void byTheMonth(Timeline t) {
        Months cal = t.months();
        boolean priced = d.priced();
        out.append("<p>").append(Html.text(cal.pace()))
                .append(": month n carries (1 + ").append(Html.text(Format.percent(cal.rate())))
                .append(")<sup>n</sup> times today's users, and each break is reached in the "
                        + "first month whose multiple is at least the break's.</p>\n");
        if (priced) {
            out.append("<table class=\"data keep\"><thead><tr><th class=\"l\">Spend over"
                    + "</th><th class=\"l\">Months</th><th>USD</th>")
                    .append(spread == null ? "" : "<th>P10\u2013P90</th>")
                    .append("</tr></thead><tbody>\n");
            for (Timeline.Spend s : t.spend()) {
                out.append("<tr><td class=\"l\">").append(s.months()).append(" months</td>"
                        + "<td class=\"l\">").append(Html.text(Months.between(cal.start(),
                                s.through()))).append("</td><td>")
                        .append(Format.usd(s.totalUsd())).append("</td>");
                if (spread != null) {
                    String range = Runway.spendRange(spread.spendOver(s.months())
                            .orElse(null));
                    out.append("<td>").append(Html.text(range == null ? Format.usd(
                            s.totalUsd()) : range)).append("</td>");
                }
                out.append("</tr>\n");
            }
            out.append("</tbody></table>\n");
            if (t.saturatesIn() != null && t.saturatesIn()
                    < Timeline.SPEND_MONTHS[Timeline.SPEND_MONTHS.length - 1]) {
                out.append("<p class=\"small muted\">No spend from ")
                        .append(Html.text(cal.label(t.saturatesIn())))
                        .append(": a component saturates and the design no longer serves that "
                                + "month's users; \u201cWhat ").append(Format.times(
                                        d.range().to())).append(" costs\u201d prices a design "
                                                + "that holds.</p>\n");
            }
        }
        List<Timeline.Month> all = t.points();
        int step = (all.size() + MAX_MONTH_ROWS - 1) / MAX_MONTH_ROWS;
        out.append("<table class=\"data\"><thead><tr><th class=\"l\">Month</th><th>Growth</th>"
                + "<th>Users</th><th>Worst p95</th>")
                .append(priced ? "<th>Bill / month</th><th>Spent to date</th>" : "")
                .append("</tr></thead><tbody>\n");
        for (int i = 0; i < all.size(); i++) {
            if (i % step != 0 && i != all.size() - 1) {
                continue;
            }
            Timeline.Month mo = all.get(i);
            Solution s = mo.point().solution();
            out.append("<tr><td class=\"l\">").append(Html.text(Months.shortLabel(mo.month())))
                    .append("</td><td>").append(Format.times(mo.multiplier())).append("</td><td>")
                    .append(Format.count(s.users())).append("</td><td>")
                    .append(HtmlReport.worst(s)).append("</td>");
            if (priced) {
                out.append("<td>").append(Format.usd(mo.point().monthlyUsd())).append("</td><td>")
                        .append(Format.usd(mo.spendToDateUsd())).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody></table>\n");
        if (step > 1) {
            out.append("<p class=\"small muted\">Every ").append(step == 2 ? "second"
                    : step == 3 ? "third" : step + "th").append(" month, and the last; the "
                            + "spend to date sums every month.</p>\n");
        }
    }

    private void billTable(Design d) {
        Bill bill = d.top().bill();
        if (bill == null) {
            return;
        }
        out.append("<table class=\"data").append(keep(bill.lines().size()))
                .append("\"><thead><tr><th class=\"l\">Component</th>"
                + "<th class=\"l\">Item</th><th class=\"l\">Arithmetic</th>"
                + "<th>USD / month</th></tr></thead><tbody>\n");
        for (LineItem it : bill.lines()) {
            int k = it.componentId() == null ? -1 : d.model().indexOf(it.componentId());
            String who = k >= 0 ? d.model().components().get(k).displayName() : "Whole design";
            out.append("<tr><td class=\"l name\">").append(k >= 0 ? HtmlReport.swatch(k) : "")
                    .append(Html.text(who)).append("</td><td class=\"l\">")
                    .append(Html.text(it.item())).append(it.unconfirmed() ? " *" : "")
                    .append("</td><td class=\"l\">").append(Html.text(it.arithmetic()))
                    .append("</td><td>").append(Format.usdCents(it.monthlyUsd()))
                    .append("</td></tr>\n");
        }
        String unpriced = Words.unpriced(d.model(), bill.unpricedComponents());
        out.append("<tr class=\"total\"><td class=\"l\">Total</td><td class=\"l\"></td>"
                + "<td class=\"l\">").append(bill.lowerBound() ? "at least" : "")
                .append("</td><td>").append(Format.usdCents(bill.totalUsd()))
                .append("</td></tr>\n");
        out.append("</tbody></table>\n");
        if (bill.hasUnconfirmed()) {
            out.append("<p class=\"small muted\">* ")
                    .append(Html.text(Words.unconfirmed(bill.unconfirmedUsd())))
                    .append(": check them before relying on the total.</p>\n");
        }
        if (!unpriced.isEmpty()) {
            out.append("<p class=\"small\"><b>").append(Html.text(unpriced))
                    .append("</b>: the total leaves ")
                    .append(bill.unpricedComponents().size() == 1 ? "it" : "them")
                    .append(" out.</p>\n");
        }
        for (Bill.Unpriced u : bill.unpriced()) {
            if (!u.whole()) {
                out.append("<p class=\"small muted\">Not priced: ")
                        .append(Html.text(u.componentId() + " " + u.what() + ": " + u.why()))
                        .append("</p>\n");
            }
        }
        for (String w : bill.warnings()) {
            out.append("<p class=\"small muted\">Note: ").append(Html.text(w)).append("</p>\n");
        }
    }

    private static String caption(String id, Design d) {
        String base = baseCaption(id);
        int served = Series.served(d.points());
        if ((id.equals("bill") || id.equals("cost-per-1000-users"))
                && served < d.points().size()) {
            return base + " From " + Format.times(d.points().get(served).multiplier())
                    + " a component is saturated and the design no longer serves its users, so "
                    + "there is no bill to show; \u201cWhat " + Format.times(d.range().to())
                    + " costs\u201d prices a design that holds.";
        }
        return base;
    }

    private static String baseCaption(String id) {
        return switch (id) {
            case "latency" -> "Solid: p95 (95% of requests are faster). Dotted: mean. Dashed: "
                    + "the p95 target.";
            case "throughput" -> "Below saturation every offered request is served; past it, "
                    + "throughput flattens at the bottleneck's capacity.";
            case "bill" -> "The bill at each growth step, stacked by component.";
            case "cost-per-1000-users" -> "What each 1,000 users cost a month: falls while "
                    + "fixed costs are shared by more users, rises where the design adds "
                    + "capacity faster than users.";
            case "utilization" -> "Share of time each component is busy at peak. Circles: "
                    + "where a component passes the utilization limit.";
            case "instances" -> "Instances the autoscaler runs at peak; dashed: its maximum.";
            default -> "";
        };
    }
}
