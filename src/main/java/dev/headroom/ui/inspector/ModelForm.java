package dev.headroom.ui.inspector;

import dev.headroom.cost.CatalogLibrary;
import dev.headroom.model.Component;
import dev.headroom.model.Networking;
import dev.headroom.model.Growth;
import dev.headroom.model.RequestClass;
import dev.headroom.model.Workload;
import dev.headroom.ui.document.DocumentViewModel;
import dev.headroom.app.Format;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** Edits the model as a whole: traffic, request classes, SLO, growth range, pricing catalog. */
final class ModelForm {
    private ModelForm() {}

    static Form build(DocumentViewModel vm, Supplier<CatalogLibrary> catalogs) {
        Form f = new Form();
        f.section("Model");
        f.text("m-name", "Name", () -> vm.model().name(), v -> {
            if (v.isBlank()) {
                return "Give the model a name";
            }
            vm.rename(v);
            return null;
        });
        ComboBox<String> pricing = new ComboBox<>();
        pricing.setId("m-pricing");
        pricing.setMaxWidth(Double.MAX_VALUE);
        CatalogLibrary lib = catalogs.get();
        if (lib != null) {
            pricing.getItems().setAll(lib.ids());
        }
        pricing.setValue(vm.model().pricing());
        pricing.setOnAction(e -> {
            if (pricing.getValue() != null && !pricing.getValue().equals(vm.model().pricing())) {
                vm.setPricing(pricing.getValue());
            }
        });
        f.onRefresh(() -> pricing.setValue(vm.model().pricing()));
        f.row("Pricing catalog", pricing);

        Supplier<Workload> w = () -> vm.model().workload();
        f.section("Traffic today");
        if (w.get().isClosed()) {
            f.note("Closed workload: users are concurrent, each thinking between requests.");
        }
        if (w.get().arrivalRatePerSecond() != null) {
            f.number("w-rate", "Peak rate", "req/s", 0.0001, 1e9, false,
                    () -> w.get().arrivalRatePerSecond(),
                    v -> vm.updateWorkload("Set peak rate", x -> with(x, null, null, null, v)));
        } else {
            f.number("w-users", "Users", "users", 1, 1e10, false, () -> w.get().users(),
                    v -> vm.updateWorkload("Set users", x -> x.withUsers(v)));
            if (!w.get().isClosed()) {
                f.number("w-rpd", "Requests", "/ user / day", 0.001, 1e7, false,
                        () -> w.get().requestsPerUserPerDay(),
                        v -> vm.updateWorkload("Set requests per user",
                                x -> with(x, v, null, null, null)));
                f.number("w-peak", "Peak factor", "× average", 1, 24, false,
                        () -> w.get().peakToAverage(),
                        v -> vm.updateWorkload("Set peak factor", x -> with(x, null, v, null,
                                null)));
            } else {
                f.number("w-think", "Think time", "ms", 0, 1e8, false,
                        () -> w.get().thinkTimeMs(),
                        v -> vm.updateWorkload("Set think time", x -> with(x, null, null, v,
                                null)));
            }
        }
        Label rate = new Label();
        rate.getStyleClass().add("field-note");
        Runnable showRate = () -> rate.setText(w.get().isClosed() ? ""
                : "Peak arrival rate: " + Format.rate(w.get().peakArrivalRate(1)));
        showRate.run();
        f.onRefresh(showRate);
        f.row("", rate);

        if (!w.get().isClosed()) {
            f.section("Clients");
            PolicyFields.add(f, "w", () -> vm.model().workload().policy(),
                    (l, op) -> vm.updateWorkload(l, x -> x.withPolicy(op.apply(x.policy()))),
                    () -> false);
            f.note("How the clients treat a slow or failing answer at the entry. "
                    + PolicyFields.NOTE);
        }

        classes(f, vm);

        network(f, vm, lib);

        f.section("Service level");
        f.number("s-p95", "p95 latency", "ms", 1, 3_600_000, false,
                () -> vm.model().slo().p95LatencyMs(),
                v -> vm.updateSlo("Set p95 objective", s -> s.withP95LatencyMs(v)));
        f.number("s-util", "Max utilization", "%", 1, 100, false,
                () -> vm.model().slo().maxUtilization() * 100,
                v -> vm.updateSlo("Set max utilization", s -> s.withMaxUtilization(v / 100)));
        f.number("s-p99", "p99 latency", "ms", 1, 3_600_000, false,
                () -> vm.model().slo().p99LatencyMs(),
                v -> vm.updateSlo("Set p99 objective", s -> s.withP99LatencyMs(v)));

        f.section("Growth range");
        f.number("g-from", "From", "×", 0.01, 1000, false, () -> vm.model().growth().from(),
                v -> vm.updateGrowth("Set growth start", g -> g.withRange(v, Math.max(v, g.to()),
                        g.steps())));
        f.number("g-to", "To", "×", 0.01, 1000, false, () -> vm.model().growth().to(),
                v -> vm.updateGrowth("Set growth end", g -> g.withRange(Math.min(v, g.from()), v,
                        g.steps())));
        CalendarRows.calendar(f, vm);
        CalendarRows.modelRanges(f, vm);
        return f;
    }

