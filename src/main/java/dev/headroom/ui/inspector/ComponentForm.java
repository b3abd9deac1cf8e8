package dev.headroom.ui.inspector;

import dev.headroom.cost.Catalog;
import dev.headroom.cost.CatalogLibrary;
import dev.headroom.cost.Commitment;
import dev.headroom.cost.PriceCategory;
import dev.headroom.cost.PriceItem;
import dev.headroom.model.Autoscale;
import dev.headroom.model.Component;
import dev.headroom.model.Kind;
import dev.headroom.model.Model;
import dev.headroom.model.PerClass;
import dev.headroom.model.RequestClass;
import dev.headroom.ui.document.DocumentViewModel;
import dev.headroom.app.Format;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.scene.control.ComboBox;

/** Edits one component: identity, capacity, service time, autoscaling, cache, price. */
final class ComponentForm {
    private ComponentForm() {}

    static Form build(DocumentViewModel vm, String id, Supplier<CatalogLibrary> catalogs) {
        Form f = new Form();
        String[] cur = {id};
        Supplier<Component> c = () -> vm.model().component(cur[0])
                .orElse(Component.of(cur[0], Kind.SERVICE, 1));
        java.util.function.BiConsumer<String, UnaryOperator<Component>> edit = (label, op) ->
                vm.updateComponent(cur[0], label, op);

        f.section(c.get().kind().label());
        f.text("c-name", "Name", () -> c.get().displayName(), v -> {
            edit.accept("Rename component", x -> x.withName(v));
            return null;
        });
        f.text("c-id", "Id", () -> cur[0], v -> {
            if (!v.matches("[A-Za-z0-9_.-]+")) {
                return "Letters, digits, - _ . only";
            }
            if (vm.model().indexOf(v) >= 0) {
                return "Another component has this id";
            }
            edit.accept("Change id", x -> x.withId(v));
            cur[0] = v;
            return null;
        });
        ComboBox<Kind> kind = new ComboBox<>();
        kind.setId("c-kind");
        kind.getItems().setAll(Kind.values());
        kind.setConverter(new javafx.util.StringConverter<>() {
            @Override public String toString(Kind k) {
                return k == null ? "" : k.label();
            }
            @Override public Kind fromString(String s) {
                return null;
            }
        });
        kind.setValue(c.get().kind());
        kind.setMaxWidth(Double.MAX_VALUE);
        kind.setOnAction(e -> {
            if (kind.getValue() != null && kind.getValue() != c.get().kind()) {
                edit.accept("Change kind", x -> x.withKind(kind.getValue()));
            }
        });
        f.row("Kind", kind);

        f.section("Capacity");
        var instances = f.number("c-instances", "Instances", "", 1, 10_000, true,
                () -> (double) c.get().instances(),
                v -> edit.accept("Set instances", x -> x.withInstances((int) v)));
        f.number("c-concurrency", "Servers", "per instance", 1, 100_000, true,
                () -> {
                    var s = servers(vm, cur[0]);
                    return s == null ? null : (double) s.perInstance();
                },
                v -> edit.accept("Pin servers per instance", x -> x.withConcurrency((int) v)));
        javafx.scene.control.Label why = new javafx.scene.control.Label();
        why.setId("c-servers-why");
        why.getStyleClass().add("field-note");
        why.setWrapText(true);
        javafx.scene.control.Hyperlink follow = new javafx.scene.control.Hyperlink(
                "Follow the vCPUs");
        follow.setId("c-follow-vcpus");
        follow.getStyleClass().add("field-link");
        follow.setOnAction(e -> edit.accept("Follow the vCPUs",
                x -> x.toBuilder().concurrency(null).build()));
        javafx.scene.layout.VBox whyBox = new javafx.scene.layout.VBox(2, why, follow);
        f.row("", whyBox);
        Runnable explain = () -> {
            var s = servers(vm, cur[0]);
            why.setText(s == null ? "" : s.explanation());
            boolean canFollow = s != null && s.source() == dev.headroom.network.Servers.Source.PINNED
                    && s.vcpus() > 0;
            follow.setVisible(canFollow);
            follow.setManaged(canFollow);
        };
        explain.run();
        f.onRefresh(explain);
        serviceTimes(f, vm, c, edit);
        f.number("c-cv", "Variability (cv)", "", 0, 20, false,
                () -> c.get().serviceTimeCv().isUniform() ? c.get().serviceTimeCv().uniform() : 1,
                v -> edit.accept("Set variability", x -> x.withServiceTimeCv(PerClass.of(v))));
        f.check("c-queueing", "Queues when busy",
                () -> c.get().queueing(), v -> edit.accept("Toggle queueing",
                        x -> x.withQueueing(v)));

        f.section("Autoscaling");
        f.check("c-autoscale", "Autoscale instances", () -> c.get().isAutoscaled(),
                v -> edit.accept(v ? "Turn autoscaling on" : "Turn autoscaling off",
                        x -> x.withAutoscale(v ? new Autoscale(Math.max(1, x.instances()),
                                Math.max(10, x.instances()), 0.6) : null)));
        var asMin = f.number("c-as-min", "Minimum", "instances", 1, 10_000, true,
                () -> c.get().isAutoscaled() ? (double) c.get().autoscale().min() : null,
                v -> scale(edit, a -> a.withMin((int) v).withMax(Math.max(a.max(), (int) v))));
        var asMax = f.number("c-as-max", "Maximum", "instances", 1, 10_000, true,
                () -> c.get().isAutoscaled() ? (double) c.get().autoscale().max() : null,
                v -> scale(edit, a -> a.withMin(Math.min(a.min(), (int) v)).withMax((int) v)));
        var asTarget = f.number("c-as-target", "Target", "% utilization", 10, 100, false,
                () -> c.get().isAutoscaled() ? c.get().autoscale().targetUtilization() * 100
                        : null,
                v -> scale(edit, a -> a.withTargetUtilization(v / 100)));
        var asDelay = f.optionalNumber("c-as-scale-out", "Scale-out delay", "s (drills)", 0,
                86_400, false, Format.number(Autoscale.DEFAULT_SCALE_OUT_SECONDS) + " s",
                () -> c.get().isAutoscaled() ? c.get().autoscale().scaleOutSeconds() : null,
                v -> scale(edit, a -> a.withScaleOutSeconds(v)));

        Runnable enable = () -> {
            boolean auto = c.get().isAutoscaled();
            instances.setDisable(auto);
            asMin.setDisable(!auto);
            asMax.setDisable(!auto);
            asTarget.setDisable(!auto);
            asDelay.setDisable(!auto);
        };
        enable.run();
        f.onRefresh(enable);

        overload(f, vm, c, cur, edit);

        if (c.get().kind() == Kind.CACHE || c.get().hitRatio() != null) {
            f.section("Cache");
            f.number("c-hit", "Hit ratio", "%", 0, 100, false,
                    () -> c.get().hitRatio() == null ? null : c.get().hitRatio() * 100,
                    v -> edit.accept("Set hit ratio", x -> x.withHitRatio(v / 100)));
        }

        f.section("Price");
        ComboBox<String> type = new ComboBox<>();
        type.setId("c-instance-type");
        type.setMaxWidth(Double.MAX_VALUE);
        type.setEditable(true);
        javafx.scene.control.Label price = new javafx.scene.control.Label();
        price.getStyleClass().add("field-note");
        price.setId("c-price");
        price.setWrapText(true);
        Runnable loadTypes = () -> {
            Catalog cat = catalog(vm.model(), catalogs.get());
            List<String> skus = new ArrayList<>();
            if (cat != null) {
                Set<PriceCategory> cats = categories(c.get().kind());
                for (PriceItem it : cat.items()) {
                    if (cats.contains(it.category()) && it.unit().isTimeBased()) {
                        skus.add(it.sku());
                    }
                }
            }
            if (!skus.equals(type.getItems())) {
                type.getItems().setAll(skus);
            }
            type.setValue(c.get().instanceType());
            price.setText(priceText(cat, c.get()));
        };
        type.setOnAction(e -> {
            String v = type.getValue() == null || type.getValue().isBlank() ? null
                    : type.getValue().trim();
            if (!java.util.Objects.equals(v, c.get().instanceType())) {
                edit.accept("Set instance type", x -> x.withPricing(v, x.hourlyCostUsd(),
                        x.costPerMillionCalls(), x.monthlyFixedCostUsd(), x.commitment()));
            }
        });
        f.row("Instance type", type);
        ComboBox<Commitment> commitment = new ComboBox<>();
        commitment.setId("c-commitment");
        commitment.getItems().setAll(Commitment.values());
        commitment.setConverter(new javafx.util.StringConverter<>() {
            @Override public String toString(Commitment k) {
                return k == null ? "" : commitmentLabel(k);
            }
            @Override public Commitment fromString(String s) {
                return null;
            }
        });
        commitment.setMaxWidth(Double.MAX_VALUE);
        commitment.setOnAction(e -> {
            Commitment v = commitment.getValue();
            if (v != null && !v.key().equals(c.get().commitment())) {
                edit.accept("Set commitment", x -> x.withPricing(x.instanceType(),
                        x.hourlyCostUsd(), x.costPerMillionCalls(), x.monthlyFixedCostUsd(), v.key()));
            }
        });
        f.row("Commitment", commitment);
        f.row("", price);
        Runnable loadCommitment = () -> {
            commitment.setValue(Commitment.fromKey(c.get().commitment()).orElse(Commitment.ON_DEMAND));
            // a typed hourly price or no instance type: nothing for a commitment to apply to
            commitment.setDisable(c.get().instanceType() == null || c.get().hourlyCostUsd() != null);
        };
        loadTypes.run();
        loadCommitment.run();
        f.onRefresh(loadTypes);
        f.onRefresh(loadCommitment);
        f.number("c-hourly", "Hourly override", "$/h", 0, 1_000, false,
                () -> c.get().hourlyCostUsd(),
                v -> edit.accept("Set hourly price", x -> x.withPricing(x.instanceType(), v,
                        x.costPerMillionCalls(), x.monthlyFixedCostUsd(), x.commitment())));
        f.number("c-per-million", "Per million calls", "$", 0, 1_000_000, false,
                () -> c.get().costPerMillionCalls(),
                v -> edit.accept("Set per-call price", x -> x.withPricing(x.instanceType(),
                        x.hourlyCostUsd(), v, x.monthlyFixedCostUsd(), x.commitment())));
        f.number("c-fixed", "Fixed", "$/month", 0, 10_000_000, false,
                () -> c.get().monthlyFixedCostUsd(),
                v -> edit.accept("Set fixed cost", x -> x.withPricing(x.instanceType(),
                        x.hourlyCostUsd(), x.costPerMillionCalls(), v, x.commitment())));
        usage(f, c, edit);
        plan(f, vm, c, catalogs, edit);
        CalendarRows.componentRanges(f, c, edit);
        return f;
    }

