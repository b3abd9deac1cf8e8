package dev.headroom.ui.compare;

import dev.headroom.app.Comparison.Kpi;
import dev.headroom.app.Format;

/**
 * How the compare table prints the engine's key figures, with the app's own number format
 * ({@link Format}). Tests format the engine's values through here to find them in the table.
 */
public final class KpiFormat {
    private KpiFormat() {}

    public static String users(Kpi k) {
        return Format.count(k.users());
    }

    public static String monthlyBill(Kpi k) {
        return Format.usd(k.monthlyUsd());
    }

    public static String perThousandUsers(Kpi k) {
        return Format.usd(k.perThousandUsersUsd());
    }

    public static String p95(Kpi k) {
        return Format.ms(k.worstP95Ms());
    }

    /**
     * Users that can still be added before the design breaks: "broken here" once it has, "no
     * limit found" when it does not break within the search.
     */
    public static String usersToGo(Kpi k) {
        if (k.broken()) {
            return "broken here";
        }
        if (k.usersToGo() == null) {
            return k.users() == null ? Format.UNKNOWN : "no limit found";
        }
        return Format.count(k.usersToGo());
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
