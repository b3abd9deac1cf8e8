package dev.headroom.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.headroom.cost.Billing;
import dev.headroom.cost.Catalog;
import dev.headroom.cost.Commitment;
import dev.headroom.cost.ExchangeRate;
import dev.headroom.cost.PriceCategory;
import dev.headroom.cost.PriceItem;
import dev.headroom.cost.PriceTerms;
import dev.headroom.cost.PriceTier;
import dev.headroom.cost.PriceUnit;
import dev.headroom.cost.SustainedUse;
import dev.headroom.model.Limits;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a pricing catalog (docs/pricing.md describes the format) and checks every field. A file
 * that is not a valid catalog yields {@link CatalogReadResult.Invalid} with one problem per bad
 * field, each named by its JSON path; no exception escapes for bad input.
 */
public final class CatalogReader {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]*");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Set<String> CATALOG_FIELDS = Set.of(
            "id", "provider", "region", "currency", "usdExchangeRate", "read", "notes", "items",
            "speedBaseline");
    /** The field that makes a catalog file an overlay of another catalog. */
    static final String EXTENDS = "extends";
    private static final Set<String> OVERLAY_FIELDS = Set.of("id", EXTENDS, "read", "notes", "items");
    private static final Set<String> RATE_FIELDS = Set.of("usdPerUnit", "source", "read", "notes");
    private static final Set<String> ITEM_FIELDS = Set.of("sku", "category", "family", "unit", "price",
            "vcpu", "memoryGib", "commitments", "commitmentSource", "spotSource", "source", "read", "confirmed", "notes",
            "relativeSpeed", "speedSource", "tiers", "multiAzPrice", "billedWith", "capacityUnit",
            "publicIpv4PerZone", "minimumMonthly", "statedUpTo", "includedEgressGb",
            "sustainedUseRates", "perVmUpTo", "publicIpv4PerInstance", "perInstanceGb",
            "egressOnly");
    private static final Set<String> TIER_FIELDS = Set.of("upTo", "price");
    private static final Set<String> CAPACITY_FIELDS = Set.of("gbPerHour", "mbps",
            "newConnectionsPerSecond", "activeConnections", "ruleEvaluationsPerSecond",
            "freeRules", "wholeUnitsPerHour");

    private CatalogReader() {}

    /** Reads a catalog file. A missing or unreadable file is reported as a problem. */
    public static CatalogReadResult read(Path file) {
        Source s = source(file);
        return s.invalid() != null ? s.invalid() : check(s.root(), s.origin());
    }

    /** Reads a catalog from a stream (not closed here); {@code origin} names it in problems. */
    public static CatalogReadResult read(InputStream in, String origin) {
        Source s = source(in, origin);
        return s.invalid() != null ? s.invalid() : check(s.root(), origin);
    }

    /**
     * A catalog file read as JSON but not yet checked: {@code root} when it parsed, else
     * {@code invalid} says why not. A file that extends another catalog is checked only once
     * that catalog is at hand ({@link #extend}).
     */
    record Source(String origin, Json root, CatalogReadResult.Invalid invalid) {
        /** The id of the catalog this file extends, or null when it is a whole catalog. */
        String extendsId() {
            if (root == null || !root.isObject()) {
                return null;
            }
            Json v = root.get(EXTENDS);
            return v == null || v.isNull() ? null : v.isTextual() ? v.textValue() : "";
        }

        /** The id the file states, or null. */
        String statedId() {
            Json id = root == null || !root.isObject() ? null : root.get("id");
            return id != null && id.isTextual() ? id.textValue() : null;
        }
    }

    static Source source(Path file) {
        String origin = file.toString();
        try (InputStream in = Files.newInputStream(file)) {
            return source(in, origin);
        } catch (IOException e) {
            return new Source(origin, null, invalid(origin, "", "cannot read file: " + FileErrors.reason(e)));
        }
    }

    static Source source(InputStream in, String origin) {
        Json root;
        try {
            root = Json.parse(TextFiles.decode(in));
        } catch (JsonProcessingException e) {
            return new Source(origin, null, invalid(origin, "", JsonErrors.describe(e)));
        } catch (TextFiles.Unreadable e) {
            return new Source(origin, null, invalid(origin, "", e.getMessage()));
        } catch (IOException e) {
            return new Source(origin, null, invalid(origin, "", "cannot read: " + FileErrors.reason(e)));
        }
        if (root == null) {
            return new Source(origin, null, invalid(origin, "", "empty file"));
        }
        return new Source(origin, root, null);
    }

    /** Checks a whole catalog (docs/pricing.md "Catalog format"). */
    static CatalogReadResult check(Json root, String origin) {
        return check(root, origin, 0);
    }

    /**
     * Checks {@code root}; item problems at index {@code firstOwn} or later are reported at their
     * index less {@code firstOwn}, where an overlay's own items start in the catalog it makes.
     */
    private static CatalogReadResult check(Json root, String origin, int firstOwn) {
        Checker c = new Checker(origin);
        Catalog catalog = c.catalog(root);
        if (!c.problems.isEmpty() || catalog == null) {
            if (c.problems.isEmpty()) {
                c.problem("", "not a valid catalog");
            }
            Json id = root.isObject() ? root.get("id") : null;
            List<CatalogProblem> problems = firstOwn == 0 ? c.problems
                    : c.problems.stream().map(p -> ownItem(p, firstOwn)).toList();
            return new CatalogReadResult.Invalid(origin, problems,
                    id != null && id.isTextual() ? id.textValue() : null);
        }
        return new CatalogReadResult.Loaded(origin, catalog);
    }

    private static final Pattern ITEM_PATH = Pattern.compile("items\\[(\\d+)](.*)");

    private static CatalogProblem ownItem(CatalogProblem p, int firstOwn) {
        java.util.regex.Matcher m = ITEM_PATH.matcher(p.path());
        if (!m.matches() || Integer.parseInt(m.group(1)) < firstOwn) {
            return p;
        }
        return new CatalogProblem(p.origin(), "items[" + (Integer.parseInt(m.group(1)) - firstOwn) + "]"
                + m.group(2), p.message());
    }

    /**
     * The catalog an overlay makes of {@code base} (docs/pricing.md "Adding or overriding a
     * catalog"): the base's fields and items, each of the overlay's items replacing the base's
     * item of the same sku or added after them, under the overlay's {@code id}, and its
     * {@code read} and {@code notes} when it states them. The result is checked as a whole
     * catalog; problems name the overlay's own fields and items.
     *
     * @param overlay a file whose {@code extends} names {@code base}'s id
     * @param base    the JSON of the catalog it extends, already valid
     */
    static Extended extend(Json overlay, Json base, String origin) {
        List<CatalogProblem> problems = new ArrayList<>();
        for (Iterator<String> it = overlay.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!OVERLAY_FIELDS.contains(name)) {
                problems.add(new CatalogProblem(origin, name, "not allowed in a catalog that extends "
                        + "another; expected one of " + String.join(", ", OVERLAY_FIELDS.stream().sorted().toList())
                        + " (the rest comes from the catalog it extends)"));
            }
        }
        Json id = overlay.get("id");
        String statedId = id != null && id.isTextual() ? id.textValue() : null;
        Json own = overlay.get("items");
        if (own == null || !own.isArray() || own.size() == 0) {
            problems.add(new CatalogProblem(origin, "items", "must be a non-empty array of the items "
                    + "to add or replace"));
        }
        if (!problems.isEmpty()) {
            return new Extended(new CatalogReadResult.Invalid(origin, problems, statedId), null);
        }
        Set<String> replaced = new HashSet<>();
        for (Json item : own.elements()) {
            Json sku = item.isObject() ? item.get("sku") : null;
            if (sku != null && sku.isTextual()) {
                replaced.add(sku.textValue());
            }
        }
        Json merged = Json.object();
        for (Map.Entry<String, Json> e : base.fields().entrySet()) {
            merged.put(e.getKey(), e.getValue());
        }
        for (String field : List.of("id", "read", "notes")) {
            Json v = overlay.get(field);
            if (v != null) {
                merged.put(field, v);
            }
        }
        Json items = Json.array();
        int kept = 0;
        for (Json item : base.get("items").elements()) {
            Json sku = item.get("sku");
            if (sku == null || !replaced.contains(sku.textValue())) {
                items.add(item);
                kept++;
            }
        }
        own.elements().forEach(items::add);
        merged.put("items", items);
        return new Extended(check(merged, origin, kept), merged);
    }

    /** What {@link #extend} made: the result, and the whole catalog's JSON when it got that far. */
    record Extended(CatalogReadResult result, Json merged) {}

    private static CatalogReadResult.Invalid invalid(String origin, String path, String message) {
        return new CatalogReadResult.Invalid(origin, List.of(new CatalogProblem(origin, path, message)));
    }

    /** Collects problems while building the catalog; returns null pieces where a field is bad. */
    private static final class Checker {
        final String origin;
        final List<CatalogProblem> problems = new ArrayList<>();
        /**
         * Dates and https addresses already read: a catalog repeats a handful of them over
         * hundreds of items, and parsing each again was a good part of a cold start's reading.
         */
        final Map<String, LocalDate> dates = new HashMap<>();
        final Set<String> httpsUrls = new HashSet<>();

        Checker(String origin) {
            this.origin = origin;
        }

        void problem(String path, String message) {
            problems.add(new CatalogProblem(origin, path, message));
        }

        Catalog catalog(Json root) {
            if (!root.isObject()) {
                problem("", "must be a JSON object");
                return null;
            }
            unknownFields(root, "", CATALOG_FIELDS);
            String id = text(root, "", "id", true);
            if (id != null && !ID.matcher(id).matches()) {
                problem("id", "must be lower-case letters, digits, '.' and '-', e.g. aws-us-east-1");
            }
            String provider = text(root, "", "provider", true);
            String region = text(root, "", "region", true);
            String currency = text(root, "", "currency", true);
            if (currency != null && !CURRENCY.matcher(currency).matches()) {
                problem("currency", "must be an ISO 4217 code such as USD or EUR");
            }
            LocalDate read = date(root, "", "read", true);
            String notes = text(root, "", "notes", false);
            String baseline = text(root, "", "speedBaseline", false);
            ExchangeRate rate = exchangeRate(root, currency, read);
            List<PriceItem> items = items(root);
            java.util.Set<String> skus = new java.util.HashSet<>();
            items.forEach(x -> skus.add(x.sku()));
            for (int i = 0; i < items.size(); i++) {
                PriceItem it = items.get(i);
                for (Map.Entry<String, String> e : it.terms().billedWith().entrySet()) {
                    if (!skus.contains(e.getValue())) {
                        problem("items[" + i + "].billedWith." + e.getKey(), "no item has the sku \""
                                + e.getValue() + "\"");
                    }
                }
            }
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i) != null && items.get(i).relativeSpeed() > 0 && baseline == null) {
                    problem("speedBaseline", "required when an item states relativeSpeed: say what "
                            + "a speed of 1 is");
                    break;
                }
            }
            if (!problems.isEmpty()) {
                return null;
            }
            try {
                return new Catalog(id, provider, region, currency, rate, read, notes == null ? "" : notes, items,
                        baseline == null ? "" : baseline);
            } catch (IllegalArgumentException e) {
                problem("", e.getMessage());
                return null;
            }
        }

        ExchangeRate exchangeRate(Json root, String currency, LocalDate read) {
            Json node = root.get("usdExchangeRate");
            boolean usd = "USD".equals(currency);
            if (node == null || node.isNull()) {
                if (!usd && currency != null) {
                    problem("usdExchangeRate", "required when currency is not USD");
                }
                return read == null ? null : ExchangeRate.identity(read);
            }
            if (usd) {
                problem("usdExchangeRate", "must be absent when currency is USD");
                return null;
            }
            if (!node.isObject()) {
                problem("usdExchangeRate", "must be an object with usdPerUnit, source and read");
                return null;
            }
            unknownFields(node, "usdExchangeRate", RATE_FIELDS);
            double perUnit = positive(node, "usdExchangeRate", "usdPerUnit", true);
            String source = httpsUrl(node, "usdExchangeRate", "source", true);
            LocalDate rateRead = date(node, "usdExchangeRate", "read", true);
            text(node, "usdExchangeRate", "notes", false);
            if (perUnit > 0 && source != null && rateRead != null) {
                return new ExchangeRate(perUnit, source, rateRead);
            }
            return null;
        }

        List<PriceItem> items(Json root) {
            Json items = root.get("items");
            if (items == null || items.isNull()) {
                problem("items", "required");
                return List.of();
            }
            if (!items.isArray()) {
                problem("items", "must be an array");
                return List.of();
            }
            if (items.size() == 0) {
                problem("items", "must list at least one item");
            }
            List<PriceItem> out = new ArrayList<>();
            Map<String, Integer> firstIndex = new HashMap<>();
            for (int i = 0; i < items.size(); i++) {
                String path = "items[" + i + "]";
                PriceItem item = item(items.get(i), path);
                if (item != null) {
                    Integer earlier = firstIndex.putIfAbsent(item.sku(), i);
                    if (earlier != null) {
                        problem(path + ".sku", "duplicate of items[" + earlier + "].sku \"" + item.sku() + "\"");
                    } else {
                        out.add(item);
                    }
                }
            }
            return out;
        }

        PriceItem item(Json node, String path) {
            if (!node.isObject()) {
                problem(path, "must be an object");
                return null;
            }
            int before = problems.size();
            unknownFields(node, path, ITEM_FIELDS);
            String sku = text(node, path, "sku", true);
            PriceCategory category = null;
            String categoryKey = text(node, path, "category", true);
            if (categoryKey != null) {
                category = PriceCategory.fromKey(categoryKey).orElse(null);
                if (category == null) {
                    problem(path + ".category", "unknown category \"" + categoryKey + "\"; expected one of "
                            + keys(Arrays.stream(PriceCategory.values()).map(PriceCategory::key).toList()));
                }
            }
            String family = text(node, path, "family", true);
            PriceUnit unit = null;
            String unitKey = text(node, path, "unit", true);
            if (unitKey != null) {
                unit = PriceUnit.fromKey(unitKey).orElse(null);
                if (unit == null) {
                    problem(path + ".unit", "unknown unit \"" + unitKey + "\"; expected one of "
                            + keys(Arrays.stream(PriceUnit.values()).map(PriceUnit::key).toList()));
                }
            }
            boolean free = freeTransfer(node, category);
            double price = free ? 0 : positive(node, path, "price", true);
            double vcpu = positive(node, path, "vcpu", false);
            double memory = positive(node, path, "memoryGib", false);
            Map<Commitment, Double> commitments = commitments(node, path);
            String source = httpsUrl(node, path, "source", true);
            String commitmentSource = httpsUrl(node, path, "commitmentSource", false);
            String spotSource = httpsUrl(node, path, "spotSource", false);
            if (spotSource != null && !commitments.containsKey(Commitment.SPOT)) {
                problem(path + ".spotSource", "only with a spot price in commitments");
            }
            LocalDate read = date(node, path, "read", true);
            boolean confirmed = bool(node, path, "confirmed", true);
            String notes = text(node, path, "notes", false);
            double speed = positive(node, path, "relativeSpeed", false);
            String speedSource = httpsUrl(node, path, "speedSource", false);
            if (speed > 0 && speedSource == null) {
                problem(path + ".speedSource", "required with relativeSpeed: the page the speed comes from");
            }
            PriceTerms terms = terms(node, path, unit);
            if (terms.multiAzPrice() != null && terms.multiAzPrice() < price) {
                problem(path + ".multiAzPrice", "must be at least the item's price ("
                        + price + "): it is the price of the primary and its standby together");
            }
            if (free && (notes == null || notes.isBlank())) {
                problem(path + ".notes", "required when price is 0: quote where the provider says "
                        + "this transfer is free");
            }
            if (!confirmed && (notes == null || notes.isBlank())) {
                problem(path + ".notes", "required when confirmed is false: say where the figure comes from");
            }
            if (problems.size() > before) {
                return null;
            }
            return new PriceItem(sku, category, family, unit, price, vcpu, memory, commitments, source,
                    commitmentSource == null ? "" : commitmentSource, read, confirmed, notes == null ? "" : notes,
                    speed, speedSource == null ? "" : speedSource, terms,
                    spotSource == null ? "" : spotSource);
        }

        /** The optional billing terms of an item; problems are recorded, NONE parts returned. */
        PriceTerms terms(Json node, String path, PriceUnit itemUnit) {
            List<PriceTier> tiers = new ArrayList<>();
            Json ts = node.get("tiers");
            if (ts != null && !ts.isNull()) {
                if (!ts.isArray() || ts.size() == 0) {
                    problem(path + ".tiers", "must be a non-empty array of {upTo, price}, the last "
                            + "without upTo");
                } else {
                    double last = 0;
                    for (int i = 0; i < ts.size(); i++) {
                        String here = path + ".tiers[" + i + "]";
                        Json t = ts.get(i);
                        if (!t.isObject()) {
                            problem(here, "must be an object {upTo, price}");
                            continue;
                        }
                        unknownFields(t, here, TIER_FIELDS);
                        Json price = t.get("price");
                        if (price == null || !price.isNumber() || !(price.doubleValue() >= 0)
                                || Double.isInfinite(price.doubleValue())) {
                            problem(here + ".price", "must be a number, 0 or more");
                            continue;
                        }
                        Json upTo = t.get("upTo");
                        boolean isLast = i == ts.size() - 1;
                        if (upTo == null || upTo.isNull()) {
                            if (!isLast) {
                                problem(here + ".upTo", "required on every tier but the last");
                                continue;
                            }
                            tiers.add(new PriceTier(null, price.doubleValue()));
                        } else if (isLast) {
                            problem(here + ".upTo", "must be absent on the last tier, which has "
                                    + "no end");
                        } else if (!upTo.isNumber() || !(upTo.doubleValue() > last)
                                || Double.isInfinite(upTo.doubleValue())) {
                            problem(here + ".upTo", "must be a number above the previous tier's");
                        } else {
                            last = upTo.doubleValue();
                            tiers.add(new PriceTier(last, price.doubleValue()));
                        }
                    }
                }
            }
            double multiAz = positive(node, path, "multiAzPrice", false);
            java.util.Map<String, String> with = new java.util.LinkedHashMap<>();
            Json bw = node.get("billedWith");
            if (bw != null && !bw.isNull()) {
                if (!bw.isObject()) {
                    problem(path + ".billedWith", "must be an object such as {\"storage\": "
                            + "\"rds-gp3-storage\"}");
                } else {
                    for (Map.Entry<String, Json> e : bw.fields().entrySet()) {
                        if (!PriceTerms.ROLES.contains(e.getKey())) {
                            problem(path + ".billedWith." + e.getKey(), "unknown role; expected one "
                                    + "of " + keys(PriceTerms.ROLES));
                        } else if (!e.getValue().isTextual() || e.getValue().textValue().isBlank()) {
                            problem(path + ".billedWith." + e.getKey(), "must be a SKU of this "
                                    + "catalog");
                        } else {
                            with.put(e.getKey(), e.getValue().textValue());
                        }
                    }
                }
            }
            PriceTerms.CapacityUnit unit = null;
            Json cu = node.get("capacityUnit");
            if (cu != null && !cu.isNull()) {
                if (!cu.isObject()) {
                    problem(path + ".capacityUnit", "must be an object {gbPerHour, "
                            + "newConnectionsPerSecond}");
                } else {
                    unit = capacityUnit(cu, path + ".capacityUnit");
                }
            }
            double ips = positive(node, path, "publicIpv4PerZone", false);
            Double minimum = null;
            Json min = node.get("minimumMonthly");
            if (min != null && !min.isNull()) {
                if (!min.isNumber() || !(min.doubleValue() >= 0)
                        || Double.isInfinite(min.doubleValue())) {
                    problem(path + ".minimumMonthly", "must be a number, 0 or more");
                } else {
                    minimum = min.doubleValue();
                }
            }
            double stated = bounded(node, path, "statedUpTo", Double.POSITIVE_INFINITY,
                    "must be a positive number (a month's quantity in the item's unit)");
            if (stated > 0 && !tiers.isEmpty()) {
                problem(path + ".statedUpTo", "only on an item without tiers: the tiers already "
                        + "say what each volume costs");
                stated = 0;
            }
            double included = bounded(node, path, "includedEgressGb", Double.POSITIVE_INFINITY,
                    "must be a positive number (GB a month with each instance)");
            if (included > 0 && itemUnit != PriceUnit.HOUR && itemUnit != PriceUnit.MONTH) {
                problem(path + ".includedEgressGb", "only on an item priced per instance-hour "
                        + "or per month");
                included = 0;
            }
            SustainedUse sud = sustainedUse(node, path);
            if (sud != null && itemUnit != PriceUnit.HOUR) {
                problem(path + ".sustainedUseRates", "only on an item priced per "
                        + "instance-hour");
                sud = null;
            }
            double perVm = bounded(node, path, "perVmUpTo", 1_000_001,
                    "must be a whole number of VMs from 1 to 1,000,000");
            if (perVm != Math.rint(perVm)) {
                problem(path + ".perVmUpTo", "must be a whole number of VMs from 1 to 1,000,000");
                perVm = 0;
            }
            if (perVm > 0 && itemUnit != PriceUnit.HOUR) {
                problem(path + ".perVmUpTo", "only on an item priced per hour");
                perVm = 0;
            }
            boolean egressOnly = bool(node, path, "egressOnly", false);
            Json sku = node.get("sku");
            double perInstanceGb = bounded(node, path, "perInstanceGb", 65_537,
                    "must be a positive number of GB, at most 65,536");
            boolean bootDisk = sku != null && sku.isTextual()
                    && (Billing.BOOT_DISK_SKU.equals(sku.textValue())
                            || sku.textValue().startsWith(Billing.BOOT_DISK_SKU + "-"));
            if (perInstanceGb > 0 && !bootDisk) {
                problem(path + ".perInstanceGb", "only on a boot-disk");
                perInstanceGb = 0;
            }
            if (bootDisk) {
                if (perInstanceGb == 0 && node.get("perInstanceGb") == null) {
                    problem(path + ".perInstanceGb", "required on a boot-disk: the GB of each "
                            + "virtual machine's disk by default (per gb-month), or the most a "
                            + "disk sold per month holds");
                } else if (itemUnit != null && itemUnit != PriceUnit.GB_MONTH
                        && itemUnit != PriceUnit.MONTH) {
                    problem(path + ".unit", "a boot-disk is priced per gb-month or per month "
                            + "(a whole disk)");
                }
            }
            if (egressOnly && (sku == null || !Billing.CROSS_ZONE_SKU.equals(sku.textValue()))) {
                problem(path + ".egressOnly", "only on cross-zone-transfer");
                egressOnly = false;
            }
            return new PriceTerms(tiers, multiAz > 0 ? multiAz : null, with, unit, ips, minimum,
                    stated > 0 ? stated : null, included, sud,
                    positive(node, path, "publicIpv4PerInstance", false), (int) perVm,
                    perInstanceGb, egressOnly);
        }

        Map<Commitment, Double> commitments(Json item, String path) {
            Map<Commitment, Double> out = new EnumMap<>(Commitment.class);
            Json node = item.get("commitments");
            if (node == null || node.isNull()) {
                return out;
            }
            String here = path + ".commitments";
            if (!node.isObject()) {
                problem(here, "must be an object such as {\"1y\": 0.06, \"3y\": 0.04}");
                return out;
            }
            for (Iterator<Map.Entry<String, Json>> it = node.fields().entrySet().iterator(); it.hasNext(); ) {
                Map.Entry<String, Json> e = it.next();
                Commitment c = Commitment.fromKey(e.getKey()).orElse(null);
                if (c == null || c == Commitment.ON_DEMAND) {
                    problem(here + "." + e.getKey(), "unknown commitment; expected 1y, 3y or spot");
                    continue;
                }
                Json v = e.getValue();
                if (v.isNull()) {
                    continue; // published as "not offered"
                }
                if (!v.isNumber() || !(v.doubleValue() > 0) || Double.isInfinite(v.doubleValue())) {
                    problem(here + "." + e.getKey(), "must be a positive number, or null when not offered");
                    continue;
                }
                if (v.doubleValue() > Limits.MAX_PRICE) {
                    problem(here + "." + e.getKey(), "must be at most " + Limits.whole(Limits.MAX_PRICE)
                            + " (docs/pricing.md \"Limits\")");
                    continue;
                }
                out.put(c, v.doubleValue());
            }
            return out;
        }

        /** A load balancer's capacity unit (docs/pricing.md "Billing terms"), or null. */
        PriceTerms.CapacityUnit capacityUnit(Json cu, String path) {
            unknownFields(cu, path, CAPACITY_FIELDS);
            int before = problems.size();
            double gb = positive(cu, path, "gbPerHour", false);
            double mbps = positive(cu, path, "mbps", false);
            if (problems.size() == before && (gb > 0) == (mbps > 0)) {
                problem(path, "give the bytes one unit allows as gbPerHour or as mbps, not both");
            }
            double conn = positive(cu, path, "newConnectionsPerSecond", true);
            double active = positive(cu, path, "activeConnections", false);
            double rules = positive(cu, path, "ruleEvaluationsPerSecond", false);
            int free = 0;
            Json f = cu.get("freeRules");
            if (f != null && !f.isNull()) {
                double v = f.asDouble();
                if (!f.isNumber() || !(v >= 0) || v != Math.rint(v) || v > 1000) {
                    problem(path + ".freeRules", "must be a whole number from 0 to 1,000");
                } else {
                    free = (int) v;
                }
            }
            if (free > 0 && rules == 0) {
                problem(path + ".freeRules", "only with ruleEvaluationsPerSecond");
            }
            boolean whole = bool(cu, path, "wholeUnitsPerHour", false);
            if (problems.size() > before) {
                return null;
            }
            return new PriceTerms.CapacityUnit(gb, mbps, conn, active, rules, free, whole);
        }

        void unknownFields(Json node, String path, Set<String> known) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!known.contains(name)) {
                    problem(join(path, name), "unknown field; expected one of " + keys(known.stream().sorted().toList()));
                }
            }
        }

        String text(Json node, String path, String field, boolean required) {
            Json v = node.get(field);
            if (v == null || v.isNull()) {
                if (required) {
                    problem(join(path, field), "required");
                }
                return null;
            }
            if (!v.isTextual()) {
                problem(join(path, field), "must be a string");
                return null;
            }
            if (required && v.textValue().isBlank()) {
                problem(join(path, field), "must not be blank");
                return null;
            }
            return v.textValue();
        }

        /**
         * Whether the item is data transfer the provider states is free ({@code "price": 0} on an
         * {@code egress} item, e.g. Azure's traffic between availability zones): the one kind of
         * item whose price may be 0, so that the bill prints the free line instead of warning that
         * the catalog has no price for it.
         */
        boolean freeTransfer(Json node, PriceCategory category) {
            Json v = node.get("price");
            return category == PriceCategory.EGRESS && v != null && v.isNumber()
                    && v.doubleValue() == 0;
        }

        /**
         * The share of the base rate charged in each equal part of the month
         * ({@code sustainedUseRates}, Google's sustained-use discount), or null when absent.
         */
        SustainedUse sustainedUse(Json node, String path) {
            Json v = node.get("sustainedUseRates");
            String wrong = "must be a non-empty array of shares above 0 and at most 1, one for "
                    + "each equal part of the month ([1, 0.8678, 0.733, 0.6] for Google's N2)";
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isArray() || v.size() == 0) {
                problem(path + ".sustainedUseRates", wrong);
                return null;
            }
            List<Double> rates = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) {
                Json r = v.get(i);
                if (!r.isNumber() || !(r.doubleValue() > 0 && r.doubleValue() <= 1)) {
                    problem(path + ".sustainedUseRates[" + i + "]", wrong);
                    return null;
                }
                rates.add(r.doubleValue());
            }
            return new SustainedUse(rates);
        }

        /**
         * An optional number above 0 and below {@code below}, or 0 when it is left out or wrong
         * (a wrong one is a problem saying {@code wrong}).
         */
        double bounded(Json node, String path, String field, double below, String wrong) {
            Json v = node.get(field);
            if (v == null || v.isNull()) {
                return 0;
            }
            if (!v.isNumber() || !(v.doubleValue() > 0 && v.doubleValue() < below)) {
                problem(join(path, field), wrong);
                return 0;
            }
            return v.doubleValue();
        }

        /** A true/false field, or {@code absent} when it is left out. */
        boolean bool(Json node, String path, String field, boolean absent) {
            Json v = node.get(field);
            if (v == null || v.isNull()) {
                return absent;
            }
            if (!v.isBoolean()) {
                problem(join(path, field), "must be true or false");
                return absent;
            }
            return v.asBoolean();
        }

        /** A positive finite number, or 0 when absent and optional (callers treat 0 as absent). */
        double positive(Json node, String path, String field, boolean required) {
            Json v = node.get(field);
            if (v == null || v.isNull()) {
                if (required) {
                    problem(join(path, field), "required");
                }
                return 0;
            }
            if (!v.isNumber() || !(v.doubleValue() > 0) || Double.isInfinite(v.doubleValue())) {
                problem(join(path, field), "must be a positive number");
                return 0;
            }
            double most = switch (field) {
                case "price" -> Limits.MAX_PRICE;
                case "usdPerUnit" -> Limits.MAX_USD_PER_UNIT;
                default -> Limits.MAX_MACHINE_FIGURE;
            };
            if (v.doubleValue() > most) {
                problem(join(path, field), "must be at most " + Limits.whole(most)
                        + " (docs/pricing.md \"Limits\")");
                return 0;
            }
            return v.doubleValue();
        }

        LocalDate date(Json node, String path, String field, boolean required) {
            String s = text(node, path, field, required);
            if (s == null) {
                return null;
            }
            LocalDate known = dates.get(s);
            if (known != null) {
                return known;
            }
            try {
                LocalDate d = LocalDate.parse(s);
                dates.put(s, d);
                return d;
            } catch (DateTimeParseException e) {
                problem(join(path, field), "must be an ISO date such as 2026-11-25");
                return null;
            }
        }

        String httpsUrl(Json node, String path, String field, boolean required) {
            String s = text(node, path, field, required);
            if (s == null) {
                return null;
            }
            if (httpsUrls.contains(s)) {
                return s;
            }
            try {
                URI uri = new URI(s);
                if ("https".equals(uri.getScheme()) && uri.getHost() != null) {
                    httpsUrls.add(s);
                    return s;
                }
            } catch (URISyntaxException e) {
                // reported below
            }
            problem(join(path, field), "must be an https:// address of the public page the figure is read from");
            return null;
        }

        static String join(String path, String field) {
            return path.isEmpty() ? field : path + "." + field;
        }

        static String keys(List<String> keys) {
            return keys.stream().collect(Collectors.joining(", "));
        }
    }
}
