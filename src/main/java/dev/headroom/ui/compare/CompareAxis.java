package dev.headroom.ui.compare;

import dev.headroom.app.Months;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How the compare charts run along the months (docs/model-format.md "Growth by the calendar"):
 * the designs compared are the same business's growth, so one calendar places every design's
 * growth multiples in months — the calendar of the first compared design that has one. Designs
 * whose own calendar differs, or that have none, are still drawn at the same multiples, and the
 * note says so. Plain data, tested without a display.
 *
 * @param months the calendar the axis uses
 * @param note "Months by A's calendar: 12% a month from January 2027." and, when some design
 *     grows differently, which
 */
public record CompareAxis(Months months, String note) {
    /** The month axis of a snapshot, or empty when no compared design has a calendar. */
    public static Optional<CompareAxis> of(CompareSnapshot s) {
        Months cal = null;
        String owner = null;
        List<String> other = new ArrayList<>();
        for (CompareSnapshot.Slot slot : s.compared()) {
            Months own = Months.of(slot.design().model()).orElse(null);
            if (cal == null && own != null) {
                cal = own;
                owner = slot.letter();
            }
        }
        if (cal == null) {
            return Optional.empty();
        }
        for (CompareSnapshot.Slot slot : s.compared()) {
            Months own = Months.of(slot.design().model()).orElse(null);
            if (own == null || own.rate() != cal.rate() || !own.start().equals(cal.start())) {
                other.add(slot.letter());
            }
        }
        String note = "Months by " + owner + "'s calendar: " + cal.pace() + ".";
        if (!other.isEmpty()) {
            note += " " + String.join(", ", other) + (other.size() == 1 ? " grows" : " grow")
                    + " by another calendar or none; placed at the same multiples.";
        }
        return Optional.of(new CompareAxis(cal, note));
    }

    /** Where growth multiple {@code m} lies on the axis: months from the start, fractional. */
    public double x(double m) {
        return months.monthsAt(m);
    }

    /** "Oct 2027" for a tick at {@code x} months. */
    public String tick(double x) {
        return Months.shortLabel(months.start().plusMonths(Math.round(x)));
    }

    /** The month a multiple is reached in, "Oct 2027", or "" beyond the calendar. */
    public String reached(double m) {
        Integer n = months.monthOf(m);
        return n == null ? "" : Months.shortLabel(months.month(n));
    }
}
