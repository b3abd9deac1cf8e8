package dev.headroom.model;

import java.util.Objects;

/**
 * A box in the architecture (docs/model-format.md "Components"). Build one with
 * {@link #builder(String, Kind)} or change one with {@link #toBuilder()}: the record has many
 * optional fields and a builder keeps every call site readable as fields are added.
 *
 * @param instances instances when not autoscaled (default 1)
 * @param concurrency servers per instance pinned by the model (threads, connections), or null to
 *     derive them from the instance type's vCPUs (see {@code concurrencyPerVcpu})
 * @param concurrencyPerVcpu servers per vCPU of the instance type when {@code concurrency} is not
 *     pinned, or null for the default of 1
 * @param serviceTimeMs mean service demand per visit, in ms, uniform or per class
 * @param serviceTimeCv coefficient of variation of the service time (default 1)
 * @param serviceTimeMeasuredOn the instance type {@code serviceTimeMs} was measured on, or null:
 *     service time then scales by the per-core speed of that type over today's type
 * @param queueing false makes it a delay station (infinite servers); default false for CDNs
 *     and external APIs, true otherwise
 * @param autoscale autoscaling rule, or null for a fixed {@code instances}
 * @param hitRatio caches: fraction of visits served without the {@code onMiss} calls, or null
 * @param instanceType SKU in the pricing catalog, or null
 * @param hourlyCostUsd explicit price per instance-hour (wins over the catalog), or null
 * @param costPerMillionCalls per-call charge in USD per million visits
 * @param monthlyFixedCostUsd fixed monthly charge (storage, licences)
 * @param commitment pricing commitment: {@code on-demand}, {@code 1y}, {@code 3y} or {@code spot}
 * @param storageGb data stored today, GB (databases, storage, search), or null
 * @param storageGbPerUser data stored per user, GB, added to {@code storageGb} as users grow, or
 *     null
 * @param backupGb backup storage billed beyond what the provider includes, GB, or null
 * @param provisionedIops IOPS billed beyond what the storage includes, or null
 * @param multiAz a standby in a second availability zone (databases, caches), billed as the
 *     provider bills it
 * @param logKbPerRequest log data written per visit, KB, billed as log ingestion, or null
 * @param bootDiskGb the boot disk of each virtual machine, GB, or null for the catalog's image
 *     default
 * @param rulesPerRequest load balancers: the listener rules evaluated for each request, for the
 *     rule-evaluations dimension of capacity units, or null for none beyond the free ones
 * @param candidates the instance types the planner may choose among, or null for the catalog's
 *     types of the same category and family as {@code instanceType}
 * @param maxInstances the most instances the planner may give the component, or null for the
 *     default (64 for services and workers; databases and caches keep their count)
 * @param notes free text shown in reports, or null
 * @param uncertainty how far this component's service time and hit ratio may be from the
 *     values given (its own ranges, drawn on their own), or null to follow the model's
 * @param maxQueue drills and steady state: requests that may wait per instance (for a thread
 *     when {@code threads} is set, else for a server); an arrival beyond it is rejected at once
 *     (load shedding); null for an unbounded queue
 * @param threads a pool per instance held for the whole synchronous visit, downstream calls
 *     included: one number for one pool shared by every class, or a map giving a class (or the
 *     {@code "*"} rest) a pool of its own (a bulkhead); null for no pool
 */
