package dev.headroom.ui.projection;

import static dev.headroom.ui.projection.ProjectionViewModelTest.engine;
import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.analysis.Solution;
import dev.headroom.io.ModelReader;
import dev.headroom.model.Component;
import dev.headroom.model.Model;
import dev.headroom.model.Problem;
import dev.headroom.app.Fixes;
import dev.headroom.cost.Bill;
import dev.headroom.app.Design;
import dev.headroom.app.Point;
import dev.headroom.report.SweepCsv;
import dev.headroom.ui.document.DocumentViewModel;
import dev.headroom.ui.HeadroomApp;
import dev.headroom.ui.TestModels;
import dev.headroom.ui.files.Autosave;
import dev.headroom.ui.files.Dialogs;
import dev.headroom.app.Format;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.chart.XYChart;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Mounts the Projection view on the bundled shop (computed on the FX thread) and drives it. */
@org.junit.jupiter.api.parallel.Isolated
@ExtendWith(ApplicationExtension.class)
class ProjectionViewUiTest {
    static {
        System.setProperty("headless.geometry", "1600x1000-32");
    }

    /** A sample point on the curves: a third of the way along, well before saturation. */
    static final int AT = 20;

    @TempDir
    Path dir;

    DocumentViewModel doc;
    ProjectionView view;
    Design expected;
    final Answers answers = new Answers();

    static final class Answers implements Dialogs {
        Path exportPath;
        Path folder;

        @Override public Optional<Path> chooseOpen(Path folder) {
            return Optional.empty();
        }
        @Override public Optional<Path> chooseSave(Path folder, String name) {
            return Optional.empty();
        }
        @Override public Answer askSaveChanges(String name) {
            return Answer.CANCEL;
        }
        @Override public void showProblems(Path file, List<Problem> problems) { }
        @Override public boolean askRecover(Autosave.Recovery r) {
            return false;
        }
        @Override public void error(String message) {
            throw new AssertionError(message);
        }
        @Override public Optional<Path> chooseExport(Path folder, String title, String name,
                List<String> extensions) {
            return Optional.ofNullable(exportPath);
        }
        @Override public Optional<Path> chooseFolder(Path folder, String title) {
            return Optional.ofNullable(this.folder);
        }
    }

