package dev.headroom.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.Fixtures;
import dev.headroom.app.Design;
import dev.headroom.app.Format;
import dev.headroom.app.Timeline;
import dev.headroom.model.Bounds;
import dev.headroom.model.Model;
import dev.headroom.model.Uncertainty;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The report of a model that grows by the calendar and gives ranges (docs/model-format.md
 * "Growth by the calendar", "Uncertainty"): the runway of the hand-worked months, each month's
 * bill and the spend, and the break and the bill as ranges.
 */
class CalendarReportTest {
    /** The worked example growing 15% a month from January 2027 ("Worked example: months"). */
    static Model byTheMonth() {
        Model m = Fixtures.model(Fixtures.WORKED);
        return m.withGrowth(m.growth().withMonthlyRate(0.15)
                .withStartMonth(YearMonth.of(2027, 1)));
    }

    @Test
    void saysTheRunwayOfTheHandWorkedMonthsAndTheSpend() {
        Design d = Fixtures.design(byTheMonth());
        String html = HtmlReport.render(List.of(d), HtmlReportTest.DAY);
        // docs/model-format.md "Worked example: months": p95 passes 200 ms at 1.49x, April 2027;
        // app saturates at 2.5x in August 2027, db at 4.17x in December 2027
        assertThat(html).contains("default needs its fix by April 2027: its p95 passes 200 ms "
                + "at 1.49x.");
        assertThat(html).contains("<h3>By the month</h3>")
                .contains("<th>Saturates in</th>")
                .contains(">August 2027<").contains(">December 2027<");
        Timeline t = d.analysis().timeline().orElseThrow();
        for (Timeline.Month m : t.points()) {
            assertThat(html).contains(">" + Format.usd(m.point().monthlyUsd()) + "<");
        }
        // app saturates in month 7 (August): no spend over 12 or 24 months, and it says why
        assertThat(t.spend()).allSatisfy(s -> assertThat(s.totalUsd()).isNull());
        assertThat(html).contains("No spend from August 2027");
        assertThat(html).doesNotContain("Breaks between").doesNotContain("draws");
    }

    @Test
    void givesTheBreakAndTheBillAsRangesWhenTheInputsHaveThem() {
        Model m = byTheMonth().withUncertainty(new Uncertainty(new Bounds(0.8, 1.25), null,
                null));
        Design d = Fixtures.design(m);
        String html = HtmlReport.render(List.of(d), HtmlReportTest.DAY);
        assertThat(html).contains("Breaks between ").contains("(most likely 1.49x).")
                .contains("The bill at " + Format.times(d.top().multiplier()) + ": ")
                .contains("P10 to P90 of 1,000 draws")
                .contains("Today&#39;s load from 0.8x to 1.25x the figures given")
                .contains("<th>Saturates, P10\u2013P90</th>")
                .contains("Shaded: P10 to P90 over 1,000 draws of the inputs&#39; ranges.");
    }
}
