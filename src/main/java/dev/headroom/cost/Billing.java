package dev.headroom.cost;

import dev.headroom.analysis.AnalyticSolver;
import dev.headroom.analysis.Solution;
import dev.headroom.model.Component;
import dev.headroom.model.Model;
import dev.headroom.model.Names;
import dev.headroom.model.Problem;
import dev.headroom.model.RequestClass;
import dev.headroom.network.Network;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The monthly bill (docs/pricing.md "The bill"). Per component: instance-hours × hourly price, plus per-call
 * charges at average load, plus fixed monthly charges; plus internet egress from the classes'
 * response sizes. A month is 730 hours; calls per month are counted at average load,
 * {@code users × requestsPerUserPerDay × 30.4 × visits}.
 *
 * <p>Autoscaled tiers are re-sized for every hour of the daily profile
 * ({@link DailyProfile}) at that hour's traffic and billed per hour. Fixed tiers run their
 * {@code instances} all month. Closed workloads have no daily profile: they are billed at the
 * instances and throughput of the solved operating point.
 *
 * <p>Prices: an explicit {@code hourlyCostUsd} wins over the catalog; else the component's
 * {@code instanceType} in the model's {@code pricing} catalog, at its {@code commitment} (falling
 * back to on-demand, with a warning, when the catalog has no such price). An instance type priced
 * per request is a per-call charge; an explicit {@code costPerMillionCalls} wins over it.
 */
public final class Billing {
    /** Days per month for call volumes (docs/pricing.md "The bill"). */
    public static final double DAYS_PER_MONTH = 30.4;
    /** KB per GB for egress: binary units, as cloud providers bill. */
    public static final double KB_PER_GB = 1024.0 * 1024.0;
    /** The catalog SKU of internet egress per GB. */
    public static final String EGRESS_SKU = "internet-egress";

    private Billing() {}

    /**
     * Problems pricing the model, each with a JSON path: an unknown catalog, an unknown instance
     * type (with the nearest known names), a price unit that cannot be billed per instance or per
     * call.
     */
    public static List<Problem> check(Model model, CatalogLibrary library) {
        List<Problem> out = new ArrayList<>();
        Catalog catalog = null;
        if (model.pricing() != null) {
            catalog = library.find(model.pricing()).orElse(null);
            if (catalog == null) {
                out.add(new Problem("pricing", "unknown pricing catalog \"" + model.pricing()
                        + "\"" + Names.didYouMean(model.pricing(), library.ids())
                        + " (known: " + String.join(", ", library.ids()) + ")"));
                return out;
            }
        }
        List<Component> cs = model.components();
        for (int i = 0; i < cs.size(); i++) {
            Component c = cs.get(i);
            if (c.instanceType() == null || c.hourlyCostUsd() != null) {
                continue;
            }
            String p = "components[" + i + "].instanceType";
            if (catalog == null) {
                out.add(new Problem(p, "needs a pricing catalog: set \"pricing\" (e.g. "
                        + "\"aws-us-east-1\") or give hourlyCostUsd"));
                continue;
            }
            Optional<PriceItem> item = catalog.find(c.instanceType());
            if (item.isEmpty()) {
                List<String> near = catalog.nearest(c.instanceType(), 3);
                out.add(new Problem(p, "unknown instance type \"" + c.instanceType() + "\" in "
                        + catalog.id() + (near.isEmpty() ? ""
                                : "; did you mean " + String.join(", ", near) + "?")));
                continue;
            }
            PriceUnit unit = item.get().unit();
            if (unit != PriceUnit.HOUR && unit != PriceUnit.MONTH
                    && unit != PriceUnit.MILLION_REQUESTS && unit != PriceUnit.THOUSAND_REQUESTS) {
                out.add(new Problem(p, "\"" + c.instanceType() + "\" is priced per "
                        + unit.key() + ", which Headroom cannot derive from the model; give "
                        + (unit.isTimeBased() ? "costPerMillionCalls" : "monthlyFixedCostUsd")
                        + " instead"));
            }
        }
        return out;
    }

    /**
     * The bill at growth multiplier {@code m}. The model must have passed {@link #check}.
     */
    public static Bill bill(Model model, Network net, double m, CatalogLibrary library) {
        Catalog catalog = model.pricing() == null ? null
                : library.find(model.pricing()).orElse(null);
        List<LineItem> items = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Solution closed = net.isClosed() ? AnalyticSolver.solve(net, m) : null;
        double requestsPerMonth = closed != null
                ? closed.arrivalRatePerSecond() * Catalog.HOURS_PER_MONTH * 3600
                : net.averageArrivalRate(m) * 86_400 * DAYS_PER_MONTH;
        double[] profile = DailyProfile.of(model.workload().dailyProfile(),
                model.workload().peakToAverage());
        double total = 0;
        for (int k = 0; k < net.stationCount(); k++) {
            Component c = model.components().get(k);
            LineItem item = componentLine(c, k, net, m, catalog, profile, closed,
                    requestsPerMonth, warnings);
            items.add(item);
            total += item.monthlyUsd();
        }
        LineItem egress = egressLine(model, catalog, requestsPerMonth, warnings);
        if (egress != null) {
            items.add(egress);
            total += egress.monthlyUsd();
        }
        Double users = net.users(m);
        Double perThousand = users == null || users <= 0 ? null : total / (users / 1000);
        return new Bill(m, total, perThousand, items, warnings);
    }

