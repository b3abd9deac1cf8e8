package dev.headroom.ui.files;

import dev.headroom.model.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link Dialogs} as JavaFX file choosers and alerts over the main window. */
public final class FxDialogs implements Dialogs {
    private final Window owner;

    public FxDialogs(Window owner) {
        this.owner = owner;
    }

    private FileChooser chooser(Path folder) {
        FileChooser c = new FileChooser();
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("Headroom models",
                "*.json"));
        if (folder != null && Files.isDirectory(folder)) {
            c.setInitialDirectory(folder.toFile());
        }
        return c;
    }

    @Override
    public Optional<Path> chooseOpen(Path folder) {
        FileChooser c = chooser(folder);
        c.setTitle("Open model");
        return Optional.ofNullable(c.showOpenDialog(owner)).map(f -> f.toPath());
    }

    @Override
    public Optional<Path> chooseSave(Path folder, String suggestedName) {
        FileChooser c = chooser(folder);
        c.setTitle("Save model");
        c.setInitialFileName(suggestedName);
        return Optional.ofNullable(c.showSaveDialog(owner)).map(f -> f.toPath());
    }

    @Override
    public Answer askSaveChanges(String documentName) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "Your changes will be lost if you "
                + "don't save them.", save, discard, ButtonType.CANCEL);
        a.initOwner(owner);
        a.setHeaderText("Save changes to \u201c" + documentName + "\u201d?");
        ButtonType b = a.showAndWait().orElse(ButtonType.CANCEL);
        return b == save ? Answer.SAVE : b == discard ? Answer.DISCARD : Answer.CANCEL;
    }

    @Override
    public void showProblems(Path file, List<Problem> problems) {
        Alert a = new Alert(Alert.AlertType.ERROR);
        a.initOwner(owner);
        a.setHeaderText("Cannot open " + file.getFileName());
        a.setContentText("The file has " + problems.size() + " problem"
                + (problems.size() == 1 ? "" : "s") + ":");
        TextArea t = new TextArea(String.join("\n", problems.stream().map(Problem::toString)
                .toList()));
        t.setEditable(false);
        t.setWrapText(true);
        t.setPrefRowCount(Math.min(12, problems.size() + 1));
        a.getDialogPane().setExpandableContent(t);
        a.getDialogPane().setExpanded(true);
        a.showAndWait();
    }

    @Override
    public boolean askRecover(Autosave.Recovery r) {
        String when = DateTimeFormatter.ofPattern("d MMM HH:mm").format(
                r.when().toInstant().atZone(ZoneId.systemDefault()));
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "Headroom found unsaved changes to \u201c"
                + r.model().name() + "\u201d from " + when
                + (r.source() == null ? "" : " (" + r.source().getFileName() + ")")
                + ". Recover them?", ButtonType.YES, ButtonType.NO);
        a.initOwner(owner);
        a.setHeaderText("Recover unsaved work?");
        return a.showAndWait().orElse(ButtonType.NO) == ButtonType.YES;
    }

    @Override
    public Conflict askChangedOnDisk(Path file) {
        ButtonType overwrite = new ButtonType("Overwrite", ButtonBar.ButtonData.OTHER);
        ButtonType saveAs = new ButtonType("Save As\u2026", ButtonBar.ButtonData.YES);
        Alert a = new Alert(Alert.AlertType.WARNING, "Another program changed \u201c"
                + file.getFileName() + "\u201d after you opened it. Saving now replaces "
                + "those changes with yours.", saveAs, overwrite, ButtonType.CANCEL);
        a.initOwner(owner);
        a.setHeaderText("The file changed on disk");
        ButtonType b = a.showAndWait().orElse(ButtonType.CANCEL);
        return b == overwrite ? Conflict.OVERWRITE : b == saveAs ? Conflict.SAVE_AS
                : Conflict.CANCEL;
    }

    @Override
    public boolean askSaveAsInstead(Path file, String why) {
        ButtonType saveAs = new ButtonType("Save As\u2026", ButtonBar.ButtonData.YES);
        Alert a = new Alert(Alert.AlertType.WARNING, "\u201c" + file.getFileName()
                + "\u201d cannot be replaced: " + why + ". Your changes are still here.",
                saveAs, ButtonType.CANCEL);
        a.initOwner(owner);
        a.setHeaderText("Save under another name?");
        return a.showAndWait().orElse(ButtonType.CANCEL) == saveAs;
    }

    @Override
    public Optional<Path> chooseExport(Path folder, String title, String suggestedName,
            List<String> extensions) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        for (String ext : extensions) {
            c.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                    ext.toUpperCase(java.util.Locale.ROOT) + " files", "*." + ext));
        }
        if (folder != null && Files.isDirectory(folder)) {
            c.setInitialDirectory(folder.toFile());
        }
        c.setInitialFileName(suggestedName);
        return Optional.ofNullable(c.showSaveDialog(owner)).map(f -> f.toPath());
    }

    @Override
    public Optional<Path> chooseFolder(Path folder, String title) {
        DirectoryChooser c = new DirectoryChooser();
        c.setTitle(title);
        if (folder != null && Files.isDirectory(folder)) {
            c.setInitialDirectory(folder.toFile());
        }
        return Optional.ofNullable(c.showDialog(owner)).map(f -> f.toPath());
    }

    @Override
    public void error(String message) {
        Alert a = new Alert(Alert.AlertType.ERROR, message);
        a.initOwner(owner);
        a.showAndWait();
    }
}
