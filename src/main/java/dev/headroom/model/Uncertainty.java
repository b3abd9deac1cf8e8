package dev.headroom.model;

/**
 * The ranges an input may take (docs/model-format.md "Uncertainty"), each null when the input is
 * taken as given. At model level: {@code traffic} scales today's load, {@code serviceTime} every
 * component's service times (one draw for all of them), {@code hitRatio} every component that has
 * a hit ratio. On a component: its own {@code serviceTime} and {@code hitRatio}, drawn on their
 * own, which replace the model's for that component; a component has no {@code traffic}.
 *
 * @param traffic multipliers of today's load: low ≤ 1 ≤ high
 * @param serviceTime multipliers of the service times: low ≤ 1 ≤ high
 * @param hitRatio absolute hit ratios around the component's own: low ≤ hitRatio ≤ high
 */
public record Uncertainty(Bounds traffic, Bounds serviceTime, Bounds hitRatio) {
    public static final Uncertainty NONE = new Uncertainty(null, null, null);

    /** Whether no range is given. */
    public boolean isEmpty() {
        return traffic == null && serviceTime == null && hitRatio == null;
    }

    public Uncertainty withTraffic(Bounds b) {
        return new Uncertainty(b, serviceTime, hitRatio);
    }

    public Uncertainty withServiceTime(Bounds b) {
        return new Uncertainty(traffic, b, hitRatio);
    }

    public Uncertainty withHitRatio(Bounds b) {
        return new Uncertainty(traffic, serviceTime, b);
    }
}
