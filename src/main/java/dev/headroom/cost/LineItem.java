package dev.headroom.cost;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of a monthly bill: a quantity of something at a unit price, as an invoice shows it.
 *
 * @param componentId  the component it charges for, or null for a charge of the whole model
 *                     (internet egress, NAT gateways, traffic between zones, support)
 * @param item         what is charged, as a person would say it, e.g. "db.m6g.xlarge instance"
 * @param category     the group the bill shows it under
 * @param sku          the catalog item priced, or null when the price was typed in the model
 * @param quantity     how much, in {@code unit}, per month
 * @param unit         the unit of {@code quantity}, e.g. "hour", "GB", "GB-month"
 * @param unitPriceUsd US dollars per unit (for a tiered price, the month's average)
 * @param monthlyUsd   US dollars per month
 * @param arithmetic   how the figure was made, e.g. {@code "2 × 730 h × $0.0960/h"}
 * @param source       the page the price is published on, or "model" for a typed price
 * @param read         the day the price was checked against its source, or null for a typed
 *                     price
 * @param status       whether the price was confirmed against a dated source
 * @param commitment   the commitment the price is for, or null when commitments do not apply
 */
public record LineItem(
        String componentId,
        String item,
        LineCategory category,
        String sku,
        double quantity,
        String unit,
        double unitPriceUsd,
        double monthlyUsd,
        String arithmetic,
        String source,
        LocalDate read,
        PriceStatus status,
        Commitment commitment) {

    /** The source named for a price typed in the model. */
    public static final String MODEL_SOURCE = "model";

    public LineItem {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(arithmetic, "arithmetic");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(status, "status");
    }

    /** Whether the price was read from a catalog that could not confirm it. */
    public boolean unconfirmed() {
        return status == PriceStatus.UNCONFIRMED;
    }

    /** The same line with its money scaled (a share of a tiered charge). */
    LineItem withMoney(double quantity, double unitPrice, double monthly, String arithmetic) {
        return new LineItem(componentId, item, category, sku, quantity, unit, unitPrice, monthly,
                arithmetic, source, read, status, commitment);
    }
}
