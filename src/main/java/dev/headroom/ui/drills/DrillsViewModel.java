package dev.headroom.ui.drills;

import dev.headroom.app.Analysis;
import dev.headroom.app.DrillOutcome;
import dev.headroom.app.DrillPolicy;
import dev.headroom.app.DrillRun;
import dev.headroom.app.DrillWords;
import dev.headroom.app.Drills;
import dev.headroom.app.LatestOnly;
import dev.headroom.model.Drill;
import dev.headroom.model.Model;
import dev.headroom.model.ModelException;
import dev.headroom.model.Problem;
import dev.headroom.sim.drill.DrillOptions;
import dev.headroom.ui.document.DocumentViewModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.SetChangeListener;

/**
 * The Drills workspace's state: which drill (the model's own, or a preset for the selected
 * component), under which one or two policy sets, and the outcomes. Drills run through the
 * application service ({@link Drills}), at the growth multiple on the slider; the replications of
 * both runs go on new threads, the
 * preparation on the given worker, and the answers come back on the UI executor. One run at a
 * time: {@link #run()} replaces a running one, {@link #cancel()} stops it. An edit of the model
 * after a run marks its outcomes stale rather than passing them off as current.
 */
public final class DrillsViewModel {
    /** Replications per policy set in the app: enough for the intervals, quick on a laptop. */
    public static final int REPLICATIONS = 3;
    private static final long POLL_MS = 100;
    private static final ScheduledExecutorService POLLER = poller();