    private static void classes(Form f, DocumentViewModel vm) {
        f.section("Request classes");
        List<RequestClass> rcs = vm.model().workload().classes();
        if (rcs.isEmpty()) {
            f.note("One class, \"default\", enters at the first component.");
        }
        for (int i = 0; i < rcs.size(); i++) {
            int idx = i;
            RequestClass r = rcs.get(i);
            TextField share = new TextField(Format.number(r.share() * 100));
            share.setId("rc-share-" + r.name());
            share.setPrefColumnCount(3);
            share.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            ComboBox<String> entry = new ComboBox<>();
            entry.getItems().setAll(vm.model().components().stream().map(Component::id)
                    .toList());
            entry.setValue(r.entry());
            entry.setOnAction(e -> setClass(vm, idx, c -> c.withEntry(entry.getValue())));
            Button remove = new Button("\u2715");
            remove.getStyleClass().addAll("flat", "small");
            remove.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            remove.setOnAction(e -> vm.updateWorkload("Remove class " + r.name(), x -> {
                List<RequestClass> l = new ArrayList<>(x.classes());
                l.remove(idx);
                return x.withClasses(l);
            }));
            Label pct = new Label("%  at");
            pct.setTooltip(new javafx.scene.control.Tooltip("Share of requests, and the "
                    + "component they enter at"));
            pct.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            pct.getStyleClass().add("unit");
            entry.setMaxWidth(Double.MAX_VALUE);
            entry.setMinWidth(96);
            HBox row = new HBox(6, share, pct, entry, remove);
            row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            HBox.setHgrow(entry, Priority.ALWAYS);
            Label error = new Label();
            error.getStyleClass().add("field-error");
            error.setManaged(false);
            error.setVisible(false);
            Runnable commit = () -> {
                double v;
                try {
                    v = Double.parseDouble(share.getText().trim());
                } catch (NumberFormatException ex) {
                    Form.showError(share, error, "Enter a share in %");
                    return;
                }
                if (!(v > 0 && v <= 100)) {
                    Form.showError(share, error, "Must be above 0 and at most 100 %");
                    return;
                }
                Form.showError(share, error, null);
                setClass(vm, idx, c -> c.withShare(v / 100));
            };
            share.setOnAction(e -> commit.run());
            share.focusedProperty().addListener((o, a, b) -> {
                if (!b) {
                    commit.run();
                }
            });
            f.row(r.name(), row);
            f.add(error, 1, f.nextRow());
        }
        double sum = rcs.stream().mapToDouble(RequestClass::share).sum();
        if (!rcs.isEmpty() && Math.abs(sum - 1) > 1e-6) {
            Label warn = new Label("Shares add up to " + Format.number(Math.round(sum * 1000)
                    / 10.0) + " %; they must add up to 100 %");
            warn.getStyleClass().add("field-error");
            warn.setWrapText(true);
            f.add(warn, 0, f.nextRow(), 2, 1);
        }
        TextField name = new TextField();
        name.setPromptText("new class name");
        name.setId("rc-new-name");
        Button add = new Button("Add class");
        add.setId("rc-add");
        add.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        add.setOnAction(e -> {
            String n = name.getText().trim();
            if (n.isEmpty() || vm.model().components().isEmpty() || rcs.stream()
                    .anyMatch(r -> r.name().equals(n))) {
                return;
            }
            vm.updateWorkload("Add class " + n, x -> {
                List<RequestClass> l = new ArrayList<>(x.classes());
                double share = l.isEmpty() ? 1 : 0.1;
                String entry = l.isEmpty() ? vm.model().components().get(0).id()
                        : l.get(0).entry();
                l.add(new RequestClass(n, share, entry));
                return x.withClasses(l);
            });
        });
        HBox addRow = new HBox(6, name, add);
        HBox.setHgrow(name, Priority.ALWAYS);
        f.row("", addRow);
        if (!rcs.isEmpty()) {
            f.note("Sizes of a request and its answer: the load balancer's bytes and internet "
                    + "egress.");
        }
        for (int i = 0; i < rcs.size(); i++) {
            int idx = i;
            String n = rcs.get(i).name();
            f.number("rc-request-kb-" + n, n + " request", "KB", 0, 1e7, false,
                    () -> idx < vm.model().workload().classes().size()
                            ? vm.model().workload().classes().get(idx).requestKb() : null,
                    v -> setClass(vm, idx, c -> c.withSizes(v, c.responseKb())));
            f.number("rc-response-kb-" + n, n + " answer", "KB", 0, 1e7, false,
                    () -> idx < vm.model().workload().classes().size()
                            ? vm.model().workload().classes().get(idx).responseKb() : null,
                    v -> setClass(vm, idx, c -> c.withSizes(c.requestKb(), v)));
        }
        for (int i = 0; i < rcs.size(); i++) {
            int idx = i;
            String n = rcs.get(i).name();
            f.number("rc-p99-" + n, n + " p99", "ms objective", 1, 3_600_000, false,
                    () -> idx < vm.model().workload().classes().size()
                            ? vm.model().workload().classes().get(idx).p99LatencyMs() : null,
                    v -> setClass(vm, idx, c -> c.withP99LatencyMs(v)));
        }
    }

