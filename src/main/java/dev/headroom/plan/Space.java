package dev.headroom.plan;

import dev.headroom.cost.Catalog;
import dev.headroom.cost.PriceItem;
import dev.headroom.model.Component;
import dev.headroom.model.Kind;
import dev.headroom.model.Model;
import dev.headroom.model.Problem;
import dev.headroom.network.Machines;
import dev.headroom.network.Network;
import dev.headroom.network.Servers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

/**
 * What the planner may change in a model (docs/planner.md "What it may change"): for each
 * component it sizes, the instance types it may choose among and the instances it may give;
 * for each component it leaves as drawn, why.
 */
final class Space {
    /** The most instances a service or worker may get unless {@code maxInstances} says. */
    static final int DEFAULT_MAX_INSTANCES = 64;

    /**
     * One component the planner sizes.
     *
     * @param station its index in the network
     * @param component as drawn
     * @param types the instance types it may take, cheapest per hour first (one null entry for a
     *     component with a typed price and no type)
     * @param servers servers per instance on each type
     * @param speedups per-core speed of each type over the type its service time was measured on
     * @param lo the fewest instances (autoscaled: the maximum's lowest value)
     * @param hi the most instances (autoscaled: the maximum's highest value)
     */
    record Sized(int station, Component component, List<String> types, List<Servers> servers,
            double[] speedups, int lo, int hi) {

        boolean autoscaled() {
            return component.isAutoscaled();
        }
    }

    /** A component left as drawn, and why in a few words. */
    record Kept(String componentId, String why) {}

    final List<Sized> sized = new ArrayList<>();
    final List<Kept> kept = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();

    private Space() {}

    static Space of(Model model, Network net, Catalog catalog, Machines machines) {
        Space s = new Space();
        List<Component> cs = model.components();
        for (int k = 0; k < cs.size(); k++) {
            s.add(k, cs.get(k), "components[" + k + "]", net, catalog, machines);
        }
        return s;
    }

