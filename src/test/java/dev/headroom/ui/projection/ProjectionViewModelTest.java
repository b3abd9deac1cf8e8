package dev.headroom.ui.projection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.model.Growth;
import dev.headroom.model.Model;
import dev.headroom.model.Slo;
import dev.headroom.app.Design;
import dev.headroom.report.SweepCsv;
import dev.headroom.ui.document.DocumentViewModel;
import dev.headroom.ui.TestModels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectionViewModelTest {
    @TempDir
    Path dir;

    final DocumentViewModel doc = DocumentViewModel.direct(dev.headroom.Fixtures.service());

    ProjectionViewModelTest() {
        doc.open(TestModels.shop(), null);
    }

    /** The report's design of {@code m}, priced with the bundled catalogs, computed here. */
    static Design engine(Model m) {
        return dev.headroom.Fixtures.design(m);
    }

    static void assertSameFigures(Design shown, Design expected) {
        assertThat(shown.model()).isEqualTo(expected.model());
        assertThat(shown.sweep()).isEqualTo(expected.sweep());
        assertThat(shown.points()).isEqualTo(expected.points());
        assertThat(shown.curve()).isEqualTo(expected.curve());
        assertThat(shown.breaks()).isEqualTo(expected.breaks());
        assertThat(shown.fixes()).isEqualTo(expected.fixes());
    }

    @Test
    void theDesignIsTheEnginesForTheOpenModel() {
        ProjectionViewModel vm = ProjectionViewModel.direct(doc);
        assertSameFigures(vm.design(), engine(doc.model()));
        assertThat(vm.design().priced()).isTrue();
        assertThat(vm.pricingNoteProperty().get()).isNull();
        assertThat(vm.problemProperty().get()).isNull();
    }

    @Test
    void aChangedModelIsProjectedAgain() {
        ProjectionViewModel vm = ProjectionViewModel.direct(doc);
        Design before = vm.design();
        doc.updateSlo("Lower the target", s -> new Slo(s.p95LatencyMs(), 0.5));
        assertSameFigures(vm.design(), engine(doc.model()));
        assertThat(vm.design().breaks()).isNotEqualTo(before.breaks());
    }

    @Test
    void changesArrivingWhileBusyAreProjectedOnceForTheNewest() {
        Queue<Runnable> worker = new ArrayDeque<>();
        ProjectionViewModel vm = new ProjectionViewModel(doc, worker::add,
                Runnable::run);
        doc.updateSlo("a", s -> new Slo(s.p95LatencyMs(), 0.6));
        doc.updateSlo("b", s -> new Slo(s.p95LatencyMs(), 0.5));
        assertThat(worker).hasSize(1);
        worker.poll().run();
        assertThat(worker).isEmpty();
        assertSameFigures(vm.design(), engine(doc.model()));
    }

    @Test
    void theMultiplierFollowsTheSlider() {
        ProjectionViewModel vm = ProjectionViewModel.direct(doc);
        doc.multiplierProperty().set(4.5);
        assertThat(vm.multiplierProperty().get()).isEqualTo(4.5);
    }

    @Test
    void aRangeOverrideProjectsThatRangeWithoutEditingTheModel() {
        ProjectionViewModel vm = ProjectionViewModel.direct(doc);
        Model before = doc.model();
        assertThat(vm.setRange(2, 25)).isEmpty();
        assertThat(doc.model()).isEqualTo(before);
        assertThat(doc.isDirty()).isFalse();
        Growth g = new Growth(2, 25, before.growth().steps());
        Design expected = dev.headroom.Fixtures.analysis(before).design(g);
        assertThat(vm.design().range()).isEqualTo(g);
        assertThat(vm.design().points()).isEqualTo(expected.points());
        assertThat(vm.design().curve()).isEqualTo(expected.curve());
        assertThat(vm.design().curve().get(0).multiplier()).isEqualTo(2);
        assertThat(vm.design().curve().get(Design.CURVE_POINTS - 1).multiplier()).isEqualTo(25);

        vm.resetRange();
        assertSameFigures(vm.design(), engine(before));
    }

    @Test
    void aRangeThatIsEmptyOrNotAboveZeroIsRefused() {
        ProjectionViewModel vm = ProjectionViewModel.direct(doc);
        assertThat(vm.setRange(5, 3)).contains("The range must end above its start.");
        assertThat(vm.setRange(0, 3)).contains("The range must start above 0x.");
        assertThat(vm.setRange(1, 5000)).isPresent();
        assertThat(vm.rangeOverrideProperty().get()).isNull();
    }

    @Test
    void aModelWithProblemsHasNoDesignAndSaysWhy() {
        ProjectionViewModel vm = ProjectionViewModel.direct(doc);
        doc.apply("Remove everything", m -> m.withComponents(List.of())
                .withConnections(List.of()));
        assertThat(doc.results().problems()).isNotEmpty();
        assertThat(vm.design()).isNull();
        assertThat(vm.problemProperty().get()).contains("problem");
    }

    @Test
    void withoutCatalogsTheDesignHasNoBill() {
        DocumentViewModel none = DocumentViewModel.direct(dev.headroom.Fixtures.unpriced());
        none.open(TestModels.shop(), null);
        ProjectionViewModel vm = ProjectionViewModel.direct(none);
        assertThat(vm.design().priced()).isFalse();
        assertThat(vm.pricingNoteProperty().get()).startsWith("No bill: cannot price");
    }

    @Test
    void exportingTheSweepWritesTheReportsCsv() throws Exception {
        ProjectionViewModel vm = ProjectionViewModel.direct(doc);
        Path file = dir.resolve("sweep.csv");
        vm.exportCsv(file);
        assertThat(Files.readString(file)).isEqualTo(SweepCsv.csv(engine(doc.model())));
        assertThat(vm.noticeProperty().get().ok()).isTrue();
    }

    @Test
    void exportingAReportWritesHtmlWithTheModelsName() throws Exception {
        ProjectionViewModel vm = ProjectionViewModel.direct(doc);
        Path file = dir.resolve("shop.html");
        vm.exportReport(file);
        assertThat(Files.readString(file)).contains(doc.model().name());
        assertThat(vm.noticeProperty().get()).isEqualTo(
                new ProjectionViewModel.Notice(true, "Report written to " + file));
        assertThat(vm.exportingProperty().get()).isFalse();
        // the notice is about that document: opening another one clears it, an edit does not
        doc.rename("Renamed");
        assertThat(vm.noticeProperty().get()).isNotNull();
        doc.open(doc.model(), null);
        assertThat(vm.noticeProperty().get()).isNull();
    }

    @Test
    void aReportWithoutAnExtensionBecomesAPdf() throws Exception {
        ProjectionViewModel vm = ProjectionViewModel.direct(doc);
        vm.exportReport(dir.resolve("shop"));
        byte[] pdf = Files.readAllBytes(dir.resolve("shop.pdf"));
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
    }

    @Test
    void aReportThatCannotBeWrittenSaysSo() throws Exception {
        ProjectionViewModel vm = ProjectionViewModel.direct(doc);
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");
        vm.exportReport(notAFolder.resolve("r.html"));
        assertThat(vm.noticeProperty().get().ok()).isFalse();
        assertThat(vm.noticeProperty().get().message()).startsWith("Could not write the report");
        assertThat(vm.exportingProperty().get()).isFalse();
    }
}
