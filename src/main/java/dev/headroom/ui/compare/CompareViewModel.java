package dev.headroom.ui.compare;

import dev.headroom.app.Analysis;
import dev.headroom.app.Comparison;
import dev.headroom.app.Design;
import dev.headroom.app.LatestOnly;
import dev.headroom.io.ModelReader;
import dev.headroom.model.Model;
import dev.headroom.model.Problem;
import dev.headroom.report.ChartFiles;
import dev.headroom.report.Reports;
import dev.headroom.ui.document.DocumentViewModel;
import dev.headroom.ui.compare.DesignEntry.Source;
import dev.headroom.ui.files.Examples;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The compare workspace: an ordered list of two to four designs — the open document (live: it
 * follows every edit) plus models added from files or the bundled examples — and the engine's
 * {@link Design} of each with their {@link Comparison}, computed on a worker (only the newest
 * request is solved; stale ones are dropped) and handed back on the UI executor. Exports write
 * the report of the designs being compared. No JavaFX nodes here.
 */
public final class CompareViewModel {
    /** A one-line message for the user: what was refused, written or failed. */
    public record Message(String text, boolean error) {}

    private record Request(List<DesignEntry> entries, Model current, Path currentFile) {}

    /** "comparison pair 'before/after a cache'", "half of 'monolith vs services'". */
    private static final Pattern PAIR = Pattern.compile(
            "(?:comparison pair|half of) '([^'\\n]{3,60})'");

    private final DocumentViewModel doc;
    private final Executor worker;
    private final Executor ui;
    private final ObservableList<DesignEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<DesignEntry> entriesView =
            FXCollections.unmodifiableObservableList(entries);
    private final ReadOnlyObjectWrapper<CompareSnapshot> snapshot =
            new ReadOnlyObjectWrapper<>(CompareSnapshot.EMPTY);
    private final ReadOnlyObjectWrapper<Message> message = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<List<String>> pairs =
            new ReadOnlyObjectWrapper<>(List.of());
    private final LatestOnly<Request, CompareSnapshot> solving;
    private final javafx.beans.property.BooleanProperty active =
            new javafx.beans.property.SimpleBooleanProperty(true);
    private final javafx.beans.property.BooleanProperty byMonth =
            new javafx.beans.property.SimpleBooleanProperty();
    private boolean stale;
    private long nextId;
    // Listing the examples opens the jar: once, not on every edit.
    private List<String> bundled;
    private final java.util.Map<String, String> descriptions = new java.util.HashMap<>();

    private final CompareSolver solver;

    public CompareViewModel(DocumentViewModel doc, Executor worker, Executor ui) {
        this.doc = doc;
        this.worker = worker;
        this.ui = ui;
        this.solver = new CompareSolver(doc.service());
        this.solving = new LatestOnly<>(worker, ui,
                r -> solver.solve(r.entries(), r.current(), r.currentFile()), snapshot::set);
        entries.add(new DesignEntry(nextId++, Source.CURRENT, null, null));
        doc.openedProperty().addListener((o, a, b) -> message.set(null));
        doc.modelProperty().addListener((o, a, b) -> {
            if (a == null || b == null || !java.util.Objects.equals(a.description(),
                    b.description())) {
                updatePairs();
            }
            if (entries.stream().anyMatch(DesignEntry::live)) {
                recompute();
            }
        });
        active.addListener((o, was, now) -> {
            if (now && stale) {
                recompute();
            }
        });
        updatePairs();
        recompute();
    }

    /** A view-model that solves and exports on the calling thread (tests and tools). */
    public static CompareViewModel direct(DocumentViewModel doc) {
        return new CompareViewModel(doc, Runnable::run, Runnable::run);
    }

    // ---- the list ----------------------------------------------------------------------------

    /** Adds a model file; a file with problems is refused with a one-line message. */
    public boolean addFile(Path file) {
        String name = file.getFileName() == null ? file.toString()
                : file.getFileName().toString();
        String origin = file.toAbsolutePath().normalize().toString();
        if (!roomFor(name, origin)) {
            return false;
        }
        return add(Source.FILE, origin, name, ModelReader.read(file), file);
    }

    /** Adds a bundled example by its resource name, e.g. {@code monolith-postgres.json}. */
    public boolean addExample(String example) {
        if (!roomFor(Examples.title(example), example)) {
            return false;
        }
        Optional<ModelReader.Result> r = Examples.read(example);
        if (r.isEmpty()) {
            return refuse("There is no bundled example " + example + ".");
        }
        return add(Source.EXAMPLE, example, example, r.get(), null);
    }