    private static ScheduledExecutorService poller() {
        ScheduledThreadPoolExecutor p = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "headroom-ui-drill-progress");
            t.setDaemon(true);
            return t;
        });
        p.setKeepAliveTime(2, TimeUnit.SECONDS);
        p.allowCoreThreadTimeOut(true);
        p.setRemoveOnCancelPolicy(true);
        return p;
    }

    /** A drill to choose: one of the model's, or a preset (perhaps not available here). */
    public record Choice(String id, String title, Drill drill, String unavailable,
            boolean defined) {
        public boolean available() {
            return drill != null;
        }

        @Override
        public String toString() {
            return title;
        }
    }

    private record Input(Model model, Path file, String selected) {}

    private record Output(List<Choice> choices, String problem) {}

    private final DocumentViewModel doc;
    private final Executor worker;
    private final Executor ui;
    private final LatestOnly<Input, Output> lister;
    private final ObservableList<Choice> choices = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> choice = new SimpleObjectProperty<>();
    private final ObjectProperty<DrillPolicy> policyA =
            new SimpleObjectProperty<>(DrillPolicy.AS_MODELLED);
    private final ObjectProperty<DrillPolicy> policyB = new SimpleObjectProperty<>();
    /** The presets' component: an id, or null for the one selected on the canvas. */
    private final ObjectProperty<String> target = new SimpleObjectProperty<>();
    /** The components a preset may aim at: the model's ids, in file order. */
    private final ObservableList<String> targets = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<DrillOutcome> outcomeA = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<DrillOutcome> outcomeB = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper("");
    private final Executor replications;
    private Run current;
    private Model ranOn;

    /** One run: up to two drills and their polling. */
    private final class Run {
        final List<DrillRun> runs = new ArrayList<>();
        volatile boolean cancelled;
        volatile ScheduledFuture<?> poll;

        void stop() {
            cancelled = true;
            synchronized (runs) {
                runs.forEach(DrillRun::cancel);
            }
            ScheduledFuture<?> p = poll;
            if (p != null) {
                p.cancel(false);
            }
        }
    }

    /**
     * @param worker where choices are listed and drills prepared (never the FX thread)
     * @param ui where answers are delivered ({@code Platform::runLater}; tests: inline)
     * @param replications where replications run, or null for new threads per run
     */
    public DrillsViewModel(DocumentViewModel doc, Executor worker, Executor ui,
            Executor replications) {
        this.doc = doc;
        this.worker = worker;
        this.ui = ui;
        this.replications = replications;
        this.lister = new LatestOnly<>(worker, ui, this::list, this::showChoices);
        doc.modelProperty().addListener((o, a, b) -> {
            relist();
            stale.set(ranOn != null && !Objects.equals(ranOn, b));
        });
        doc.selectedIds().addListener((SetChangeListener<String>) c -> relist());
        target.addListener((o, a, b) -> relist());
        choice.addListener((o, a, b) -> description.set(b == null ? ""
                : b.available() ? DrillWords.describe(b.drill()) : b.unavailable()));
        relist();
    }

    /** Everything on the calling thread (tests and tools). */
    public static DrillsViewModel direct(DocumentViewModel doc) {
        return new DrillsViewModel(doc, Runnable::run, Runnable::run, Runnable::run);
    }

    private void relist() {
        Model m = doc.model();
        if (m != null) {
            List<String> ids = m.components().stream().map(c -> c.id()).toList();
            if (!targets.equals(ids)) {
                targets.setAll(ids);
            }
            if (target.get() != null && !ids.contains(target.get())) {
                target.set(null); // renamed or deleted: back to the canvas's selection
                return;
            }
            String sel = target.get() != null ? target.get()
                    : doc.selectedIds().isEmpty() ? null : doc.selectedIds().iterator().next();
            lister.request(new Input(m, doc.fileProperty().get(), sel));
        }
    }

    private Output list(Input in) {
        Analysis a = doc.service().analyze(in.model(), in.file());
        if (!a.solvable()) {
            List<Problem> ps = a.problems();
            return new Output(List.of(), "The model has " + ps.size() + " problem"
                    + (ps.size() == 1 ? "" : "s") + " (" + ps.get(0) + (ps.size() > 1
                            ? ", \u2026" : "") + "). Fix " + (ps.size() == 1 ? "it" : "them")
                    + " in the design to run drills.");
        }
        if (in.model().workload().isClosed()) {
            return new Output(List.of(), "Drills need an open workload (an arrival rate): a "
                    + "closed workload's users wait for their answers, so its traffic cannot be "
                    + "stepped.");
        }
        List<Choice> out = new ArrayList<>();
        for (Drill d : a.drills().defined()) {
            out.add(new Choice("model:" + d.name(), d.name(), d, null, true));
        }
        for (Drills.Preset p : a.drills().presets(in.selected())) {
            out.add(new Choice("preset:" + p.id(), p.title(), p.drill(), p.unavailable(),
                    false));
        }
        return new Output(out, null);
    }

    private void showChoices(Output out) {
        problem.set(out.problem());
        Choice was = choice.get();
        choices.setAll(out.choices());
        Choice keep = null;
        if (was != null) {
            keep = out.choices().stream().filter(c -> c.id().equals(was.id())).findFirst()
                    .orElse(null);
        }
        if (keep == null) {
            keep = out.choices().stream().filter(Choice::available).findFirst().orElse(null);
        }
        choice.set(keep);
        if (keep != null) {
            description.set(keep.available() ? DrillWords.describe(keep.drill())
                    : keep.unavailable());
        }
    }

    // ---- running ----------------------------------------------------------------------------

    /** Runs the chosen drill under policy A (and B when set), replacing any run under way. */
    public void run() {
        Choice c = choice.get();
        if (c == null || !c.available()) {
            status.set(c == null ? "Choose a drill first." : c.unavailable());
            return;
        }
        if (current != null) {
            current.stop();
        }
        Run run = new Run();
        current = run;
        Model m = doc.model();
        Path file = doc.fileProperty().get();
        DrillPolicy a = policyA.get();
        DrillPolicy b = policyB.get();
        double at = doc.multiplierProperty().get();
        running.set(true);
        progress.set(0);
        status.set("Preparing\u2026");
        worker.execute(() -> start(run, m, file, c.drill(), a, b, at));
    }

    private void start(Run run, Model m, Path file, Drill drill, DrillPolicy a, DrillPolicy b,
            double at) {
        List<DrillRun> started = new ArrayList<>();
        try {
            Analysis an = doc.service().analyze(m, file);
            Drills drills = an.drills();
            DrillOptions options = DrillOptions.defaults().withReplications(REPLICATIONS);
            for (DrillPolicy p : b == null ? List.of(a) : List.of(a, b)) {
                if (run.cancelled) {
                    return;
                }
                DrillRun r = replications == null ? drills.start(drill, p, at, options)
                        : drills.start(drill, p, at, options, replications);
                started.add(r);
                synchronized (run.runs) {
                    run.runs.add(r);
                }
            }
        } catch (ModelException e) {
            ui.execute(() -> failed(run, e.problems().get(0).toString()));
            return;
        } catch (RuntimeException e) {
            ui.execute(() -> failed(run, String.valueOf(e.getMessage())));
            return;
        }
        if (run.cancelled) {
            started.forEach(DrillRun::cancel);
            return;
        }
        ui.execute(() -> {
            if (current == run) {
                status.set("Drilling\u2026");
            }
        });
        if (replications == null) {
            run.poll = POLLER.scheduleAtFixedRate(() -> {
                double p = started.stream().mapToDouble(DrillRun::progress).average()
                        .orElse(0);
                ui.execute(() -> {
                    if (current == run && running.get()) {
                        progress.set(p);
                    }
                });
            }, POLL_MS, POLL_MS, TimeUnit.MILLISECONDS);
        }
        java.util.concurrent.CompletableFuture<?>[] all = started.stream()
                .map(DrillRun::outcome).toArray(java.util.concurrent.CompletableFuture[]::new);
        java.util.concurrent.CompletableFuture.allOf(all).whenComplete((x, e) -> {
            ScheduledFuture<?> p = run.poll;
            if (p != null) {
                p.cancel(false);
            }
            ui.execute(() -> finished(run, m, started, e));
        });
    }

    private void finished(Run run, Model m, List<DrillRun> started, Throwable e) {
        if (current != run) {
            return;
        }
        running.set(false);
        if (e != null) {
            Throwable c = e instanceof CompletionException ce && ce.getCause() != null
                    ? ce.getCause() : e;
            status.set(c instanceof CancellationException ? "Cancelled."
                    : "The drill failed: " + c.getMessage());
            return;
        }
        progress.set(1);
        outcomeA.set(started.get(0).join());
        outcomeB.set(started.size() > 1 ? started.get(1).join() : null);
        ranOn = m;
        stale.set(!Objects.equals(doc.model(), m));
        double secs = started.stream().mapToDouble(r -> r.join().result().elapsedSeconds())
                .max().orElse(0);
        DrillOutcome first = started.get(0).join();
        status.set(String.format(java.util.Locale.ROOT, "At %s: %d runs of each, %s simulated "
                + "in %.1f s.", dev.headroom.app.Format.times(first.result().multiplier()),
                REPLICATIONS, dev.headroom.app.Format.duration(first.drill().durationSeconds()),
                secs));
    }

    private void failed(Run run, String message) {
        if (current != run) {
            return;
        }
        running.set(false);
        status.set(message);
    }

    /** Stops the run under way; its outcomes are dropped. */
    public void cancel() {
        Run r = current;
        if (r != null && running.get()) {
            r.stop();
            running.set(false);
            status.set("Cancelled.");
        }
    }

    // ---- properties -------------------------------------------------------------------------

    public ObservableList<Choice> choices() {
        return FXCollections.unmodifiableObservableList(choices);
    }

    public ObjectProperty<Choice> choiceProperty() {
        return choice;
    }

    /** Chooses the drill or preset with this id ({@code model:NAME} or {@code preset:ID}). */
    public boolean choose(String id) {
        for (Choice c : choices) {
            if (c.id().equals(id)) {
                choice.set(c);
                return true;
            }
        }
        return false;
    }

    /** The component the presets aim at; null: the one selected on the canvas. */
    public ObjectProperty<String> targetProperty() {
        return target;
    }

    /** The components a preset may aim at. */
    public ObservableList<String> targets() {
        return targets;
    }

    /** The display name of a component of the open model (its id when it has none). */
    public String displayName(String id) {
        return doc.model() == null ? id : doc.model().component(id)
                .map(c -> c.displayName()).orElse(id);
    }

    public ObjectProperty<DrillPolicy> policyAProperty() {
        return policyA;
    }

    /** The second policy set, or null for a single run. */
    public ObjectProperty<DrillPolicy> policyBProperty() {
        return policyB;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Why no drill can run on this model, or null. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** What the chosen drill does, in words. */
    public ReadOnlyStringProperty descriptionProperty() {
        return description.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DrillOutcome> outcomeAProperty() {
        return outcomeA.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DrillOutcome> outcomeBProperty() {
        return outcomeB.getReadOnlyProperty();
    }

    /** The model changed since the outcomes were computed. */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }
}
