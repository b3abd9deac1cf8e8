package dev.headroom.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.model.Model;
import dev.headroom.model.Problem;
import dev.headroom.app.Comparison;
import dev.headroom.app.Comparison.Kpi;
import dev.headroom.app.Comparison.Metric;
import dev.headroom.app.Design;
import dev.headroom.ui.document.DocumentViewModel;
import dev.headroom.ui.TestModels;
import dev.headroom.ui.files.Autosave;
import dev.headroom.ui.files.Dialogs;
import dev.headroom.ui.files.Examples;
import dev.headroom.app.Format;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Mounts the compare view with the shop before and after its cache, and drives it. */
@org.junit.jupiter.api.parallel.Isolated
@ExtendWith(ApplicationExtension.class)
class CompareViewUiTest {
    static {
        System.setProperty("headless.geometry", "1600x1000-32");
    }

    static final String BEFORE = "monolith-postgres.json";
    static final String AFTER = "monolith-redis-replica.json";
    static final String SERVICES = "microservices-gateway.json";

    @TempDir
    static Path dir;

    DocumentViewModel doc;
    CompareViewModel vm;
    CompareView view;
    final Answers answers = new Answers();

    static final class Answers implements Dialogs {
        Path open;
        Path report;

        @Override public Optional<Path> chooseOpen(Path folder) {
            return Optional.ofNullable(open);
        }
        @Override public Optional<Path> chooseSave(Path folder, String name) {
            return Optional.empty();
        }
        @Override public Optional<Path> chooseExport(Path folder, String title, String name,
                List<String> extensions) {
            return Optional.ofNullable(report);
        }
        @Override public Optional<Path> chooseFolder(Path folder, String title) {
            return Optional.empty();
        }
        @Override public Answer askSaveChanges(String name) {
            return Answer.CANCEL;
        }
        @Override public void showProblems(Path file, List<Problem> problems) { }
        @Override public boolean askRecover(Autosave.Recovery r) {
            return false;
        }
        @Override public void error(String message) { }
    }

    @Start
    void start(Stage stage) {
        doc = DocumentViewModel.direct(dev.headroom.Fixtures.service());
        doc.open(TestModels.example(BEFORE), null);
        vm = CompareViewModel.direct(doc);
        vm.addExample(AFTER);
        view = new CompareView(vm, answers);
        stage.setScene(new Scene(view, 1500, 920));
        stage.show();
    }

    static Design design(Model m) {
        return dev.headroom.Fixtures.design(m);
    }

    static Comparison expected(String... examples) {
        return Comparison.of(List.of(examples).stream().map(TestModels::example)
                .map(CompareViewUiTest::design).toList());
    }

    private Label cell(FxRobot robot, String row, int point, int design) {
        return robot.lookup("#kpi-" + row + "-" + point + "-" + design).queryAs(Label.class);
    }

    /** Every cell of a row shows the engine's figure; the strictly better one is highlighted. */
    private int assertRow(FxRobot robot, Comparison cmp, String row, Function<Kpi, String> text,
            Metric metric) {
        int best = 0;
        for (int j = 0; j < cmp.multipliers().size(); j++) {
            for (int i = 0; i < cmp.designs().size(); i++) {
                Kpi k = cmp.designs().get(i).kpis().get(j);
                Label c = cell(robot, row, j, i);
                assertThat(c.getText()).as(row + " at point " + j + " of design " + i)
                        .isEqualTo(text.apply(k));
                boolean highlighted = c.getStyleClass().contains("kpi-best");
                assertThat(highlighted).as("highlight of " + row + " " + j + "/" + i)
                        .isEqualTo(metric != null && k.isBest(metric));
                best += highlighted ? 1 : 0;
            }
        }
        return best;
    }

    @Test
    void tableShowsTheEnginesFiguresAndHighlightsTheBetterOne(FxRobot robot) {
        Comparison cmp = expected(BEFORE, AFTER);
        assertThat(cmp.multipliers()).containsExactly(1.0, 3.0, 10.0);
        int best = assertRow(robot, cmp, "bill", KpiFormat::monthlyBill, Metric.MONTHLY_BILL)
                + assertRow(robot, cmp, "per1000", KpiFormat::perThousandUsers,
                        Metric.COST_PER_THOUSAND_USERS)
                + assertRow(robot, cmp, "p95", KpiFormat::p95, Metric.P95);
        assertRow(robot, cmp, "togo", KpiFormat::usersToGo, null);
        assertRow(robot, cmp, "users", KpiFormat::users, null);
        assertRow(robot, cmp, "bottleneck", KpiFormat::bottleneck, null);
        assertThat(best).as("some figure is strictly better").isPositive();

        // The formatter prints the engine's number, not a stand-in.
        Kpi bill = cmp.designs().get(0).kpis().get(0);
        assertThat(cell(robot, "bill", 0, 0).getText()).isEqualTo(Format.usd(bill.monthlyUsd()));
    }

