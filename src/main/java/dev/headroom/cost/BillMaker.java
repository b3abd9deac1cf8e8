package dev.headroom.cost;

import dev.headroom.analysis.AnalyticSolver;
import dev.headroom.analysis.Solution;
import dev.headroom.model.Component;
import dev.headroom.model.Connection;
import dev.headroom.model.Kind;
import dev.headroom.model.Model;
import dev.headroom.model.Networking;
import dev.headroom.model.RequestClass;
import dev.headroom.network.Edge;
import dev.headroom.network.Network;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Makes one bill (see {@link Billing}): first the month's volumes (requests, visits, calls on
 * each connection, bytes), then the lines of each component, then those of the whole model.
 */
final class BillMaker {
    private static final double HOURS = Catalog.HOURS_PER_MONTH;

    private final Model model;
    private final Network net;
    private final double m;
    private final Catalog catalog;
    private final Commitment override;
    /** Whether lines carry their arithmetic in words (not for bills made in bulk). */
    private final boolean words;
    private final List<LineItem> lines = new ArrayList<>();
    private final List<Bill.Unpriced> unpriced = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    /** Items already warned about for a quantity beyond what their source prices. */
    private final java.util.Set<String> warnedBeyond = new java.util.HashSet<>();
    /** Internet traffic a month that comes with the servers (Hetzner's allowance), GB. */
    private double includedEgressGb;
    /** The instances that bring it, averaged over the month. */
    private double includedEgressServers;
    /** Virtual machines running in each hour of the daily profile (for per-VM NAT charges). */
    private final double[] vmsByHour = new double[DailyProfile.HOURS];
    private final Solution closed;
    /** Requests a month. */
    private final double requests;
    /** Calls a month on each model connection, in model order. */
    private final double[] calls;

    BillMaker(Model model, Network net, double m, Catalog catalog, Commitment override) {
        this(model, net, m, catalog, override, true);
    }

    /**
     * {@code words} false: the same lines and amounts without their arithmetic in words (each
     * line's {@code arithmetic} is empty), for figures made in bulk, where writing the sums out
     * would take as long as making them.
     */
    BillMaker(Model model, Network net, double m, Catalog catalog, Commitment override,
            boolean words) {
        this.words = words;
        this.model = model;
        this.net = net;
        this.m = m;
        this.catalog = catalog;
        this.override = override;
        this.closed = net.isClosed() ? AnalyticSolver.solve(net, m) : null;
        this.requests = closed != null
                ? closed.arrivalRatePerSecond() * HOURS * 3600
                : net.averageArrivalRate(m) * 86_400 * Billing.DAYS_PER_MONTH;
        this.calls = connectionCalls();
    }

    Bill make() {
        for (int k = 0; k < net.stationCount(); k++) {
            component(k);
        }
        cdn();
        egress();
        nat();
        crossZone();
        support();
        lines.sort(java.util.Comparator.comparingInt(l -> l.componentId() == null
                ? Integer.MAX_VALUE : net.indexOf(l.componentId())));
        double total = lines.stream().mapToDouble(LineItem::monthlyUsd).sum();
        Double users = net.users(m);
        Double perThousand = users == null || users <= 0 ? null : total / (users / 1000);
        return new Bill(m, total, perThousand, lines, unpriced, warnings);
    }

    // ---- volumes ------------------------------------------------------------------------------

    /** Calls a month on each connection: Σ_r requests × share_r × V_r,from × calls_r. */
    private double[] connectionCalls() {
        List<Connection> es = model.connections();
        double[] out = new double[es.size()];
        Map<Integer, Integer> seen = new HashMap<>();
        for (int i = 0; i < es.size(); i++) {
            int from = net.indexOf(es.get(i).from());
            int j = seen.merge(from, 1, Integer::sum) - 1;
            Edge e = net.outgoing(from).get(j);
            double perRequest = 0;
            for (int r = 0; r < net.classCount(); r++) {
                perRequest += net.share(r) * net.loadVisits(r, from) * e.meanCalls(r);
            }
            out[i] = requests * perRequest;
        }
        return out;
    }

    private double visits(int k) {
        return requests * net.visitsPerRequest(k);
    }

    /** GB a month of the classes' answers leaving through component k (their entry). */
    private double answersGb(int k) {
        double kb = 0;
        for (RequestClass rc : model.requestClasses()) {
            if (rc.entry().equals(net.id(k)) && rc.responseKb() != null) {
                kb += rc.share() * rc.responseKb();
            }
        }
        return kb * requests / Billing.KB_PER_GB;
    }

    /** GB a month through component k both ways: entering classes and incoming connections. */
    private double throughGb(int k) {
        double kb = 0;
        for (RequestClass rc : model.requestClasses()) {
            if (rc.entry().equals(net.id(k))) {
                kb += rc.share() * ((rc.requestKb() == null ? 0 : rc.requestKb())
                        + (rc.responseKb() == null ? 0 : rc.responseKb()));
            }
        }
        double gb = kb * requests / Billing.KB_PER_GB;
        List<Connection> es = model.connections();
        for (int i = 0; i < es.size(); i++) {
            if (es.get(i).to().equals(net.id(k))) {
                gb += calls[i] * es.get(i).kbPerCall() / Billing.KB_PER_GB;
            }
        }
        return gb;
    }

    /** Services, workers, caches and databases that queue: they run in one zone each. */
    private static boolean zonal(Component c) {
        return c.queueing() && (c.kind() == Kind.SERVICE || c.kind() == Kind.WORKER
                || c.kind() == Kind.CACHE || c.kind() == Kind.DATABASE);
    }

    /** The model's components by id, made on first use (the network lines ask per edge). */
    private java.util.Map<String, Component> byId;

    private Component component(String id) {
        if (byId == null) {
            byId = new java.util.HashMap<>();
            for (Component c : model.components()) {
                byId.put(c.id(), c);
            }
        }
        Component c = byId.get(id);
        if (c == null) {
            throw new java.util.NoSuchElementException(id);
        }
        return c;
    }

    // ---- one component ------------------------------------------------------------------------