    /**
     * Puts the plan of the open model beside it: "planned vs as drawn". The open model joins the
     * list too when it is not on it; a plan already on the list is replaced.
     */
    public boolean addPlanned(Model planned, String name) {
        entries.removeIf(e -> e.source() == Source.PLANNED);
        if (entries.stream().noneMatch(DesignEntry::live)) {
            if (entries.size() >= Comparison.MAX_DESIGNS) {
                return refuse(full());
            }
            entries.add(0, new DesignEntry(nextId++, Source.CURRENT, null, null));
        }
        if (entries.size() >= Comparison.MAX_DESIGNS) {
            return refuse("Cannot add the plan: " + full());
        }
        java.nio.file.Path file = doc.fileProperty().get();
        entries.add(new DesignEntry(nextId++, Source.PLANNED,
                file == null ? null : file.toString(), planned.withName(name)));
        message.set(null);
        updatePairs();
        recompute();
        return true;
    }

    /** Puts the open document back on the list (it can be removed like any other). */
    public boolean addCurrent() {
        if (entries.stream().anyMatch(DesignEntry::live)) {
            return refuse("The open model is already being compared.");
        }
        if (entries.size() >= Comparison.MAX_DESIGNS) {
            return refuse(full());
        }
        entries.add(0, new DesignEntry(nextId++, Source.CURRENT, null, null));
        message.set(null);
        recompute();
        return true;
    }

    public void remove(DesignEntry entry) {
        if (entries.remove(entry)) {
            message.set(null);
            updatePairs();
            recompute();
        }
    }

    public void remove(int index) {
        if (index >= 0 && index < entries.size()) {
            remove(entries.get(index));
        }
    }

    private boolean roomFor(String name, String origin) {
        if (entries.size() >= Comparison.MAX_DESIGNS) {
            return refuse("Cannot add " + name + ": " + full());
        }
        if (entries.stream().anyMatch(e -> origin.equals(e.origin()))) {
            return refuse(name + " is already being compared.");
        }
        return true;
    }

    private static String full() {
        return "compare holds at most " + Comparison.MAX_DESIGNS + " designs; remove one first.";
    }

    private boolean add(Source source, String origin, String name, ModelReader.Result r,
            Path file) {
        List<Problem> problems = new ArrayList<>(r.problems());
        if (problems.isEmpty() && r.model() != null) {
            // a design that cannot be priced is still compared, without money (its chip says why)
            problems.addAll(doc.service().analyze(r.model(), file).problems());
        }
        if (r.model() == null || !problems.isEmpty()) {
            return refuse("Cannot add " + name + ": " + CompareSolver.oneLine(problems));
        }
        entries.add(new DesignEntry(nextId++, source, origin, r.model()));
        message.set(null);
        updatePairs();
        recompute();
        return true;
    }

    private boolean refuse(String text) {
        message.set(new Message(text, true));
        return false;
    }

    /**
     * The bundled examples that share a comparison pair with the open model, not yet on the
     * list. The examples name their pairs in their descriptions ("the 'before' half of the
     * comparison pair 'before/after a cache'"); an example whose description names the same
     * pair is the other half. Descriptions name no files: a client reads them in the report.
     */
    private void updatePairs() {
        Model m = doc.model();
        String text = m == null || m.description() == null ? "" : m.description();
        if (bundled == null) {
            bundled = Examples.list();
        }
        Set<String> mine = pairNames(text);
        LinkedHashSet<String> out = new LinkedHashSet<>();
        if (!mine.isEmpty()) {
            for (String name : bundled) {
                String other = descriptionOf(name);
                if (other.equals(text) || entries.stream().anyMatch(e -> name.equals(e.origin()))) {
                    continue;
                }
                Set<String> shared = new HashSet<>(pairNames(other));
                shared.retainAll(mine);
                if (!shared.isEmpty()) {
                    out.add(name);
                }
            }
        }
        pairs.set(List.copyOf(out));
    }

    /**
     * The comparison pairs a description names: a quoted name with a slash or "vs" after
     * "comparison pair" or "half of".
     */
    static Set<String> pairNames(String description) {
        Set<String> out = new LinkedHashSet<>();
        Matcher x = PAIR.matcher(description == null ? "" : description);
        while (x.find()) {
            String name = x.group(1);
            if (name.contains("/") || name.contains(" vs ")) {
                out.add(name);
            }
        }
        return out;
    }

    private String descriptionOf(String example) {
        return descriptions.computeIfAbsent(example, n -> Examples.read(n)
                .map(r -> r.model() == null || r.model().description() == null ? ""
                        : r.model().description())
                .orElse(""));
    }

    // ---- solving -----------------------------------------------------------------------------

