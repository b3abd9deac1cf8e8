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

    /** Where to write a report: an .html or .pdf file (by default the model save chooser). */
    default Optional<Path> chooseReport(Path folder, String suggestedName) {
        return chooseSave(folder, suggestedName);
    }

    /** A folder to write files into (charts as PNG); empty when cancelled. */
    default Optional<Path> chooseFolder(Path folder, String title) {
        return Optional.empty();
    }

    /** "Save changes to X before …?" */
    Answer askSaveChanges(String documentName);

    /** A file that could not be opened, with its problems (each naming its JSON path). */
    void showProblems(Path file, List<Problem> problems);

    boolean askRecover(Autosave.Recovery recovery);

    void error(String message);
}
