package dev.headroom.ui.compare;

import dev.headroom.report.Comparison.Kpi;
import dev.headroom.ui.results.Format;

/**
 * How the compare table prints the engine's key figures, with the app's own number format
 * ({@link Format}). Tests format the engine's values through here to find them in the table.
 */
public final class KpiFormat {
    private KpiFormat() {}

    public static String users(Kpi k) {
        return k.users() == null ? "—" : Format.count(k.users());
    }

    public static String monthlyBill(Kpi k) {
        return k.monthlyUsd() == null ? "—" : Format.usd(k.monthlyUsd());
    }

    public static String perThousandUsers(Kpi k) {
        return k.perThousandUsersUsd() == null ? "—" : Format.usd(k.perThousandUsersUsd());
    }

    public static String p95(Kpi k) {
        return Format.ms(k.worstP95Ms());
    }

    /** Users that can still be added: "not found" when it does not break within the search. */
    public static String usersUntilBreak(Kpi k) {
        if (k.usersUntilBreak() == null) {
            return k.users() == null ? "—" : "not found";
        }
        return k.usersUntilBreak() == 0 ? "broken" : Format.count(k.usersUntilBreak());
    }

    /** The bottleneck's name, then on a second line how busy it is. */
    public static String bottleneck(Kpi k) {
        if (k.bottleneck() == null) {
            return "—";
        }
        return k.bottleneckName() + "\n" + (k.bottleneckUtilization() >= 1 ? "saturated"
                : Format.percent(k.bottleneckUtilization()));
    }
}
