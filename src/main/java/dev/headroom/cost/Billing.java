package dev.headroom.cost;

import dev.headroom.model.Component;
import dev.headroom.model.Kind;
import dev.headroom.model.Model;
import dev.headroom.model.Names;
import dev.headroom.model.Problem;
import dev.headroom.network.Network;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The monthly bill (docs/pricing.md "The bill"): every line a provider's invoice has
 * that the model determines, each a quantity at a catalog price.
 *
 * <p>Per component: instance-hours at the hourly price (autoscaled tiers re-sized every hour of
 * the daily profile), a Multi-AZ standby, per-call charges, storage, backups, provisioned IOPS,
 * log ingestion, load-balancer capacity units and public IPv4 addresses, CDN traffic and
 * requests. For the whole model: internet egress (tiered, with the free allowance), NAT gateways
 * and their data, traffic between availability zones, and a support plan. A month is 730 hours;
 * calls per month are counted at average load, {@code users × requestsPerUserPerDay × 30.4 ×
 * visits}; data is counted in binary GB (2^20 KB).
 *
 * <p>Prices: an explicit {@code hourlyCostUsd} wins over the catalog; else the component's
 * {@code instanceType} in the model's {@code pricing} catalog, at its {@code commitment} (falling
 * back to on-demand, with a warning, when the catalog has no such price). What nothing prices is
 * listed in {@link Bill#unpriced()}, never billed as $0 in silence.
 */
public final class Billing {
    /** Days per month for call volumes (docs/pricing.md "The bill"). */
    public static final double DAYS_PER_MONTH = 30.4;
    /** KB per GB for data: binary units, as cloud providers bill. */
    public static final double KB_PER_GB = 1024.0 * 1024.0;
    /** The catalog SKU of internet egress per GB. */
    public static final String EGRESS_SKU = "internet-egress";
    /** The catalog SKU of data between availability zones, per GB in each direction. */
    public static final String CROSS_ZONE_SKU = "cross-zone-transfer";
    /** The catalog SKU of a NAT gateway hour. */
    public static final String NAT_SKU = "nat-gateway";
    /** The catalog SKU of data through a NAT gateway, per GB. */
    public static final String NAT_DATA_SKU = "nat-gateway-data";
    /** The catalog SKU of a public IPv4 address hour. */
    public static final String IPV4_SKU = "public-ipv4";
    /** The catalog SKU of a virtual machine's boot disk, per GB-month or per disk-month. */
    public static final String BOOT_DISK_SKU = "boot-disk";
    /** The catalog SKU of log ingestion, per GB. */
    public static final String LOGS_SKU = "log-ingestion";

    private Billing() {}

    /**
     * Problems pricing the model, each with a JSON path: an unknown catalog, an unknown instance
     * type (with the nearest known names), a price unit the model cannot size, an unknown
     * support plan.
     */
    public static List<Problem> check(Model model, CatalogLibrary library) {
        List<Problem> out = new ArrayList<>();
        Catalog catalog = null;
        if (model.pricing() != null) {
            catalog = library.find(model.pricing()).orElse(null);
            if (catalog == null) {
                out.add(new Problem("pricing", "unknown pricing catalog \"" + model.pricing()
                        + "\"" + Names.didYouMean(model.pricing(), library.ids())
                        + (library.ids().isEmpty() ? " (no catalog is loaded)"
                                : " (known: " + String.join(", ", library.ids()) + ")")));
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
            String unitProblem = unitProblem(c, item.get());
            if (unitProblem != null) {
                out.add(new Problem(p, unitProblem));
            }
        }
        if (model.supportPlan() != null) {
            if (catalog == null) {
                out.add(new Problem("supportPlan", "needs a pricing catalog: set \"pricing\""));
            } else {
                PriceItem plan = catalog.find(model.supportPlan()).orElse(null);
                if (plan == null || plan.unit() != PriceUnit.SPEND) {
                    List<String> plans = catalog.items().stream()
                            .filter(x -> x.unit() == PriceUnit.SPEND).map(PriceItem::sku).toList();
                    out.add(new Problem("supportPlan", "\"" + model.supportPlan()
                            + "\" is not a support plan of " + catalog.id() + (plans.isEmpty()
                                    ? " (it lists none)" : "; it lists " + String.join(", ", plans))));
                }
            }
        }
        return out;
    }

    /** Why the component cannot be billed by this item's unit, or null when it can. */
    private static String unitProblem(Component c, PriceItem item) {
        PriceUnit unit = item.unit();
        String sku = "\"" + item.sku() + "\" is priced per " + unit.key();
        return switch (unit) {
            case HOUR, MONTH, MILLION_REQUESTS, THOUSAND_REQUESTS -> null;
            case GB_MONTH -> c.kind() != Kind.STORAGE && c.kind() != Kind.DATABASE
                    ? sku + ": only a storage or database component is billed per GB stored"
                    : c.storageGb() == null && c.storageGbPerUser() == null
                            ? sku + " stored: give storageGb" : null;
            case GB -> c.kind() == Kind.CDN ? null
                    : sku + ": only a CDN is billed per GB it serves; give costPerMillionCalls";
            default -> sku + ", which Headroom cannot derive from the model; give "
                    + (unit.isTimeBased() ? "costPerMillionCalls" : "monthlyFixedCostUsd")
                    + " instead";
        };
    }

    /** The bill at growth multiplier {@code m}. The model must have passed {@link #check}. */
    public static Bill bill(Model model, Network net, double m, CatalogLibrary library) {
        return bill(model, net, m, library, null);
    }

    /**
     * The bill at growth multiplier {@code m}, with every catalog-priced component at
     * {@code commitment} instead of its own (null: as the model says). A commitment the catalog
     * does not offer for an item falls back to on-demand, with a warning.
     */
    public static Bill bill(Model model, Network net, double m, CatalogLibrary library,
            Commitment commitment) {
        Catalog catalog = model.pricing() == null ? null
                : library.find(model.pricing()).orElse(null);
        return new BillMaker(model, net, m, catalog, commitment).make();
    }

    /**
     * The model with every catalog-priced component on {@code commitment} where the catalog has
     * that price for its instance type, and on demand where it has not: the design that
     * {@link #bill(Model, Network, double, CatalogLibrary, Commitment)} prices, as a model the
     * user can keep, with no fallback warnings. Components with a typed hourly price, no
     * instance type or an unknown one keep theirs.
     */
    public static Model withCommitment(Model model, CatalogLibrary library, Commitment commitment) {
        Catalog catalog = model.pricing() == null ? null
                : library.find(model.pricing()).orElse(null);
        if (catalog == null) {
            return model;
        }
        List<Component> out = new ArrayList<>();
        for (Component c : model.components()) {
            Optional<PriceItem> item = c.instanceType() == null || c.hourlyCostUsd() != null
                    ? Optional.empty() : catalog.find(c.instanceType());
            String key = item.map(it -> commitment == Commitment.ON_DEMAND || it.offers(commitment)
                    ? commitment.key() : Commitment.ON_DEMAND.key()).orElse(c.commitment());
            out.add(key.equals(c.commitment()) ? c : c.withPricing(c.instanceType(),
                    c.hourlyCostUsd(), c.costPerMillionCalls(), c.monthlyFixedCostUsd(), key));
        }
        return model.withComponents(out);
    }

    /**
     * The bill at {@code m} with the lines' arithmetic left out (empty): the same lines and
     * amounts, for figures made by the thousand (the draws of a model's ranges), where writing
     * every sum out in words takes as long as making it.
     */
    public static Bill billWithoutArithmetic(Model model, Network net, double m,
            CatalogLibrary library) {
        Catalog catalog = model.pricing() == null ? null
                : library.find(model.pricing()).orElse(null);
        return new BillMaker(model, net, m, catalog, null, false).make();
    }
}
