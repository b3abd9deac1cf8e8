package dev.headroom.ui.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.headroom.analysis.AnalyticSolver;
import dev.headroom.analysis.ClassResult;
import dev.headroom.analysis.Solution;
import dev.headroom.analysis.StationResult;
import dev.headroom.model.Layout.Position;
import dev.headroom.model.PerClass;
import dev.headroom.network.Network;
import dev.headroom.sim.SimOptions;
import dev.headroom.sim.SimResult;
import dev.headroom.sim.Simulator;
import dev.headroom.sim.UnstableModelException;
import dev.headroom.ui.document.DocumentViewModel;
import dev.headroom.ui.TestModels;
import dev.headroom.ui.simulate.SimulationViewModel.State;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class SimulationViewModelTest {
    final DocumentViewModel doc = DocumentViewModel.direct(dev.headroom.Fixtures.service());

    /** Everything inline: run() returns with the run finished. */
    SimulationViewModel inline() {
        SimulationViewModel vm = new SimulationViewModel(doc, Runnable::run, Runnable::run);
        vm.optionsProperty().set(SimTestModels.shortRun());
        return vm;
    }

    @Test
    void simulatedMeanCoversTheExactValueAndAnalyticRowIsTheSolvers() {
        doc.open(SimTestModels.mm1(), null);
        doc.multiplierProperty().set(1.5);
        SimulationViewModel vm = inline();
        vm.run();

        assertThat(vm.state()).isEqualTo(State.DONE);
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);
        assertThat(vm.multiplierProperty().get()).isEqualTo(1.5);
        assertThat(vm.classRows()).hasSize(1);
        ClassRow row = vm.classRows().get(0);
        double exact = SimTestModels.exactMeanMs(1.5);
        assertThat(row.mean().simulated().covers(exact))
                .as("%s covers %s", row.mean().simulated(), exact).isTrue();

        Network net = dev.headroom.Fixtures.network(doc.model());
        Solution a = AnalyticSolver.solve(net, 1.5);
        ClassResult ac = a.classes().get(0);
        assertThat(row.mean().analytic()).isEqualTo(ac.latencyMeanMs());
        assertThat(row.p95().analytic()).isEqualTo(ac.latencyP95Ms());
        assertThat(row.p99().analytic()).isEqualTo(ac.latencyP99Ms());
        StationResult as = a.component("server").orElseThrow();
        ComponentRow server = vm.componentRows().get(0);
        assertThat(server.utilization().analytic()).isEqualTo(as.utilization());
        assertThat(server.throughput().analytic()).isEqualTo(as.arrivalRatePerSecond());

        // The simulated figures are the simulator's: the same options give the same numbers.
        SimResult again = new Simulator(net, 1.5, SimTestModels.shortRun()).runOnCallingThread();
        assertThat(row.mean().simulated()).isEqualTo(again.classes().get(0).latencyMeanMs());
        assertThat(row.p99().simulated()).isEqualTo(again.classes().get(0).latencyP99Ms());
        assertThat(server.utilization().simulated())
                .isEqualTo(again.components().get(0).utilization());
        assertThat(vm.resultProperty().get().classes()).isEqualTo(again.classes());
    }

    @Test
    void differencesOverTenPercentAreFlagged() {
        dev.headroom.sim.Estimate hundred = new dev.headroom.sim.Estimate(100.0, 2.0);
        assertThat(Difference.of(109.0, hundred, false).flag()).isEqualTo(Difference.Flag.NONE);
        assertThat(Difference.of(91.0, hundred, false).flag()).isEqualTo(Difference.Flag.NONE);
        assertThat(Difference.of(111.0, hundred, false).flag()).isEqualTo(Difference.Flag.WARN);
        assertThat(Difference.of(89.0, hundred, false).flag()).isEqualTo(Difference.Flag.WARN);
        assertThat(Difference.of(126.0, hundred, false).flag())
                .isEqualTo(Difference.Flag.SEVERE);
        assertThat(Difference.of(111.0, hundred, false).percent()).isCloseTo(11.0,
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Difference.of(89.0, hundred, false).percent()).isCloseTo(-11.0,
                org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void analyticSaturatedIsFlaggedRedAndExplained() {
        Difference d = Difference.of(null, new dev.headroom.sim.Estimate(900.0, 30.0), true);
        assertThat(d.flag()).isEqualTo(Difference.Flag.SEVERE);
        assertThat(d.analyticSaturated()).isTrue();
        assertThat(d.percent()).isNull();
        assertThat(Cells.explain(d, Cells.Unit.MS)).contains("saturated")
                .contains("simulator is the reference");
    }

    @Test
    void insideTheIntervalIsReportedButNotFlagged() {
        dev.headroom.sim.Estimate wide = new dev.headroom.sim.Estimate(100.0, 5.0);
        assertThat(Difference.of(104.0, wide, false).insideInterval()).isTrue();
        dev.headroom.sim.Estimate narrow = new dev.headroom.sim.Estimate(100.0, 0.5);
        Difference outside = Difference.of(104.0, narrow, false);
        assertThat(outside.insideInterval()).isFalse();
        assertThat(outside.flag()).isEqualTo(Difference.Flag.NONE);
        assertThat(Cells.explain(outside, Cells.Unit.MS)).contains("outside");
    }

    @Test
    void zeroAgainstZeroAgrees() {
        Difference d = Difference.of(0.0, new dev.headroom.sim.Estimate(0.0, 0.0), false);
        assertThat(d.flag()).isEqualTo(Difference.Flag.NONE);
        assertThat(d.percent()).isEqualTo(0.0);
    }

    @Test
    void unstableModelFailsWithTheSimulatorsSentence() {
        doc.open(SimTestModels.mm1(), null);
        doc.multiplierProperty().set(2.5);
        SimulationViewModel vm = inline();
        vm.run();

        UnstableModelException expected = catchThrowableOfType(UnstableModelException.class,
                () -> new Simulator(dev.headroom.Fixtures.network(doc.model()), 2.5,
                        SimOptions.defaults()));
        assertThat(vm.state()).isEqualTo(State.FAILED);
        assertThat(vm.messageProperty().get()).contains(expected.getMessage())
                .doesNotContain("\n").doesNotContain("Exception");
        assertThat(vm.classRows()).isEmpty();
        assertThat(vm.runningProperty().get()).isFalse();
    }

    @Test
    void modelWithProblemsFailsNamingTheFirst() {
        doc.open(SimTestModels.mm1(), null);
        doc.updateComponent("server", "Break it", c -> c.withServiceTimeMs(PerClass.of(-5)));
        SimulationViewModel vm = inline();
        vm.run();
        assertThat(vm.state()).isEqualTo(State.FAILED);
        assertThat(vm.messageProperty().get()).startsWith("Fix the model first: ")
                .contains(dev.headroom.Fixtures.problems(doc.model()).get(0).toString());
    }

    @Test
    void cancelStopsTheJobPromptly() throws Exception {
        doc.open(SimTestModels.mm1(), null);
        ExecutorService pool = SimTestModels.pool();
        SimulationViewModel vm = new SimulationViewModel(doc, pool, Runnable::run);
        vm.optionsProperty().set(SimTestModels.endless());
        vm.run();
        assertThat(vm.runningProperty().get()).isTrue();
        waitUntil(() -> vm.progressProperty().get() > 0);

        vm.cancel();

        assertThat(vm.state()).isEqualTo(State.CANCELLED);
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.resultProperty().get()).isNull();
        pool.shutdown();
        // Uncancelled, these replications would run for hours.
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(vm.state()).isEqualTo(State.CANCELLED);
    }

    @Test
    void aNewRunReplacesTheOldOne() throws Exception {
        doc.open(SimTestModels.mm1(), null);
        ExecutorService pool = SimTestModels.pool();
        SimulationViewModel vm = new SimulationViewModel(doc, pool, Runnable::run);
        vm.optionsProperty().set(SimTestModels.endless());
        vm.run();
        waitUntil(() -> vm.progressProperty().get() > 0);

        vm.optionsProperty().set(SimTestModels.shortRun());
        vm.run();
        waitUntil(() -> vm.state() != State.RUNNING);

        assertThat(vm.state()).isEqualTo(State.DONE);
        assertThat(vm.resultProperty().get().requestsPerReplication())
                .isEqualTo(SimTestModels.shortRun().requestsPerReplication());
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).as("old run stopped").isTrue();
    }

    @Test
    void rerunWithTheDefaultSeedGivesTheSameNumbers() {
        doc.open(SimTestModels.mm1(), null);
        SimulationViewModel vm = inline();
        vm.run();
        SimResult first = vm.resultProperty().get();
        vm.run();
        assertThat(vm.resultProperty().get().classes()).isEqualTo(first.classes());
        assertThat(vm.resultProperty().get().components()).isEqualTo(first.components());
    }

    @Test
    void editsAfterARunMarkTheResultsStale() {
        doc.open(SimTestModels.mm1(), null);
        doc.multiplierProperty().set(1.5);
        SimulationViewModel vm = inline();
        vm.run();
        assertThat(vm.staleProperty().get()).isNull();

        doc.move(Map.of("server", new Position(400, 200)));
        doc.rename("Another name");
        assertThat(vm.staleProperty().get()).as("layout and name change no figure").isNull();

        doc.updateComponent("server", "Set instances", c -> c.withInstances(2));
        assertThat(vm.staleProperty().get())
                .isEqualTo("Simulated at 1.5x before your last edit");
        assertThat(vm.classRows()).as("still shown, marked").hasSize(1);

        doc.undo();
        assertThat(vm.staleProperty().get()).isNull();

        doc.multiplierProperty().set(2);
        assertThat(vm.staleProperty().get()).startsWith("Simulated at 1.5x")
                .contains("2x");
    }

    private static void waitUntil(BooleanSupplier c) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!c.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not met in 30 s");
            }
            Thread.sleep(20);
        }
    }
}