    private static void setClass(DocumentViewModel vm, int idx, UnaryOperator<RequestClass> op) {
        vm.updateWorkload("Edit class", x -> {
            List<RequestClass> l = new ArrayList<>(x.classes());
            l.set(idx, op.apply(l.get(idx)));
            return x.withClasses(l);
        });
    }

    private static Workload with(Workload x, Double rpd, Double peak, Double think, Double rate) {
        return new Workload(x.type(), x.users(), rpd != null ? rpd : x.requestsPerUserPerDay(),
                peak != null ? peak : x.peakToAverage(), rate != null ? rate
                        : x.arrivalRatePerSecond(), think != null ? think : x.thinkTimeMs(),
                x.classes(), x.dailyProfile(), x.policy());
    }

    /** The network the bill needs (zones, NAT gateways) and the support plan. */
    private static void network(Form f, DocumentViewModel vm, CatalogLibrary lib) {
        f.section("Network and support");
        Supplier<Networking> n = () -> vm.model().network();
        f.number("n-zones", "Zones", "availability zones", 1, 6, true,
                () -> (double) n.get().availabilityZones(),
                v -> vm.updateNetwork("Set zones", x -> x.withAvailabilityZones((int) v)));
        f.number("n-nat", "NAT gateways", "gateways", 0, 64, true,
                () -> (double) n.get().natGateways(),
                v -> vm.updateNetwork("Set NAT gateways", x -> x.withNatGateways((int) v)));
        f.number("n-rpc", "Reuse", "requests per connection", 1, 1e6, false,
                () -> n.get().requestsPerConnection(),
                v -> vm.updateNetwork("Set requests per connection",
                        x -> x.withRequestsPerConnection(v)));
        f.number("n-conn", "Connection", "seconds open", 0.001, 86_400, false,
                () -> n.get().connectionSeconds(),
                v -> vm.updateNetwork("Set connection time", x -> x.withConnectionSeconds(v)));
        ComboBox<String> plan = new ComboBox<>();
        plan.setId("m-support");
        plan.setMaxWidth(Double.MAX_VALUE);
        Runnable load = () -> {
            List<String> plans = new ArrayList<>();
            plans.add(NO_PLAN);
            var cat = lib == null || vm.model().pricing() == null ? null
                    : lib.find(vm.model().pricing()).orElse(null);
            if (cat != null) {
                cat.items().stream().filter(i -> i.unit() == dev.headroom.cost.PriceUnit.SPEND)
                        .forEach(i -> plans.add(i.sku()));
            }
            if (!plans.equals(plan.getItems())) {
                plan.getItems().setAll(plans);
            }
            plan.setValue(vm.model().supportPlan() == null ? NO_PLAN : vm.model().supportPlan());
        };
        load.run();
        f.onRefresh(load);
        plan.setOnAction(e -> {
            String v = plan.getValue() == null || plan.getValue().equals(NO_PLAN) ? null
                    : plan.getValue();
            if (!java.util.Objects.equals(v, vm.model().supportPlan())) {
                vm.setSupportPlan(v);
            }
        });
        f.row("Support plan", plan);
        f.note("Zones spread the services and databases: calls between them cross zones and are "
                + "billed per GB; NAT gateways carry calls to external APIs.");
    }

    private static final String NO_PLAN = "none";
}
