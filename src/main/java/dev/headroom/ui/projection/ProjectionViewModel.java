package dev.headroom.ui.projection;

import dev.headroom.app.Analysis;
import dev.headroom.app.Design;
import dev.headroom.app.Fixes;
import dev.headroom.app.Format;
import dev.headroom.app.LatestOnly;
import dev.headroom.app.Timeline;
import dev.headroom.app.Uncertainty;
import dev.headroom.io.AtomicFiles;
import dev.headroom.model.Growth;
import dev.headroom.model.Model;
import dev.headroom.model.Problem;
import dev.headroom.report.Reports;
import dev.headroom.report.SweepCsv;
import dev.headroom.ui.document.DocumentViewModel;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The projection of the open model over its growth range: the report's {@link Design} (sweep,
 * curves, bills, what breaks first and the fixes), recomputed on a worker whenever the model or
 * the range changes, newest request only. Also owns the exports of what it shows (the sweep as
 * CSV, the report as HTML or PDF) and the notice saying how the last one went.
 */
public final class ProjectionViewModel {
    /** The largest growth multiple a range may reach. */
    public static final double MAX_RANGE = 1000;

    /** How an export went, for the view's notification line. */
    public record Notice(boolean ok, String message) {}

    private record Input(Model model, Path file, Growth range) {}

    private record Output(Design design, String problem, String pricingNote,
            Timeline timeline) {}

    /** The draws of a design's ranges, with the design they were drawn for. */
    private record Drawn(Design design, Uncertainty.Result result) {}

    private final DocumentViewModel doc;
    private final Executor worker;
    private final Executor ui;
    private final LatestOnly<Input, Output> projector;
    private final LatestOnly<Design, Drawn> spreader;
    private final ReadOnlyObjectWrapper<Design> design = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Uncertainty.Result> spread = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper spreading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Timeline> timeline = new ReadOnlyObjectWrapper<>();
    private final javafx.beans.property.BooleanProperty byMonth =
            new javafx.beans.property.SimpleBooleanProperty();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper pricingNote = new ReadOnlyStringWrapper();
    private final ReadOnlyDoubleWrapper multiplier = new ReadOnlyDoubleWrapper();
    private final ReadOnlyObjectWrapper<Growth> rangeOverride = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper();
    private final javafx.beans.property.BooleanProperty active =
            new javafx.beans.property.SimpleBooleanProperty(true);
    private boolean stale;

    /**
     * @param worker where designs are computed and reports written (never the FX thread)
     * @param ui where results are delivered (the FX thread: {@code Platform::runLater})
     */
    public ProjectionViewModel(DocumentViewModel doc, Executor worker, Executor ui) {
        this(doc, worker, worker, ui);
    }

    /**
     * {@code drawer} makes the draws of the inputs' ranges (a second or so for 1,000 draws):
     * on a thread of their own, a new design is shown without waiting for the last one's draws.
     */
    public ProjectionViewModel(DocumentViewModel doc, Executor worker, Executor drawer,
            Executor ui) {
        this.doc = doc;
        this.worker = worker;
        this.ui = ui;
        this.projector = new LatestOnly<>(worker, ui, this::project, this::show);
        this.spreader = new LatestOnly<>(drawer, ui, ProjectionViewModel::spreadOf,
                this::showSpread);
        multiplier.bind(doc.multiplierProperty());
        doc.modelProperty().addListener((o, a, b) -> recompute());
        doc.fileProperty().addListener((o, a, b) -> recompute());
        // "Report written to …" belongs to the document it was written from
        doc.openedProperty().addListener((o, a, b) -> notice.set(null));
        rangeOverride.addListener((o, a, b) -> recompute());
        active.addListener((o, was, now) -> {
            if (now && stale) {
                recompute();
            }
        });
        recompute();
    }

    /** A view-model that computes and writes on the calling thread (tests and tools). */
    public static ProjectionViewModel direct(DocumentViewModel doc) {
        return new ProjectionViewModel(doc, Runnable::run, Runnable::run);
    }

    // ---- the projection ----------------------------------------------------------------------

    private void recompute() {
        Model m = doc.model();
        if (!active.get()) {
            stale = true; // a hidden projection is made when it is shown, not on every edit
            return;
        }
        stale = false;
        if (m != null) {
            projector.request(new Input(m, doc.fileProperty().get(), rangeOverride.get()));
        }
    }