    private void component(int k) {
        Component c = model.components().get(k);
        PriceItem item = c.hourlyCostUsd() == null && c.instanceType() != null && catalog != null
                ? catalog.find(c.instanceType()).orElse(null) : null;
        int before = lines.size();
        boolean typedFree = c.hourlyCostUsd() != null;
        if (item != null && item.unit().isTimeBased() || c.hourlyCostUsd() != null) {
            instances(k, c, item);
        }
        perCall(k, c, item);
        if (c.monthlyFixedCostUsd() > 0) {
            add(new LineItem(c.id(), "Fixed monthly charge", LineCategory.FIXED, null, 1, "month",
                    c.monthlyFixedCostUsd(), c.monthlyFixedCostUsd(),
                    textUsd(c.monthlyFixedCostUsd()) + " a month (monthlyFixedCostUsd)",
                    LineItem.MODEL_SOURCE, null, PriceStatus.MODEL, null));
        }
        storage(c, item);
        logs(k, c);
        if (c.kind() == Kind.LOAD_BALANCER && item != null) {
            loadBalancer(k, c, item);
        }
        boolean cdnPriced = c.kind() == Kind.CDN && item != null && item.unit() == PriceUnit.GB;
        if (lines.size() == before && !typedFree && !cdnPriced) {
            unpriced.add(new Bill.Unpriced(c.id(), "everything", c.instanceType() != null
                    && catalog == null ? "no pricing catalog"
                            : "give an instanceType from the catalog, hourlyCostUsd (0 when it "
                                    + "is free), costPerMillionCalls or monthlyFixedCostUsd", true));
        }
    }

    private Commitment commitmentOf(Component c) {
        return override != null ? override
                : Commitment.fromKey(c.commitment()).orElse(Commitment.ON_DEMAND);
    }

    private void instances(int k, Component c, PriceItem item) {
        double hourly;
        String name;
        String sku = null;
        String source = LineItem.MODEL_SOURCE;
        PriceStatus status = PriceStatus.MODEL;
        Commitment applied = null;
        java.time.LocalDate read = null;
        LineCategory category = categoryOf(c);
        if (c.hourlyCostUsd() != null) {
            hourly = c.hourlyCostUsd();
            name = "Instances (hourlyCostUsd)";
        } else {
            Commitment want = commitmentOf(c);
            PriceQuote q = catalog.hourlyQuote(item, want);
            if (q.fellBack()) {
                warnings.add(c.id() + ": " + catalog.id() + " has no " + want.key()
                        + " price for " + item.sku() + "; priced on-demand");
            }
            hourly = q.usd();
            applied = q.applied();
            sku = item.sku();
            source = q.source();
            status = PriceStatus.of(item);
            read = item.read();
            name = item.sku() + (applied == Commitment.ON_DEMAND ? "" : " (" + applied.key() + ")");
            category = LineCategory.ofInstances(item.category());
        }
        double instanceHours;
        String count;
        int[] byHour; // instances running in each hour of the day
        boolean vm = item != null ? item.category() == PriceCategory.COMPUTE
                : c.kind() == Kind.SERVICE || c.kind() == Kind.WORKER;
        if (closed != null) {
            int n = closed.components().get(k).instances();
            instanceHours = n * HOURS;
            count = n + " ×";
            byHour = new int[] {n};
            addVms(vm, n);
        } else if (net.isAutoscaled(k)) {
            double[] profile = DailyProfile.of(model.workload().dailyProfile(),
                    model.workload().peakToAverage());
            double sum = 0;
            int lo = Integer.MAX_VALUE;
            int hi = 0;
            byHour = new int[profile.length];
            for (int h = 0; h < profile.length; h++) {
                double offered = net.averageArrivalRate(m) * profile[h]
                        * net.demandPerUnitRate(k);
                int n = net.instancesAt(k, offered);
                byHour[h] = n;
                sum += n;
                lo = Math.min(lo, n);
                hi = Math.max(hi, n);
                if (vm) {
                    vmsByHour[h] += n;
                }
            }
            instanceHours = sum / profile.length * HOURS;
            count = !words ? "" : lo == hi ? lo + " ×" : lo + "–" + hi + " (avg "
                    + String.format(Locale.ROOT, "%.2f", sum / profile.length) + ") ×";
        } else {
            instanceHours = c.instances() * HOURS;
            count = c.instances() + " ×";
            byHour = new int[] {c.instances()};
            addVms(vm, c.instances());
        }
        PriceItem fromCatalog = c.hourlyCostUsd() == null ? item : null;
        double instanceMonths = instanceHours / HOURS;
        if (fromCatalog != null && fromCatalog.terms().includedEgressGb() > 0) {
            includedEgressGb += instanceMonths * fromCatalog.terms().includedEgressGb();
            includedEgressServers += instanceMonths;
        }
        if (fromCatalog != null && fromCatalog.terms().publicIpv4PerInstance() > 0) {
            double perInstance = fromCatalog.terms().publicIpv4PerInstance();
            double addresses = instanceMonths * perInstance;
            ipv4(c.id(), addresses, textAddresses(addresses) + " (" + textTrim(perInstance)
                    + " with each instance)");
        }
        if (hourly == 0) {
            return;
        }
        List<Part> parts = fromCatalog != null && applied.paidEveryHour()
                && varies(byHour)
                ? committedAndBurst(item, hourly, applied, name, byHour, instanceHours, count,
                        source)
                : List.of(new Part(name, instanceHours, hourly, applied, source, byHour, count,
                        count + " 730 h × " + textPrice(hourly) + "/h"));
        for (Part part : parts) {
            if (fromCatalog != null && fromCatalog.unit() == PriceUnit.MONTH) {
                // Sold by the month (a monthly cap): the line counts instance-months at the
                // monthly price, so its arithmetic multiplies out to the cent it shows.
                double monthly = catalog.quote(item, commitmentOf(c)).usd();
                add(new LineItem(c.id(), name + " instance-months", category, sku,
                        instanceMonths, "month", monthly, instanceMonths * monthly, count + " "
                                + textMonthly(monthly) + "/month", source, read, status,
                        applied));
            } else {
                add(new LineItem(c.id(), part.name() + " instance-hours", category, sku,
                        part.hours(), "hour", part.hourly(), part.hours() * part.hourly(),
                        part.arithmetic(), part.source(), read, status, part.applied()));
            }
            if (part.applied() == Commitment.ON_DEMAND && item.terms().sustainedUse() != null) {
                sustainedUse(c, item, part.hourly(), part.byHour(), part.source(), read, status,
                        category);
            }
        }
        if (fromCatalog != null && (fromCatalog.category() == PriceCategory.COMPUTE
                || fromCatalog.category() == PriceCategory.GPU)) {
            bootDisks(c, instanceMonths, count);
        }
        if (c.multiAz()) {
            for (Part part : parts) {
                standby(c, item, part.hours(), part.hourly(), part.applied(), part.count());
            }
        }
    }

