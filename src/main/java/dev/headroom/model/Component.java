package dev.headroom.model;

import java.util.Objects;

/**
 * A box in the architecture (DESIGN §1 "Components").
 *
 * @param instances instances when not autoscaled (default 1)
 * @param concurrency parallel servers per instance: cores, worker threads (default 1)
 * @param serviceTimeMs mean service demand per visit, in ms, uniform or per class
 * @param serviceTimeCv coefficient of variation of the service time (default 1)
 * @param queueing false makes it a delay station (infinite servers); default false for CDNs
 *     and external APIs, true otherwise
 * @param autoscale autoscaling rule, or null for a fixed {@code instances}
 * @param hitRatio caches: fraction of visits served without the {@code onMiss} calls, or null
 * @param instanceType SKU in the pricing catalog, or null
 * @param hourlyCostUsd explicit price per instance-hour (wins over the catalog), or null
 * @param costPerMillionCalls per-call charge in USD per million visits
 * @param monthlyFixedCostUsd fixed monthly charge (storage, licences)
 * @param commitment pricing commitment: {@code on-demand}, {@code 1y}, {@code 3y} or {@code spot}
 * @param notes free text shown in reports, or null
 */
public record Component(
        String id,
        Kind kind,
        String name,
        int instances,
        int concurrency,
        PerClass serviceTimeMs,
        PerClass serviceTimeCv,
        boolean queueing,
        Autoscale autoscale,
        Double hitRatio,
        String instanceType,
        Double hourlyCostUsd,
        double costPerMillionCalls,
        double monthlyFixedCostUsd,
        String commitment,
        String notes) {

    public static final String ON_DEMAND = "on-demand";

    public Component {
        Objects.requireNonNull(id);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(serviceTimeMs);
        Objects.requireNonNull(serviceTimeCv);
        Objects.requireNonNull(commitment);
    }

    /** A component with every optional field at its default. */
    public static Component of(String id, Kind kind, double serviceTimeMs) {
        return new Component(id, kind, null, 1, 1, PerClass.of(serviceTimeMs), PerClass.of(1.0),
                kind.queueingByDefault(), null, null, null, null, 0, 0, ON_DEMAND, null);
    }

    /** The name to show: the given name, else the id. */
    public String displayName() {
        return name == null || name.isBlank() ? id : name;
    }

    public boolean isAutoscaled() {
        return autoscale != null;
    }

    public boolean isDelay() {
        return !queueing;
    }

    public Component withInstances(int n) {
        return new Component(id, kind, name, n, concurrency, serviceTimeMs, serviceTimeCv, queueing,
                autoscale, hitRatio, instanceType, hourlyCostUsd, costPerMillionCalls,
                monthlyFixedCostUsd, commitment, notes);
    }

    public Component withConcurrency(int n) {
        return new Component(id, kind, name, instances, n, serviceTimeMs, serviceTimeCv, queueing,
                autoscale, hitRatio, instanceType, hourlyCostUsd, costPerMillionCalls,
                monthlyFixedCostUsd, commitment, notes);
    }

    public Component withServiceTimeMs(PerClass s) {
        return new Component(id, kind, name, instances, concurrency, s, serviceTimeCv, queueing,
                autoscale, hitRatio, instanceType, hourlyCostUsd, costPerMillionCalls,
                monthlyFixedCostUsd, commitment, notes);
    }

    public Component withServiceTimeCv(PerClass cv) {
        return new Component(id, kind, name, instances, concurrency, serviceTimeMs, cv, queueing,
                autoscale, hitRatio, instanceType, hourlyCostUsd, costPerMillionCalls,
                monthlyFixedCostUsd, commitment, notes);
    }

    public Component withAutoscale(Autoscale a) {
        return new Component(id, kind, name, instances, concurrency, serviceTimeMs, serviceTimeCv,
                queueing, a, hitRatio, instanceType, hourlyCostUsd, costPerMillionCalls,
                monthlyFixedCostUsd, commitment, notes);
    }

    public Component withHitRatio(Double h) {
        return new Component(id, kind, name, instances, concurrency, serviceTimeMs, serviceTimeCv,
                queueing, autoscale, h, instanceType, hourlyCostUsd, costPerMillionCalls,
                monthlyFixedCostUsd, commitment, notes);
    }

    public Component withQueueing(boolean q) {
        return new Component(id, kind, name, instances, concurrency, serviceTimeMs, serviceTimeCv,
                q, autoscale, hitRatio, instanceType, hourlyCostUsd, costPerMillionCalls,
                monthlyFixedCostUsd, commitment, notes);
    }

    public Component withName(String n) {
        return new Component(id, kind, n, instances, concurrency, serviceTimeMs, serviceTimeCv,
                queueing, autoscale, hitRatio, instanceType, hourlyCostUsd, costPerMillionCalls,
                monthlyFixedCostUsd, commitment, notes);
    }

    public Component withId(String newId) {
        return new Component(newId, kind, name, instances, concurrency, serviceTimeMs,
                serviceTimeCv, queueing, autoscale, hitRatio, instanceType, hourlyCostUsd,
                costPerMillionCalls, monthlyFixedCostUsd, commitment, notes);
    }

    public Component withKind(Kind k) {
        return new Component(id, k, name, instances, concurrency, serviceTimeMs, serviceTimeCv,
                queueing, autoscale, hitRatio, instanceType, hourlyCostUsd, costPerMillionCalls,
                monthlyFixedCostUsd, commitment, notes);
    }

    public Component withPricing(String type, Double hourly, double perMillion, double fixed,
            String newCommitment) {
        return new Component(id, kind, name, instances, concurrency, serviceTimeMs, serviceTimeCv,
                queueing, autoscale, hitRatio, type, hourly, perMillion, fixed, newCommitment,
                notes);
    }
}
