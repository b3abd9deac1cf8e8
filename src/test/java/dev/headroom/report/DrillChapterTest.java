package dev.headroom.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.Fixtures;
import dev.headroom.app.Design;
import dev.headroom.app.DrillPolicy;
import dev.headroom.app.Drills;
import dev.headroom.app.Format;
import dev.headroom.sim.drill.DrillOptions;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report's "Spikes and failures" chapter says what the application service found. */
class DrillChapterTest {
    @Test
    void theRetryStormIsToldWithItsFixBesideIt() {
        Design d = Fixtures.design(Fixtures.example("retry-storm.json"));
        String html = HtmlReport.render(List.of(d), LocalDate.of(2026, 11, 30));
        assertThat(html).contains("<h2>Spikes and failures</h2>");
        assertThat(html).contains("<h3>Push notification: 3x for 30 s</h3>");
        // the same runs the chapter makes, through the same service
        List<Drills.Reported> drills = d.analysis().drills().forReport(DrillOptions.defaults()
                .withReplications(DrillChapter.REPLICATIONS).withSeed(DrillChapter.SEED));
        Drills.Reported r = drills.get(0);
        assertThat(r.preset()).isFalse();
        assertThat(r.outcome().metastable()).isTrue();
        assertThat(r.better()).isNotNull();
        assertThat(r.better().policy()).isEqualTo(DrillPolicy.BUDGET_AND_SHEDDING);
        assertThat(html).contains(Html.text(r.outcome().verdict().text()));
        assertThat(html).contains(Html.text(r.better().verdict().text()));
        assertThat(html).contains("never (metastable)");
        assertThat(html).contains(Html.text(DrillChapter.lost(r.outcome().result())));
        assertThat(html).contains(Format.ms(r.better().result().peakP99Ms().value()));
        // traffic and latency of the drill, then of the fix
        assertThat(html).contains("alt=\"With retry budget 10% + shedding: traffic, answers "
                + "and failures\"");
    }

    @Test
    void aModelWithoutDrillsGetsTheStandardSpike() {
        Design d = Fixtures.design(Fixtures.model(Fixtures.TANDEM));
        String html = HtmlReport.render(List.of(d), LocalDate.of(2026, 11, 30));
        assertThat(html).contains("<h3>Spike \u00d73 for 10 min</h3>");
        assertThat(html).contains("The model defines no drill of its own: this is the standard "
                + "spike.");
    }

    /**
     * A drill too big to simulate (the retry storm at 5,000 times its traffic: 2 million
     * requests a second for 900 s and the warm-up) is said in the chapter, not run.
     */
    @Test
    void aDrillTooBigToRunIsSaidNotRun() {
        dev.headroom.model.Model m = Fixtures.example("retry-storm.json");
        dev.headroom.model.Workload w = m.workload();
        m = m.withWorkload(new dev.headroom.model.Workload(w.type(), w.users(),
                w.requestsPerUserPerDay(), w.peakToAverage(), w.arrivalRatePerSecond() * 5000,
                w.thinkTimeMs(), w.classes(), w.dailyProfile(), w.policy()));
        String html = HtmlReport.render(List.of(Fixtures.design(m)), LocalDate.of(2026, 11, 30));
        assertThat(html).contains("<h2>Spikes and failures</h2>")
                .contains("Not drilled: drills[0]: about ")
                .contains("at most 100,000,000: shorten the drill or drill at a lower growth "
                        + "multiple.")
                .doesNotContain("<h3>Push notification");
    }
}
