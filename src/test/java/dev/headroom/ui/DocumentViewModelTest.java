package dev.headroom.ui;

import dev.headroom.ui.document.DocumentViewModel;
import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.model.Component;
import dev.headroom.model.Connection;
import dev.headroom.model.Kind;
import dev.headroom.model.Layout.Position;
import dev.headroom.model.Model;
import dev.headroom.model.PerClass;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DocumentViewModelTest {
    final DocumentViewModel vm = DocumentViewModel.direct(dev.headroom.Fixtures.service());

    @Test
    void addedComponentIsSelectedSnappedAndSolved() {
        String id = vm.addComponent(Kind.SERVICE, 33, 47);
        assertThat(vm.selectedIds()).containsExactly(id);
        assertThat(vm.model().layout().nodes().get(id)).isEqualTo(new Position(40, 40));
        assertThat(vm.results().solved()).isTrue();
        assertThat(vm.results().station(id)).isPresent();
        assertThat(vm.isDirty()).isTrue();
    }

    @Test
    void secondComponentOfAKindGetsAFreshId() {
        assertThat(vm.addComponent(Kind.DATABASE, 0, 0)).isEqualTo("database");
        assertThat(vm.addComponent(Kind.DATABASE, 0, 200)).isEqualTo("database-2");
    }

    @Test
    void connectingFromACacheCallsOnMiss() {
        String cache = vm.addComponent(Kind.CACHE, 0, 0);
        String db = vm.addComponent(Kind.DATABASE, 300, 0);
        assertThat(vm.connect(cache, db)).isTrue();
        assertThat(vm.connect(cache, db)).as("no duplicate").isFalse();
        assertThat(vm.connect(db, db)).as("no self loop").isFalse();
        Connection c = vm.model().connections().get(0);
        assertThat(c.onMiss()).isTrue();
        assertThat(vm.selectedConnectionProperty().get()).isZero();
    }

    @Test
    void undoBackToTheSavedModelIsClean() {
        vm.open(TestModels.shop(), null);
        Model saved = vm.model();
        vm.updateComponent("primary", "Set instances", c -> c.withInstances(3));
        assertThat(vm.isDirty()).isTrue();
        vm.undo();
        assertThat(vm.model()).isEqualTo(saved);
        assertThat(vm.isDirty()).isFalse();
        vm.redo();
        assertThat(vm.model().component("primary").orElseThrow().instances()).isEqualTo(3);
        assertThat(vm.isDirty()).isTrue();
    }

    @Test
    void editThatChangesNothingIsNotRecorded() {
        vm.open(TestModels.shop(), null);
        vm.updateComponent("primary", "Set instances", c -> c);
        assertThat(vm.undoStack().canUndoProperty().get()).isFalse();
    }

    @Test
    void deletingAComponentRemovesItsConnectionsAndPosition() {
        vm.open(TestModels.shop(), null);
        vm.select("cache");
        vm.deleteSelection();
        Model m = vm.model();
        assertThat(m.component("cache")).isEmpty();
        assertThat(m.connections()).noneMatch(c -> c.from().equals("cache")
                || c.to().equals("cache"));
        assertThat(m.layout().nodes()).doesNotContainKey("cache");
        vm.undo();
        assertThat(vm.model().component("cache")).isPresent();
    }

    @Test
    void pasteGivesFreshIdsAndKeepsConnectionsAmongTheCopies() {
        String a = vm.addComponent(Kind.SERVICE, 0, 0);
        String b = vm.addComponent(Kind.DATABASE, 300, 0);
        vm.connect(a, b);
        vm.selectAll(Set.of(a, b));
        vm.copySelection();
        vm.paste();
        assertThat(vm.model().components()).hasSize(4);
        assertThat(vm.selectedIds()).containsExactlyInAnyOrder("service-2", "database-2");
        assertThat(vm.model().connections()).extracting(Connection::from)
                .containsExactly("service", "service-2");
        assertThat(vm.model().layout().nodes().get("service-2")).isEqualTo(new Position(40, 40));
    }

    @Test
    void changingAnIdIsCarriedToConnectionsClassesAndLayout() {
        vm.open(TestModels.shop(), null);
        vm.updateComponent("lb", "Change id", c -> c.withId("edge"));
        Model m = vm.model();
        assertThat(m.connections()).anyMatch(c -> c.from().equals("edge"));
        assertThat(m.workload().classes()).allMatch(r -> r.entry().equals("edge"));
        assertThat(m.layout().nodes()).containsKey("edge").doesNotContainKey("lb");
        assertThat(vm.results().solved()).isTrue();
    }

    @Test
    void movingSeveralComponentsIsOneUndoStep() {
        vm.open(TestModels.shop(), null);
        vm.move(Map.of("primary", new Position(401, 399), "cache", new Position(10, 10)));
        assertThat(vm.model().layout().nodes().get("primary")).isEqualTo(new Position(400, 400));
        assertThat(vm.undoStack().size()).isEqualTo(1);
        vm.undo();
        assertThat(vm.isDirty()).isFalse();
    }

    @Test
    void growthMultiplierResolvesWithMoreLoad() {
        vm.open(TestModels.shop(), null);
        double before = vm.results().station("primary").orElseThrow().utilization();
        vm.multiplierProperty().set(4);
        assertThat(vm.results().multiplier()).isEqualTo(4);
        assertThat(vm.results().station("primary").orElseThrow().utilization())
                .isGreaterThan(3.9 * before);
        assertThat(vm.undoStack().canUndoProperty().get()).as("not a model edit").isFalse();
    }

    @Test
    void invalidModelReportsProblemsWithPathsInsteadOfResults() {
        vm.open(TestModels.shop(), null);
        vm.updateComponent("cache", "Set hit ratio", c -> c.withHitRatio(1.5));
        assertThat(vm.results().solved()).isFalse();
        assertThat(vm.results().problems()).anyMatch(p -> p.path().endsWith(".hitRatio"));
    }

    @Test
    void pricedModelHasAMonthlyBill() {
        vm.open(TestModels.shop(), null);
        assertThat(vm.results().bill()).isNotNull();
        assertThat(vm.results().bill().totalUsd()).isPositive();
    }

    @Test
    void withoutCatalogsTheBillIsUnavailableNotInvented() {
        DocumentViewModel none = DocumentViewModel.direct(dev.headroom.Fixtures.unpriced());
        none.open(TestModels.shop(), null);
        assertThat(none.results().bill()).isNull();
        assertThat(none.results().whyNoBill()).startsWith("cannot price: pricing: unknown "
                + "pricing catalog");
    }

    @Test
    void perClassServiceTimeEditKeepsTheOtherClasses() {
        vm.open(TestModels.shop(), null);
        vm.updateComponent("app", "Set service time", c -> {
            var m = new java.util.LinkedHashMap<>(c.serviceTimeMs().byClass());
            m.put("browse", 30.0);
            return c.withServiceTimeMs(PerClass.of(m));
        });
        Component app = vm.model().component("app").orElseThrow();
        assertThat(app.serviceTimeMs().get("browse")).isEqualTo(30.0);
        assertThat(app.serviceTimeMs().get("checkout")).isEqualTo(60.0);
    }
}
