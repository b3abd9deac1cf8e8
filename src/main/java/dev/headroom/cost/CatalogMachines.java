package dev.headroom.cost;

import dev.headroom.network.Machines;
import java.util.OptionalDouble;

/** A pricing catalog as the compiler's {@link Machines}: vCPUs and per-core speeds of its SKUs. */
public final class CatalogMachines implements Machines {
    private final Catalog catalog;

    private CatalogMachines(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The machines of a catalog; {@link Machines#NONE} when there is none. */
    public static Machines of(Catalog catalog) {
        return catalog == null ? Machines.NONE : new CatalogMachines(catalog);
    }

    @Override
    public boolean knows(String instanceType) {
        return catalog.find(instanceType).isPresent();
    }

    @Override
    public OptionalDouble vcpus(String instanceType) {
        return catalog.find(instanceType).map(PriceItem::vcpus).orElse(OptionalDouble.empty());
    }

    @Override
    public OptionalDouble relativeSpeed(String instanceType) {
        return catalog.find(instanceType).map(PriceItem::speed)
                .orElse(OptionalDouble.empty());
    }
}
