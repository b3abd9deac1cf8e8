package dev.headroom.ui.files;

import dev.headroom.io.ModelReader;
import dev.headroom.io.ModelWriter;
import dev.headroom.ui.document.DocumentViewModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/**
 * New, open, save, save as, examples, recent files, autosave and recovery for one document.
 * Every way of replacing the document asks first when there are unsaved changes.
 */
public final class FileActions {
    private final DocumentViewModel vm;
    private final Dialogs dialogs;
    private final RecentFiles recent;
    private final Autosave autosave;
    private final String session = UUID.randomUUID().toString().substring(0, 8);
    private String autosaveName;

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
        ModelReader.Result r = ModelReader.read(file);
        if (r.model() == null) {
            dialogs.showProblems(file, r.problems());
            return false;
        }
        // A model that reads but does not validate opens: its problems show in the inspector.
        dropAutosave();
        vm.open(r.model(), file);
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
        try {
            ModelWriter.save(vm.model(), file);
        } catch (IOException e) {
            dialogs.error("Could not save " + file + ": " + e.getMessage());
            return false;
        }
        dropAutosave();
        vm.markSaved(file);
        recent.add(file);
        return true;
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
        } catch (IOException e) {
            // The next tick tries again; the document itself is untouched.
        }
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
