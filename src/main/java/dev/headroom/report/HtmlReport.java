package dev.headroom.report;

import dev.headroom.analysis.Solution;
import dev.headroom.app.Comparison;
import dev.headroom.app.Design;
import dev.headroom.app.Format;
import dev.headroom.app.Point;
import dev.headroom.app.Words;
import dev.headroom.report.chart.Chart;
import dev.headroom.report.chart.Palette;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The client report as one self-contained XHTML document: inline CSS, every image a
 * {@code data:} URI, no external link, script or font, every model-supplied string escaped. The
 * same document renders to PDF ({@link PdfReport}), so it is well-formed XML.
 */
public final class HtmlReport {
    private final List<Design> designs;
    private final LocalDate date;
    private final Branding brand;
    private final StringBuilder out = new StringBuilder(64 * 1024);

    private HtmlReport(List<Design> designs, Branding brand) {
        this.designs = List.copyOf(designs);
        this.brand = brand;
        this.date = brand.date();
    }

    /** The report of one to four designs, unbranded, without their descriptions. */
    public static String render(List<Design> designs, LocalDate date) {
        return render(designs, Branding.plain(date));
    }

    /**
     * The report of one to four designs (two or more get a comparison chapter), with the
     * cover's client, preparer, date and logo, an executive summary when there is one, and the
     * models' descriptions only when {@code brand} asks for them.
     */
    public static String render(List<Design> designs, Branding brand) {
        if (designs.isEmpty() || designs.size() > Comparison.MAX_DESIGNS) {
            throw new IllegalArgumentException("a report covers 1 to 4 designs");
        }
        return new HtmlReport(designs, brand).document();
    }

    private String document() {
        out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n")
                .append("<head>\n<meta charset=\"UTF-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>").append(Html.text(title())).append(" · Headroom report</title>\n")
                .append("<style>\n").append(css()).append("</style>\n</head>\n<body>\n")
                .append("<div class=\"doc\">\n");
        cover();
        summary();
        if (designs.size() > 1) {
            comparison();
        }
        for (int i = 0; i < designs.size(); i++) {
            new DesignChapter(out, designs.get(i), designs.size() > 1 ? i : -1,
                    brand.includeDescription()).write();
        }
        new DrillChapter(out, designs).write();
        limits();
        out.append("<div class=\"footer\">Made with Headroom")
                .append(version().isEmpty() ? "" : " " + Html.text(version()))
                .append(" on ").append(date.format(DateTimeFormatter.ISO_LOCAL_DATE))
                .append(". Figures are the analytic engine's, at the peak hour.</div>\n")
                .append("</div>\n</body>\n</html>\n");
        return out.toString();
    }

    private String title() {
        if (designs.size() == 1) {
            return designs.get(0).name();
        }
        return "Comparing " + designs.size() + " designs";
    }

    static String css() {
        try (InputStream in = HtmlReport.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("report.css is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String version() {
        String v = HtmlReport.class.getPackage().getImplementationVersion();
        return v == null ? "" : v;
    }

    // ---- cover ---------------------------------------------------------------------------

    private void cover() {
        Design d = designs.get(0);
        double top = d.range().to();
        out.append("<div class=\"cover").append(designs.size() > 2 ? " many" : "")
                .append("\">\n");
        if (brand.logo() != null) {
            out.append("<div class=\"logo\"><img alt=\"Logo\" src=\"data:")
                    .append(brand.logoType()).append(";base64,")
                    .append(Base64.getEncoder().encodeToString(brand.logo()))
                    .append("\"/></div>\n");
        }
        out.append("<div class=\"brand\">Headroom · capacity and cost report</div>\n");
        out.append("<h1>").append(Html.text(title())).append("</h1>\n");
        if (brand.client() != null) {
            out.append("<p class=\"client\">Prepared for ").append(Html.text(brand.client()))
                    .append("</p>\n");
        }
        if (designs.size() == 1) {
            out.append("<p class=\"lead\">What this backend does as it grows to ")
                    .append(Format.times(top))
                    .append(" today's load: where it breaks first, how slow it gets, and what "
                            + "it costs per month.</p>\n");
        } else {
            out.append("<p class=\"lead\">The same growth, side by side: where each design "
                    + "breaks first, how slow it gets, and what it costs per month.</p>\n");
        }
        for (int i = 0; i < designs.size(); i++) {
            if (designs.size() > 1) {
                out.append("<div class=\"design-name\">")
                        // the cover has the room for the whole name; it wraps if it must
                        .append(Html.text((char) ('A' + i) + ": " + designs.get(i).name()))
                        .append("</div>\n");
            }
            coverCards(designs.get(i));
        }
        out.append("<div class=\"meta\">Prepared ")
                .append(brand.preparedBy() == null ? ""
                        : "by " + Html.text(brand.preparedBy()) + ", ")
                .append(date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)))
                .append(", with Headroom. Every figure is computed by Headroom's queueing "
                        + "engine from the assumptions stated in this report.</div>\n");
        out.append("</div>\n");
    }