    private void add(int k, Component c, String path, Network net, Catalog catalog,
            Machines machines) {
        if (c.isDelay()) {
            kept.add(new Kept(c.id(), "a delay: no queue"));
            return;
        }
        if (c.kind() != Kind.SERVICE && c.kind() != Kind.WORKER && c.kind() != Kind.DATABASE
                && c.kind() != Kind.CACHE) {
            kept.add(new Kept(c.id(), c.kind().label().toLowerCase(java.util.Locale.ROOT)
                    + "s are not sized"));
            return;
        }
        List<String> types = new ArrayList<>();
        if (c.hourlyCostUsd() != null) {
            if (!(c.hourlyCostUsd() > 0)) {
                kept.add(new Kept(c.id(), "free per instance: hourlyCostUsd 0"));
                return;
            }
            types.add(c.instanceType());
        } else {
            PriceItem today = c.instanceType() == null || catalog == null ? null
                    : catalog.find(c.instanceType()).orElse(null);
            if (today == null || !today.unit().isTimeBased()) {
                kept.add(new Kept(c.id(), today == null ? "no hourly price"
                        : "priced per " + today.unit().key()));
                return;
            }
            if (c.candidates() != null) {
                List<String> listed = c.candidates();
                for (int i = 0; i < listed.size(); i++) {
                    String t = listed.get(i);
                    PriceItem item = catalog.find(t).orElse(null);
                    String at = path + ".candidates[" + i + "]";
                    if (item == null) {
                        List<String> near = catalog.nearest(t, 3);
                        problems.add(new Problem(at, "unknown instance type \"" + t + "\" in "
                                + catalog.id() + (near.isEmpty() ? ""
                                        : "; did you mean " + String.join(", ", near) + "?")));
                    } else if (!item.unit().isTimeBased()) {
                        problems.add(new Problem(at, "\"" + t + "\" is priced per "
                                + item.unit().key() + "; a candidate needs an hourly price"));
                    } else if (!types.contains(t)) {
                        types.add(t);
                    }
                }
                if (listed.isEmpty()) {
                    problems.add(new Problem(path + ".candidates",
                            "lists no instance type; leave it out for the default"));
                }
            } else {
                for (PriceItem item : catalog.items()) {
                    if (item.category() == today.category() && item.family().equals(today.family())
                            && item.unit().isTimeBased()
                            && (!burstable(item) || item.sku().equals(today.sku()))
                            && (!holdsData(c) || item.memoryGib() >= today.memoryGib())) {
                        types.add(item.sku());
                    }
                }
            }
            types.sort(Comparator.comparingDouble(t -> catalog.hourlyUsd(
                    catalog.find(t).orElseThrow(), dev.headroom.cost.Commitment.ON_DEMAND)));
        }
        if (types.isEmpty()) {
            kept.add(new Kept(c.id(), "no candidate instance type"));
            return;
        }
        List<Servers> servers = new ArrayList<>();
        double[] speedups = new double[types.size()];
        for (int i = 0; i < types.size(); i++) {
            String t = types.get(i);
            servers.add(t == null ? net.servers(k)
                    : Servers.of(c.concurrency(), c.concurrencyPerVcpu(), t, machines));
            speedups[i] = t == null ? net.speedup(k) : speedup(c, t, machines);
        }
        int lo;
        int hi;
        boolean scalesOut = c.kind() == Kind.SERVICE || c.kind() == Kind.WORKER;
        if (c.isAutoscaled()) {
            lo = c.autoscale().min();
            hi = c.maxInstances() != null ? Math.max(lo, c.maxInstances())
                    : Math.max(DEFAULT_MAX_INSTANCES, c.autoscale().max());
        } else if (c.maxInstances() != null) {
            lo = 1;
            hi = c.maxInstances();
        } else if (scalesOut) {
            lo = 1;
            hi = Math.max(DEFAULT_MAX_INSTANCES, c.instances());
        } else {
            lo = c.instances();
            hi = c.instances();
        }
        sized.add(new Sized(k, c, java.util.Collections.unmodifiableList(types),
                List.copyOf(servers), speedups, lo, hi));
    }

    /**
     * Whether the component's memory holds a working set the model does not describe (a
     * database, a cache): the planner then never gives it a type with less memory than today's.
     */
    static boolean holdsData(Component c) {
        return c.kind() == Kind.DATABASE || c.kind() == Kind.CACHE;
    }

    /**
     * Whether a type is burstable: it runs at full speed only while it has CPU credits, and
     * sustained load above its baseline (5–40% of each vCPU on AWS's t-series) throttles it.
     * Its vCPUs overstate what it sustains, so the planner never moves a component onto one
     * unless the model lists it among the {@code candidates}: a catalog family named
     * "burstable", or an AWS t-series name (t3.medium, db.t4g.small, cache.t4g.medium).
     */
    static boolean burstable(PriceItem item) {
        return item.family().contains("burstable")
                || item.sku().matches("^(db\\.|cache\\.)?t[0-9][a-z]*\\..*");
    }

    /**
     * How much faster type {@code t} is than the type the component's service time was measured
     * on ({@code serviceTimeMeasuredOn}, else today's type): the ratio of their per-core speeds,
     * or 1 when either states none. The rule of the compiler (docs/model-format.md), with
     * today's type standing in for a missing {@code serviceTimeMeasuredOn}.
     */
    static double speedup(Component c, String t, Machines machines) {
        String base = c.serviceTimeMeasuredOn() != null ? c.serviceTimeMeasuredOn()
                : c.instanceType();
        if (base == null) {
            return 1;
        }
        OptionalDouble then = machines.relativeSpeed(base);
        OptionalDouble now = machines.relativeSpeed(t);
        return then.isPresent() && now.isPresent() ? now.getAsDouble() / then.getAsDouble() : 1;
    }
}
