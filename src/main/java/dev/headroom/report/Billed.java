package dev.headroom.report;

import dev.headroom.cost.Bill;
import dev.headroom.cost.Billing;
import dev.headroom.cost.CatalogLibrary;
import dev.headroom.cost.LineItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The cost engine as the report's {@link Costing}: {@link Billing#bill}, figures unchanged. */
public final class Billed {
    private Billed() {}

    /**
     * Bills with the catalogs of {@code library}. A model none of whose components has a price
     * (no catalog entry, no hourly cost, no per-call or fixed charge) gets no bill: the report
     * leaves money out rather than print $0.
     */
    public static Costing by(CatalogLibrary library) {
        return (model, net, m) -> {
            Bill bill = Billing.bill(model, net, m, library);
            if (bill.items().stream().noneMatch(LineItem::priced)) {
                return Optional.empty();
            }
            return Optional.of(of(bill));
        };
    }

    /** The report's copy of a bill. */
    public static MonthlyCost of(Bill bill) {
        List<MonthlyCost.Item> items = new ArrayList<>();
        for (LineItem i : bill.items()) {
            items.add(new MonthlyCost.Item(i.componentId(), i.label(), i.monthlyUsd(),
                    i.priced() ? i.basis() : "not priced"));
        }
        return new MonthlyCost(bill.totalUsd(), bill.perThousandUsersUsd(), items,
                bill.warnings());
    }
}
