package dev.headroom.ui.drills;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.app.DrillOutcome;
import dev.headroom.app.DrillPolicy;
import dev.headroom.app.Format;
import dev.headroom.model.WorkloadType;
import dev.headroom.sim.drill.DrillResult;
import dev.headroom.ui.document.DocumentViewModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Drills workspace's state and its plain view-models, without a display. */
class DrillsViewModelTest {
    final DocumentViewModel doc = DocumentViewModel.direct(dev.headroom.Fixtures.service());

    DrillsViewModel ran(DrillPolicy a, DrillPolicy b) {
        doc.open(DrillsTestModels.small(), null);
        DrillsViewModel vm = DrillsViewModel.direct(doc);
        vm.policyAProperty().set(a);
        vm.policyBProperty().set(b);
        vm.run();
        return vm;
    }

    @Test
    void listsTheModelsDrillsThenThePresets() {
        doc.open(DrillsTestModels.small(), null);
        DrillsViewModel vm = DrillsViewModel.direct(doc);
        assertThat(vm.choices()).extracting(DrillsViewModel.Choice::id).containsExactly(
                "model:double and lose one", "preset:spike", "preset:lose-one", "preset:slow",
                "preset:zone", "preset:errors");
        assertThat(vm.choiceProperty().get().id()).isEqualTo("model:double and lose one");
        assertThat(vm.descriptionProperty().get()).isEqualTo("Traffic \u00d72 at 0:20, back to "
                + "\u00d71 at 0:40; app loses 1 instance at 1:00 for 20 s. 2 min in all.");
        // nothing selected: losing "one instance of the selected component" cannot be set up
        DrillsViewModel.Choice lose = vm.choices().get(2);
        assertThat(lose.available()).isFalse();
        assertThat(lose.unavailable()).isEqualTo("Choose its component, or select one on the canvas.");
        doc.select("app");
        assertThat(vm.choices().get(2).available()).isTrue();
        assertThat(vm.choices().get(2).title()).isEqualTo("Lose one instance of app");
    }

    @Test
    void aComponentChosenInTheWorkspaceAimsThePresetsWithoutTheCanvas() {
        doc.open(DrillsTestModels.small(), null);
        DrillsViewModel vm = DrillsViewModel.direct(doc);
        assertThat(vm.targets()).containsExactly("lb", "app", "api");
        vm.targetProperty().set("app");
        assertThat(vm.choices().get(2).available()).isTrue();
        assertThat(vm.choices().get(2).title()).isEqualTo("Lose one instance of app");
        assertThat(vm.choices().get(3).title()).isEqualTo("app 10\u00d7 slower for 5 min");
        // the choice wins over the canvas's selection
        doc.select("api");
        assertThat(vm.choices().get(3).title()).isEqualTo("app 10\u00d7 slower for 5 min");
        // a component renamed away sends the presets back to the canvas's selection
        doc.updateComponent("app", "Rename", c -> c.withId("web"));
        assertThat(vm.targetProperty().get()).isNull();
        assertThat(vm.targets()).containsExactly("lb", "web", "api");
        assertThat(vm.choices().get(3).title()).isEqualTo("api 10\u00d7 slower for 5 min");
    }

    @Test
    void requestsRefusedByTheEnginesLimitAreSaidPerRun() {
        assertThat(dev.headroom.app.DrillWords.refusedAtTheDoor(0, 3)).isEmpty();
        assertThat(dev.headroom.app.DrillWords.refusedAtTheDoor(3_000_000, 3)).isEqualTo("; 1,000,000 refused at the door, "
                + "the simulation's limit");
    }