    /** On the worker: the service's design of the model over the range, or why there is none. */
    private Output project(Input in) {
        Analysis a = doc.service().analyze(in.model(), in.file());
        List<Problem> problems = a.problems();
        if (!problems.isEmpty()) {
            return new Output(null, "The model has " + problems.size() + " problem"
                    + (problems.size() == 1 ? "" : "s") + " (" + problems.get(0)
                    + (problems.size() > 1 ? ", \u2026" : "") + "). Fix "
                    + (problems.size() == 1 ? "it" : "them") + " in the design to see the "
                    + "projection.", null, null);
        }
        Design d = a.design(in.range() == null ? in.model().growth() : in.range());
        String note = a.pricing().priced() ? null : "No bill: " + a.pricing().why() + ".";
        return new Output(d, null, note, a.timeline().orElse(null));
    }

    private void show(Output out) {
        problem.set(out.problem());
        pricingNote.set(out.pricingNote());
        timeline.set(out.timeline());
        if (out.timeline() == null) {
            byMonth.set(false);
        }
        spread.set(null);
        design.set(out.design());
        Design d = out.design();
        boolean ranged = d != null && Uncertainty.hasRanges(d.model());
        spreading.set(ranged);
        if (ranged) {
            spreader.request(d);
        }
    }

    /**
     * On the worker: the draws of the model's ranges over the design's curve (every chart's
     * band) with its breaks' ranges.
     */
    private static Drawn spreadOf(Design d) {
        double[] ms = d.curve().stream().mapToDouble(dev.headroom.app.Point::multiplier)
                .toArray();
        return new Drawn(d, d.analysis().uncertainty(ms, Uncertainty.DEFAULT_DRAWS));
    }

    private void showSpread(Drawn r) {
        // the draws of a design no longer shown are dropped: the newest are on their way
        if (r.design() != design.get()) {
            return;
        }
        spreading.set(false);
        spread.set(r.result());
    }

    /**
     * Applies a fix to the open model as one undoable step. Nothing happens when the model has
     * changed since the fix was solved (the projection is about to show the new one).
     */
    public void applyFix(Fixes.Option fix) {
        Design d = design.get();
        if (d == null) {
            return;
        }
        Model solvedFor = d.model();
        doc.apply("Apply fix: " + fix.title(), m -> m.equals(solvedFor) ? fix.applied() : null);
    }

    /**
     * Whether the projection is shown: while it is not, edits only mark it stale, and it is
     * made again when it is shown (a design with its fixes solves dozens of variants).
     */
    public javafx.beans.property.BooleanProperty activeProperty() {
        return active;
    }

    /** The growth range shown: the override when set, else the model's own. */
    public Growth range() {
        Growth g = rangeOverride.get();
        return g != null ? g : doc.model().growth();
    }

    /**
     * Shows the projection over {@code from} → {@code to} instead of the model's range, without
     * changing the model. Returns why the range is refused, if it is.
     */
    public Optional<String> setRange(double from, double to) {
        if (!(from > 0) || Double.isInfinite(from)) {
            return Optional.of("The range must start above 0x.");
        }
        if (!(to > from)) {
            return Optional.of("The range must end above its start.");
        }
        if (to > MAX_RANGE) {
            return Optional.of("The range can reach at most " + Format.number(MAX_RANGE) + "x.");
        }
        Growth own = doc.model().growth();
        rangeOverride.set(from == own.from() && to == own.to() ? null
                : new Growth(from, to, Math.max(own.steps(), 2)));
        return Optional.empty();
    }

    /** Back to the model's own growth range. */
    public void resetRange() {
        rangeOverride.set(null);
    }

    // ---- exports -----------------------------------------------------------------------------

    /** Writes the shown sweep with its bill as CSV ({@link SweepCsv}), atomically, on the worker. */
    public void exportCsv(Path file) {
        Design d = design.get();
        if (d == null) {
            notice(false, "Nothing to export: " + Optional.ofNullable(problem.get())
                    .orElse("the projection is not ready."));
            return;
        }
        exporting.set(true);
        worker.execute(() -> {
            Notice n;
            try {
                AtomicFiles.writeString(file, SweepCsv.csv(d));
                n = new Notice(true, "Sweep written to " + file);
            } catch (IOException | RuntimeException e) {
                n = new Notice(false, "Could not write " + file + ": "
                        + dev.headroom.io.FileErrors.reason(e, file));
            }
            Notice done = n;
            ui.execute(() -> {
                exporting.set(false);
                notice.set(done);
            });
        });
    }

