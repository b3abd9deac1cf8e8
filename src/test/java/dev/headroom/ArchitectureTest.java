package dev.headroom;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package arrows of docs/architecture.md, enforced: a package may use only those
 * listed above it; {@code ui} and {@code cli} are siblings; {@code analysis} and {@code sim} meet
 * only in tests; nothing outside {@code ui} touches JavaFX, nothing outside {@code io} Jackson.
 */
class ArchitectureTest {
    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.headroom");
    }

    @Test
    void layersOnlyPointDown() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("model").definedBy("dev.headroom.model..")
                .layer("queueing").definedBy("dev.headroom.queueing..")
                .layer("network").definedBy("dev.headroom.network..")
                .layer("analysis").definedBy("dev.headroom.analysis..")
                .layer("sim").definedBy("dev.headroom.sim..")
                .layer("cost").definedBy("dev.headroom.cost..")
                .layer("plan").definedBy("dev.headroom.plan..")
                .layer("io").definedBy("dev.headroom.io..")
                .layer("app").definedBy("dev.headroom.app..")
                .layer("report").definedBy("dev.headroom.report..")
                .layer("cli").definedBy("dev.headroom.cli..")
                .layer("ui").definedBy("dev.headroom.ui..")
                .whereLayer("ui").mayNotBeAccessedByAnyLayer()
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("report").mayOnlyBeAccessedByLayers("cli", "ui")
                .whereLayer("app").mayOnlyBeAccessedByLayers("report", "cli", "ui")
                .whereLayer("io").mayOnlyBeAccessedByLayers("app", "report", "cli", "ui")
                .whereLayer("plan").mayOnlyBeAccessedByLayers("app", "report", "cli", "ui")
                .whereLayer("cost").mayOnlyBeAccessedByLayers("plan", "io", "app", "report",
                        "cli", "ui")
                .whereLayer("sim").mayOnlyBeAccessedByLayers("cost", "io", "app", "report", "cli",
                        "ui")
                .whereLayer("analysis").mayOnlyBeAccessedByLayers("cost", "plan", "io", "app",
                        "report", "cli", "ui")
                .whereLayer("network").mayOnlyBeAccessedByLayers("analysis", "sim", "cost",
                        "plan", "io", "app", "report", "cli", "ui")
                .whereLayer("queueing").mayOnlyBeAccessedByLayers("network", "analysis", "sim",
                        "cost", "plan", "io", "app", "report", "cli", "ui")
                .allowEmptyShould(true)
                .check(classes);
    }

    /** Every package is a slice, so a cycle between {@code ui} and {@code ui.results} counts. */
    @Test
    void noPackageCycles() {
        slices().matching("dev.headroom.(**)").should().beFreeOfCycles().check(classes);
    }

    /** The front ends ask the application service; they never drive the engine themselves. */
    @Test
    void frontEndsDoNotCompileOrSolveModelsThemselves() {
        noClasses().that().resideInAnyPackage("dev.headroom.ui..", "dev.headroom.report..")
                .should().dependOnClassesThat().haveFullyQualifiedName(
                        "dev.headroom.network.NetworkCompiler")
                .orShould().dependOnClassesThat().haveFullyQualifiedName(
                        "dev.headroom.cost.Billing")
                .orShould().dependOnClassesThat().haveFullyQualifiedName(
                        "dev.headroom.analysis.BreakFinder")
                .check(classes);
    }

    @Test
    void analysisAndSimulatorNeverImportEachOther() {
        noClasses().that().resideInAPackage("dev.headroom.analysis..")
                .should().dependOnClassesThat().resideInAPackage("dev.headroom.sim..")
                .allowEmptyShould(true).check(classes);
        noClasses().that().resideInAPackage("dev.headroom.sim..")
                .should().dependOnClassesThat().resideInAPackage("dev.headroom.analysis..")
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void onlyTheUiTouchesJavaFx() {
        noClasses().that().resideOutsideOfPackages("dev.headroom.ui..", "dev.headroom")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..",
                        "atlantafx..")
                .check(classes);
    }

    @Test
    void onlyIoTouchesJackson() {
        noClasses().that().resideOutsideOfPackage("dev.headroom.io..")
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
                .check(classes);
    }

    @Test
    void theEngineNeverReadsFilesOrPrints() {
        noClasses().that().resideInAnyPackage("dev.headroom.model..", "dev.headroom.queueing..",
                        "dev.headroom.network..", "dev.headroom.analysis..", "dev.headroom.sim..")
                .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..")
                .check(classes);
    }
}
