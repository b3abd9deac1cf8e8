package dev.headroom.ui.plan;

import dev.headroom.app.Analysis;
import dev.headroom.app.Format;
import dev.headroom.app.LatestOnly;
import dev.headroom.app.Planning;
import dev.headroom.model.Model;
import dev.headroom.model.Problem;
import dev.headroom.ui.document.DocumentViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The plan of the open model (docs/planner.md): the cheapest sizing that meets its SLO at every
 * step of its growth range, the frontier of cost against latency at the chosen step, and
 * "apply this plan" as one undoable edit. Planned on a worker whenever the model, the step or
 * the structural switch changes, newest request only; nothing is planned until the workspace
 * is first shown ({@link #activeProperty()}), and while it is hidden an edit only marks it
 * stale.
 */
public final class PlanViewModel {
    /** What the view shows: every step, the chosen one and its frontier, or why there is none. */
    public record Shown(Model model, List<Planning.Step> steps, Planning.Step step,
            List<Planning.FrontierPoint> frontier, String problem) {}

    private record Input(Model model, Path file, boolean structural, Double at) {}

    private final DocumentViewModel doc;
    private final LatestOnly<Input, Shown> planner;
    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper planning = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper();
    private final BooleanProperty structural = new SimpleBooleanProperty();
    private final ObjectProperty<Double> at = new SimpleObjectProperty<>();
    private final BooleanProperty active = new SimpleBooleanProperty();
    private boolean stale = true;
    /** The steps of the last model planned: choosing another step only makes its frontier. */
    private Input lastKey;
    private List<Planning.Step> lastSteps;

    /**
     * @param worker where plans are made (never the FX thread)
     * @param ui where they are delivered (the FX thread)
     */
    public PlanViewModel(DocumentViewModel doc, Executor worker, Executor ui) {
        this.doc = doc;
        this.planner = new LatestOnly<>(worker, ui, this::plan, this::show);
        doc.modelProperty().addListener((o, a, b) -> recompute());
        doc.fileProperty().addListener((o, a, b) -> recompute());
        structural.addListener((o, a, b) -> recompute());
        at.addListener((o, a, b) -> recompute());
        active.addListener((o, was, now) -> {
            if (now && stale) {
                recompute();
            }
        });
    }

    /** A view-model that plans on the calling thread, active from the start (tests, tools). */
    public static PlanViewModel direct(DocumentViewModel doc) {
        PlanViewModel vm = new PlanViewModel(doc, Runnable::run, Runnable::run);
        vm.active.set(true);
        return vm;
    }

    private void recompute() {
        Model m = doc.model();
        if (!active.get()) {
            stale = true;
            return;
        }
        stale = false;
        if (m != null) {
            planning.set(true);
            planner.request(new Input(m, doc.fileProperty().get(), structural.get(), at.get()));
        }
    }

    /** On the worker: the plan at every step, the chosen step and its frontier. */
    private Shown plan(Input in) {
        Analysis a = doc.service().analyze(in.model(), in.file());
        if (!a.problems().isEmpty()) {
            Problem p = a.problems().get(0);
            return new Shown(in.model(), List.of(), null, List.of(), "The model has "
                    + a.problems().size() + " problem" + (a.problems().size() == 1 ? "" : "s")
                    + " (" + p + "). Fix them in the design to see the plan.");
        }
        if (!a.planner().problems().isEmpty()) {
            return new Shown(in.model(), List.of(), null, List.of(), "No plan: "
                    + a.planner().problems().get(0) + ".");
        }
        if (!a.pricing().priced()) {
            return new Shown(in.model(), List.of(), null, List.of(), "No plan: the planner "
                    + "lowers the bill, and this model has none (" + a.pricing().why() + ").");
        }
        List<Planning.Step> steps;
        Input key = new Input(in.model(), in.file(), in.structural(), null);
        synchronized (this) {
            steps = key.equals(lastKey) ? lastSteps : null;
        }
        if (steps == null) {
            steps = a.planSteps(in.model().growth(), in.structural());
            synchronized (this) {
                lastKey = key;
                lastSteps = steps;
            }
        }
        Planning.Step step = steps.get(steps.size() - 1);
        if (in.at() != null) {
            for (Planning.Step s : steps) {
                if (Math.abs(s.multiplier() - in.at()) < Math.abs(step.multiplier() - in.at())) {
                    step = s;
                }
            }
        }
        return new Shown(in.model(), steps, step, a.frontier(step), null);
    }

    private void show(Shown s) {
        planning.set(false);
        shown.set(s);
    }

    /**
     * Applies the plan of the chosen step to the model, as one undoable edit; says so in the
     * notice. Nothing happens when the model changed since it was planned.
     */
    public void apply() {
        Shown s = shown.get();
        if (s == null || s.step() == null || !s.step().feasible()) {
            return;
        }
        Model planned = s.step().planned();
        Model solvedFor = s.model();
        String label = "Apply the plan at " + Format.times(s.step().multiplier());
        doc.apply(label, m -> m.equals(solvedFor) ? planned : null);
        if (doc.model().equals(planned)) {
            notice.set("Applied the plan at " + Format.times(s.step().multiplier()) + ": "
                    + s.step().changes().size() + " change" + (s.step().changes().size() == 1
                            ? "" : "s") + (s.step().structure().isEmpty() ? ""
                                    : " and " + s.step().structure().size() + " structural")
                    + ". Undo takes it back.");
        }
    }

    public ReadOnlyObjectProperty<Shown> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public Shown shown() {
        return shown.get();
    }

    /** True while a plan is being made. */
    public ReadOnlyBooleanProperty planningProperty() {
        return planning.getReadOnlyProperty();
    }

    /** What the last "apply" did, or null. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Whether read replicas and caches in front of databases may be added. */
    public BooleanProperty structuralProperty() {
        return structural;
    }

    /** The growth step to detail (the nearest step of the range), or null for its end. */
    public ObjectProperty<Double> atProperty() {
        return at;
    }

    /** Whether the workspace is shown; while it is not, edits only mark the plan stale. */
    public BooleanProperty activeProperty() {
        return active;
    }
}