    /**
     * Instance-hours billed at one price: all of a tier's, or one part of a committed tier's.
     *
     * @param byHour the part's instances in each hour of the day (for the sustained-use credit)
     * @param count  its instances in words ("4 ×"), for the arithmetic of a standby
     */
    private record Part(String name, double hours, double hourly, Commitment applied,
            String source, int[] byHour, String count, String arithmetic) {}

    private static boolean varies(int[] byHour) {
        return Arrays.stream(byHour).min().orElse(0) != Arrays.stream(byHour).max().orElse(0);
    }

    /**
     * An autoscaled tier on a 1- or 3-year commitment whose count changes over the day. A
     * reservation, savings plan or committed-use contract is paid for every hour of its term,
     * used or not, so what an engineer commits is the instances that run every hour (the tier's
     * quietest hour); the instances above them run part of the day and are billed on demand
     * (with Google's sustained-use credit where the catalog gives one). Two parts, then: the
     * committed floor (none when the quietest hour needs no instance) and the burst on demand.
     */
    private List<Part> committedAndBurst(PriceItem item, double hourly, Commitment applied,
            String name, int[] byHour, double instanceHours, String count, String source) {
        int floor = Arrays.stream(byHour).min().orElse(0);
        double committedHours = floor * HOURS;
        double burstHours = instanceHours - committedHours;
        PriceQuote od = catalog.hourlyQuote(item, Commitment.ON_DEMAND);
        List<Part> parts = new ArrayList<>();
        if (floor > 0) {
            String floorCount = words ? floor + " ×" : "";
            parts.add(new Part(name, committedHours, hourly, applied, source,
                    new int[] {floor}, floorCount, !words ? "" : floorCount + " 730 h × "
                            + textPrice(hourly) + "/h (the " + (floor == 1 ? "instance that runs"
                                    : "instances that run") + " every hour)"));
        }
        int[] burst = new int[byHour.length];
        for (int h = 0; h < byHour.length; h++) {
            burst[h] = byHour[h] - floor;
        }
        String burstCount = !words ? "" : count.substring(0, count.length() - 2) + " less the "
                + floor + " committed = " + String.format(Locale.ROOT, "%.2f", burstHours / HOURS)
                + " ×";
        parts.add(new Part(item.sku(), burstHours, od.usd(), Commitment.ON_DEMAND, od.source(),
                burst, burstCount, !words ? "" : burstCount + " 730 h × " + textPrice(od.usd())
                        + "/h (on demand: they run part of the day)"));
        return parts;
    }

    /**
     * The boot disk each virtual machine runs from, billed apart from the machine (EBS, a
     * persistent disk, a managed OS disk): the component's {@code bootDiskGb}, or the provider's
     * image default; none where the catalog has no boot-disk item (Hetzner's servers include
     * their disk) or the component asks for 0 GB.
     */
    private void bootDisks(Component c, double instanceMonths, String count) {
        PriceItem disk = catalogItem(Billing.BOOT_DISK_SKU);
        Double asked = c.bootDiskGb();
        if (disk == null || instanceMonths <= 0 || (asked != null && asked == 0)) {
            return;
        }
        double usd = catalog.usdRate().toUsd(disk.price());
        double stated = disk.terms().perInstanceGb();
        String each = count.isEmpty() ? "" : count + " ";
        if (disk.unit() == PriceUnit.GB_MONTH) {
            double gb = asked != null ? asked : stated;
            double gbMonths = instanceMonths * gb;
            add(line(c.id(), "Boot disks", LineCategory.STORAGE, disk, gbMonths, "GB-month", usd,
                    gbMonths * usd, each + textQuantity(gb) + " GB = " + textQuantity(gbMonths)
                            + " GB-months × " + textPrice(usd) + "/GB-month"));
        } else {
            // sold by the disk: the smallest disk that holds the size asked for
            PriceItem sized = asked == null || asked <= stated ? disk : largerDisk(asked);
            if (sized == null) {
                unpriced.add(new Bill.Unpriced(c.id(), "boot disks", catalog.id() + " prices no "
                        + "boot disk of " + BillText.quantity(asked) + " GB", false));
                return;
            }
            double price = catalog.usdRate().toUsd(sized.price());
            add(line(c.id(), "Boot disks", LineCategory.STORAGE, sized, instanceMonths,
                    "disk-month", price, instanceMonths * price, each + "1 disk of up to "
                            + textQuantity(sized.terms().perInstanceGb()) + " GB × "
                            + textMonthly(price) + "/month"));
        }
    }

    /** The catalog's smallest boot disk sold by the month that holds {@code gb}, or null. */
    private PriceItem largerDisk(double gb) {
        PriceItem best = null;
        for (PriceItem i : catalog.items(PriceCategory.STORAGE)) {
            if (i.sku().startsWith(Billing.BOOT_DISK_SKU + "-") && i.unit() == PriceUnit.MONTH
                    && i.terms().perInstanceGb() >= gb && (best == null
                            || i.terms().perInstanceGb() < best.terms().perInstanceGb())) {
                best = i;
            }
        }
        return best;
    }

    private void addVms(boolean vm, int n) {
        if (vm) {
            for (int h = 0; h < vmsByHour.length; h++) {
                vmsByHour[h] += n;
            }
        }
    }

