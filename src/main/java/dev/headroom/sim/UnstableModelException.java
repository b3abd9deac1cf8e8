package dev.headroom.sim;

/**
 * An open model with a station at or beyond saturation (utilization ≥ 1): its queue grows
 * without bound, so a simulation would never reach a steady state and is refused before it
 * starts. The message is one line a user can act on.
 */
public final class UnstableModelException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String station;
    private final double utilization;

    UnstableModelException(String message) {
        this(message, null, Double.NaN);
    }

    UnstableModelException(String message, String station, double utilization) {
        super(message);
        this.station = station;
        this.utilization = utilization;
    }

    /** The saturated station's id, or null when the refusal is not about one station. */
    public String station() {
        return station;
    }

    /** Its offered utilization {@code λ·S̄/c}, or NaN. */
    public double utilization() {
        return utilization;
    }
}
