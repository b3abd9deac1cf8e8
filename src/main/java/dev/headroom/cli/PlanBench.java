package dev.headroom.cli;

import dev.headroom.cost.Catalog;
import dev.headroom.cost.CatalogLibrary;
import dev.headroom.cost.CatalogMachines;
import dev.headroom.cost.ExchangeRate;
import dev.headroom.cost.PriceCategory;
import dev.headroom.cost.PriceItem;
import dev.headroom.cost.PriceUnit;
import dev.headroom.model.Autoscale;
import dev.headroom.model.Component;
import dev.headroom.model.Connection;
import dev.headroom.model.Growth;
import dev.headroom.model.Kind;
import dev.headroom.model.Layout;
import dev.headroom.model.Model;
import dev.headroom.model.RequestClass;
import dev.headroom.model.Slo;
import dev.headroom.model.Workload;
import dev.headroom.model.WorkloadType;
import dev.headroom.network.Machines;
import dev.headroom.network.Network;
import dev.headroom.network.NetworkCompiler;
import dev.headroom.plan.Plan;
import dev.headroom.plan.Planner;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Times the planner on the size issue 14 names: 20 sized components, each with 30 candidate
 * instance types and 1–64 instances, planned at one step and at the 10 steps of a growth range.
 */
final class PlanBench {
    static final int COMPONENTS = 20;
    static final int TYPES = 30;
    static final int MAX_INSTANCES = 64;

    private PlanBench() {}

    /**
     * 30 made-up machines of one family, as a cloud sells them: 5 series of 6 sizes (2 to 48
     * vCPUs), each series with its own per-core speed (0.9 to 1.3) and price per vCPU-hour
     * (dearer for faster cores), and a little noise in each price.
     */
    static Catalog catalog() {
        SplittableRandom rnd = new SplittableRandom(7);
        int[] sizes = {2, 4, 8, 16, 32, 48};
        List<PriceItem> items = new ArrayList<>();
        for (int series = 0; series < TYPES / sizes.length; series++) {
            double speed = 0.9 + 0.1 * series;
            double perVcpu = 0.04 * (1 + 0.3 * series);
            for (int v : sizes) {
                double price = perVcpu * v * (0.97 + 0.06 * rnd.nextDouble());
                items.add(new PriceItem("s" + series + "." + v, PriceCategory.COMPUTE, "bench",
                        PriceUnit.HOUR, price, v, 4.0 * v, Map.of(), "https://example.com/bench",
                        "", LocalDate.of(2026, 11, 30), true, "benchmark machine", speed,
                        "https://example.com/bench"));
            }
        }
        return new Catalog("bench", "Benchmark", "nowhere", "USD",
                ExchangeRate.identity(LocalDate.of(2026, 11, 30)), LocalDate.of(2026, 11, 30),
                "made-up machines for the planner benchmark", items, "s1.* = 1.0");
    }

    /** A tree of 20 services, four calls wide, two classes, a p95 objective that binds. */
    static Model model() {
        SplittableRandom rnd = new SplittableRandom(11);
        List<Component> cs = new ArrayList<>();
        List<Connection> es = new ArrayList<>();
        for (int i = 0; i < COMPONENTS; i++) {
            Component.Builder b = Component.builder("s" + i, i % 5 == 4 ? Kind.WORKER
                    : Kind.SERVICE).serviceTimeMs(1 + rnd.nextDouble() * 11)
                    .instanceType("s1." + (2 << rnd.nextInt(2))).serviceTimeMeasuredOn("s1.2")
                    .maxInstances(MAX_INSTANCES);
            if (i % 3 == 0) {
                b.autoscale(new Autoscale(2, 8, 0.6));
            } else {
                b.instances(2 + rnd.nextInt(4));
            }
            cs.add(b.build());
            if (i > 0) {
                es.add(new Connection("s" + ((i - 1) / 4), "s" + i, 0.3 + 0.7 * rnd.nextDouble(),
                        false, false, List.of(), 1));
            }
        }
        List<RequestClass> classes = List.of(new RequestClass("read", 0.8, "s0"),
                new RequestClass("write", 0.2, "s0"));
        Workload w = new Workload(WorkloadType.OPEN, null, null, 2, 400.0, 0, classes,
                List.of());
        return new Model(Model.CURRENT_FORMAT, "plan bench", null, w, new Growth(1, 10, 10),
                new Slo(180.0, 0.75), "bench", cs, es, Layout.EMPTY);
    }

    static void run(PrintWriter out, boolean quick) {
        Catalog catalog = catalog();
        CatalogLibrary library = CatalogLibrary.of(List.of(catalog));
        Machines machines = CatalogMachines.of(catalog);
        Model model = model();
        Network net = NetworkCompiler.compile(model, machines);
        Planner warm = Planner.of(model, net, catalog, library, machines);
        Plan top = warm.plan(10);
        if (!top.feasible()) {
            throw new IllegalStateException("the benchmark model has no plan: " + top.whyNot());
        }
        Runnable one = () -> warm.plan(10);
        Runnable all = () -> {
            Planner p = Planner.of(model, net, catalog, library, machines);
            for (double m : model.growth().multipliers()) {
                p.plan(m);
            }
        };
        int proven = 0;
        double gap = 0;
        for (double m : model.growth().multipliers()) {
            Plan p = warm.plan(m);
            if (p.proven()) {
                proven++;
            } else {
                gap = Math.max(gap, p.monthlyUsd() / p.lowerBoundUsd() - 1);
            }
        }
        out.printf(Locale.ROOT, "Planner, %d components x %d types x 1-%d instances, p95 "
                + "objective 12%% above the bare service times (one thread):%n", COMPONENTS,
                TYPES, MAX_INSTANCES);
        out.printf(Locale.ROOT, "  %d of 10 steps proven cheapest; the others within %.1f%% of "
                + "their lower bound after %,d evaluations%n", proven, gap * 100,
                dev.headroom.plan.Planner.DEFAULT_BUDGET);
        out.printf(Locale.ROOT, "  %-26s %10s %10s%n", "", "median", "best");
        row(out, "one step (10x)", AnalyticBench.time(one, quick));
        row(out, "10 steps, fresh planner", AnalyticBench.time(all, quick));
        out.flush();
    }

    private static void row(PrintWriter out, String what, double[] ms) {
        out.printf(Locale.ROOT, "  %-26s %7.1f ms %7.1f ms%n", what, ms[0], ms[1]);
    }
}
