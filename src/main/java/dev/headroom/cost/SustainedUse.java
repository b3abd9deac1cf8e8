package dev.headroom.cost;

import java.util.List;

/**
 * A sustained-use discount as Google states it: the month is cut into equal parts, and each hour a
 * resource runs is charged at the rate of the part of the month its use has reached. Google's N2
 * and N2D are charged 100%, 86.78%, 73.3% and 60% of the base rate in the four quarters: a resource
 * used all month pays 80.02% of its base price, one used half the month 93.39%, one used a quarter
 * of the month or less the full price (docs/pricing.md "Billing terms").
 *
 * @param rates the share of the base rate charged in each equal part of the month, in order; each
 *              above 0 and at most 1
 */
public record SustainedUse(List<Double> rates) {

    public SustainedUse {
        rates = List.copyOf(rates);
        if (rates.isEmpty()) {
            throw new IllegalArgumentException("a sustained-use discount needs at least one rate");
        }
        for (double r : rates) {
            if (!(r > 0 && r <= 1)) {
                throw new IllegalArgumentException("sustained-use rates must be above 0 and at "
                        + "most 1");
            }
        }
    }

    /**
     * The share of a month's base price saved by a resource used for {@code used} of the month:
     * the used fraction less what its hours are charged, step by step.
     *
     * @param used the fraction of the month the resource is used, 0 to 1
     */
    public double saved(double used) {
        double part = 1.0 / rates.size();
        double charged = 0;
        for (int i = 0; i < rates.size(); i++) {
            double inPart = Math.min(Math.max(used - i * part, 0), part);
            charged += inPart * rates.get(i);
        }
        return used - charged;
    }

    /** The discount on the hours of a resource used for {@code used} of the month: 0 to below 1. */
    public double share(double used) {
        return used <= 0 ? 0 : saved(used) / used;
    }

    /** The discount on a resource used all month. */
    public double fullMonthShare() {
        return saved(1);
    }
}