    /**
     * What the planner may change (docs/planner.md): the most instances it may give, and the
     * instance types it may choose among; blank for the defaults.
     */
    private static void plan(Form f, DocumentViewModel vm, Supplier<Component> c,
            Supplier<CatalogLibrary> catalogs,
            java.util.function.BiConsumer<String, UnaryOperator<Component>> edit) {
        Kind kind = c.get().kind();
        if (kind != Kind.SERVICE && kind != Kind.WORKER && kind != Kind.DATABASE
                && kind != Kind.CACHE) {
            return;
        }
        f.section("Plan");
        f.text("c-max-instances", "Max instances", () -> c.get().maxInstances() == null ? ""
                : Integer.toString(c.get().maxInstances()), v -> {
                    Integer n;
                    if (v.isEmpty()) {
                        n = null;
                    } else {
                        try {
                            n = Integer.valueOf(v.replace(",", ""));
                        } catch (NumberFormatException e) {
                            return "Enter a whole number, or leave it blank for the default";
                        }
                        if (n < 1 || n > dev.headroom.model.ModelValidator.MAX_PLANNED_INSTANCES) {
                            return "Must be between 1 and "
                                    + dev.headroom.model.ModelValidator.MAX_PLANNED_INSTANCES;
                        }
                    }
                    Integer chosen = n;
                    edit.accept("Set the planner's most instances",
                            x -> x.toBuilder().maxInstances(chosen).build());
                    return null;
                });
        f.text("c-candidates", "Candidates", () -> c.get().candidates() == null ? ""
                : String.join(", ", c.get().candidates()), v -> {
                    List<String> listed = v.isEmpty() ? null : java.util.Arrays.stream(
                            v.split("[,\\s]+")).filter(t -> !t.isBlank()).toList();
                    Catalog cat = catalog(vm.model(), catalogs.get());
                    if (listed != null && cat != null) {
                        List<String> unknown = listed.stream().filter(t -> cat.find(t)
                                .map(i -> !i.unit().isTimeBased()).orElse(true)).toList();
                        if (!unknown.isEmpty()) {
                            return "Not an hourly type in " + cat.id() + ": "
                                    + String.join(", ", unknown);
                        }
                    }
                    edit.accept("Set the planner's candidate types",
                            x -> x.toBuilder().candidates(listed).build());
                    return null;
                });
        f.note(kind == Kind.DATABASE || kind == Kind.CACHE
                ? "Blank: the plan keeps the instances and picks among the catalog's types of "
                        + "this family with as much memory, burstable ones left out."
                : "Blank: up to 64 instances, among the catalog's types of this family, "
                        + "burstable ones left out.");
    }

