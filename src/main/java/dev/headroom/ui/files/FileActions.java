package dev.headroom.ui.files;

import dev.headroom.io.FileErrors;
import dev.headroom.io.ModelReader;
import dev.headroom.io.ModelWriter;
import dev.headroom.ui.document.DocumentViewModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * New, open, save, save as, examples, recent files, autosave and recovery for one document.
 * Every way of replacing the document asks first when there are unsaved changes.
 *
 * <p>Nothing is lost without a question (docs/ui.md "Files"): opening a file that has an
 * autosave newer than itself (a crash) offers the autosave first; saving over a file that
 * changed on disk since it was opened or saved asks before overwriting; a read-only file is
 * never replaced, Save As is offered instead; and an autosave that fails says so in the window
 * until one succeeds.
 */
public final class FileActions {
    private static final System.Logger LOG = System.getLogger(FileActions.class.getName());

    private final DocumentViewModel vm;
    private final Dialogs dialogs;
    private final RecentFiles recent;
    private final Autosave autosave;
    private final String session = UUID.randomUUID().toString().substring(0, 8);
    private String autosaveName;
    /** A digest of the open file as it was read or last saved, or null (no file). */
    private byte[] diskStamp;
    private final ReadOnlyStringWrapper autosaveProblem = new ReadOnlyStringWrapper(this,
            "autosaveProblem", null);

    public FileActions(DocumentViewModel vm, Dialogs dialogs, RecentFiles recent,
            Autosave autosave) {
        this.vm = vm;
        this.dialogs = dialogs;
        this.recent = recent;
        this.autosave = autosave;
    }

    public void newDocument() {
        if (confirmDiscard()) {
            vm.open(DocumentViewModel.emptyModel(), null);
            diskStamp = null;
        }
    }

    public void open() {
        if (!confirmDiscard()) {
            return;
        }
        dialogs.chooseOpen(folder()).ifPresent(this::load);
    }

    /** Opens a file from a menu or the command line; asks about unsaved changes first. */
    public boolean openFile(Path file) {
        return confirmDiscard() && load(file);
    }

    private boolean load(Path file) {
        // A model that reads but does not validate opens: its problems show in the inspector.
        ModelReader.Result r = ModelReader.readForEditing(file);
        if (r.model() == null) {
            dialogs.showProblems(file, r.problems());
            return false;
        }
        dropAutosave();
        // work left by a crash: offered before anything can write over it
        Optional<Autosave.Recovery> crash = autosave.recoverableFor(file);
        String name = Autosave.nameFor(file, session);
        if (crash.isPresent() && dialogs.askRecover(crash.get())) {
            vm.openRecovered(crash.get().model(), file);
            autosaveName = name;
        } else {
            crash.ifPresent(c -> autosave.discard(name));
            vm.open(r.model(), file);
        }
        diskStamp = stamp(file);
        recent.add(file);
        return true;
    }

    public boolean openExample(String name) {
        if (!confirmDiscard()) {
            return false;
        }
        return Examples.read(name).map(r -> {
            if (r.model() == null) {
                dialogs.showProblems(Path.of(name), r.problems());
                return false;
            }
            dropAutosave();
            vm.open(r.model(), null);
            diskStamp = null;
            return true;
        }).orElse(false);
    }

    public boolean save() {
        Path f = vm.fileProperty().get();
        return f == null ? saveAs() : write(f);
    }

    public boolean saveAs() {
        String suggested = vm.model().name().replaceAll("[^A-Za-z0-9_-]+", "-")
                .replaceAll("^-|-$", "").toLowerCase(java.util.Locale.ROOT) + ".json";
        return dialogs.chooseSave(folder(), suggested).map(p -> write(
                p.toString().endsWith(".json") ? p : Path.of(p + ".json"))).orElse(false);
    }