    /**
     * Google's sustained-use discount, a credit on the on-demand price. Google stacks a machine
     * series' usage in a region and charges each layer by how much of the month it runs; here the
     * k-th instance of a tier is a layer that runs in the hours of the day the tier has k or more
     * (docs/pricing.md "The bill"). Layers that run the same hours are one group in the arithmetic.
     */
    private void sustainedUse(Component c, PriceItem item, double hourly, int[] byHour,
            String source, java.time.LocalDate read, PriceStatus status, LineCategory category) {
        SustainedUse sud = item.terms().sustainedUse();
        int most = Arrays.stream(byHour).max().orElse(0);
        // instances (layers) by the hours of the day they run
        TreeMap<Integer, Integer> layers = new TreeMap<>(Comparator.reverseOrder());
        for (int layer = 1; layer <= most; layer++) {
            int hours = 0;
            for (int n : byHour) {
                hours += n >= layer ? 1 : 0;
            }
            layers.merge(hours, 1, Integer::sum);
        }
        double hoursCredited = 0;
        double credit = 0;
        List<String> groups = new ArrayList<>();
        for (Map.Entry<Integer, Integer> e : layers.entrySet()) {
            double used = (double) e.getKey() / byHour.length;
            double share = sud.share(used);
            if (share <= 0) {
                continue;
            }
            int instances = e.getValue();
            double hours = instances * used * HOURS;
            hoursCredited += hours;
            credit -= hours * hourly * share;
            if (words) {
                String when = e.getKey() == byHour.length ? "all month × 730 h"
                        : e.getKey() + " h a day × " + textTrim(used * HOURS) + " h";
                groups.add(instances + (instances == 1 ? " instance " : " instances ") + when
                        + " × " + textPrice(hourly) + "/h × −" + textPercent(share));
            }
        }
        if (hoursCredited <= 0) {
            return;
        }
        add(new LineItem(c.id(), item.sku() + " sustained-use discount", category, item.sku(),
                hoursCredited, "hour", credit / hoursCredited, credit, String.join(" + ", groups),
                source, read, status, Commitment.ON_DEMAND));
    }

    private LineCategory categoryOf(Component c) {
        return switch (c.kind()) {
            case DATABASE -> LineCategory.DATABASE;
            case CACHE -> LineCategory.CACHE;
            case LOAD_BALANCER -> LineCategory.LOAD_BALANCER;
            case CDN -> LineCategory.CDN;
            case STORAGE -> LineCategory.STORAGE;
            case EXTERNAL, QUEUE -> LineCategory.REQUESTS;
            default -> LineCategory.COMPUTE;
        };
    }

    /** The standby of a Multi-AZ deployment: the Multi-AZ price less the Single-AZ one. */
    private void standby(Component c, PriceItem item, double instanceHours, double hourly,
            Commitment applied, String count) {
        Double multi = item == null ? null : item.terms().multiAzPrice();
        if (multi == null) {
            unpriced.add(new Bill.Unpriced(c.id(), "Multi-AZ standby", item == null
                    ? "hourlyCostUsd gives no Multi-AZ price; add the standby to hourlyCostUsd"
                    : catalog.id() + " states no Multi-AZ price for " + item.sku(), false));
            return;
        }
        double ratio = multi / item.price();
        double extra = hourly * (ratio - 1);
        String how = applied == Commitment.ON_DEMAND
                ? " (Multi-AZ " + textPrice(catalog.usdRate().toUsd(multi)) + "/h less "
                        + "Single-AZ " + textPrice(hourly) + "/h)"
                : " (the " + applied.key() + " price × the on-demand Multi-AZ ratio "
                        + textTrim(ratio) + ", less one)";
        add(new LineItem(c.id(), item.sku() + " Multi-AZ standby", LineCategory.STANDBY,
                item.sku(), instanceHours, "hour", extra, instanceHours * extra,
                count + " 730 h × " + textPrice(extra) + "/h" + how, item.source(),
                item.read(), PriceStatus.of(item), applied));
    }

    private void perCall(int k, Component c, PriceItem item) {
        double perMillion = c.costPerMillionCalls();
        String sku = null;
        String source = LineItem.MODEL_SOURCE;
        PriceStatus status = PriceStatus.MODEL;
        java.time.LocalDate read = null;
        String what = "Calls (costPerMillionCalls)";
        if (perMillion <= 0 && item != null && (item.unit() == PriceUnit.MILLION_REQUESTS
                || item.unit() == PriceUnit.THOUSAND_REQUESTS)) {
            PriceQuote q = catalog.quote(item, Commitment.ON_DEMAND);
            perMillion = item.unit() == PriceUnit.MILLION_REQUESTS ? q.usd() : q.usd() * 1000;
            sku = item.sku();
            source = item.source();
            status = PriceStatus.of(item);
            read = item.read();
            what = item.sku() + " requests";
        }
        if (perMillion <= 0) {
            return;
        }
        double n = visits(k);
        add(new LineItem(c.id(), what, categoryOf(c) == LineCategory.COMPUTE
                ? LineCategory.REQUESTS : categoryOf(c), sku, n / 1e6, "million calls",
                perMillion, n / 1e6 * perMillion,
                textMillions(n) + " calls × " + textPrice(perMillion) + " per million",
                source, read, status, null));
    }

