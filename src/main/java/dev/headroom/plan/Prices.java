package dev.headroom.plan;

import dev.headroom.cost.Bill;
import dev.headroom.cost.Billing;
import dev.headroom.cost.CatalogLibrary;
import dev.headroom.cost.Commitment;
import dev.headroom.cost.LineItem;
import dev.headroom.model.Component;
import dev.headroom.model.Model;
import dev.headroom.network.Machines;
import dev.headroom.network.Network;
import dev.headroom.network.NetworkCompiler;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What each sized component costs on each of its instance types, read off the real bill
 * ({@link Billing}) so that the planner prices a sizing exactly as the bill will: a
 * component's own lines (instance-hours, a standby, storage, logs…) are
 * {@code perInstance × instance-months + rest}, linear in the instances it runs. Both
 * coefficients come from billing the model with the component on that type at one and at two
 * fixed instances; the model-wide lines (egress, NAT, support) do not depend on the sizing,
 * except a support plan, which rises with the total and so is lowest where the rest is.
 *
 * <p>One bill prices every sized component at once: the i-th variant puts each component on
 * its i-th type, so the variants number twice the longest list of types, not their sum.
 */
final class Prices {
    private final Model model;
    private final CatalogLibrary library;
    private final List<Space.Sized> sized;
    /** {@code perInstance[j][i]}: USD a month per instance-month of sized j on its type i. */
    private final double[][] perInstance;
    /** The variants at one instance, compiled once; their bill depends on the step. */
    private final List<Model> oneInstance = new ArrayList<>();
    private final List<Network> oneInstanceNets = new ArrayList<>();
    /** The variants at two instances: with those at one, the price of each added instance. */
    private final List<Model> twoInstances = new ArrayList<>();
    private final List<Network> twoInstancesNets = new ArrayList<>();
    /** {@link #perInstance} with every component on demand, or null until first asked. */
    private double[][] perInstanceOnDemand;
    private final Map<Double, double[][]> restByStep = new HashMap<>();

    Prices(Model model, List<Space.Sized> sized, Machines machines, CatalogLibrary library) {
        this.model = model;
        this.library = library;
        this.sized = sized;
        int most = 0;
        for (Space.Sized s : sized) {
            most = Math.max(most, s.types().size());
        }
        for (int i = 0; i < most; i++) {
            Model one = variant(i, 1);
            Model two = variant(i, 2);
            oneInstance.add(one);
            oneInstanceNets.add(NetworkCompiler.compile(one, machines));
            twoInstances.add(two);
            twoInstancesNets.add(NetworkCompiler.compile(two, machines));
        }
        perInstance = perInstance(null);
    }

    /**
     * {@code [j][i]}: what one more instance of sized component j on its type i adds to its own
     * lines at 1x, from the bills at one and at two instances; with every component on
     * {@code commitment} (null: as the model says).
     */
    private double[][] perInstance(Commitment commitment) {
        double[][] out = new double[sized.size()][];
        for (int j = 0; j < sized.size(); j++) {
            out[j] = new double[sized.get(j).types().size()];
        }
        for (int i = 0; i < oneInstance.size(); i++) {
            double[] l1 = own(Billing.bill(oneInstance.get(i), oneInstanceNets.get(i), 1, library,
                    commitment));
            double[] l2 = own(Billing.bill(twoInstances.get(i), twoInstancesNets.get(i), 1,
                    library, commitment));
            for (int j = 0; j < sized.size(); j++) {
                if (i < out[j].length) {
                    out[j][i] = l2[j] - l1[j];
                }
            }
        }
        return out;
    }

    /** USD a month per instance-month of sized component j on its type i. */
    double perInstance(int j, int i) {
        return perInstance[j][i];
    }

    /**
     * USD a month per instance-month of sized component j on its type i, on demand: what the
     * bill charges the instances of a committed autoscaled tier above the ones that run every
     * hour (docs/pricing.md, "Commitments"). Billed when first asked.
     */
    synchronized double perInstanceOnDemand(int j, int i) {
        if (perInstanceOnDemand == null) {
            perInstanceOnDemand = perInstance(Commitment.ON_DEMAND);
        }
        return perInstanceOnDemand[j][i];
    }

    /** The rest of sized component j's own lines on its type i at multiplier m, USD a month. */
    synchronized double rest(int j, int i, double m) {
        double[][] rest = restByStep.computeIfAbsent(m, this::restAt);
        return rest[j][i];
    }

    private double[][] restAt(double m) {
        double[][] out = new double[sized.size()][];
        for (int j = 0; j < sized.size(); j++) {
            out[j] = new double[sized.get(j).types().size()];
        }
        for (int i = 0; i < oneInstance.size(); i++) {
            double[] l1 = own(Billing.bill(oneInstance.get(i), oneInstanceNets.get(i), m,
                    library));
            for (int j = 0; j < sized.size(); j++) {
                if (i < out[j].length) {
                    out[j][i] = l1[j] - perInstance[j][i];
                }
            }
        }
        return out;
    }

    /** Each sized component on its i-th type (or its last), at n fixed instances. */
    private Model variant(int i, int n) {
        List<Component> cs = new ArrayList<>(model.components());
        for (Space.Sized s : sized) {
            String t = s.types().get(Math.min(i, s.types().size() - 1));
            Component c = s.component().toBuilder().instanceType(t).instances(n).autoscale(null)
                    .build();
            cs.set(s.station(), c);
        }
        return model.withComponents(cs);
    }

    /** The sum of each sized component's own lines in a bill. */
    private double[] own(Bill bill) {
        double[] out = new double[sized.size()];
        for (LineItem line : bill.lines()) {
            if (line.componentId() == null) {
                continue;
            }
            for (int j = 0; j < sized.size(); j++) {
                if (sized.get(j).component().id().equals(line.componentId())) {
                    out[j] += line.monthlyUsd();
                }
            }
        }
        return out;
    }
}
