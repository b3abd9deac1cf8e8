package dev.headroom.ui.simulate;

import dev.headroom.app.Analysis;
import dev.headroom.analysis.Solution;
import dev.headroom.model.Layout;
import dev.headroom.model.Model;
import dev.headroom.model.Problem;
import dev.headroom.sim.SimJob;
import dev.headroom.sim.SimOptions;
import dev.headroom.sim.SimResult;
import dev.headroom.sim.Simulator;
import dev.headroom.sim.UnstableModelException;
import dev.headroom.ui.document.DocumentViewModel;
import dev.headroom.app.Format;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
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

/**
 * Simulates the document's model at its current growth multiple and sets the result beside the
 * analytic solution of the same model at the same multiple. One run at a time: {@link #run()}
 * replaces a running one, {@link #cancel()} stops it within a few thousand events per thread.
 * Everything heavy (compiling, the stability check, the analytic solve, the replications) runs
 * off the FX thread; answers come back on the UI executor and only the newest run's count.
 *
 * <p>After a run, an edit to the model (other than moving cards, renaming or repricing) or a move
 * of the growth slider marks the results stale ({@link #staleProperty()}) instead of passing them
 * off as current; undoing back to the simulated model makes them current again.
 */
public final class SimulationViewModel {
    /** Where a run stands. */
    public enum State { IDLE, RUNNING, DONE, CANCELLED, FAILED }

    private static final long POLL_MS = 100;
    /** Reads the running job's progress; its one thread ends when no run needs it. */
    private static final ScheduledExecutorService POLLER = poller();