    private void coverCards(Design d) {
        Point now = d.points().get(0);
        Point end = d.points().get(d.points().size() - 1);
        out.append("<table class=\"kpi-table\"><tr>");
        kpi("Worst p95 today", worst(now.solution()), "at " + Format.times(now.multiplier())
                + users(now.solution()));
        kpi("Worst p95 at " + Format.times(end.multiplier()), worst(end.solution()),
                users(end.solution()).replaceFirst("^, ", ""));
        if (d.priced()) {
            kpi("Monthly bill at " + Format.times(end.multiplier()),
                    Format.usd(end.bill() == null ? null : end.bill().totalUsd()), "today "
                            + Format.usd(now.bill() == null ? null : now.bill().totalUsd()));
        }
        kpi("Breaks at", Words.breaksAt(d.breaks()), breaksWhat(d));
        out.append("</tr></table>\n");
    }

    private void kpi(String label, String value, String sub) {
        out.append("<td class=\"kpi\"><div class=\"label\">").append(Html.text(label))
                .append("</div><div class=\"value\">").append(Html.text(value))
                .append("</div><div class=\"sub\">").append(Html.text(sub)).append("</div></td>");
    }

    static String worst(Solution s) {
        return s.worstP95Ms().map(Format::ms).orElse(s.classes().isEmpty() ? "—" : "saturated");
    }

    static String users(Solution s) {
        return s.users() == null ? "" : ", " + Format.count(s.users()) + " users";
    }

    /** "PostgreSQL saturates", "checkout's p95 passes 400 ms" (with the users when known). */
    static String breaksWhat(Design d) {
        String what = Words.breaksWhat(d.model(), d.breaks(), d.range().to());
        Double users = d.breaks().breaksAtUsers();
        return d.breaksAt() == null || users == null || d.breaksAt() == 0 ? what
                : what + " at " + Format.count(users) + " users";
    }

    /** The executive summary, as written: a blank line starts a new paragraph. */
    private void summary() {
        if (brand.summary() == null) {
            return;
        }
        out.append("<div class=\"chapter summary\">\n<h2>Executive summary</h2>\n");
        for (String para : brand.summary().strip().split("\\R\\s*\\R")) {
            out.append("<p>").append(Html.text(para.strip()).replaceAll("\\R", "<br/>"))
                    .append("</p>\n");
        }
        out.append("</div>\n");
    }

    // ---- shared pieces ---------------------------------------------------------------

    static void figure(StringBuilder out, Chart c, String caption) {
        out.append("<div class=\"figure\"><img alt=\"").append(Html.text(c.title()))
                .append("\" src=\"").append(dataUri(c)).append("\"/>");
        if (!caption.isEmpty()) {
            out.append("<div class=\"caption\">").append(Html.text(caption)).append("</div>");
        }
        out.append("</div>\n");
    }