    /**
     * What the component does under overload (docs/model-format.md "Queues and thread pools"):
     * a bound on the waiting requests (load shedding) and a thread pool held across the visit's
     * downstream calls, one shared or one per class (bulkheads).
     */
    private static void overload(Form f, DocumentViewModel vm, Supplier<Component> c,
            String[] cur, java.util.function.BiConsumer<String, UnaryOperator<Component>> edit) {
        f.section("Overload");
        f.optionalNumber("c-max-queue", "Max queue", "waiting / instance", 0, 1_000_000_000,
                true, "unbounded", () -> c.get().maxQueue() == null ? null
                        : (double) c.get().maxQueue(),
                v -> edit.accept(v == null ? "Unbound the queue" : "Bound the queue",
                        x -> x.withMaxQueue(v == null ? null : v.intValue())));
        PerClass t = c.get().threads();
        if (t == null || t.isUniform()) {
            f.optionalNumber("c-threads", "Threads", "per instance", 1, 1_000_000, true,
                    "no pool", () -> c.get().threads() == null || !c.get().threads().isUniform()
                            ? null : c.get().threads().uniform(),
                    v -> edit.accept(v == null ? "Remove the thread pool" : "Set threads",
                            x -> x.withThreads(v == null ? null : PerClass.of(v))));
            if (vm.model().requestClasses().size() > 1) {
                // split as the drills' bulkheads policy does: by the threads each class holds
                javafx.scene.control.Hyperlink split = new javafx.scene.control.Hyperlink(
                        "A pool per class (bulkheads)");
                split.setId("c-threads-split");
                split.getStyleClass().add("field-link");
                split.setOnAction(e -> {
                    var r = vm.results();
                    PerClass pools = r == null ? null
                            : dev.headroom.app.DrillPolicy.bulkheads(r.analysis(), cur[0]);
                    if (pools != null) {
                        edit.accept("Split the pool per class", x -> x.withThreads(pools));
                    }
                });
                Runnable show = () -> {
                    boolean on = c.get().threads() != null && c.get().threads().isUniform();
                    split.setVisible(on);
                    split.setManaged(on);
                };
                show.run();
                f.onRefresh(show);
                f.row("", split);
            }
        } else {
            f.note("A thread pool per class (bulkheads); \"*\" is one pool shared by the "
                    + "others.");
            for (String k : t.byClass().keySet()) {
                f.number("c-threads-" + k, k.equals(PerClass.DEFAULT_KEY) ? "others" : k,
                        "threads / instance", 1, 1_000_000, true,
                        () -> c.get().threads() == null ? null
                                : c.get().threads().find(k).isPresent()
                                        ? c.get().threads().find(k).getAsDouble() : null,
                        v -> edit.accept("Set threads", x -> {
                            if (x.threads() == null || x.threads().isUniform()) {
                                return x;
                            }
                            Map<String, Double> m = new LinkedHashMap<>(x.threads().byClass());
                            m.put(k, v);
                            return x.withThreads(PerClass.of(m));
                        }));
            }
            javafx.scene.control.Hyperlink join = new javafx.scene.control.Hyperlink(
                    "One shared pool");
            join.setId("c-threads-join");
            join.getStyleClass().add("field-link");
            join.setOnAction(e -> edit.accept("Share one pool", x -> x.threads() == null
                    || x.threads().isUniform() ? x : x.withThreads(PerClass.of(
                            x.threads().byClass().values().stream()
                                    .mapToDouble(Double::doubleValue).sum()))));
            f.row("", join);
        }
        f.note("Blank: an unbounded queue, no pool. Arrivals beyond the queue are turned away "
                + "at once (load shedding); a visit holds its thread through its downstream "
                + "calls.");
    }

