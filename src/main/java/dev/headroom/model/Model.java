package dev.headroom.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole architecture with its traffic assumptions: the immutable in-memory form of a model
 * file (docs/model-format.md). Build one through {@code io.ModelReader}; check it with
 * {@link ModelValidator}.
 */
public record Model(
        int format,
        String name,
        String description,
        Workload workload,
        Growth growth,
        Slo slo,
        String pricing,
        List<Component> components,
        List<Connection> connections,
        Layout layout,
        Networking network,
        String supportPlan,
        Uncertainty uncertainty,
        ReportSettings report,
        List<Drill> drills) {

    /**
     * The newest file format this version reads and writes. Format 2 derives a component's
     * servers from its instance type's vCPUs when {@code concurrency} is left out; format 1 meant
     * one server per instance, and is read that way (see {@code io.Migration}).
     */
    public static final int CURRENT_FORMAT = 2;

    /** The class used when a model names none. */
    public static final String DEFAULT_CLASS = "default";

    public Model {
        Objects.requireNonNull(name);
        Objects.requireNonNull(workload);
        Objects.requireNonNull(growth);
        Objects.requireNonNull(slo);
        components = List.copyOf(components);
        connections = List.copyOf(connections);
        Objects.requireNonNull(layout);
        Objects.requireNonNull(network);
        uncertainty = uncertainty == null ? Uncertainty.NONE : uncertainty;
        report = report == null ? ReportSettings.NONE : report;
        drills = drills == null ? List.of() : List.copyOf(drills);
    }

    /** A model without uncertainty ranges or report settings. */
    public Model(int format, String name, String description, Workload workload, Growth growth,
            Slo slo, String pricing, List<Component> components, List<Connection> connections,
            Layout layout, Networking network, String supportPlan) {
        this(format, name, description, workload, growth, slo, pricing, components, connections,
                layout, network, supportPlan, Uncertainty.NONE, ReportSettings.NONE, List.of());
    }

    /** A model without drills. */
    public Model(int format, String name, String description, Workload workload, Growth growth,
            Slo slo, String pricing, List<Component> components, List<Connection> connections,
            Layout layout, Networking network, String supportPlan, Uncertainty uncertainty,
            ReportSettings report) {
        this(format, name, description, workload, growth, slo, pricing, components, connections,
                layout, network, supportPlan, uncertainty, report, List.of());
    }

    /** A model with report settings and no uncertainty ranges. */
    public Model(int format, String name, String description, Workload workload, Growth growth,
            Slo slo, String pricing, List<Component> components, List<Connection> connections,
            Layout layout, Networking network, String supportPlan, ReportSettings report) {
        this(format, name, description, workload, growth, slo, pricing, components, connections,
                layout, network, supportPlan, Uncertainty.NONE, report, List.of());
    }

    /** A model with uncertainty ranges and no report settings. */
    public Model(int format, String name, String description, Workload workload, Growth growth,
            Slo slo, String pricing, List<Component> components, List<Connection> connections,
            Layout layout, Networking network, String supportPlan, Uncertainty uncertainty) {
        this(format, name, description, workload, growth, slo, pricing, components, connections,
                layout, network, supportPlan, uncertainty, ReportSettings.NONE, List.of());
    }

    /** A model with the default network and no support plan. */
    public Model(int format, String name, String description, Workload workload, Growth growth,
            Slo slo, String pricing, List<Component> components, List<Connection> connections,
            Layout layout) {
        this(format, name, description, workload, growth, slo, pricing, components, connections,
                layout, Networking.DEFAULT, null);
    }

    /**
     * The request classes to solve: those in the file, or one class named {@code default}
     * entering at the first component when the file names none.
     */
    public List<RequestClass> requestClasses() {
        if (!workload.classes().isEmpty() || components.isEmpty()) {
            return workload.classes();
        }
        return List.of(new RequestClass(DEFAULT_CLASS, 1.0, components.get(0).id()));
    }

    public Optional<Component> component(String id) {
        return components.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public int indexOf(String id) {
        for (int i = 0; i < components.size(); i++) {
            if (components.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    public Model withName(String n) {
        return new Model(format, n, description, workload, growth, slo, pricing, components,
                connections, layout, network,
                supportPlan, uncertainty, report, drills);
    }

    public Model withDescription(String d) {
        return new Model(format, name, d, workload, growth, slo, pricing, components, connections,
                layout, network,
                supportPlan, uncertainty, report, drills);
    }

    public Model withWorkload(Workload w) {
        return new Model(format, name, description, w, growth, slo, pricing, components,
                connections, layout, network,
                supportPlan, uncertainty, report, drills);
    }

    public Model withGrowth(Growth g) {
        return new Model(format, name, description, workload, g, slo, pricing, components,
                connections, layout, network,
                supportPlan, uncertainty, report, drills);
    }

    public Model withSlo(Slo s) {
        return new Model(format, name, description, workload, growth, s, pricing, components,
                connections, layout, network,
                supportPlan, uncertainty, report, drills);
    }

    public Model withPricing(String p) {
        return new Model(format, name, description, workload, growth, slo, p, components,
                connections, layout, network,
                supportPlan, uncertainty, report, drills);
    }

    public Model withComponents(List<Component> cs) {
        return new Model(format, name, description, workload, growth, slo, pricing, cs,
                connections, layout, network,
                supportPlan, uncertainty, report, drills);
    }

    public Model withConnections(List<Connection> cs) {
        return new Model(format, name, description, workload, growth, slo, pricing, components,
                cs, layout, network,
                supportPlan, uncertainty, report, drills);
    }

    public Model withLayout(Layout l) {
        return new Model(format, name, description, workload, growth, slo, pricing, components,
                connections, l, network,
                supportPlan, uncertainty, report, drills);
    }

    public Model withNetwork(Networking n) {
        return new Model(format, name, description, workload, growth, slo, pricing, components,
                connections, layout, n, supportPlan, uncertainty, report, drills);
    }

    public Model withSupportPlan(String plan) {
        return new Model(format, name, description, workload, growth, slo, pricing, components,
                connections, layout, network, plan, uncertainty, report, drills);
    }

    public Model withReport(ReportSettings r) {
        return new Model(format, name, description, workload, growth, slo, pricing, components,
                connections, layout, network, supportPlan, uncertainty, r, drills);
    }

    public Model withUncertainty(Uncertainty u) {
        return new Model(format, name, description, workload, growth, slo, pricing, components,
                connections, layout, network, supportPlan, u, report, drills);
    }

    /** The drill called {@code name}. */
    public Optional<Drill> drill(String drillName) {
        return drills.stream().filter(d -> d.name().equals(drillName)).findFirst();
    }

    public Model withDrills(List<Drill> ds) {
        return new Model(format, name, description, workload, growth, slo, pricing, components,
                connections, layout, network, supportPlan, uncertainty, report, ds);
    }

    /** This model with the component at {@code index} replaced. */
    public Model withComponent(int index, Component c) {
        List<Component> cs = new ArrayList<>(components);
        cs.set(index, c);
        return withComponents(cs);
    }
}