    /** Whether the comparison is shown; while it is not, edits only mark it stale. */
    public javafx.beans.property.BooleanProperty activeProperty() {
        return active;
    }

    private void recompute() {
        if (!active.get()) {
            stale = true;
            return;
        }
        stale = false;
        solving.request(new Request(List.copyOf(entries), doc.model(),
                doc.fileProperty().get()));
    }

    // ---- exports -----------------------------------------------------------------------------

    /**
     * Writes the report of the designs being compared (HTML or PDF by the extension) on the
     * worker, then says how it went.
     */
    public void exportReport(Path file) {
        if (Reports.formatOf(file).isEmpty()) {
            refuse("A report is .html or .pdf: " + file.getFileName());
            return;
        }
        List<Design> designs = snapshot.get().designs();
        if (designs.isEmpty()) {
            refuse("There is no design to report on.");
            return;
        }
        // branded with the open model's report settings
        dev.headroom.model.ReportSettings settings = doc.model().report();
        Path modelFile = doc.fileProperty().get();
        Path folder = modelFile == null ? null : modelFile.toAbsolutePath().getParent();
        export(() -> {
            try {
                Reports.write(designs, file, dev.headroom.report.Branding.of(settings, folder,
                        LocalDate.now()));
            } catch (dev.headroom.report.Branding.Problem e) {
                throw new java.io.IOException(e.getMessage(), e);
            }
            return "Report written to " + file;
        }, "Could not write the report");
    }

    /** Writes every figure of the report as PNG files into {@code dir} on the worker. */
    public void exportChartsPng(Path dir) {
        List<Design> designs = snapshot.get().designs();
        if (designs.isEmpty()) {
            refuse("There is no design to chart.");
            return;
        }
        export(() -> {
            int n = ChartFiles.write(designs, dir).size();
            return "Wrote " + n + " charts to " + dir;
        }, "Could not write the charts");
    }

    @FunctionalInterface
    private interface Job {
        String run() throws Exception;
    }

    private void export(Job job, String failure) {
        exporting.set(true);
        message.set(new Message("Writing…", false));
        worker.execute(() -> {
            Message m;
            try {
                m = new Message(job.run(), false);
            } catch (Exception e) {
                String why = dev.headroom.io.FileErrors.reason(e, null);
                m = new Message(failure + ": " + why.replaceAll("\\s*\\R\\s*", " "), true);
            }
            Message done = m;
            ui.execute(() -> {
                exporting.set(false);
                message.set(done);
            });
        });
    }

    /** A file name for the report of the current list, e.g. {@code shop-vs-shop.html}. */
    public String suggestedReportName(String extension) {
        List<String> parts = snapshot.get().compared().stream()
                .map(s -> slug(s.name())).filter(p -> !p.isEmpty()).limit(2).toList();
        String base = parts.isEmpty() ? "comparison" : String.join("-vs-", parts);
        return (base.length() > 60 ? base.substring(0, 60) : base) + "." + extension;
    }

    private static String slug(String name) {
        String s = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        return s.length() > 28 ? s.substring(0, 28).replaceAll("-$", "") : s;
    }

    // ---- properties --------------------------------------------------------------------------

    public ObservableList<DesignEntry> entries() {
        return entriesView;
    }

    /**
     * Whether the charts run along the months of a compared design's calendar
     * ({@link CompareAxis}) instead of growth multiples; ignored when no design has one.
     */
    public javafx.beans.property.BooleanProperty byMonthProperty() {
        return byMonth;
    }

    /** The month axis the charts show now, or empty along growth multiples. */
    public java.util.Optional<CompareAxis> axis() {
        return byMonth.get() ? CompareAxis.of(snapshot.get()) : java.util.Optional.empty();
    }

    public ReadOnlyObjectProperty<CompareSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public CompareSnapshot snapshot() {
        return snapshot.get();
    }

    public ReadOnlyObjectProperty<Message> messageProperty() {
        return message.getReadOnlyProperty();
    }

    public Message message() {
        return message.get();
    }

    public void clearMessage() {
        message.set(null);
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }

    /** Bundled examples the open model names as its comparison pair, not yet on the list. */
    public ReadOnlyObjectProperty<List<String>> pairsProperty() {
        return pairs.getReadOnlyProperty();
    }

    public boolean canAdd() {
        return entries.size() < Comparison.MAX_DESIGNS;
    }

    public DocumentViewModel document() {
        return doc;
    }

    /** Where file choosers start: the open document's folder, else the home folder. */
    public Path folder() {
        Path f = doc.fileProperty().get();
        if (f != null && f.toAbsolutePath().getParent() != null) {
            return f.toAbsolutePath().getParent();
        }
        return Path.of(System.getProperty("user.home"));
    }
}