    /** What the bill derives beyond instances and calls: storage, a standby, logs, disks. */
    private static void usage(Form f, Supplier<Component> c,
            java.util.function.BiConsumer<String, UnaryOperator<Component>> edit) {
        Kind kind = c.get().kind();
        boolean stores = kind == Kind.DATABASE || kind == Kind.STORAGE;
        f.section("Billed usage");
        if (stores) {
            f.number("c-storage", "Storage", "GB", 0, 1e9, false, () -> c.get().storageGb(),
                    v -> edit.accept("Set storage", x -> x.toBuilder().storageGb(v).build()));
            f.number("c-storage-per-user", "Per user", "GB / user", 0, 1e6, false,
                    () -> c.get().storageGbPerUser(), v -> edit.accept("Set storage per user",
                            x -> x.toBuilder().storageGbPerUser(v).build()));
        }
        if (kind == Kind.DATABASE) {
            f.number("c-backup", "Extra backups", "GB", 0, 1e9, false,
                    () -> c.get().backupGb(),
                    v -> edit.accept("Set backups", x -> x.toBuilder().backupGb(v).build()));
            f.number("c-iops", "Extra IOPS", "IOPS", 0, 1e7, false,
                    () -> c.get().provisionedIops(), v -> edit.accept("Set provisioned IOPS",
                            x -> x.toBuilder().provisionedIops(v).build()));
        }
        if (kind == Kind.DATABASE) {
            f.note("Extra: beyond what the provider includes (RDS: backups up to the database's "
                    + "size, 3,000 IOPS below 400 GB).");
        }
        if (kind == Kind.DATABASE || kind == Kind.CACHE) {
            f.check("c-multi-az", "Multi-AZ: a standby in a second zone (billed, serves no "
                    + "traffic)", () -> c.get().multiAz(),
                    v -> edit.accept(v ? "Add a Multi-AZ standby" : "Remove the Multi-AZ standby",
                            x -> x.toBuilder().multiAz(v).build()));
        }
        f.number("c-logs", "Logs", "KB per visit", 0, 1e6, false,
                () -> c.get().logKbPerRequest(),
                v -> edit.accept("Set log volume", x -> x.toBuilder().logKbPerRequest(v).build()));
        if (kind == Kind.SERVICE || kind == Kind.WORKER) {
            f.optionalNumber("c-boot-disk", "Boot disk", "GB per instance", 0, 65_536, false,
                    "image default", () -> c.get().bootDiskGb(),
                    v -> edit.accept("Set boot disk", x -> x.toBuilder().bootDiskGb(v).build()));
        }
        if (kind == Kind.LOAD_BALANCER) {
            f.optionalNumber("c-rules", "Listener rules", "per request", 0, 1000, true, "none",
                    () -> c.get().rulesPerRequest() == null ? null
                            : (double) c.get().rulesPerRequest(),
                    v -> edit.accept("Set listener rules", x -> x.toBuilder()
                            .rulesPerRequest(v == null ? null : (int) Math.round(v)).build()));
        }
    }