    @Test
    void runsBothPolicySetsAndShowsTheirOutcomes() {
        DrillsViewModel vm = ran(DrillPolicy.AS_MODELLED, DrillPolicy.NO_RETRIES);
        DrillOutcome a = vm.outcomeAProperty().get();
        DrillOutcome b = vm.outcomeBProperty().get();
        assertThat(a.policy()).isEqualTo(DrillPolicy.AS_MODELLED);
        assertThat(b.policy()).isEqualTo(DrillPolicy.NO_RETRIES);
        assertThat(a.result().replications()).isEqualTo(DrillsViewModel.REPLICATIONS);
        assertThat(b.model().workload().policy().maxRetries()).isZero();
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);
        assertThat(vm.statusProperty().get()).startsWith("At 1x: 3 runs of each, 2 min simulated in");
        assertThat(vm.staleProperty().get()).isFalse();
        doc.updateComponent("app", "Scale", c -> c.withInstances(3));
        assertThat(vm.staleProperty().get()).isTrue();
        doc.undo();
        assertThat(vm.staleProperty().get()).isFalse();
    }

    @Test
    void aClosedWorkloadSaysWhyItCannotBeDrilled() {
        doc.open(DrillsTestModels.small().withDrills(List.of()).withWorkload(
                DrillsTestModels.small().withDrills(List.of()).workload()), null);
        doc.updateWorkload("Closed", w -> new dev.headroom.model.Workload(WorkloadType.CLOSED,
                20.0, null, 1, null, 1000, w.classes(), w.dailyProfile()));
        DrillsViewModel vm = DrillsViewModel.direct(doc);
        assertThat(vm.choices()).isEmpty();
        assertThat(vm.problemProperty().get()).startsWith("Drills need an open workload");
    }

    @Test
    void cardsSayWhatTheResultSays() {
        DrillOutcome o = ran(DrillPolicy.AS_MODELLED, null).outcomeAProperty().get();
        DrillResult r = o.result();
        DrillCards cards = DrillCards.of(o);
        assertThat(cards.verdict()).isEqualTo(o.verdict().text());
        assertThat(cards.cards()).extracting(DrillCards.Card::caption).containsExactly(
                "REQUESTS LOST", "TIME TO RECOVER", "PEAK P99", "RETRY AMPLIFICATION");
        assertThat(cards.cards().get(0).value()).isEqualTo(
                Format.percent(r.failedFraction().value()));
        assertThat(cards.cards().get(0).sub()).startsWith(Format.count(r.failed().value())
                + " of " + Format.count(r.requests().value()));
        assertThat(cards.cards().get(2).value()).isEqualTo(Format.ms(r.peakP99Ms().value()));
        assertThat(cards.cards().get(2).sub()).isEqualTo("p95 objective 400 ms");
        assertThat(cards.cards().get(3).value()).isEqualTo(String.format(java.util.Locale.ROOT,
                "%.2f\u00d7", r.retryAmplification().value()));
    }

    @Test
    void twoRunsShareTheirAxesAndTheirComponents() {
        DrillsViewModel vm = ran(DrillPolicy.AS_MODELLED, DrillPolicy.SHEDDING);
        List<List<TimelinePlot>> plots = TimelinePlots.of(vm.outcomeAProperty().get(),
                vm.outcomeBProperty().get());
        assertThat(plots).hasSize(2);
        for (int i = 0; i < plots.get(0).size(); i++) {
            TimelinePlot a = plots.get(0).get(i);
            TimelinePlot b = plots.get(1).get(i);
            assertThat(b.id()).isEqualTo(a.id());
            assertThat(b.yMax()).isEqualTo(a.yMax());
            assertThat(b.yMin()).isEqualTo(a.yMin());
            assertThat(b.series()).extracting(TimelinePlot.Series::name)
                    .containsExactlyElementsOf(a.series().stream()
                            .map(TimelinePlot.Series::name).toList());
        }
        assertThat(plots.get(0)).extracting(TimelinePlot::id)
                .containsExactly("traffic", "latency", "queues", "instances");
        TimelinePlot latency = plots.get(0).get(1);
        // two classes: a p95 line each, the p99 of all, the objective
        assertThat(latency.series()).extracting(TimelinePlot.Series::name)
                .containsExactly("p95 page", "p95 pay", "p99 all");
        assertThat(latency.limits()).singleElement().extracting(TimelinePlot.Limit::y)
                .isEqualTo(400.0);
        assertThat(latency.logY()).isTrue();
        // the load balancer is a pure delay: no queue line; the app's pool is drawn
        TimelinePlot queues = plots.get(0).get(2);
        assertThat(queues.series()).extracting(TimelinePlot.Series::name)
                .containsExactly("app", "app threads");
        // the bands: the doubled traffic, then the lost instance
        assertThat(latency.bands()).extracting(TimelinePlot.Band::label)
                .containsExactly("traffic \u00d72", "app \u22121 instance");
        assertThat(latency.bands().get(0).from()).isEqualTo(20);
        assertThat(latency.bands().get(0).to()).isEqualTo(40);
        // the series are the timeline's figures
        DrillResult r = vm.outcomeAProperty().get().result();
        TimelinePlot traffic = plots.get(0).get(0);
        assertThat(traffic.series("answered").y()[7])
                .isEqualTo(r.timeline().get(7).goodputPerSecond());
        TimelinePlot inst = plots.get(0).get(3);
        assertThat(inst.series("app").y()[13]).isEqualTo(1.0);
        assertThat(inst.series("app").y()[3]).isEqualTo(2.0);
    }
}