    @Test
    void everyChartHasOneSeriesPerDesignInItsColour(FxRobot robot) {
        List<CompareChart> charts = robot.lookup(".compare-chart").queryAllAs(CompareChart.class)
                .stream().toList();
        assertThat(charts).hasSize(4);
        for (CompareChart c : charts) {
            assertThat(c.getData()).hasSize(2);
            assertThat(c.getData().get(0).getName())
                    .isEqualTo("A: " + TestModels.example(BEFORE).name());
            assertThat(c.getData().get(1).getName())
                    .isEqualTo("B: " + TestModels.example(AFTER).name());
            assertThat(c.getData().get(1).getNode().getStyle())
                    .contains(KpiTable.colour(1));
        }
    }

    @Test
    void hoveringAChartShowsEachDesignsFigureThere(FxRobot robot) {
        CompareChart bill = robot.lookup("#chart-bill").queryAs(CompareChart.class);
        Curves curves = vm.snapshot().curves();
        int i = 20;
        double m = curves.multipliers()[i];
        robot.interact(() -> bill.hoverAt(m));
        List<String> lines = bill.hoverLines();
        Design after = design(TestModels.example(AFTER));
        assertThat(lines).hasSize(3);
        assertThat(lines.get(2)).isEqualTo("B  " + Format.usd(after.at(m).bill().totalUsd()));
    }

    @Test
    void removingADesignUpdatesTheTable(FxRobot robot) {
        robot.clickOn("#chip-remove-1");
        assertThat(vm.entries()).hasSize(1);
        assertThat(robot.lookup("#kpi-bill-0-1").tryQuery()).isEmpty();
        assertThat(robot.lookup("#compare-empty").queryAs(Node.class).isVisible()).isTrue();

        robot.clickOn(".compare-strip .add-example");
        robot.clickOn(Examples.title(SERVICES));
        Comparison cmp = expected(BEFORE, SERVICES);
        assertThat(robot.lookup("#compare-empty").queryAs(Node.class).isVisible()).isFalse();
        assertRow(robot, cmp, "bill", KpiFormat::monthlyBill, Metric.MONTHLY_BILL);
        assertRow(robot, cmp, "p95", KpiFormat::p95, Metric.P95);
    }

    @Test
    void editingTheOpenModelUpdatesItsChipAndColumn(FxRobot robot) {
        robot.interact(() -> doc.updateWorkload("More users", w -> w.withUsers(w.users() * 3)));
        Comparison cmp = Comparison.of(List.of(design(doc.model()),
                design(TestModels.example(AFTER))));
        assertRow(robot, cmp, "users", KpiFormat::users, null);
        assertRow(robot, cmp, "bill", KpiFormat::monthlyBill, Metric.MONTHLY_BILL);
        robot.interact(() -> doc.rename("Shop at three times the size"));
        assertThat(robot.lookup("#chip-0 .chip-name").queryAs(Label.class).getText())
                .isEqualTo("Shop at three times the size");
    }

    @Test
    void aBrokenFileIsRefusedWithItsPathInTheMessageBar(FxRobot robot) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(Path.of("models", AFTER))
                .replace("\"hitRatio\": 0.9", "\"hitRatio\": 1.5"));
        answers.open = bad;
        robot.clickOn(".compare-strip .add-design");
        Label message = robot.lookup("#compare-message").queryAs(Label.class);
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).contains("bad.json").contains("hitRatio");
        assertThat(vm.entries()).hasSize(2);
    }

    @Test
    void exportingAnHtmlReportWritesBothDesigns(FxRobot robot) throws Exception {
        Path out = dir.resolve("before-after.html");
        answers.report = out;
        robot.clickOn(".export-menu");
        robot.clickOn("Report (HTML or PDF)\u2026");
        assertThat(out).exists();
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(html).contains(TestModels.example(BEFORE).name())
                .contains(TestModels.example(AFTER).name());
        assertThat(vm.message().error()).isFalse();
        assertThat(robot.lookup("#compare-message").queryAs(Label.class).getText())
                .contains(out.toString());
    }
}