    private static void serviceTimes(Form f, DocumentViewModel vm, Supplier<Component> c,
            java.util.function.BiConsumer<String, UnaryOperator<Component>> edit) {
        PerClass s = c.get().serviceTimeMs();
        if (s.isUniform()) {
            f.number("c-service", "Service time", "ms per visit", 0, 3_600_000, false,
                    () -> c.get().serviceTimeMs().isUniform() ? c.get().serviceTimeMs().uniform()
                            : null,
                    v -> edit.accept("Set service time", x -> x.withServiceTimeMs(
                            PerClass.of(v))));
            return;
        }
        List<String> keys = new ArrayList<>();
        for (RequestClass r : vm.model().requestClasses()) {
            keys.add(r.name());
        }
        if (s.byClass().containsKey(PerClass.DEFAULT_KEY)) {
            keys.add(PerClass.DEFAULT_KEY);
        }
        f.note("Service time per class");
        for (String k : keys) {
            f.number("c-service-" + k, (k.equals("*") ? "others" : k),
                    "ms per visit", 0, 3_600_000, false,
                    () -> c.get().serviceTimeMs().find(k).isPresent()
                            ? c.get().serviceTimeMs().find(k).getAsDouble() : null,
                    v -> edit.accept("Set service time", x -> {
                        Map<String, Double> m = new LinkedHashMap<>(x.serviceTimeMs().byClass());
                        m.put(k, v);
                        return x.withServiceTimeMs(PerClass.of(m));
                    }));
        }
    }