    @Start
    void start(Stage stage) {
        doc = DocumentViewModel.direct(dev.headroom.Fixtures.service());
        doc.open(TestModels.shop(), null);
        expected = engine(doc.model());
        view = new ProjectionView(ProjectionViewModel.direct(doc),
                answers);
        Scene scene = new Scene(view, 1500, 950);
        scene.getStylesheets().add(HeadroomApp.class.getResource("headroom.css")
                .toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private Plot plot(String id) {
        return view.chart(id).plot();
    }

    private static List<String> names(Plot p) {
        return p.lines().stream().map(Plot.Line::name).toList();
    }

    /** The engine's value at every curve point. */
    private double[] curve(ToDoubleFunction<Point> f) {
        return expected.curve().stream().mapToDouble(f).toArray();
    }

    /** Every point the JavaFX chart draws for the series called {@code name}. */
    private List<XYChart.Data<Number, Number>> drawn(String chart, String name) {
        List<XYChart.Data<Number, Number>> out = new ArrayList<>();
        for (XYChart.Series<Number, Number> s : view.chart(chart).chart().getData()) {
            if (s.getName().equals(name)) {
                out.addAll(s.getData());
            }
        }
        return out;
    }

    private void assertDrawn(String chart, String name, double x, double y) {
        assertThat(drawn(chart, name)).anySatisfy(d -> {
            assertThat(d.getXValue().doubleValue()).isEqualTo(x);
            assertThat(d.getYValue().doubleValue()).isEqualTo(y);
        });
    }

    private double m(int i) {
        return expected.curve().get(i).multiplier();
    }

    private Solution solution(int i) {
        return expected.curve().get(i).solution();
    }

    @Test
    void latencyShowsP95AndMeanPerClassWithTheSlo() {
        Plot p = plot(ProjectionPlots.LATENCY);
        List<String> want = new ArrayList<>();
        for (var c : expected.model().requestClasses()) {
            want.add(c.name() + " p95");
            want.add(c.name() + " mean");
        }
        assertThat(names(p)).isEqualTo(want);
        assertThat(p.size()).isEqualTo(expected.curve().size());
        String cls = expected.model().requestClasses().get(0).name();
        double p95 = solution(AT).requestClass(cls).orElseThrow().latencyP95Ms();
        assertThat(p.line(cls + " p95").y(AT)).isEqualTo(p95);
        assertDrawn(ProjectionPlots.LATENCY, cls + " p95", m(AT), p95);
        assertThat(p.limits()).extracting(Plot.Limit::y)
                .containsExactly(expected.model().slo().p95LatencyMs());
        assertThat(p.markers()).extracting(Plot.Marker::x)
                .contains(expected.sweep().sloBreachedAt());
    }

    @Test
    void aSaturatedClassBreaksItsLineInsteadOfRunningToInfinity() {
        String cls = expected.model().requestClasses().get(0).name();
        long saturated = expected.curve().stream().filter(pt -> pt.solution()
                .requestClass(cls).orElseThrow().latencyP95Ms() == null).count();
        assertThat(saturated).isPositive();
        double[] y = plot(ProjectionPlots.LATENCY).line(cls + " p95").y();
        assertThat(java.util.Arrays.stream(y).filter(Double::isNaN).count())
                .isEqualTo(saturated);
        List<XYChart.Data<Number, Number>> points = drawn(ProjectionPlots.LATENCY, cls + " p95");
        assertThat(points).hasSize(expected.curve().size() - (int) saturated);
        assertThat(points).allSatisfy(d -> assertThat(d.getYValue().doubleValue()).isFinite());
    }

    @Test
    void throughputIsDrawnAgainstOfferedLoad() {
        Plot p = plot(ProjectionPlots.THROUGHPUT);
        assertThat(names(p)).containsExactly("offered load (no loss)", "throughput");
        assertThat(p.x()).containsExactly(curve(pt -> pt.solution().arrivalRatePerSecond()));
        assertThat(p.line("throughput").y()).containsExactly(
                curve(pt -> pt.solution().throughputPerSecond()));
        assertDrawn(ProjectionPlots.THROUGHPUT, "throughput",
                solution(AT).arrivalRatePerSecond(), solution(AT).throughputPerSecond());
    }

    @Test
    void theBillIsStackedByComponent() {
        Plot p = plot(ProjectionPlots.BILL);
        assertThat(p.stacked()).isTrue();
        List<String> billed = new ArrayList<>();
        for (Component c : expected.model().components()) {
            if (expected.curve().stream().anyMatch(pt -> pt.bill().componentUsd(c.id()) > 0)) {
                billed.add(c.displayName());
            }
        }
        assertThat(names(p)).containsSubsequence(billed);
        assertThat(p.size()).isEqualTo(expected.curve().size());
        Component first = expected.model().component(
                expected.fixes().get(0).componentId()).orElseThrow();
        Bill bill = expected.curve().get(AT).bill();
        assertThat(p.line(first.displayName()).y(AT)).isEqualTo(bill.componentUsd(first.id()));
        assertDrawn(ProjectionPlots.BILL, first.displayName(), m(AT),
                bill.componentUsd(first.id()));
        double stacked = p.lines().stream().mapToDouble(l -> l.y(AT)).sum();
        assertThat(stacked).isCloseTo(bill.totalUsd(), org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void costPerThousandUsersIsTheBills() {
        Plot p = plot(ProjectionPlots.COST_PER_USERS);
        assertThat(names(p)).containsExactly("cost per 1,000 users");
        // the bill's figure up to saturation, none past it (the users are not served)
        double[] y = p.line("cost per 1,000 users").y();
        int served = dev.headroom.report.Series.served(expected.curve());
        for (int i = 0; i < y.length; i++) {
            Point pt = expected.curve().get(i);
            if (i < served) {
                assertThat(y[i]).isEqualTo(pt.bill().perThousandUsersUsd());
            } else {
                assertThat(pt.solution().stable()).isFalse();
                assertThat(y[i]).isNaN();
            }
        }
        assertDrawn(ProjectionPlots.COST_PER_USERS, "cost per 1,000 users", m(AT),
                expected.curve().get(AT).bill().perThousandUsersUsd());
    }

    @Test
    void utilizationPerComponentWithTheTarget() {
        Plot p = plot(ProjectionPlots.UTILIZATION);
        List<String> loaded = expected.model().components().stream()
                .filter(c -> !c.isDelay() && expected.curve().stream().anyMatch(pt -> pt
                        .solution().component(c.id()).orElseThrow().utilization() > 0))
                .map(Component::displayName).toList();
        assertThat(names(p)).isEqualTo(loaded);
        Fixes.BreakFixes first = expected.fixes().get(0);
        double u = solution(AT).component(first.componentId()).orElseThrow().utilization();
        assertThat(p.line(first.name()).y(AT)).isEqualTo(u);
        assertDrawn(ProjectionPlots.UTILIZATION, first.name(), m(AT), u);
        assertThat(p.limits()).extracting(Plot.Limit::y)
                .containsExactly(expected.model().slo().maxUtilization());
        assertThat(p.markers()).extracting(Plot.Marker::x)
                .contains(first.brk().overUtilizationAt());
    }

    @Test
    void instancesPerAutoscaledTier() {
        Plot p = plot(ProjectionPlots.INSTANCES);
        assertThat(names(p)).isEqualTo(expected.autoscaled().stream()
                .map(Component::displayName).toList());
        Component tier = expected.autoscaled().get(0);
        assertThat(p.line(tier.displayName()).y()).containsExactly(curve(
                pt -> pt.solution().component(tier.id()).orElseThrow().instances()));
        assertDrawn(ProjectionPlots.INSTANCES, tier.displayName(), m(AT),
                solution(AT).component(tier.id()).orElseThrow().instances());
    }

    @Test
    void hoveringShowsEveryClassAtThatPoint(FxRobot robot) {
        ChartPanel c = view.chart(ProjectionPlots.LATENCY);
        robot.interact(() -> view.setVvalue(0));
        Point2D x = c.xAxis().localToScreen(c.xAxis().getDisplayPosition(m(AT)), 0);
        Point2D y = c.yAxis().localToScreen(0, c.yAxis().getHeight() / 2);
        robot.moveTo(new Point2D(x.getX(), y.getY()));
        String text = c.readoutText();
        assertThat(text).startsWith(Format.times(m(AT)));
        for (var r : solution(AT).classes()) {
            assertThat(text).contains(r.name() + " p95  " + Format.ms(r.latencyP95Ms()));
            assertThat(text).contains(r.name() + " mean  " + Format.ms(r.latencyMeanMs()));
        }
    }

    @Test
    void theBreaksTableShowsTheRowsAndAppliesAFixAsOneUndoableEdit(FxRobot robot) {
        var table = view.breaks().table();
        BreakRows rows = BreakRows.of(expected);
        assertThat(table.getItems()).isEqualTo(rows.rows());
        BreakRows.Row first = rows.rows().get(0);
        assertThat(table.getColumns().get(0).getCellData(0)).isEqualTo(first.name());
        assertThat(table.getColumns().get(4).getCellData(0)).isEqualTo(first.bestFix());
        assertThat(first.options()).isNotEmpty();
        Model before = doc.model();
        var apply = robot.lookup("#fixes .fix-apply").queryButton();
        robot.interact(apply::fire);
        assertThat(doc.model()).isEqualTo(first.options().get(0).fix().applied());
        robot.interact(doc::undo);
        assertThat(doc.model()).isEqualTo(before);
    }

    /** The users under each growth tick are the open model's, also after opening another. */
    @Test
    void theUserAxisFollowsTheOpenModel(FxRobot robot) {
        Model other = TestModels.example("saas-search.json");
        assertThat(other.growth()).isEqualTo(doc.model().growth());
        robot.interact(() -> view.setVvalue(0));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        // the app opens the other model while the Projection workspace is hidden
        robot.interact(() -> view.setVisible(false));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> doc.open(other, null));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> view.setVisible(true));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> view.setVvalue(0));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        var axis = view.chart(ProjectionPlots.LATENCY).xAxis();
        java.util.List<String> labels = new java.util.ArrayList<>();
        robot.interact(() -> {
            axis.getChildrenUnmodifiable().forEach(n -> {
                if (n instanceof javafx.scene.text.Text t) {
                    labels.add("text:" + t.getText());
                }
            });
        });
        double users2 = other.workload().usersAt(2);
        double before = TestModels.shop().workload().usersAt(2);
        assertThat(labels).contains("text:2x\n" + Format.count(users2))
                .noneMatch(l -> l.endsWith("\n" + Format.count(before)));
    }

    @Test
    void whenNothingCanBreakTheTableSaysSo(FxRobot robot) {
        Model cdn = ModelReader.parse("{\"format\":1,\"name\":\"Static site\",\"workload\":"
                + "{\"arrivalRatePerSecond\":10},\"components\":[{\"id\":\"cdn\",\"kind\":"
                + "\"cdn\",\"serviceTimeMs\":20}]}").model();
        robot.interact(() -> doc.open(cdn, null));
        assertThat(view.breaks().table().getItems()).isEmpty();
        assertThat(robot.lookup("#breaks-table .placeholder .label").queryLabeled().getText())
                .startsWith("Nothing queues");
    }

    @Test
    void typingARangeProjectsItWithoutTouchingTheModel(FxRobot robot) {
        Model before = doc.model();
        robot.interact(() -> view.setVvalue(0));
        TextField to = robot.lookup("#range-to").queryAs(TextField.class);
        robot.clickOn(to).push(KeyCode.CONTROL, KeyCode.A).write("20").type(KeyCode.ENTER);
        Design d = view.viewModel().design();
        assertThat(d.curve().get(d.curve().size() - 1).multiplier()).isEqualTo(20);
        assertThat(doc.model()).isEqualTo(before);
        assertThat(plot(ProjectionPlots.LATENCY).x(plot(ProjectionPlots.LATENCY).size() - 1))
                .isEqualTo(20);
    }

    @Test
    void exportingTheSweepWritesItsCsv(FxRobot robot) throws Exception {
        answers.exportPath = dir.resolve("sweep.csv");
        robot.interact(() -> view.setVvalue(0));
        robot.clickOn("#export-csv");
        assertThat(Files.readString(answers.exportPath)).isEqualTo(SweepCsv.csv(expected));
    }

    @Test
    void exportingChartsWritesAPngPerChart(FxRobot robot) throws Exception {
        answers.folder = dir.resolve("charts");
        robot.interact(() -> view.setVvalue(0));
        robot.clickOn("#export-png");
        for (String id : ProjectionPlots.IDS) {
            Path png = answers.folder.resolve(id + ".png");
            assertThat(png).isNotEmptyFile();
            BufferedImage img = ImageIO.read(png.toFile());
            assertThat(img.getWidth()).isEqualTo((int) (2 * ProjectionView.EXPORT_WIDTH));
            assertThat(img.getHeight()).isEqualTo((int) (2 * ProjectionView.EXPORT_HEIGHT));
        }
        assertThat(view.viewModel().noticeProperty().get().message())
                .isEqualTo("6 charts written to " + answers.folder);
    }

    @Test
    void exportingAnHtmlReportWritesTheModel(FxRobot robot) throws Exception {
        answers.exportPath = dir.resolve("report.html");
        robot.interact(() -> view.setVvalue(0));
        robot.clickOn("#export-report");
        assertThat(Files.readString(answers.exportPath)).contains(doc.model().name());
        assertThat(robot.lookup("#projection-notice").queryLabeled().getText())
                .isEqualTo("Report written to " + answers.exportPath);
    }

    @Test
    void aNodeExportsAsAPngTwiceItsSize(FxRobot robot) throws Exception {
        Path png = dir.resolve("breaks.png");
        robot.interact(() -> {
            try {
                ProjectionView.exportNodePng(view.breaks(), png);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo((int) Math.ceil(2 * view.breaks().getWidth()));
    }

    @Test
    void aCalendarRunsTheChartsAlongItsMonthsAndRangesShadeTheirBands(FxRobot robot) {
        javafx.scene.control.ToggleButton months = robot.lookup("#axis-months")
                .queryAs(javafx.scene.control.ToggleButton.class);
        assertThat(months.isDisabled()).as("the shop has no calendar").isTrue();
        assertThat(robot.lookup("#spend").query().isVisible()).isFalse();
        Model m = doc.model();
        Model dated = m.withGrowth(m.growth().withMonthlyRate(0.12)
                .withStartMonth(java.time.YearMonth.of(2027, 1)))
                .withUncertainty(new dev.headroom.model.Uncertainty(
                        new dev.headroom.model.Bounds(0.8, 1.25), null, null));
        robot.interact(() -> doc.open(dated, null));
        assertThat(months.isDisabled()).isFalse();
        assertThat(plot(ProjectionPlots.UTILIZATION).bands()).isNotEmpty();
        assertThat(robot.lookup("#ranges-status").queryAs(javafx.scene.control.Label.class)
                .getText()).startsWith("Shaded: P10\u2013P90 of 1,000 draws");
        assertThat(robot.lookup("#spend").query().isVisible()).isTrue();
        assertThat(robot.lookup("#breaks-runway").queryAs(javafx.scene.control.Label.class)
                .getText()).contains(" needs its fix ");
        robot.interact(months::fire);
        Plot util = plot(ProjectionPlots.UTILIZATION);
        assertThat(util.x(0)).isZero();
        assertThat(view.chart(ProjectionPlots.UTILIZATION).xAxis().getLabel())
                .startsWith("Month");
        assertThat(util.xTick(12)).startsWith("Jan 2028");
    }
}