    /** Storage, backups and provisioned IOPS, with their Multi-AZ standby copies. */
    private void storage(Component c, PriceItem item) {
        double gb = 0;
        String gbText = "";
        if (c.storageGb() != null || c.storageGbPerUser() != null) {
            double base = c.storageGb() == null ? 0 : c.storageGb();
            Double users = net.users(m);
            double perUser = c.storageGbPerUser() == null || users == null ? 0
                    : c.storageGbPerUser() * users;
            gb = base + perUser;
            gbText = c.storageGbPerUser() == null || users == null ? textQuantity(gb) + " GB"
                    : textQuantity(base) + " GB + " + textTrim(c.storageGbPerUser())
                            + " GB × " + textQuantity(users) + " users = "
                            + textQuantity(gb) + " GB";
        }
        if (c.storageGb() != null || c.storageGbPerUser() != null) {
            PriceItem store = item == null ? null : item.unit() == PriceUnit.GB_MONTH ? item
                    : linked(item, "storage");
            if (store == null) {
                unpriced.add(new Bill.Unpriced(c.id(), "storage", item == null
                        ? "give an instanceType whose catalog item names its storage price"
                        : item.sku() + " names no storage price in " + catalog.id(), false));
            } else {
                Tiers.Priced p = Tiers.price(gb, store.terms().tiers(), store.price(),
                        catalog.usdRate());
                String how = store.terms().tiered() ? gbText + ": " + textArithmetic(p, "GB")
                        : gbText + " × " + textPrice(p.averageUsd(0)) + "/GB-month";
                add(line(c.id(), store.sku() + " storage", LineCategory.STORAGE, store, gb,
                        "GB-month", p.averageUsd(catalog.usdRate().toUsd(store.price())),
                        p.usd(), how));
                if (c.multiAz()) {
                    standbyCopy(c, store, gb, "storage", "GB-month");
                }
            }
        }
        if (c.backupGb() != null && c.backupGb() > 0) {
            PriceItem backup = item == null ? null : linked(item, "backup");
            if (backup == null) {
                unpriced.add(new Bill.Unpriced(c.id(), "backups", (item == null ? "no instanceType"
                        : item.sku()) + " names no backup price", false));
            } else {
                double usd = catalog.usdRate().toUsd(backup.price());
                add(line(c.id(), backup.sku() + " backups", LineCategory.STORAGE, backup,
                        c.backupGb(), "GB-month", usd, c.backupGb() * usd,
                        textQuantity(c.backupGb()) + " GB × " + textPrice(usd)
                                + "/GB-month"));
            }
        }
        if (c.provisionedIops() != null && c.provisionedIops() > 0) {
            PriceItem iops = item == null ? null : linked(item, "iops");
            if (iops == null) {
                unpriced.add(new Bill.Unpriced(c.id(), "provisioned IOPS", (item == null
                        ? "no instanceType" : item.sku()) + " names no IOPS price", false));
            } else {
                double usd = catalog.usdRate().toUsd(iops.price());
                add(line(c.id(), iops.sku() + " provisioned IOPS", LineCategory.STORAGE, iops,
                        c.provisionedIops(), "IOPS-month", usd, c.provisionedIops() * usd,
                        textQuantity(c.provisionedIops()) + " IOPS × "
                                + textPrice(usd) + "/IOPS-month"));
                if (c.multiAz()) {
                    standbyCopy(c, iops, c.provisionedIops(), "provisioned IOPS", "IOPS-month");
                }
            }
        }
    }

    /** The standby's copy of a storage-like item: the Multi-AZ price less the Single-AZ one. */
    private void standbyCopy(Component c, PriceItem store, double quantity, String what,
            String unit) {
        Double multi = store.terms().multiAzPrice();
        if (multi == null) {
            unpriced.add(new Bill.Unpriced(c.id(), "Multi-AZ standby " + what, catalog.id()
                    + " states no Multi-AZ price for " + store.sku(), false));
            return;
        }
        double extra = catalog.usdRate().toUsd(multi - store.price());
        add(line(c.id(), store.sku() + " Multi-AZ standby " + what, LineCategory.STANDBY, store,
                quantity, unit, extra, quantity * extra, textQuantity(quantity) + " "
                        + unit.replace("-month", "") + " × " + textPrice(extra) + "/" + unit
                        + " (Multi-AZ " + textPrice(catalog.usdRate().toUsd(multi))
                        + " less Single-AZ " + textPrice(catalog.usdRate()
                                .toUsd(store.price())) + ")"));
    }

    private void logs(int k, Component c) {
        if (c.logKbPerRequest() == null || c.logKbPerRequest() <= 0) {
            return;
        }
        double gb = visits(k) * c.logKbPerRequest() / Billing.KB_PER_GB;
        PriceItem logs = catalogItem(Billing.LOGS_SKU);
        if (logs == null) {
            unpriced.add(new Bill.Unpriced(c.id(), "logs", noPrice(Billing.LOGS_SKU), false));
            return;
        }
        double usd = catalog.usdRate().toUsd(logs.price());
        add(line(c.id(), "Log ingestion", LineCategory.LOGS, logs, gb, "GB", usd, gb * usd,
                textMillions(visits(k)) + " visits × " + textTrim(c.logKbPerRequest())
                        + " KB = " + textQuantity(gb) + " GB × " + textPrice(usd)
                        + "/GB"));
    }

    /** Capacity units or data processed, and the balancer's public IPv4 addresses. */
    private void loadBalancer(int k, Component c, PriceItem item) {
        double gb = throughGb(k);
        PriceItem lcu = linked(item, "capacity-units");
        if (lcu != null && lcu.terms().capacityUnit() != null) {
            capacityUnits(k, c, lcu, gb);
        } else if (lcu != null) {
            unpriced.add(new Bill.Unpriced(c.id(), "capacity units", catalog.id() + " states "
                    + "no dimensions of a " + lcu.sku() + " capacity unit", false));
        }
        PriceItem data = linked(item, "data-processed");
        if (data != null) {
            double usd = catalog.usdRate().toUsd(data.price());
            add(line(c.id(), "Data processed", LineCategory.LOAD_BALANCER, data, gb, "GB", usd,
                    gb * usd, textQuantity(gb) + " GB × " + textPrice(usd) + "/GB"));
        }
        double perZone = item.terms().publicIpv4PerZone();
        if (perZone > 0) {
            double addresses = perZone * model.network().availabilityZones();
            int zones = model.network().availabilityZones();
            ipv4(c.id(), addresses, textAddresses(addresses) + (zones == 1 ? " (one zone)"
                    : " (" + textTrim(perZone) + " in each of " + zones + " zones)"));
        }
    }