    /** Servers per instance and why, as the service derives them for the open model. */
    private static dev.headroom.network.Servers servers(DocumentViewModel vm, String id) {
        var r = vm.results();
        return r == null || r.model() != vm.model() ? null : r.analysis().servers(id);
    }

    private static void scale(java.util.function.BiConsumer<String, UnaryOperator<Component>> e,
            UnaryOperator<Autoscale> op) {
        e.accept("Change autoscaling", x -> x.isAutoscaled() ? x.withAutoscale(
                op.apply(x.autoscale())) : x);
    }

    static Catalog catalog(Model m, CatalogLibrary lib) {
        return lib == null || m.pricing() == null ? null : lib.find(m.pricing()).orElse(null);
    }

    static Set<PriceCategory> categories(Kind k) {
        return switch (k) {
            case LOAD_BALANCER -> Set.of(PriceCategory.LOAD_BALANCER);
            case SERVICE, WORKER -> Set.of(PriceCategory.COMPUTE, PriceCategory.GPU);
            case CACHE -> Set.of(PriceCategory.CACHE);
            case DATABASE -> Set.of(PriceCategory.DATABASE, PriceCategory.SEARCH);
            case QUEUE -> Set.of(PriceCategory.QUEUE, PriceCategory.COMPUTE);
            case STORAGE -> Set.of(PriceCategory.STORAGE, PriceCategory.COMPUTE);
            case CDN -> Set.of(PriceCategory.CDN);
            case EXTERNAL -> Set.of(PriceCategory.OTHER, PriceCategory.SERVERLESS);
        };
    }

    /** How the inspector names a commitment. */
    static String commitmentLabel(Commitment k) {
        return switch (k) {
            case ON_DEMAND -> "On-demand";
            case ONE_YEAR -> "1-year";
            case THREE_YEAR -> "3-year";
            case SPOT -> "Spot";
        };
    }

    static String priceText(Catalog cat, Component c) {
        if (c.hourlyCostUsd() != null) {
            return Format.usd(c.hourlyCostUsd()) + " per instance-hour (override)";
        }
        if (c.instanceType() == null) {
            return "Not priced: choose an instance type";
        }
        if (cat == null) {
            return "No pricing catalog selected";
        }
        return cat.find(c.instanceType()).map(it -> {
            String spec = it.vcpu() > 0 ? " · " + Format.number(it.vcpu()) + " vCPU, "
                    + Format.number(it.memoryGib()) + " GiB" : "";
            if (!it.unit().isTimeBased()) {
                return it.sku() + " is priced per " + it.unit().key();
            }
            Commitment k = Commitment.fromKey(c.commitment()).orElse(Commitment.ON_DEMAND);
            double h = cat.hourlyUsd(it, k);
            return String.format(java.util.Locale.US, "$%.4f/h · %s/month%s", h,
                    Format.usd(h * Catalog.HOURS_PER_MONTH), spec)
                    + (k == Commitment.ON_DEMAND || it.offers(k) ? ""
                            : "\nNo " + commitmentLabel(k).toLowerCase(java.util.Locale.ROOT)
                                    + " price for " + it.sku() + " in " + cat.id()
                                    + ": billed on demand")
                    + (it.confirmed() ? "" : "\n* Price not confirmed against a dated source: "
                            + "check it (docs/pricing.md)");
        }).orElse("\u26a0 \"" + c.instanceType() + "\" is not in " + cat.id());
    }
}