public record Component(
        String id,
        Kind kind,
        String name,
        int instances,
        Integer concurrency,
        Double concurrencyPerVcpu,
        PerClass serviceTimeMs,
        PerClass serviceTimeCv,
        String serviceTimeMeasuredOn,
        boolean queueing,
        Autoscale autoscale,
        Double hitRatio,
        String instanceType,
        Double hourlyCostUsd,
        double costPerMillionCalls,
        double monthlyFixedCostUsd,
        String commitment,
        Double storageGb,
        Double storageGbPerUser,
        Double backupGb,
        Double provisionedIops,
        boolean multiAz,
        Double logKbPerRequest,
        Double bootDiskGb,
        Integer rulesPerRequest,
        java.util.List<String> candidates,
        Integer maxInstances,
        String notes,
        Uncertainty uncertainty,
        Integer maxQueue,
        PerClass threads) {

    public static final String ON_DEMAND = "on-demand";

    public Component {
        Objects.requireNonNull(id);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(serviceTimeMs);
        Objects.requireNonNull(serviceTimeCv);
        Objects.requireNonNull(commitment);
        candidates = candidates == null ? null : java.util.List.copyOf(candidates);
        uncertainty = uncertainty == null || uncertainty.isEmpty() ? null : uncertainty;
    }

    /** A component with every optional field at its default. */
    public static Component of(String id, Kind kind, double serviceTimeMs) {
        return builder(id, kind).serviceTimeMs(PerClass.of(serviceTimeMs)).build();
    }

    /** A builder with every optional field at its default. */
    public static Builder builder(String id, Kind kind) {
        return new Builder(id, kind);
    }

    /** A builder holding this component's fields. */
    public Builder toBuilder() {
        return new Builder(this);
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

    /** Whether the model pins the servers per instance instead of deriving them from vCPUs. */
    public boolean pinsConcurrency() {
        return concurrency != null;
    }

    public Component withMaxQueue(Integer n) {
        return toBuilder().maxQueue(n).build();
    }

    public Component withThreads(PerClass t) {
        return toBuilder().threads(t).build();
    }

    /** Whether visits hold a thread of a pool for their whole synchronous call tree. */
    public boolean hasThreads() {
        return threads != null;
    }

    public Component withInstances(int n) {
        return toBuilder().instances(n).build();
    }

    public Component withConcurrency(Integer n) {
        return toBuilder().concurrency(n).build();
    }

    public Component withServiceTimeMs(PerClass s) {
        return toBuilder().serviceTimeMs(s).build();
    }

    public Component withServiceTimeCv(PerClass cv) {
        return toBuilder().serviceTimeCv(cv).build();
    }

    public Component withAutoscale(Autoscale a) {
        return toBuilder().autoscale(a).build();
    }

    public Component withHitRatio(Double h) {
        return toBuilder().hitRatio(h).build();
    }

    public Component withQueueing(boolean q) {
        return toBuilder().queueing(q).build();
    }

    public Component withUncertainty(Uncertainty u) {
        return toBuilder().uncertainty(u).build();
    }

    public Component withName(String n) {
        return toBuilder().name(n).build();
    }

    public Component withId(String newId) {
        return toBuilder().id(newId).build();
    }

    public Component withKind(Kind k) {
        return toBuilder().kind(k).build();
    }

    public Component withInstanceType(String type) {
        return toBuilder().instanceType(type).build();
    }

    public Component withPricing(String type, Double hourly, double perMillion, double fixed,
            String newCommitment) {
        return toBuilder().instanceType(type).hourlyCostUsd(hourly).costPerMillionCalls(perMillion)
                .monthlyFixedCostUsd(fixed).commitment(newCommitment).build();
    }

    /** Builds a {@link Component}; every setter returns the builder. */
    public static final class Builder {
        private String id;
        private Kind kind;
        private String name;
        private int instances = 1;
        private Integer concurrency;
        private Double concurrencyPerVcpu;
        private PerClass serviceTimeMs = PerClass.of(0);
        private PerClass serviceTimeCv = PerClass.of(1.0);
        private String serviceTimeMeasuredOn;
        private boolean queueing;
        private Autoscale autoscale;
        private Double hitRatio;
        private String instanceType;
        private Double hourlyCostUsd;
        private double costPerMillionCalls;
        private double monthlyFixedCostUsd;
        private String commitment = ON_DEMAND;
        private Double storageGb;
        private Double storageGbPerUser;
        private Double backupGb;
        private Double provisionedIops;
        private boolean multiAz;
        private Double logKbPerRequest;
        private Double bootDiskGb;
        private Integer rulesPerRequest;
        private java.util.List<String> candidates;
        private Integer maxInstances;
        private String notes;
        private Uncertainty uncertainty;
        private Integer maxQueue;
        private PerClass threads;

        private Builder(String id, Kind kind) {
            this.id = id;
            this.kind = kind;
            this.queueing = kind.queueingByDefault();
        }

        private Builder(Component c) {
            id = c.id;
            kind = c.kind;
            name = c.name;
            instances = c.instances;
            concurrency = c.concurrency;
            concurrencyPerVcpu = c.concurrencyPerVcpu;
            serviceTimeMs = c.serviceTimeMs;
            serviceTimeCv = c.serviceTimeCv;
            serviceTimeMeasuredOn = c.serviceTimeMeasuredOn;
            queueing = c.queueing;
            autoscale = c.autoscale;
            hitRatio = c.hitRatio;
            instanceType = c.instanceType;
            hourlyCostUsd = c.hourlyCostUsd;
            costPerMillionCalls = c.costPerMillionCalls;
            monthlyFixedCostUsd = c.monthlyFixedCostUsd;
            commitment = c.commitment;
            storageGb = c.storageGb;
            storageGbPerUser = c.storageGbPerUser;
            backupGb = c.backupGb;
            provisionedIops = c.provisionedIops;
            multiAz = c.multiAz;
            logKbPerRequest = c.logKbPerRequest;
            bootDiskGb = c.bootDiskGb;
            rulesPerRequest = c.rulesPerRequest;
            candidates = c.candidates;
            maxInstances = c.maxInstances;
            notes = c.notes;
            uncertainty = c.uncertainty;
            maxQueue = c.maxQueue;
            threads = c.threads;
        }

        public Builder id(String v) {
            id = v;
            return this;
        }

        public Builder kind(Kind v) {
            kind = v;
            return this;
        }

        public Builder name(String v) {
            name = v;
            return this;
        }

        public Builder instances(int v) {
            instances = v;
            return this;
        }

        public Builder concurrency(Integer v) {
            concurrency = v;
            return this;
        }

        public Builder concurrencyPerVcpu(Double v) {
            concurrencyPerVcpu = v;
            return this;
        }

        public Builder serviceTimeMs(PerClass v) {
            serviceTimeMs = v;
            return this;
        }

        public Builder serviceTimeMs(double v) {
            return serviceTimeMs(PerClass.of(v));
        }

        public Builder serviceTimeCv(PerClass v) {
            serviceTimeCv = v;
            return this;
        }

        public Builder serviceTimeMeasuredOn(String v) {
            serviceTimeMeasuredOn = v;
            return this;
        }

        public Builder queueing(boolean v) {
            queueing = v;
            return this;
        }

        public Builder autoscale(Autoscale v) {
            autoscale = v;
            return this;
        }

        public Builder hitRatio(Double v) {
            hitRatio = v;
            return this;
        }

        public Builder instanceType(String v) {
            instanceType = v;
            return this;
        }

        public Builder hourlyCostUsd(Double v) {
            hourlyCostUsd = v;
            return this;
        }

        public Builder costPerMillionCalls(double v) {
            costPerMillionCalls = v;
            return this;
        }

        public Builder monthlyFixedCostUsd(double v) {
            monthlyFixedCostUsd = v;
            return this;
        }

        public Builder commitment(String v) {
            commitment = v;
            return this;
        }

        public Builder storageGb(Double v) {
            storageGb = v;
            return this;
        }

        public Builder storageGbPerUser(Double v) {
            storageGbPerUser = v;
            return this;
        }

        public Builder backupGb(Double v) {
            backupGb = v;
            return this;
        }

        public Builder provisionedIops(Double v) {
            provisionedIops = v;
            return this;
        }

        public Builder multiAz(boolean v) {
            multiAz = v;
            return this;
        }

        public Builder logKbPerRequest(Double v) {
            logKbPerRequest = v;
            return this;
        }

        public Builder bootDiskGb(Double v) {
            bootDiskGb = v;
            return this;
        }

        public Builder rulesPerRequest(Integer v) {
            rulesPerRequest = v;
            return this;
        }

        public Builder candidates(java.util.List<String> v) {
            candidates = v;
            return this;
        }

        public Builder maxInstances(Integer v) {
            maxInstances = v;
            return this;
        }

        public Builder notes(String v) {
            notes = v;
            return this;
        }

        public Builder uncertainty(Uncertainty v) {
            uncertainty = v;
            return this;
        }

        public Builder maxQueue(Integer v) {
            maxQueue = v;
            return this;
        }

        public Builder threads(PerClass v) {
            threads = v;
            return this;
        }

        public Component build() {
            return new Component(id, kind, name, instances, concurrency, concurrencyPerVcpu,
                    serviceTimeMs, serviceTimeCv, serviceTimeMeasuredOn, queueing, autoscale,
                    hitRatio, instanceType, hourlyCostUsd, costPerMillionCalls,
                    monthlyFixedCostUsd, commitment, storageGb, storageGbPerUser, backupGb,
                    provisionedIops, multiAz, logKbPerRequest, bootDiskGb, rulesPerRequest, candidates,
                    maxInstances, notes,
                    uncertainty, maxQueue, threads);
        }
    }
}
