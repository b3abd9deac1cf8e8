package dev.headroom.cost;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How many US dollars one unit of a catalog's currency buys, with where and when that was read.
 * Catalogs keep prices in the currency the provider publishes; Headroom converts to USD with
 * this rate so bills from different providers can be compared.
 *
 * @param usdPerUnit US dollars per one unit of the catalog currency, positive
 * @param source     the public page the rate was read from ("" for USD itself)
 * @param read       the day it was read
 */
public record ExchangeRate(double usdPerUnit, String source, LocalDate read) {

    public ExchangeRate {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(read, "read");
        if (!(usdPerUnit > 0) || Double.isInfinite(usdPerUnit)) {
            throw new IllegalArgumentException("usdPerUnit must be positive, was " + usdPerUnit);
        }
    }

    /** The rate of a catalog already priced in US dollars. */
    public static ExchangeRate identity(LocalDate read) {
        return new ExchangeRate(1.0, "", read);
    }

    /** Converts an amount in the catalog currency to US dollars. */
    public double toUsd(double amount) {
        return amount * usdPerUnit;
    }
}
