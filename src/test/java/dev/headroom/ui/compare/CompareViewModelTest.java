package dev.headroom.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.io.ModelReader;
import dev.headroom.model.Model;
import dev.headroom.model.Problem;
import dev.headroom.app.Comparison;
import dev.headroom.app.Design;
import dev.headroom.app.Point;
import dev.headroom.ui.document.DocumentViewModel;
import dev.headroom.ui.TestModels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareViewModelTest {
    static final String BEFORE = "monolith-postgres.json";
    static final String AFTER = "monolith-redis-replica.json";
    static final String SERVICES = "microservices-gateway.json";

    @TempDir
    Path dir;

    final DocumentViewModel doc = DocumentViewModel.direct(dev.headroom.Fixtures.service());

    CompareViewModel open(String example) {
        doc.open(TestModels.example(example), null);
        return CompareViewModel.direct(doc);
    }

    static Design design(Model m) {
        return dev.headroom.Fixtures.design(m);
    }

    /** "Planned vs as drawn": the plan at 10x beside the open model, the plan's bill at 10x. */
    @Test
    void thePlanComesBesideTheModelAsDrawn() {
        CompareViewModel vm = open("microservices-gateway.json");
        vm.remove(0);
        var step = dev.headroom.Fixtures.service().analyze(doc.model()).plan(10, false);
        assertThat(vm.addPlanned(step.planned(), "Planned")).isTrue();
        assertThat(vm.snapshot().slots()).extracting(s -> s.entry().source())
                .containsExactly(DesignEntry.Source.CURRENT, DesignEntry.Source.PLANNED);
        assertThat(vm.snapshot().slots().get(1).name()).isEqualTo("Planned");
        Design planned = vm.snapshot().slots().get(1).design();
        assertThat(planned.at(10).bill().totalUsd()).isCloseTo(step.monthlyUsd(),
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(vm.addPlanned(step.planned(), "Planned again")).isTrue();
        assertThat(vm.snapshot().slots()).hasSize(2);
    }

    @Test
    void comparisonIsTheEnginesOnDesignsComputedIndependently() {
        CompareViewModel vm = open(BEFORE);
        assertThat(vm.addExample(AFTER)).isTrue();

        Comparison expected = Comparison.of(List.of(design(TestModels.example(BEFORE)),
                design(TestModels.example(AFTER))));
        assertThat(vm.snapshot().comparison()).isEqualTo(expected);
        assertThat(vm.snapshot().compared()).extracting(CompareSnapshot.Slot::letter)
                .containsExactly("A", "B");
        assertThat(vm.snapshot().slots().get(0).entry().live()).isTrue();
    }

    @Test
    void curvesAreTheEnginesFiguresOnTheCommonAxis() {
        CompareViewModel vm = open(BEFORE);
        vm.addExample(SERVICES);
        Curves c = vm.snapshot().curves();
        Design services = design(TestModels.example(SERVICES));
        double end = Math.min(TestModels.example(BEFORE).growth().to(),
                TestModels.example(SERVICES).growth().to());
        assertThat(c.multipliers()[0]).isEqualTo(Math.min(1, end));
        assertThat(c.multipliers()[c.multipliers().length - 1]).isEqualTo(end);
        int mid = c.multipliers().length / 2;
        Point p = services.at(c.multipliers()[mid]);
        assertThat(c.designs().get(1).monthlyUsd()[mid]).isEqualTo(p.bill().totalUsd());
        assertThat(c.designs().get(1).worstP95Ms()[mid])
                .isEqualTo(p.solution().worstP95Ms().orElse(Double.NaN));
    }

    @Test
    void aFifthDesignIsRefused() {
        CompareViewModel vm = open(BEFORE);
        assertThat(vm.addExample(AFTER)).isTrue();
        assertThat(vm.addExample(SERVICES)).isTrue();
        assertThat(vm.addExample("saas-search.json")).isTrue();
        assertThat(vm.canAdd()).isFalse();

        assertThat(vm.addExample("media-site-cdn.json")).isFalse();
        assertThat(vm.entries()).hasSize(Comparison.MAX_DESIGNS);
        assertThat(vm.message().error()).isTrue();
        assertThat(vm.message().text()).contains("at most 4");
        assertThat(vm.snapshot().comparison().designs()).hasSize(4);
    }

    @Test
    void aFileWithProblemsIsRefusedWithItsJsonPath() throws IOException {
        CompareViewModel vm = open(BEFORE);
        String json = Files.readString(Path.of("models", AFTER))
                .replace("\"hitRatio\": 0.9", "\"hitRatio\": 1.5");
        Path bad = dir.resolve("bad-cache.json");
        Files.writeString(bad, json);
        List<Problem> problems = ModelReader.read(bad).problems();
        assertThat(problems).isNotEmpty();

        assertThat(vm.addFile(bad)).isFalse();
        assertThat(vm.entries()).hasSize(1);
        assertThat(vm.message().error()).isTrue();
        assertThat(vm.message().text()).startsWith("Cannot add bad-cache.json")
                .contains(problems.get(0).path()).contains("hitRatio").doesNotContain("\n");
    }

    @Test
    void malformedJsonIsRefusedInOneLine() throws IOException {
        CompareViewModel vm = open(BEFORE);
        Path bad = dir.resolve("broken.json");
        Files.writeString(bad, "{\"format\": 1,\n \"name\": }");
        assertThat(vm.addFile(bad)).isFalse();
        assertThat(vm.message().text()).startsWith("Cannot add broken.json").doesNotContain("\n")
                .doesNotContain("Exception");
    }

    @Test
    void aGoodFileIsAddedOnceOnly() throws IOException {
        CompareViewModel vm = open(BEFORE);
        Path f = dir.resolve("after.json");
        Files.copy(Path.of("models", AFTER), f);
        assertThat(vm.addFile(f)).isTrue();
        assertThat(vm.addFile(f)).isFalse();
        assertThat(vm.message().text()).contains("already");
        assertThat(vm.entries()).hasSize(2);
        assertThat(vm.snapshot().comparison()).isEqualTo(Comparison.of(List.of(
                design(TestModels.example(BEFORE)), design(TestModels.example(AFTER)))));
    }

    @Test
    void editingTheOpenModelUpdatesItsColumn() {
        CompareViewModel vm = open(BEFORE);
        vm.addExample(AFTER);
        Comparison before = vm.snapshot().comparison();

        doc.updateWorkload("Double the users", w -> w.withUsers(w.users() * 2));
        doc.rename("Shop, twice the customers");

        Comparison expected = Comparison.of(List.of(design(doc.model()),
                design(TestModels.example(AFTER))));
        assertThat(vm.snapshot().comparison()).isEqualTo(expected).isNotEqualTo(before);
        assertThat(vm.snapshot().comparison().designs().get(0).model())
                .isEqualTo("Shop, twice the customers");
        assertThat(vm.snapshot().comparison().designs().get(0).kpis().get(0).users())
                .isEqualTo(2 * before.designs().get(0).kpis().get(0).users());
    }

    @Test
    void removingADesignLeavesTooFewToCompare() {
        CompareViewModel vm = open(BEFORE);
        vm.addExample(AFTER);
        vm.remove(1);
        assertThat(vm.entries()).hasSize(1);
        assertThat(vm.snapshot().comparable()).isFalse();
        assertThat(vm.snapshot().comparison()).isNull();
    }

    @Test
    void theOpenModelCanBeRemovedAndPutBack() {
        CompareViewModel vm = open(BEFORE);
        vm.addExample(AFTER);
        vm.addExample(SERVICES);
        vm.remove(0);
        assertThat(vm.snapshot().comparison().designs()).extracting(Comparison.Column::model)
                .containsExactly(TestModels.example(AFTER).name(),
                        TestModels.example(SERVICES).name());
        doc.rename("Edited while not compared");
        assertThat(vm.snapshot().comparison().designs()).hasSize(2);

        assertThat(vm.addCurrent()).isTrue();
        assertThat(vm.addCurrent()).isFalse();
        assertThat(vm.snapshot().comparison().designs().get(0).model())
                .isEqualTo("Edited while not compared");
    }

    @Test
    void anOpenModelWithProblemsIsShownNotCompared() {
        doc.open(DocumentViewModel.emptyModel(), null);
        CompareViewModel vm = CompareViewModel.direct(doc);
        vm.addExample(AFTER);
        vm.addExample(SERVICES);

        CompareSnapshot.Slot open = vm.snapshot().slots().get(0);
        assertThat(open.solved()).isFalse();
        assertThat(open.problem()).isEqualTo(CompareSolver.oneLine(
                doc.results().problems()));
        assertThat(vm.snapshot().comparison()).isEqualTo(Comparison.of(List.of(
                design(TestModels.example(AFTER)), design(TestModels.example(SERVICES)))));
        assertThat(vm.snapshot().compared()).extracting(CompareSnapshot.Slot::letter)
                .containsExactly("B", "C");
    }

    @Test
    void withoutCatalogsNoMoneyIsShownOrMarked() {
        DocumentViewModel none = DocumentViewModel.direct(dev.headroom.Fixtures.unpriced());
        none.open(TestModels.example(BEFORE), null);
        CompareViewModel vm = CompareViewModel.direct(none);
        vm.addExample(AFTER);

        Comparison expected = Comparison.of(List.of(
                dev.headroom.Fixtures.unpricedDesign(TestModels.example(BEFORE)),
                dev.headroom.Fixtures.unpricedDesign(TestModels.example(AFTER))));
        assertThat(vm.snapshot().comparison()).isEqualTo(expected);
        assertThat(vm.snapshot().slots()).allMatch(s -> s.pricingNote() != null);
        assertThat(vm.snapshot().comparison().designs().get(0).kpis())
                .allMatch(k -> k.monthlyUsd() == null
                        && !k.isBest(Comparison.Metric.MONTHLY_BILL));
    }

    @Test
    void theOpenModelOffersThePairsItsDescriptionNames() {
        CompareViewModel vm = open(BEFORE);
        assertThat(vm.pairsProperty().get()).containsExactlyInAnyOrder(AFTER, SERVICES);
        vm.addExample(AFTER);
        assertThat(vm.pairsProperty().get()).containsExactly(SERVICES);

        doc.open(TestModels.example("saas-search.json"), null);
        assertThat(vm.pairsProperty().get()).isEmpty();
    }

    @Test
    void onlyTheNewestListIsSolvedWhenRequestsPileUp() {
        Queue<Runnable> worker = new ArrayDeque<>();
        doc.open(TestModels.example(BEFORE), null);
        CompareViewModel vm = new CompareViewModel(doc, worker::add,
                Runnable::run);
        List<CompareSnapshot> delivered = new ArrayList<>();
        vm.snapshotProperty().addListener((o, a, s) -> delivered.add(s));
        vm.addExample(AFTER);
        vm.addExample(SERVICES);
        assertThat(delivered).as("nothing solved on the caller's thread").isEmpty();

        while (!worker.isEmpty()) {
            worker.poll().run();
        }
        assertThat(delivered).hasSize(1);
        assertThat(delivered.get(0).comparison().designs()).hasSize(3);
    }

    @Test
    void aReportOfAnUnknownFormatIsRefused() {
        CompareViewModel vm = open(BEFORE);
        vm.addExample(AFTER);
        Path file = dir.resolve("report.docx");
        vm.exportReport(file);
        assertThat(vm.message().error()).isTrue();
        assertThat(file).doesNotExist();
    }

    @Test
    void chartsAreWrittenAsPng() throws IOException {
        CompareViewModel vm = open(BEFORE);
        vm.addExample(AFTER);
        Path out = dir.resolve("charts");
        vm.exportChartsPng(out);
        assertThat(vm.message().error()).isFalse();
        assertThat(out.resolve("compare-p95.png")).exists();
        assertThat(out.resolve("compare-bill.png")).exists();
        assertThat(out.resolve("b-latency.png")).exists();
    }
}