    /**
     * A month of capacity units: each hour is billed for the dimension that needs the most units
     * (processed bytes, new connections, active connections, rule evaluations). Traffic follows
     * the daily profile, and every dimension grows with it, so the same dimension binds every hour
     * and the month's units are the largest dimension's month; units billed whole each hour are
     * rounded up hour by hour of the profile.
     */
    private void capacityUnits(int k, Component c, PriceItem lcu, double gb) {
        PriceTerms.CapacityUnit unit = lcu.terms().capacityUnit();
        Networking n = model.network();
        double connections = visits(k) / n.requestsPerConnection();
        double seconds = HOURS * 3600;
        double byBytes = gb / unit.bytesGbPerHour();
        double byNew = connections / (unit.newConnectionsPerSecond() * 3600);
        // Little's law: connections open at once = new connections a second × seconds open;
        // over the month, connections × seconds open ÷ (allowance × 3,600) unit-hours.
        double byActive = unit.activeConnections() <= 0 ? 0
                : connections * n.connectionSeconds() / (unit.activeConnections() * 3600);
        int rules = c.rulesPerRequest() == null ? 0 : c.rulesPerRequest();
        int charged = Math.max(0, rules - unit.freeRules());
        double byRules = unit.ruleEvaluationsPerSecond() <= 0 ? 0
                : visits(k) * charged / (unit.ruleEvaluationsPerSecond() * 3600);
        double units = Math.max(Math.max(byBytes, byNew), Math.max(byActive, byRules));
        String how;
        if (!words) {
            how = "";
        } else if (units == byBytes) {
            how = unit.mbps() > 0
                    ? textQuantity(gb) + " GB processed = " + textTrim(gb * Billing.KB_PER_GB
                            * 1024 * 8 / 1e6 / seconds) + " Mbps on average ÷ "
                            + textTrim(unit.mbps()) + " Mbps per unit"
                    : textQuantity(gb) + " GB processed ÷ " + textTrim(unit.gbPerHour())
                            + " GB per unit-hour";
        } else if (units == byNew) {
            how = textMillions(connections) + " new connections ÷ ("
                    + textTrim(unit.newConnectionsPerSecond()) + "/s × 3,600 s)";
        } else if (units == byActive) {
            double perSecond = connections / seconds;
            how = textQuantity(perSecond * n.connectionSeconds())
                    + " connections open at once (" + textTrim(perSecond) + " new a second × "
                    + textQuantity(n.connectionSeconds()) + " s) ÷ "
                    + textQuantity(unit.activeConnections()) + " per unit × 730 h";
        } else {
            how = textMillions(visits(k)) + " requests × " + charged + " rules beyond "
                    + unit.freeRules() + " free ÷ (" + textQuantity(unit.ruleEvaluationsPerSecond())
                    + "/s × 3,600 s)";
        }
        String unitHours = " unit-hours";
        if (unit.wholeUnitsPerHour()) {
            double perHour = units / HOURS;
            double whole;
            if (closed != null) {
                whole = Math.ceil(perHour - 1e-9);
            } else {
                double[] profile = DailyProfile.of(model.workload().dailyProfile(),
                        model.workload().peakToAverage());
                double sum = 0;
                for (double weight : profile) {
                    sum += Math.ceil(perHour * weight - 1e-9);
                }
                whole = sum / profile.length;
            }
            units = whole * HOURS;
            unitHours = " unit-hours, whole units each hour";
        }
        double usd = catalog.usdRate().toUsd(lcu.price());
        add(line(c.id(), "Capacity units", LineCategory.LOAD_BALANCER, lcu, units, "unit-hour",
                usd, units * usd, how + " = " + textQuantity(units) + unitHours + " × "
                        + textPrice(usd)));
    }

    private void ipv4(String componentId, double addresses, String what) {
        PriceItem ip = catalogItem(Billing.IPV4_SKU);
        if (ip == null) {
            return;
        }
        double usd = catalog.usdRate().toUsd(ip.price());
        if (ip.unit() == PriceUnit.MONTH) {
            // sold by the month (Hetzner's monthly cap): address-months at the monthly price
            add(line(componentId, "Public IPv4 addresses", LineCategory.NETWORK, ip, addresses,
                    "month", usd, addresses * usd, what + " × " + textMonthly(usd) + "/month"));
            return;
        }
        double hours = addresses * HOURS;
        add(line(componentId, "Public IPv4 addresses", LineCategory.NETWORK, ip, hours, "hour",
                usd, hours * usd, what + " × 730 h × " + textPrice(usd) + "/h"));
    }

    // ---- the whole model ------------------------------------------------------------------------

    /** CDN traffic and requests, tiered over every CDN billed by the same item. */
    private void cdn() {
        Map<String, List<Integer>> bySku = new LinkedHashMap<>();
        for (int k = 0; k < net.stationCount(); k++) {
            Component c = model.components().get(k);
            PriceItem item = c.kind() == Kind.CDN && c.hourlyCostUsd() == null
                    && c.instanceType() != null && catalog != null
                    ? catalog.find(c.instanceType()).orElse(null) : null;
            if (item != null && item.unit() == PriceUnit.GB) {
                bySku.computeIfAbsent(item.sku(), s -> new ArrayList<>()).add(k);
            }
        }
        for (Map.Entry<String, List<Integer>> e : bySku.entrySet()) {
            PriceItem item = catalog.find(e.getKey()).orElseThrow();
            double[] gb = new double[e.getValue().size()];
            double[] req = new double[gb.length];
            for (int i = 0; i < gb.length; i++) {
                int k = e.getValue().get(i);
                gb[i] = answersGb(k);
                req[i] = visits(k);
            }
            shared(e.getValue(), item, gb, "GB", "CDN traffic to the internet", LineCategory.CDN);
            PriceItem fees = linked(item, "requests");
            if (fees != null) {
                double[] units = new double[req.length];
                double per = fees.unit() == PriceUnit.TEN_THOUSAND_REQUESTS ? 1e4
                        : fees.unit() == PriceUnit.THOUSAND_REQUESTS ? 1e3 : 1e6;
                for (int i = 0; i < units.length; i++) {
                    units[i] = req[i] / per;
                }
                shared(e.getValue(), fees, units, per == 1e4 ? "10k requests"
                        : per == 1e3 ? "1k requests" : "million requests", "CDN requests",
                        LineCategory.CDN);
            }
        }
    }

    /**
     * A tiered charge shared by several components: the tiers price the sum, and each component
     * pays its share at the month's average price.
     */
    private void shared(List<Integer> ks, PriceItem item, double[] quantity, String unit,
            String what, LineCategory category) {
        double sum = 0;
        for (double q : quantity) {
            sum += q;
        }
        beyondStated(item, sum, unit);
        Tiers.Priced p = Tiers.price(sum, item.terms().tiers(), item.price(), catalog.usdRate());
        double avg = p.averageUsd(catalog.usdRate().toUsd(item.price()));
        for (int i = 0; i < ks.size(); i++) {
            String id = net.id(ks.get(i));
            String how = ks.size() == 1 ? textQuantity(sum) + " " + unit + ": "
                    + textArithmetic(p, unit)
                    : textQuantity(quantity[i]) + " of " + textQuantity(sum) + " " + unit
                            + " at their average " + textPrice(avg) + " (" + textArithmetic(p,
                                    unit) + " = " + textUsd(p.usd()) + ")";
            add(line(id, what, category, item, quantity[i], unit, avg, quantity[i] * avg, how));
        }
    }

