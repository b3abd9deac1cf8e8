package dev.headroom.cli;

import dev.headroom.analysis.Solution;
import dev.headroom.cost.Bill;
import dev.headroom.cost.Billing;
import dev.headroom.cost.LineItem;
import dev.headroom.io.ResultJson;
import java.util.LinkedHashMap;
import java.util.Map;

/** The monthly bill beside a solution. */
final class Bills {
    private Bills() {}

    static Bill bill(Models m, Solution s) {
        return Billing.bill(m.model(), m.network(), s.multiplier(), m.pricing());
    }

    static ResultJson.Costs costs(Models m, Solution s) {
        return costs(bill(m, s));
    }

    static ResultJson.Costs costs(Bill bill) {
        Map<String, Double> byId = new LinkedHashMap<>();
        for (LineItem i : bill.items()) {
            if (i.componentId() != null) {
                byId.put(i.componentId(), i.monthlyUsd());
            }
        }
        return new ResultJson.Costs(bill.totalUsd(), bill.perThousandUsersUsd(), byId);
    }
}
