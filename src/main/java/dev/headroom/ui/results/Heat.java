package dev.headroom.ui.results;

import dev.headroom.analysis.StationResult;

/**
 * How hard a component works, as the canvas colours it: calm, warm, hot (over the SLO's maximum
 * utilization) or saturated (utilization at or above 1: the queue grows without bound).
 */
public enum Heat {
    CALM, WARM, HOT, SATURATED;

    /** Utilization from which a component counts as warm (or the SLO limit, if lower). */
    public static final double WARM_FROM = 0.5;

    public static Heat of(StationResult s, double maxUtilization) {
        if (s.saturated()) {
            return SATURATED;
        }
        double u = s.utilization();
        if (u >= maxUtilization) {
            return HOT;
        }
        return u >= Math.min(WARM_FROM, maxUtilization * 0.7) ? WARM : CALM;
    }

    /** The CSS style class, e.g. {@code heat-hot}. */
    public String styleClass() {
        return "heat-" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