    private static LineItem componentLine(Component c, int k, Network net, double m,
            Catalog catalog, double[] profile, Solution closed, double requestsPerMonth,
            List<String> warnings) {
        Double hourly = c.hourlyCostUsd();
        String priceName = hourly == null ? null : "$" + money4(hourly) + "/h";
        double perMillion = c.costPerMillionCalls();
        String perCallName = perMillion > 0 ? "$" + money4(perMillion) + " per million calls"
                : null;
        Commitment commitment = Commitment.fromKey(c.commitment()).orElse(Commitment.ON_DEMAND);
        if (hourly == null && c.instanceType() != null && catalog != null) {
            PriceItem item = catalog.find(c.instanceType()).orElse(null);
            if (item != null) {
                PriceQuote q = catalog.quote(item, commitment);
                if (q.fellBack()) {
                    warnings.add(c.id() + ": " + catalog.id() + " has no " + commitment.key()
                            + " price for " + item.sku() + "; priced on-demand");
                }
                String commitmentNote = q.applied() == Commitment.ON_DEMAND ? ""
                        : " (" + q.applied().key() + ")";
                switch (item.unit()) {
                    case HOUR, MONTH -> {
                        hourly = catalog.hourlyQuote(item, commitment).usd();
                        priceName = item.sku() + " at $" + money4(hourly) + "/h" + commitmentNote;
                    }
                    case MILLION_REQUESTS, THOUSAND_REQUESTS -> {
                        if (perMillion <= 0) {
                            perMillion = item.unit() == PriceUnit.MILLION_REQUESTS ? q.usd()
                                    : q.usd() * 1000;
                            perCallName = item.sku() + " at $" + money4(perMillion)
                                    + " per million calls";
                        }
                    }
                    default -> { }
                }
            }
        }
        List<String> basis = new ArrayList<>();
        double usd = 0;
        if (hourly != null) {
            double instanceHours;
            String instancesText;
            if (closed != null) {
                int n = closed.components().get(k).instances();
                instanceHours = n * Catalog.HOURS_PER_MONTH;
                instancesText = n + " ×";
            } else if (net.isAutoscaled(k)) {
                double sum = 0;
                int lo = Integer.MAX_VALUE;
                int hi = 0;
                for (double weight : profile) {
                    double offered = net.averageArrivalRate(m) * weight * net.demandPerUnitRate(k);
                    int n = net.instancesAt(k, offered);
                    sum += n;
                    lo = Math.min(lo, n);
                    hi = Math.max(hi, n);
                }
                instanceHours = sum / profile.length * Catalog.HOURS_PER_MONTH;
                instancesText = (lo == hi ? lo + " ×" : lo + "–" + hi + " (avg "
                        + String.format(Locale.ROOT, "%.1f", sum / profile.length) + ") ×");
            } else {
                int n = c.instances();
                instanceHours = n * Catalog.HOURS_PER_MONTH;
                instancesText = n + " ×";
            }
            usd += instanceHours * hourly;
            basis.add(instancesText + " " + priceName + " × 730 h");
        }
        if (perMillion > 0) {
            double calls = requestsPerMonth * net.visitsPerRequest(k);
            usd += calls / 1e6 * perMillion;
            basis.add(String.format(Locale.ROOT, "%,.1fM calls × ", calls / 1e6) + perCallName);
        }
        if (c.monthlyFixedCostUsd() > 0) {
            usd += c.monthlyFixedCostUsd();
            basis.add("$" + money2(c.monthlyFixedCostUsd()) + " fixed");
        }
        boolean priced = hourly != null || perMillion > 0 || c.monthlyFixedCostUsd() > 0;
        return new LineItem(c.id(), c.displayName(), usd,
                priced ? String.join(" + ", basis)
                        : "not priced: give an instanceType, hourlyCostUsd or costPerMillionCalls",
                priced);
    }

    private static LineItem egressLine(Model model, Catalog catalog, double requestsPerMonth,
            List<String> warnings) {
        double kb = 0;
        for (RequestClass rc : model.requestClasses()) {
            if (rc.responseKb() != null) {
                kb += rc.share() * rc.responseKb();
            }
        }
        if (kb <= 0) {
            return null;
        }
        double gb = kb * requestsPerMonth / KB_PER_GB;
        PriceItem item = catalog == null ? null : catalog.find(EGRESS_SKU).orElse(null);
        if (item == null || item.unit() != PriceUnit.GB) {
            warnings.add("egress: " + (catalog == null ? "no pricing catalog"
                    : catalog.id() + " has no " + EGRESS_SKU + " price") + "; "
                    + String.format(Locale.ROOT, "%,.0f GB a month not billed", gb));
            return null;
        }
        double perGb = catalog.quote(item, Commitment.ON_DEMAND).usd();
        return new LineItem(null, "Internet egress", gb * perGb,
                String.format(Locale.ROOT, "%,.0f GB × $%s/GB", gb, money4(perGb)), true);
    }

    private static String money4(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    private static String money2(double v) {
        return String.format(Locale.ROOT, "%,.2f", v);
    }
}