    private static ScheduledExecutorService poller() {
        ScheduledThreadPoolExecutor p = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "headroom-ui-sim-progress");
            t.setDaemon(true);
            return t;
        });
        p.setKeepAliveTime(2, TimeUnit.SECONDS);
        p.allowCoreThreadTimeOut(true);
        p.setRemoveOnCancelPolicy(true);
        return p;
    }

    private final DocumentViewModel doc;
    private final Executor replications;
    private final Executor ui;

    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.IDLE);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper stale = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<Double> multiplier = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<SimOptions> runOptions = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<SimResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Solution> analytic = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<SimOptions> options =
            new SimpleObjectProperty<>(Preset.STANDARD.options());
    private final ObservableList<ClassRow> classRows = FXCollections.observableArrayList();
    private final ObservableList<ComponentRow> componentRows = FXCollections.observableArrayList();
    private final ObservableList<ClassRow> classView =
            FXCollections.unmodifiableObservableList(classRows);
    private final ObservableList<ComponentRow> componentView =
            FXCollections.unmodifiableObservableList(componentRows);

    private Run current;
    private Model simulatedModel;

    /** One run: what it simulates, and its job once started. */
    private static final class Run {
        final Model model;
        final java.nio.file.Path file;
        final double multiplier;
        final SimOptions options;
        volatile boolean cancelled;
        volatile SimJob job;
        volatile ScheduledFuture<?> poll;

        Run(Model model, java.nio.file.Path file, double multiplier, SimOptions options) {
            this.model = model;
            this.file = file;
            this.multiplier = multiplier;
            this.options = options;
        }

        void stop() {
            cancelled = true;
            SimJob j = job;
            if (j != null) {
                j.cancel();
            }
            stopPolling();
        }

        void stopPolling() {
            ScheduledFuture<?> p = poll;
            if (p != null) {
                p.cancel(false);
            }
        }
    }

    /** Replications on new threads, one per core, for each run; answers on the FX thread. */
    public SimulationViewModel(DocumentViewModel doc) {
        this(doc, null, Platform::runLater);
    }

    /**
     * @param replications runs the replications (one task each) and the preparation before
     *     them; give it several threads, not the live solver's single worker, or null for new
     *     threads (one per core) for each run. {@code Runnable::run} runs everything inline.
     * @param ui delivers answers: {@code Platform::runLater} in the app, {@code Runnable::run}
     *     in tests
     */
    public SimulationViewModel(DocumentViewModel doc, Executor replications, Executor ui) {
        this.doc = Objects.requireNonNull(doc);
        this.replications = replications;
        this.ui = Objects.requireNonNull(ui);
        state.addListener((o, a, b) -> running.set(b == State.RUNNING));
        doc.modelProperty().addListener((o, a, b) -> updateStale());
        doc.multiplierProperty().addListener((o, a, b) -> updateStale());
    }

    // ---- commands --------------------------------------------------------------------------

    /** Simulates the current model at the current multiple, replacing any run in progress. */
    public void run() {
        if (current != null) {
            current.stop();
        }
        Run r = new Run(doc.model(), doc.fileProperty().get(), doc.multiplierProperty().get(),
                options.get());
        current = r;
        simulatedModel = r.model;
        result.set(null);
        analytic.set(null);
        classRows.clear();
        componentRows.clear();
        multiplier.set(r.multiplier);
        runOptions.set(r.options);
        message.set(null);
        progress.set(0);
        state.set(State.RUNNING);
        updateStale();
        if (replications == null) {
            Thread t = new Thread(() -> prepare(r), "headroom-ui-sim-start");
            t.setDaemon(true);
            t.start();
        } else {
            replications.execute(() -> prepare(r));
        }
    }

    /** Stops the run in progress, if any; the results of the last finished run are gone. */
    public void cancel() {
        Run r = current;
        if (r == null || state.get() != State.RUNNING) {
            return;
        }
        r.stop();
        current = null;
        state.set(State.CANCELLED);
    }

    // ---- the run, off the FX thread --------------------------------------------------------

    private void prepare(Run r) {
        if (r.cancelled) {
            return;
        }
        Solution a;
        SimJob job;
        try {
            Analysis analysis = doc.service().analyze(r.model, r.file);
            List<Problem> problems = analysis.problems();
            if (!problems.isEmpty()) {
                fail(r, "Fix the model first: " + problems.get(0)
                        + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)"
                                : ""));
                return;
            }
            Simulator sim = new Simulator(analysis.network(), r.multiplier, r.options);
            a = analysis.at(r.multiplier).solution();
            if (r.cancelled) {
                return;
            }
            r.poll = POLLER.scheduleAtFixedRate(() -> poll(r), POLL_MS, POLL_MS,
                    TimeUnit.MILLISECONDS);
            job = replications == null ? sim.start() : sim.start(replications);
        } catch (UnstableModelException e) {
            // The simulator's own sentence, e.g. "emails would be 225% busy at 3x: the
            // simulation would never reach a steady state".
            fail(r, "Not simulated \u2014 " + oneLine(e) + ".");
            return;
        } catch (RuntimeException e) {
            fail(r, "Cannot simulate: " + oneLine(e));
            return;
        }
        r.job = job;
        if (r.cancelled) {
            job.cancel();
            r.stopPolling();
        }
        Solution solved = a;
        job.result().whenComplete((res, err) -> ui.execute(() -> finish(r, solved, res, err)));
    }

    private void poll(Run r) {
        SimJob j = r.job;
        if (j == null) {
            return;
        }
        double p = j.progress();
        ui.execute(() -> {
            if (r == current && state.get() == State.RUNNING) {
                progress.set(p);
            }
        });
    }

    private void fail(Run r, String why) {
        r.stopPolling();
        ui.execute(() -> {
            if (r == current) {
                current = null;
                message.set(why);
                state.set(State.FAILED);
            }
        });
    }

    private void finish(Run r, Solution a, SimResult res, Throwable err) {
        r.stopPolling();
        if (r != current) {
            return;
        }
        current = null;
        if (err == null) {
            classRows.setAll(Rows.classes(a, res));
            componentRows.setAll(Rows.components(a, res));
            analytic.set(a);
            result.set(res);
            progress.set(1);
            state.set(State.DONE);
            return;
        }
        Throwable c = err instanceof CompletionException && err.getCause() != null
                ? err.getCause() : err;
        if (c instanceof CancellationException || r.cancelled) {
            state.set(State.CANCELLED);
        } else {
            message.set("The simulation failed: " + oneLine(c));
            state.set(State.FAILED);
        }
    }

    // ---- staleness -------------------------------------------------------------------------

    private void updateStale() {
        Double x = multiplier.get();
        if (simulatedModel == null || x == null) {
            stale.set(null);
        } else if (!sameForSimulation(simulatedModel, doc.model())) {
            stale.set("Simulated at " + Format.times(x) + " before your last edit");
        } else if (x != doc.multiplierProperty().get()) {
            stale.set("Simulated at " + Format.times(x) + "; the growth slider is now at "
                    + Format.times(doc.multiplierProperty().get()));
        } else {
            stale.set(null);
        }
    }

    /** Equal apart from what a simulation never reads: the layout, the name, the pricing. */
    static boolean sameForSimulation(Model a, Model b) {
        if (a == b) {
            return true;
        }
        return neutral(a).equals(neutral(b));
    }

    private static Model neutral(Model m) {
        return m.withLayout(Layout.EMPTY).withName("").withDescription(null).withPricing(null);
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            m = e.getClass().getSimpleName();
        }
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    // ---- properties ------------------------------------------------------------------------

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public State state() {
        return state.get();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Share of the run's requests completed, 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Why the last run failed, one line; null otherwise. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Why the shown (or running) simulation no longer matches the document; null when it does. */
    public ReadOnlyStringProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    /** The growth multiple of the last run started, or null before the first. */
    public ReadOnlyObjectProperty<Double> multiplierProperty() {
        return multiplier.getReadOnlyProperty();
    }

    /** The options of the last run started, or null before the first. */
    public ReadOnlyObjectProperty<SimOptions> runOptionsProperty() {
        return runOptions.getReadOnlyProperty();
    }

    /** The simulator's result of the last finished run; null while running or after failure. */
    public ReadOnlyObjectProperty<SimResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** The analytic solution the result is compared with (same model, same multiple). */
    public ReadOnlyObjectProperty<Solution> analyticProperty() {
        return analytic.getReadOnlyProperty();
    }

    /** Run lengths and seed for the next run. */
    public ObjectProperty<SimOptions> optionsProperty() {
        return options;
    }

    public ObservableList<ClassRow> classRows() {
        return classView;
    }

    public ObservableList<ComponentRow> componentRows() {
        return componentView;
    }

    public DocumentViewModel document() {
        return doc;
    }
}