    /** Answers to the internet (not through a CDN) and requests sent to external APIs. */
    private void egress() {
        double answers = 0;
        for (int k = 0; k < net.stationCount(); k++) {
            if (model.components().get(k).kind() != Kind.CDN) {
                answers += answersGb(k);
            }
        }
        double toApis = 0;
        List<Connection> es = model.connections();
        for (int i = 0; i < es.size(); i++) {
            Connection e = es.get(i);
            if (component(e.to()).kind() == Kind.EXTERNAL
                    && component(e.from()).kind() != Kind.EXTERNAL && e.requestKb() != null) {
                toApis += calls[i] * e.requestKb() / Billing.KB_PER_GB;
            }
        }
        double gb = answers + toApis;
        if (gb <= 0) {
            return;
        }
        PriceItem item = catalogItem(Billing.EGRESS_SKU);
        if (item == null || item.unit() != PriceUnit.GB) {
            warnings.add("egress: " + noPrice(Billing.EGRESS_SKU) + "; "
                    + String.format(Locale.ROOT, "%,.0f GB a month not billed", gb));
            return;
        }
        List<PriceTier> tiers = item.terms().tiers();
        String included = "";
        if (includedEgressGb > 0) {
            // The servers' allowance comes first, free; past it, the item's price.
            tiers = tiers.isEmpty() ? List.of(new PriceTier(includedEgressGb, 0),
                    new PriceTier(null, item.price())) : tiers;
            included = "; " + textQuantity(includedEgressGb) + " GB included with "
                    + textTrim(includedEgressServers)
                    + (includedEgressServers == 1 ? " instance" : " instances");
        }
        Tiers.Priced p = Tiers.price(gb, tiers, item.price(), catalog.usdRate());
        String parts = toApis > 0 ? " (" + textQuantity(answers) + " GB of answers + "
                + textQuantity(toApis) + " GB sent to external APIs)" : "";
        add(line(null, "Internet egress", LineCategory.EGRESS, item, gb, "GB",
                p.averageUsd(catalog.usdRate().toUsd(item.price())), p.usd(),
                textQuantity(gb) + " GB" + parts + included + ": " + textArithmetic(p, "GB")));
    }

    /**
     * A NAT gateway billed per virtual machine it serves (Google's Cloud NAT), each hour for at
     * most {@code perVmUpTo} VMs a gateway; the model's VMs are spread evenly over the gateways.
     */
    private void natPerVm(int gateways, PriceItem hour) {
        int cap = hour.terms().perVmUpTo();
        double vmHours = 0;
        double vms = 0;
        boolean capped = false;
        for (double n : vmsByHour) {
            double perGateway = n / gateways;
            capped |= perGateway > cap;
            vmHours += gateways * Math.min(perGateway, cap) * HOURS / vmsByHour.length;
            vms += n / vmsByHour.length;
        }
        if (vmHours <= 0) {
            return;
        }
        double usd = catalog.hourlyUsd(hour, Commitment.ON_DEMAND);
        add(line(null, "NAT gateway VM-hours", LineCategory.NETWORK, hour, vmHours, "VM-hour",
                usd, vmHours * usd, textTrim(vms) + (vms == 1 ? " VM" : " VMs") + " on "
                        + gateways + (gateways == 1 ? " gateway" : " gateways") + " × 730 h"
                        + (capped ? ", at most " + cap + " a gateway," : "") + " = "
                        + textQuantity(vmHours) + " VM-hours × " + textPrice(usd) + "/h"));
    }

    /** NAT gateway hours, their data and their addresses. */
    private void nat() {
        int gateways = model.network().natGateways();
        if (gateways <= 0) {
            return;
        }
        PriceItem hour = catalogItem(Billing.NAT_SKU);
        if (hour != null && hour.unit() == PriceUnit.HOUR && hour.terms().perVmUpTo() > 0) {
            natPerVm(gateways, hour);
        } else if (hour != null && hour.unit().isTimeBased()) {
            double usd = catalog.hourlyUsd(hour, Commitment.ON_DEMAND);
            add(line(null, "NAT gateway hours", LineCategory.NETWORK, hour, gateways * HOURS,
                    "hour", usd, gateways * HOURS * usd, gateways + " gateway"
                            + (gateways == 1 ? "" : "s") + " × 730 h × " + textPrice(usd)
                            + "/h"));
        } else {
            warnings.add("NAT: " + noPrice(Billing.NAT_SKU) + "; the gateways' hours are not "
                    + "billed");
        }
        double gb = 0;
        List<Connection> es = model.connections();
        for (int i = 0; i < es.size(); i++) {
            Connection e = es.get(i);
            if (component(e.to()).kind() == Kind.EXTERNAL && zonal(component(e.from()))) {
                gb += calls[i] * e.kbPerCall() / Billing.KB_PER_GB;
            }
        }
        PriceItem data = catalogItem(Billing.NAT_DATA_SKU);
        if (data != null && gb > 0) {
            double usd = catalog.usdRate().toUsd(data.price());
            add(line(null, "NAT gateway data processed", LineCategory.NETWORK, data, gb, "GB",
                    usd, gb * usd, textQuantity(gb) + " GB to external APIs and back × "
                            + textPrice(usd) + "/GB"));
        }
        ipv4(null, gateways, gateways + " NAT gateway address" + (gateways == 1 ? "" : "es"));
    }