    private boolean write(Path file) {
        if (file.equals(vm.fileProperty().get()) && changedOnDisk(file)) {
            switch (dialogs.askChangedOnDisk(file)) {
                case OVERWRITE -> { }
                case SAVE_AS -> {
                    return saveAs();
                }
                default -> {
                    return false;
                }
            }
        }
        try {
            ModelWriter.save(vm.model(), file);
        } catch (FileErrors.ReadOnlyFileException e) {
            return dialogs.askSaveAsInstead(file, FileErrors.reason(e, file)) && saveAs();
        } catch (IOException e) {
            dialogs.error("Could not save " + file + ": " + FileErrors.reason(e, file));
            return false;
        }
        dropAutosave();
        vm.markSaved(file);
        diskStamp = stamp(file);
        recent.add(file);
        return true;
    }

    /** Whether the file on disk is no longer what was opened or last saved here. */
    private boolean changedOnDisk(Path file) {
        if (diskStamp == null || !Files.exists(file)) {
            return false;
        }
        byte[] now = stamp(file);
        return now == null || !Arrays.equals(now, diskStamp);
    }

    /** A SHA-256 digest of the file's bytes, or null when it cannot be read. */
    static byte[] stamp(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[64 * 1024];
            for (int n; (n = in.read(buf)) > 0; ) {
                d.update(buf, 0, n);
            }
            return d.digest();
        } catch (IOException | NoSuchAlgorithmException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot read " + file
                    + " to notice changes made elsewhere", e);
            return null;
        }
    }

    /** True when the document may be replaced: it is clean, saved, or the user discards it. */
    public boolean confirmDiscard() {
        if (!vm.isDirty()) {
            return true;
        }
        return switch (dialogs.askSaveChanges(vm.model().name())) {
            case SAVE -> save();
            case DISCARD -> {
                dropAutosave();
                yield true;
            }
            case CANCEL -> false;
        };
    }

    /** Called every few seconds: writes the model aside while it has unsaved changes. */
    public void autosaveTick() {
        if (!vm.isDirty()) {
            return;
        }
        String name = Autosave.nameFor(vm.fileProperty().get(), session);
        if (autosaveName != null && !autosaveName.equals(name)) {
            autosave.discard(autosaveName);
        }
        autosaveName = name;
        try {
            autosave.write(name, vm.model(), vm.fileProperty().get());
            autosaveProblem.set(null);
        } catch (IOException | RuntimeException e) {
            // The next tick tries again; until one succeeds the window says so.
            LOG.log(System.Logger.Level.WARNING, "autosave failed", e);
            autosaveProblem.set("Autosave failed: " + FileErrors.reason(e,
                    autosave.folder().resolve(name + ".json")) + ". Your unsaved changes are "
                    + "only in this window: save them.");
        }
    }

    /**
     * Why the last autosave failed (one sentence for the window), or null while autosaves
     * succeed or none was needed.
     */
    public ReadOnlyStringProperty autosaveProblemProperty() {
        return autosaveProblem.getReadOnlyProperty();
    }

    /** On start: offers the newest recoverable autosave; true when one was opened. */
    public boolean offerRecovery() {
        List<Autosave.Recovery> rs = autosave.recoverable();
        if (rs.isEmpty()) {
            return false;
        }
        Autosave.Recovery r = rs.get(0);
        String name = r.autosave().getFileName().toString().replaceAll("\\.json$", "");
        if (!dialogs.askRecover(r)) {
            autosave.discard(name);
            return false;
        }
        vm.openRecovered(r.model(), r.source());
        autosaveName = name;
        diskStamp = r.source() != null && Files.isRegularFile(r.source()) ? stamp(r.source())
                : null;
        return true;
    }

    public void onExit() {
        if (!vm.isDirty()) {
            dropAutosave();
        }
    }

    private void dropAutosave() {
        if (autosaveName != null) {
            autosave.discard(autosaveName);
            autosaveName = null;
        }
        autosaveProblem.set(null);
    }

    private Path folder() {
        Path f = vm.fileProperty().get();
        if (f != null && f.toAbsolutePath().getParent() != null) {
            return f.toAbsolutePath().getParent();
        }
        return Path.of(System.getProperty("user.home"));
    }

    public RecentFiles recent() {
        return recent;
    }
}