    static String dataUri(Chart c) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(c.png());
    }

    static String swatch(int k) {
        return "<span class=\"swatch\" style=\"background:" + Palette.css(Palette.series(k))
                + "\"></span>";
    }

    // ---- comparison ----------------------------------------------------------------------

    private void comparison() {
        Comparison cmp = Comparison.of(designs);
        out.append("<div class=\"chapter\">\n<h2>Comparison</h2>\n<p>The designs on the same "
                + "growth axis. <span style=\"background:#dcfce7;color:#065f46;"
                + "font-weight:bold;padding:0 4px\">Highlighted</span>: the better figure at "
                + "that growth point.</p>\n");
        out.append(comparisonTable(cmp));
        out.append("<p class=\"small muted\">A design that is saturated or over its p95 "
                + "objective at a growth point is never highlighted there: it no longer serves "
                + "its users, however cheap it is.</p>\n");
        for (Chart c : ReportCharts.comparison(designs)) {
            figure(out, c, "");
        }
        out.append("</div>\n");
    }

    /** The KPI table: one column per design, a group of rows per growth point. */
    static String comparisonTable(Comparison cmp) {
        StringBuilder sb = new StringBuilder();
        sb.append("<table class=\"data cmp\"><colgroup><col style=\"width:")
                .append(cmp.designs().size() > 2 ? 19 : 25).append("%\"/>");
        for (int i = 0; i < cmp.designs().size(); i++) {
            sb.append("<col/>");
        }
        sb.append("</colgroup><thead><tr><th class=\"l\"></th>");
        for (int i = 0; i < cmp.designs().size(); i++) {
            sb.append("<th>").append(Html.text(ReportCharts.label(cmp.designs().get(i).model(),
                    i))).append("</th>");
        }
        sb.append("</tr></thead><tbody>\n");
        sb.append("<tr><td class=\"l\">Breaks at</td>");
        for (Comparison.Column col : cmp.designs()) {
            String users = col.breaks().breaksAtUsers() == null || col.breaksAt() == null
                    || col.breaksAt() == 0 ? ""
                    : " (" + Format.compactCount(col.breaks().breaksAtUsers()) + " users)";
            sb.append("<td").append(col.breaksLatest() ? " class=\"best\"" : "").append('>')
                    .append(Html.text(Words.breaksAt(col.breaks()) + users)).append("</td>");
        }
        sb.append("</tr>\n");
        for (int j = 0; j < cmp.multipliers().size(); j++) {
            sb.append("<tr class=\"group\"><td class=\"l\" colspan=\"")
                    .append(cmp.designs().size() + 1).append("\">At ")
                    .append(Format.times(cmp.multipliers().get(j))).append("</td></tr>\n");
            int point = j;
            List<Comparison.Kpi> row = cmp.designs().stream().map(c -> c.kpis().get(point))
                    .toList();
            kpiRow(sb, "Users", row, k -> Format.count(k.users()), null);
            kpiRow(sb, "Monthly bill", row, k -> Format.usd(k.monthlyUsd()),
                    Comparison.Metric.MONTHLY_BILL);
            kpiRow(sb, "Cost per 1,000 users", row, k -> Format.usd(k.perThousandUsersUsd()),
                    Comparison.Metric.COST_PER_THOUSAND_USERS);
            kpiRow(sb, "Worst p95", row, k -> Format.ms(k.worstP95Ms()),
                    Comparison.Metric.P95);
            kpiRow(sb, "Users still to go", row, k -> k.broken() ? "broken here"
                    : k.usersToGo() == null ? (k.users() == null ? "—" : "no limit found")
                    : Format.count(k.usersToGo()), null);
            kpiRow(sb, "Bottleneck", row, k -> k.bottleneck() == null ? "—"
                    : k.bottleneckName() + (k.bottleneckUtilization() >= 1 ? " (saturated)"
                            : " (" + Format.percent(k.bottleneckUtilization()) + ")"), null);
        }
        sb.append("</tbody></table>\n");
        return sb.toString();
    }

    private static void kpiRow(StringBuilder sb, String label, List<Comparison.Kpi> row,
            java.util.function.Function<Comparison.Kpi, String> cell, Comparison.Metric metric) {
        sb.append("<tr><td class=\"l\">").append(label).append("</td>");
        for (Comparison.Kpi k : row) {
            boolean best = metric != null && k.isBest(metric);
            sb.append("<td").append(best ? " class=\"best\"" : "").append('>')
                    .append(Html.text(cell.apply(k))).append("</td>");
        }
        sb.append("</tr>\n");
    }

    // ---- limits --------------------------------------------------------------------------

    private void limits() {
        List<String> items = new ArrayList<>(List.of(
                "These are the figures of a queueing model at the busiest hour, in steady "
                        + "state. They show where capacity runs out and roughly how slow it "
                        + "gets, not what a load test would measure to the millisecond.",
                "Service times are taken as given and do not change with load: lock "
                        + "contention, garbage collection, cold caches, connection-pool limits "
                        + "and noisy neighbours are not modelled unless the model includes them.",
                "Percentiles of a request that crosses several components are approximated "
                        + "from the sum of per-visit times; Headroom's simulator is the "
                        + "reference and agrees within about 10% below saturation on the "
                        + "bundled examples.",
                "Past saturation the model describes an overload that grows without bound; "
                        + "a real system times out, sheds load or falls over first.",
                "In the growth projection autoscaling is assumed to keep up with the traffic; "
                        + "only the drills of \"Spikes and failures\" add its delay "
                        + "(detection and boot) and scale in after a cooldown.",
                "Drills are simulations of the model as stated: a real incident has causes "
                        + "the model does not name (slow garbage collection, exhausted "
                        + "connection pools, cold caches), and a drill can only show the ones "
                        + "it is told about.",
                "Money is list price from the stated catalog, on demand unless the model "
                        + "names a commitment: negotiated discounts, and charges the model does "
                        + "not name (support, licences, staff), are not included."));
        Set<String> warnings = new LinkedHashSet<>();
        for (Design d : designs) {
            for (Point p : d.points()) {
                if (p.bill() != null) {
                    warnings.addAll(p.bill().warnings());
                }
            }
        }
        out.append("<div class=\"chapter\">\n<h2>Limits of this model</h2>\n<ul>\n");
        for (String s : items) {
            out.append("<li>").append(s).append("</li>\n");
        }
        for (String w : warnings) {
            out.append("<li>").append(Html.text(w)).append("</li>\n");
        }
        out.append("</ul>\n</div>\n");
    }
}
