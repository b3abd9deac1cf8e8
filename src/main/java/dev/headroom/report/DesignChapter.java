package dev.headroom.report;

import dev.headroom.analysis.ClassResult;
import dev.headroom.analysis.Solution;
import dev.headroom.analysis.StationResult;
import dev.headroom.model.Component;
import dev.headroom.model.Model;
import dev.headroom.model.PerClass;
import dev.headroom.model.RequestClass;
import dev.headroom.model.Workload;
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
    private final StringBuilder out;
    private final Design d;
    private final int index;

    /** {@code index}: the design's letter (0 = A) in a comparison, or -1 for a lone design. */
    DesignChapter(StringBuilder out, Design d, int index) {
        this.out = out;
        this.d = d;
        this.index = index;
    }

    void write() {
        Model m = d.model();
        out.append("<div class=\"chapter\">\n<h2>");
        if (index >= 0) {
            out.append((char) ('A' + index)).append(": ");
        }
        out.append(Html.text(m.name())).append("</h2>\n");
        if (m.description() != null && !m.description().isBlank()) {
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
        if (d.priced()) {
            out.append("<h3>Monthly bill at ")
                    .append(Figures.times(d.points().get(d.points().size() - 1).multiplier()))
                    .append("</h3>\n");
            billTable(d);
        }
        out.append("<h3>Charts</h3>\n");
        for (Chart c : ReportCharts.of(d)) {
            HtmlReport.figure(out, c, caption(c.id(), d));
        }
        out.append("</div>\n");
    }

    private void headline(Design d) {
        Model m = d.model();
        Design.Point now = d.points().get(0);
        Design.Point end = d.points().get(d.points().size() - 1);
        out.append("<div class=\"headline\">\n");
        out.append("<p><b>At ").append(Figures.times(now.multiplier())).append("</b>")
                .append(Html.text(HtmlReport.users(now.solution()))).append(": worst p95 ")
                .append(HtmlReport.worst(now.solution()));
        if (now.bill() != null) {
            out.append(", bill ").append(Figures.usd(now.bill().totalUsd())).append(" a month");
        }
        out.append(".</p>\n<p><b>At ").append(Figures.times(end.multiplier())).append("</b>")
                .append(Html.text(HtmlReport.users(end.solution()))).append(": worst p95 ")
                .append(HtmlReport.worst(end.solution()));
        if (end.bill() != null) {
            out.append(", bill ").append(Figures.usd(end.bill().totalUsd())).append(" a month");
        }
        out.append(".</p>\n");
        BreakFix first = d.breaks().isEmpty() ? null : d.breaks().get(0);
        if (first != null && first.overUtilizationAt() != null) {
            out.append("<p><b>First to break:</b> ").append(Html.text(first.name()))
                    .append(" passes ").append(Figures.pct(m.slo().maxUtilization()))
                    .append(" utilization at ").append(Figures.times(first.overUtilizationAt()));
            if (first.saturatesAt() != null) {
                out.append(" and saturates at ").append(Figures.times(first.saturatesAt()));
            }
            out.append(".</p>\n");
        }
        out.append("<p>").append(sloSentence(d)).append("</p>\n</div>\n");
    }

    private static String sloSentence(Design d) {
        Double slo = d.model().slo().p95LatencyMs();
        if (slo == null) {
            return "No p95 latency target is set.";
        }
        Double at = d.sweep().sloBreachedAt();
        String target = "The p95 target of " + Figures.ms(slo);
        if (at == null) {
            return target + " <span class=\"ok\">holds</span> across the range and well beyond "
                    + "it.";
        }
        if (at == 0) {
            return target + " is <span class=\"warn\">breached at any load</span>: service and "
                    + "network times alone exceed it.";
        }
        return target + " is <span class=\"" + (at <= d.model().growth().to() ? "warn" : "ok")
                + "\">breached at " + Figures.times(at) + "</span>"
                + (at > d.model().growth().to() ? ", beyond the growth range." : ".");
    }

    private void assumptions(Design d) {
        Model m = d.model();
        Workload w = m.workload();
        out.append("<ul>\n");
        if (w.isClosed()) {
            out.append("<li>").append(Figures.count(w.users())).append(" users use the system at "
                    + "the same time; each waits ").append(Figures.ms(w.thinkTimeMs()))
                    .append(" between requests on average.</li>\n");
        } else if (w.arrivalRatePerSecond() != null) {
            out.append("<li>Traffic is given directly: ").append(Figures.rate(
                    w.arrivalRatePerSecond())).append(" requests per second at the peak hour."
                            + "</li>\n");
        } else {
            out.append("<li>").append(Figures.count(w.users())).append(" users today, each "
                    + "making ").append(Figures.count(w.requestsPerUserPerDay()))
                    .append(" requests a day. The busiest hour carries ")
                    .append(LineChartFormats.plain(w.peakToAverage()))
                    .append("× the daily average, so today's peak is ")
                    .append(Figures.rate(w.peakArrivalRate(1)))
                    .append(" requests per second. Latency, utilization and sizing are "
                            + "figures for that peak.</li>\n");
        }
        List<RequestClass> classes = m.requestClasses();
        if (classes.size() > 1 || !classes.get(0).name().equals(Model.DEFAULT_CLASS)) {
            out.append("<li>Request mix: ");
            for (int i = 0; i < classes.size(); i++) {
                RequestClass rc = classes.get(i);
                out.append(i == 0 ? "" : ", ").append(Figures.pct(rc.share())).append(' ')
                        .append(Html.text(rc.name()));
            }
            out.append(".</li>\n");
        }
        out.append("<li>Growth from ").append(Figures.times(m.growth().from())).append(" to ")
                .append(Figures.times(m.growth().to())).append(" multiplies ")
                .append(w.users() == null ? "the traffic" : "the users and their traffic")
                .append("; each request does the same work as today.</li>\n");
        out.append("<li>Targets: ");
        if (m.slo().p95LatencyMs() != null) {
            out.append("95% of every request type answered within ")
                    .append(Figures.ms(m.slo().p95LatencyMs())).append("; ");
        }
        out.append("no component busier than ").append(Figures.pct(m.slo().maxUtilization()))
                .append(" of the time.</li>\n");
        if (d.priced()) {
            out.append("<li>Prices: ")
                    .append(m.pricing() == null ? "the prices in the model file"
                            : "the " + Html.text(m.pricing()) + " catalog")
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

    private void componentsTable(Design d) {
        Model m = d.model();
        List<String> classNames = m.requestClasses().stream().map(RequestClass::name).toList();
        out.append("<table class=\"data keep\"><thead><tr><th class=\"l\">Component</th>"
                + "<th class=\"l\">Kind</th><th class=\"l\">Capacity</th>"
                + "<th class=\"l\">Service time per visit</th></tr></thead><tbody>\n");
        for (int k = 0; k < m.components().size(); k++) {
            Component c = m.components().get(k);
            out.append("<tr><td class=\"l\">").append(HtmlReport.swatch(k)).append(Html.text(c.displayName()))
                    .append("</td><td class=\"l\">").append(Html.text(c.kind().label()))
                    .append("</td><td class=\"l\">").append(Html.text(capacity(c)))
                    .append("</td><td class=\"l\">").append(Html.text(serviceTime(c, classNames)))
                    .append("</td></tr>\n");
        }
        out.append("</tbody></table>\n");
    }

    static String capacity(Component c) {
        String type = c.instanceType() == null ? "" : " " + c.instanceType();
        if (c.isDelay()) {
            return "no queueing (fixed delay)" + (type.isEmpty() ? "" : "," + type);
        }
        String per = c.concurrency() == 1 ? "" : ", " + c.concurrency() + " parallel each";
        if (c.isAutoscaled()) {
            return c.autoscale().min() + " to " + c.autoscale().max() + type
                    + " (autoscaled at " + Figures.pct(c.autoscale().targetUtilization()) + ")"
                    + per;
        }
        return c.instances() + " ×" + (type.isEmpty() ? " instance" : type) + per;
    }

    static String serviceTime(Component c, List<String> classes) {
        PerClass s = c.serviceTimeMs();
        if (s.isUniform()) {
            return Figures.ms(s.uniform());
        }
        Set<String> parts = new LinkedHashSet<>();
        for (String cl : classes) {
            s.find(cl).ifPresent(v -> parts.add(cl + " " + Figures.ms(v)));
        }
        return String.join(", ", parts);
    }

    private void breaks(Design d) {
        Model m = d.model();
        double top = d.points().get(d.points().size() - 1).multiplier();
        String limit = Figures.pct(m.slo().maxUtilization());
        out.append("<p>Components in the order they fail. A component passing ").append(limit)
                .append(" busy is a warning: waits grow fast from there. Saturated, it cannot "
                        + "keep up and requests queue without bound. The fix keeps it under ")
                .append(limit).append(" at ").append(Figures.times(top)).append(".</p>\n");
        if (d.breaks().isEmpty()) {
            out.append("<p class=\"muted\">No component queues: nothing here can saturate."
                    + "</p>\n");
        } else {
            boolean money = d.priced();
            out.append("<table class=\"data keep\"><thead><tr><th>#</th><th class=\"l\">Component</th>"
                    + "<th>Passes ").append(limit).append(" at</th><th>Saturates at</th><th>Busy at ")
                    .append(Figures.times(top)).append("</th><th class=\"l\">Fix at ")
                    .append(Figures.times(top)).append("</th>")
                    .append(money ? "<th>Fix cost / month</th>" : "").append("</tr></thead><tbody>\n");
            int i = 1;
            for (BreakFix b : d.breaks()) {
                boolean inRange = b.breaksInRange();
                out.append("<tr><td>").append(i++).append("</td><td class=\"l\">")
                        .append(HtmlReport.swatch(m.indexOf(b.componentId()))).append(Html.text(b.name()))
                        .append("</td><td").append(inRange ? " class=\"bad\"" : "").append('>')
                        .append(beyond(b.overUtilizationAt())).append("</td><td>")
                        .append(beyond(b.saturatesAt())).append("</td><td>")
                        .append(b.utilizationAtTop() >= 1 ? "saturated"
                                : Figures.pct(b.utilizationAtTop()))
                        .append("</td><td class=\"l\">").append(Html.text(fixText(b)))
                        .append("</td>");
                if (money) {
                    out.append("<td>").append(b.extraInstances() == 0 ? "—"
                            : Figures.usd(b.fixMonthlyUsd())).append("</td>");
                }
                out.append("</tr>\n");
            }
            out.append("</tbody></table>\n<p class=\"small muted\">— in the multiplier columns: "
                    + "not within ").append(Figures.times(m.growth().to() * 100))
                    .append(" today's load.</p>\n");
        }
        out.append("<p>").append(sloSentence(d)).append("</p>\n");
    }

    static String fixText(BreakFix b) {
        if (b.extraInstances() == 0) {
            return "none needed";
        }
        if (b.autoscaled()) {
            return "raise the autoscaling maximum to " + b.instancesNeeded() + " (+"
                    + b.extraInstances() + "), or a larger instance type";
        }
        return b.instancesNeeded() + " instances (+" + b.extraInstances()
                + "), or a larger instance type";
    }

    private static String beyond(Double m) {
        return m == null ? "—" : m == 0 ? "any load" : Figures.times(m);
    }

    private void growthTable(Design d) {
        boolean money = d.priced();
        boolean perUser = money && d.points().get(0).solution().users() != null;
        out.append("<table class=\"data\"><thead><tr><th>Growth</th><th>Users</th>"
                + "<th>Requests/s</th>");
        List<String> classes = d.model().requestClasses().stream().map(RequestClass::name)
                .toList();
        for (String c : classes) {
            out.append("<th>p95 ").append(Html.text(c)).append("</th>");
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
        for (Design.Point p : d.points()) {
            Solution s = p.solution();
            out.append("<tr><td>").append(Figures.times(p.multiplier())).append("</td><td>")
                    .append(Figures.count(s.users())).append("</td><td>")
                    .append(Figures.rate(s.arrivalRatePerSecond())).append("</td>");
            for (String c : classes) {
                ClassResult r = s.requestClass(c).orElseThrow();
                boolean over = r.latencyP95Ms() == null
                        || slo != null && r.latencyP95Ms() > slo;
                out.append("<td").append(over ? " class=\"bad\"" : "").append('>')
                        .append(Figures.ms(r.latencyP95Ms())).append("</td>");
            }
            if (s.bottleneck() != null) {
                StationResult b = s.component(s.bottleneck()).orElseThrow();
                out.append("<td class=\"l\">")
                        .append(Html.text(d.model().component(b.id()).orElseThrow().displayName()))
                        .append("</td><td").append(b.saturated() ? " class=\"bad\">saturated"
                                : ">" + Figures.pct(b.utilization())).append("</td>");
            } else {
                out.append("<td class=\"l\">—</td><td>—</td>");
            }
            if (money) {
                out.append("<td>").append(Figures.usd(p.bill() == null ? null
                        : p.bill().totalUsd())).append("</td>");
            }
            if (perUser) {
                out.append("<td>").append(Figures.usd(p.bill() == null ? null
                        : p.bill().perThousandUsersUsd())).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody></table>\n");
    }

    private void billTable(Design d) {
        Design.Point end = d.points().get(d.points().size() - 1);
        MonthlyCost bill = end.bill();
        if (bill == null) {
            return;
        }
        out.append("<table class=\"data keep\"><thead><tr><th class=\"l\">Component</th>"
                + "<th class=\"l\">Basis</th><th>USD / month</th></tr></thead><tbody>\n");
        for (MonthlyCost.Item it : bill.items()) {
            int k = d.model().indexOf(it.componentId());
            out.append("<tr><td class=\"l\">").append(k >= 0 ? HtmlReport.swatch(k) : "")
                    .append(Html.text(it.label())).append("</td><td class=\"l\">")
                    .append(Html.text(it.basis())).append("</td><td>")
                    .append(Figures.usd(it.monthlyUsd())).append("</td></tr>\n");
        }
        out.append("<tr class=\"total\"><td class=\"l\">Total</td><td class=\"l\"></td><td>")
                .append(Figures.usd(bill.totalUsd())).append("</td></tr>\n");
        out.append("</tbody></table>\n");
        for (String w : bill.warnings()) {
            out.append("<p class=\"small muted\">Note: ").append(Html.text(w)).append("</p>\n");
        }
    }

    private static String caption(String id, Design d) {
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
