package dev.headroom.network;

import java.util.OptionalDouble;

/**
 * What the compiler needs to know about instance types: how many vCPUs one instance has (its
 * servers, unless the model pins them) and how fast one of its cores is against the catalog's
 * baseline (to scale a service time measured on another type). The pricing catalog answers
 * this; {@link #NONE} knows no type, so every unpinned component has one server per instance.
 */
public interface Machines {
    /** Knows no instance type. */
    Machines NONE = new Machines() {
        @Override
        public boolean knows(String instanceType) {
            return false;
        }

        @Override
        public OptionalDouble vcpus(String instanceType) {
            return OptionalDouble.empty();
        }

        @Override
        public OptionalDouble relativeSpeed(String instanceType) {
            return OptionalDouble.empty();
        }
    };

    /** Whether this instance type is known at all. */
    boolean knows(String instanceType);

    /** vCPUs of one instance of this type, or empty when unknown or not a machine. */
    OptionalDouble vcpus(String instanceType);

    /** Per-core speed against the catalog's named baseline, or empty when not stated. */
    OptionalDouble relativeSpeed(String instanceType);
}
