package dev.headroom.ui.files;

import dev.headroom.model.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The questions file handling asks the user; tests answer them without windows. */
public interface Dialogs {
    enum Answer { SAVE, DISCARD, CANCEL }

    Optional<Path> chooseOpen(Path folder);

    Optional<Path> chooseSave(Path folder, String suggestedName);

    /** "Save changes to X before …?" */
    Answer askSaveChanges(String documentName);

    /** A file that could not be opened, with its problems (each naming its JSON path). */
    void showProblems(Path file, List<Problem> problems);

    boolean askRecover(Autosave.Recovery recovery);

    /** What to do with a file that changed on disk since it was opened or saved here. */
    enum Conflict { OVERWRITE, SAVE_AS, CANCEL }

    /** "X changed on disk since you opened it: overwrite it, save as, or cancel?" */
    default Conflict askChangedOnDisk(Path file) {
        return Conflict.CANCEL;
    }

    /**
     * "X cannot be replaced (why): save it under another name?"; true to choose another name.
     */
    default boolean askSaveAsInstead(Path file, String why) {
        error("Could not save " + file + ": " + why);
        return false;
    }

    void error(String message);

    /**
     * A file to export to (not a model): {@code extensions} without dots, the first the default,
     * e.g. {@code List.of("pdf", "html")}.
     */
    Optional<Path> chooseExport(Path folder, String title, String suggestedName,
            List<String> extensions);

    /** A folder to write several exported files into. */
    Optional<Path> chooseFolder(Path folder, String title);
}
