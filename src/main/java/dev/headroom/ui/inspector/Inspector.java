package dev.headroom.ui.inspector;

import dev.headroom.cost.CatalogLibrary;
import dev.headroom.model.Model;
import dev.headroom.model.Problem;
import dev.headroom.ui.document.DocumentViewModel;
import dev.headroom.ui.document.Results;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/**
 * The right-hand panel: the selected component or connection, or the model (traffic, classes,
 * SLO, growth, pricing) when nothing is selected; below it, the model's problems, each with its
 * JSON path.
 */
public final class Inspector extends ScrollPane {
    private final DocumentViewModel vm;
    private final Supplier<CatalogLibrary> catalogs;
    private final VBox content = new VBox(14);
    private final VBox problems = new VBox(4);
    private Form form;
    private String shownKey = "";

    public Inspector(DocumentViewModel vm) {
        this.vm = vm;
        this.catalogs = vm::catalogs;
        getStyleClass().add("inspector");
        setId("inspector");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        content.getStyleClass().add("inspector-content");
        problems.getStyleClass().add("problems");
        vm.selectedIds().addListener((javafx.collections.SetChangeListener<String>) c ->
                rebuild());
        vm.selectedConnectionProperty().addListener((o, a, b) -> rebuild());
        vm.modelProperty().addListener((o, a, b) -> onModel(a, b));
        vm.resultsProperty().addListener((o, a, r) -> {
            showProblems(r);
            // derived figures (servers per instance) arrive with the results of an edit
            if (form != null && r != null && (a == null || a.model() != r.model())) {
                form.refresh();
            }
        });
        setContent(content);
        // The form is built when the inspector first joins a scene, or by the first model or
        // selection before that: the app opens its first document before the window shows, and
        // building the untitled model's form first cost the first frame a second form.
        sceneProperty().addListener((o, was, now) -> {
            if (now != null && form == null) {
                rebuild();
            }
        });
        showProblems(vm.results());
    }

    private String key() {
        if (vm.selectedIds().size() == 1) {
            return "c:" + vm.selectedIds().iterator().next();
        }
        if (vm.selectedIds().size() > 1) {
            return "many";
        }
        int e = vm.selectedConnectionProperty().get();
        return e >= 0 ? "e:" + e : "model";
    }

    private void onModel(Model before, Model after) {
        // Rebuild when the shape of the form changes (classes, kinds, components), else refresh.
        boolean shape = before == null || !before.workload().classes().equals(
                after.workload().classes()) || before.components().size()
                != after.components().size() || !kinds(before).equals(kinds(after))
                || !perClassShape(before).equals(perClassShape(after));
        if (shape) {
            rebuild();
        } else if (form != null) {
            form.refresh();
        }
    }

    private static String kinds(Model m) {
        return m.components().stream().map(c -> c.id() + c.kind() + c.isAutoscaled())
                .toList().toString();
    }

    private static String perClassShape(Model m) {
        return m.components().stream().map(c -> c.serviceTimeMs().isUniform() + "/"
                + (c.threads() == null || c.threads().isUniform() ? "one pool"
                        : c.threads().byClass().keySet()))
                .toList().toString() + m.workload().arrivalRatePerSecond();
    }

    private void rebuild() {
        String k = key();
        shownKey = k;
        if (k.startsWith("c:")) {
            form = ComponentForm.build(vm, k.substring(2), catalogs);
        } else if (k.startsWith("e:")) {
            form = ConnectionForm.build(vm, Integer.parseInt(k.substring(2)));
        } else if (k.equals("many")) {
            form = new Form();
            form.section("Selection");
            form.note(vm.selectedIds().size() + " components selected. Press Delete to remove "
                    + "them, Ctrl+C to copy.");
        } else {
            form = ModelForm.build(vm, catalogs);
        }
        content.getChildren().setAll(form, problems);
    }

    private void showProblems(Results r) {
        problems.getChildren().clear();
        if (r == null) {
            return;
        }
        if (!r.problems().isEmpty()) {
            Label t = new Label("PROBLEMS");
            t.getStyleClass().add("section-title");
            problems.getChildren().add(t);
            for (Problem p : r.problems()) {
                Label l = new Label(p.toString());
                l.getStyleClass().add("problem");
                l.setWrapText(true);
                problems.getChildren().add(l);
            }
        }
        List<String> pricing = r.analysis().pricing().problems().stream()
                .map(Problem::toString).toList();
        if (!pricing.isEmpty() && r.problems().isEmpty()) {
            Label t = new Label("PRICING");
            t.getStyleClass().add("section-title");
            problems.getChildren().add(t);
            for (String p : pricing) {
                Label l = new Label(p);
                l.getStyleClass().add("problem-soft");
                l.setWrapText(true);
                problems.getChildren().add(l);
            }
        }
    }

    String shownKey() {
        return shownKey;
    }
}
