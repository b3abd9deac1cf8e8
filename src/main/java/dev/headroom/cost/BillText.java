package dev.headroom.cost;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * How a bill writes its arithmetic: quantities with thousands grouped and enough digits to follow
 * the sum by hand, unit prices to four significant places.
 */
final class BillText {
    private BillText() {}

    /** A quantity: whole above 100, else to three significant digits ("1,234", "12.5", "0.0420"). */
    static String quantity(double v) {
        if (v == 0) {
            return "0";
        }
        if (Math.abs(v) >= 100) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        return trim(v);
    }

    /** A number to three significant digits, trailing zeros dropped. */
    static String trim(double v) {
        if (v == 0) {
            return "0";
        }
        return new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }

    /** A unit price: "$0.0960", "$0.000017", "$4.38". */
    static String price(double usd) {
        if (usd == 0) {
            return "$0";
        }
        if (usd >= 0.01) {
            return String.format(Locale.ROOT, "$%,.4f", usd);
        }
        return "$" + new BigDecimal(usd).round(new MathContext(4)).stripTrailingZeros()
                .toPlainString();
    }

    /** Dollars to the cent: "$1,234.56". */
    static String usd(double v) {
        return String.format(Locale.ROOT, "$%,.2f", v);
    }

    /** Millions to one decimal: "54.7M". */
    static String millions(double v) {
        return String.format(Locale.ROOT, "%,.1fM", v / 1e6);
    }
}