    /**
     * Writes the client report of the shown design, HTML or PDF by the extension (a name without
     * either gets {@code .pdf}), on the worker; the notice says how it went.
     */
    public void exportReport(Path file) {
        Design d = design.get();
        if (d == null) {
            notice(false, "Nothing to export: " + Optional.ofNullable(problem.get())
                    .orElse("the projection is not ready."));
            return;
        }
        Path target = reportFile(file);
        exporting.set(true);
        LocalDate today = LocalDate.now();
        Path modelFile = doc.fileProperty().get();
        Path folder = modelFile == null ? null : modelFile.toAbsolutePath().getParent();
        worker.execute(() -> {
            Notice n;
            try {
                // the open model's report settings: client, preparer, date, logo, summary
                Reports.write(List.of(d), target, dev.headroom.report.Branding.of(
                        d.model().report(), folder, today));
                n = new Notice(true, "Report written to " + target);
            } catch (dev.headroom.report.Branding.Problem e) {
                n = new Notice(false, "Could not write the report: " + e.getMessage());
            } catch (IOException | RuntimeException e) {
                n = new Notice(false, "Could not write the report " + target + ": "
                        + dev.headroom.io.FileErrors.reason(e, target));
            }
            Notice done = n;
            ui.execute(() -> {
                exporting.set(false);
                notice.set(done);
            });
        });
    }

    static Path reportFile(Path file) {
        return Reports.formatOf(file).isPresent() ? file
                : file.resolveSibling(file.getFileName() + ".pdf");
    }

    void notice(boolean ok, String message) {
        notice.set(new Notice(ok, message));
    }

    public void dismissNotice() {
        notice.set(null);
    }

    /** The folder the file choosers start in: the model file's, if it has one. */
    public Path folder() {
        Path f = doc.fileProperty().get();
        return f == null ? null : f.toAbsolutePath().getParent();
    }

    /** A file name for an export of the shown model: its name made safe, and {@code ext}. */
    public String suggestedName(String suffix, String ext) {
        String base = doc.model().name().toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+)|(-+$)", "");
        if (base.length() > 48) {
            base = base.substring(0, 48).replaceAll("-+$", "");
        }
        return (base.isEmpty() ? "headroom" : base) + suffix + (ext.isEmpty() ? "" : "." + ext);
    }

    // ---- properties ---------------------------------------------------------------------------

    /** The engine's design over the shown range, or null while the model cannot be solved. */
    public ReadOnlyObjectProperty<Design> designProperty() {
        return design.getReadOnlyProperty();
    }

    public Design design() {
        return design.get();
    }

    /**
     * The draws of the shown design's ranges over its curve (the charts' bands, the breaks'
     * ranges), or null while they are made or when the model gives no range.
     */
    public ReadOnlyObjectProperty<Uncertainty.Result> spreadProperty() {
        return spread.getReadOnlyProperty();
    }

    /** True while the draws of the shown design's ranges are being made. */
    public ReadOnlyBooleanProperty spreadingProperty() {
        return spreading.getReadOnlyProperty();
    }

    /** The shown model month by month, or null without a calendar. */
    public ReadOnlyObjectProperty<Timeline> timelineProperty() {
        return timeline.getReadOnlyProperty();
    }

    /**
     * Whether the growth charts run along the months of the model's calendar instead of growth
     * multiples (false, and ignored, without a calendar).
     */
    public javafx.beans.property.BooleanProperty byMonthProperty() {
        return byMonth;
    }

    /** Why there is no design (the model's problems), or null. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Why the design has no bill, or null when it is priced. */
    public ReadOnlyStringProperty pricingNoteProperty() {
        return pricingNote.getReadOnlyProperty();
    }

    /** The growth multiple on the document's slider. */
    public ReadOnlyDoubleProperty multiplierProperty() {
        return multiplier.getReadOnlyProperty();
    }

    /** The range shown instead of the model's, or null. */
    public ReadOnlyObjectProperty<Growth> rangeOverrideProperty() {
        return rangeOverride.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** True while a report is being written. */
    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }

    public DocumentViewModel document() {
        return doc;
    }
}
