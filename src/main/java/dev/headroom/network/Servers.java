package dev.headroom.network;

/**
 * How a component's servers per instance were decided (docs/model-format.md "Servers"), so that
 * the inspector and the report can say why: "8 = vCPUs of db.m6g.2xlarge", or "pinned at 4 —
 * this type has 8 vCPUs".
 *
 * @param perInstance the servers of one instance
 * @param source where the figure comes from
 * @param instanceType the instance type consulted, or null
 * @param vcpus that type's vCPUs, or 0 when unknown
 * @param perVcpu servers per vCPU used when derived from vCPUs
 */
public record Servers(int perInstance, Source source, String instanceType, double vcpus,
        double perVcpu) {

    /** Where servers per instance come from. */
    public enum Source {
        /** {@code concurrency} given in the model: a pool of threads or connections. */
        PINNED,
        /** {@code vcpu × concurrencyPerVcpu} of the instance type. */
        VCPUS,
        /** Neither: one server per instance. */
        DEFAULT
    }

    /** The servers per instance for a component under the rule of docs/model-format.md. */
    public static Servers of(Integer pinned, Double perVcpu, String instanceType,
            Machines machines) {
        double vcpus = instanceType == null ? 0 : machines.vcpus(instanceType).orElse(0);
        double per = perVcpu == null ? 1 : perVcpu;
        if (pinned != null) {
            return new Servers(pinned, Source.PINNED, instanceType, vcpus, per);
        }
        if (vcpus > 0) {
            long n = (long) Math.floor(vcpus * per + 1e-9);
            int servers = (int) Math.max(1, Math.min(n, Integer.MAX_VALUE));
            return new Servers(servers, Source.VCPUS, instanceType, vcpus, per);
        }
        return new Servers(1, Source.DEFAULT, instanceType, vcpus, per);
    }

    /** Why, in a few words: "8 = vCPUs of db.m6g.2xlarge". */
    public String explanation() {
        String v = vcpus == Math.rint(vcpus) ? Long.toString((long) vcpus) : Double.toString(vcpus);
        return switch (source) {
            case PINNED -> "pinned at " + perInstance + (vcpus > 0 && vcpus != perInstance
                    ? " \u2014 " + instanceType + " has " + v + " vCPUs" : "");
            case VCPUS -> perInstance + " = " + (per() == 1 ? "" : trim(perVcpu) + " per vCPU \u00d7 ")
                    + "vCPUs of " + instanceType + (per() == 1 ? "" : " (" + v + ")");
            case DEFAULT -> "1 per instance" + (instanceType == null
                    ? " (no instance type; set concurrency for a pool)"
                    : " (" + instanceType + " states no vCPUs; set concurrency)");
        };
    }

    private double per() {
        return perVcpu;
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