    /**
     * Calls between zonal components that cross zones, billed out of one zone and into another,
     * or only out of it where the provider does not charge arriving traffic.
     */
    private void crossZone() {
        double share = model.network().crossZoneShare();
        if (share <= 0) {
            return;
        }
        double gb = 0;
        int unsized = 0;
        List<Connection> es = model.connections();
        for (int i = 0; i < es.size(); i++) {
            Connection e = es.get(i);
            if (zonal(component(e.from())) && zonal(component(e.to()))) {
                if (e.kbPerCall() > 0) {
                    gb += calls[i] * e.kbPerCall() / Billing.KB_PER_GB * share;
                } else {
                    unsized++;
                }
            }
        }
        if (unsized > 0) {
            warnings.add("cross-zone traffic: " + unsized + " connection" + (unsized == 1
                    ? " between zonal components gives" : "s between zonal components give")
                    + " no requestKb or responseKb; their traffic between zones is not billed");
        }
        if (gb <= 0) {
            return;
        }
        PriceItem item = catalogItem(Billing.CROSS_ZONE_SKU);
        if (item == null) {
            warnings.add("cross-zone traffic: " + noPrice(Billing.CROSS_ZONE_SKU) + "; "
                    + String.format(Locale.ROOT, "%,.0f GB a month not billed", gb));
            return;
        }
        double usd = catalog.usdRate().toUsd(item.price());
        int n = model.network().availabilityZones();
        boolean once = item.terms().egressOnly();
        double billed = once ? gb : 2 * gb;
        add(line(null, "Traffic between availability zones", LineCategory.NETWORK, item, billed,
                "GB", usd, billed * usd, textQuantity(gb) + " GB crossing zones ("
                        + (n - 1) + " in " + n + " calls)" + (once
                                ? " × " + textPrice(usd) + "/GB as it leaves a zone (arriving is "
                                        + "free)"
                                : " × 2 (out of one zone, into another) × " + textPrice(usd)
                                        + "/GB")));
    }

    /** The support plan: a tiered share of everything else, with its monthly minimum. */
    private void support() {
        if (model.supportPlan() == null || catalog == null) {
            return;
        }
        PriceItem plan = catalog.find(model.supportPlan()).orElse(null);
        if (plan == null || plan.unit() != PriceUnit.SPEND) {
            return;
        }
        double spendUsd = lines.stream().mapToDouble(LineItem::monthlyUsd).sum();
        double spendLocal = spendUsd / catalog.usdRate().usdPerUnit();
        Tiers.Priced p = Tiers.price(spendLocal, plan.terms().tiers(), plan.price(),
                ExchangeRate.identity(catalog.read()));
        double feeLocal = p.usd();
        double min = plan.terms().minimumMonthly() == null ? 0 : plan.terms().minimumMonthly();
        List<String> parts = new ArrayList<>();
        for (Tiers.Segment s : p.segments()) {
            parts.add(textPercent(s.priceUsd()) + " of " + textUsd(s.quantity()));
        }
        String arithmetic = (parts.isEmpty() ? "nothing to share" : String.join(" + ", parts))
                + " = " + textUsd(feeLocal);
        if (min > feeLocal) {
            arithmetic += ", below the monthly minimum: " + textUsd(min);
            feeLocal = min;
        }
        double feeUsd = catalog.usdRate().toUsd(feeLocal);
        add(line(null, plan.sku() + " support plan", LineCategory.SUPPORT, plan, spendUsd,
                "USD of spend", spendUsd > 0 ? feeUsd / spendUsd : 0, feeUsd, arithmetic));
    }

    // ---- helpers --------------------------------------------------------------------------------

    /**
     * Warns, once per item, when a month's quantity passes what the item's source prices: the
     * rest is billed at the first tier's price, which a provider's later tiers may undercut.
     */
    private void beyondStated(PriceItem item, double quantity, String unit) {
        Double most = item.terms().statedUpTo();
        if (most != null && quantity > most && warnedBeyond.add(item.sku())) {
            warnings.add(item.sku() + ": " + BillText.quantity(quantity) + " " + unit
                    + " is more than the " + BillText.quantity(most) + " " + unit
                    + " its source prices; all of it is billed at that first tier's price, which "
                    + "the provider's later tiers may undercut");
        }
    }

    private PriceItem linked(PriceItem item, String role) {
        if (catalog == null) {
            return null;
        }
        return item.terms().billedWith(role).flatMap(catalog::find).orElse(null);
    }

    private PriceItem catalogItem(String sku) {
        return catalog == null ? null : catalog.find(sku).orElse(null);
    }

    /** "aws-us-east-1 has no nat-gateway price", or that the model names no catalog. */
    private String noPrice(String sku) {
        return catalog == null ? "the model names no pricing catalog"
                : catalog.id() + " has no " + sku + " price";
    }

    private LineItem line(String componentId, String what, LineCategory category, PriceItem item,
            double quantity, String unit, double unitUsd, double usd, String arithmetic) {
        beyondStated(item, quantity, unit);
        return new LineItem(componentId, what, category, item.sku(), quantity, unit, unitUsd, usd,
                arithmetic, item.source(), item.read(), PriceStatus.of(item), null);
    }

    // ---- the arithmetic in words, skipped when the bill is made without ----------------------

    private String textQuantity(double v) {
        return words ? BillText.quantity(v) : "";
    }

    private String textTrim(double v) {
        return words ? BillText.trim(v) : "";
    }

    private String textPrice(double usd) {
        return words ? BillText.price(usd) : "";
    }

    private String textAddresses(double addresses) {
        return textTrim(addresses) + (addresses == 1 ? " address" : " addresses");
    }

    /** A monthly price: to the cent when it is whole cents ("$41.99"), else as a unit price. */
    private String textMonthly(double usd) {
        if (!words) {
            return "";
        }
        return Math.abs(usd * 100 - Math.rint(usd * 100)) < 1e-9 ? BillText.usd(usd)
                : BillText.price(usd);
    }

    private String textUsd(double v) {
        return words ? BillText.usd(v) : "";
    }

    private String textMillions(double v) {
        return words ? BillText.millions(v) : "";
    }

    private String textArithmetic(Tiers.Priced p, String unit) {
        return words ? Tiers.arithmetic(p, unit) : "";
    }

    private String textPercent(double share) {
        return words ? Tiers.percent(share) : "";
    }

    private void add(LineItem line) {
        if (!words) {
            line = new LineItem(line.componentId(), line.item(), line.category(), line.sku(),
                    line.quantity(), line.unit(), line.unitPriceUsd(), line.monthlyUsd(), "",
                    line.source(), line.read(), line.status(), line.commitment());
        }
        lines.add(line);
    }
}
