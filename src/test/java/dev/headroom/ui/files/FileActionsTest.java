package dev.headroom.ui.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.io.ModelReader;
import dev.headroom.model.Kind;
import dev.headroom.model.Problem;
import dev.headroom.ui.document.DocumentViewModel;
import dev.headroom.ui.TestModels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileActionsTest {
    @TempDir
    Path dir;

    /** Answers every question from fields the test sets. */
    static class Answers implements Dialogs {
        Path openPath;
        Path savePath;
        Answer saveChanges = Answer.CANCEL;
        boolean recover = true;
        final List<Problem> shown = new ArrayList<>();
        int asked;

        @Override public Optional<Path> chooseOpen(Path folder) {
            return Optional.ofNullable(openPath);
        }
        @Override public Optional<Path> chooseSave(Path folder, String suggestedName) {
            return Optional.ofNullable(savePath);
        }
        @Override public Answer askSaveChanges(String documentName) {
            asked++;
            return saveChanges;
        }
        @Override public void showProblems(Path file, List<Problem> problems) {
            shown.addAll(problems);
        }
        @Override public boolean askRecover(Autosave.Recovery recovery) {
            return recover;
        }
        @Override public void error(String message) {
            throw new AssertionError(message);
        }
        @Override public Optional<Path> chooseExport(Path folder, String title, String name,
                List<String> extensions) {
            return Optional.empty();
        }
        @Override public Optional<Path> chooseFolder(Path folder, String title) {
            return Optional.empty();
        }
    }

    final DocumentViewModel vm = DocumentViewModel.direct(dev.headroom.Fixtures.service());
    final Answers answers = new Answers();

    FileActions actions() {
        return new FileActions(vm, answers, new RecentFiles(dir.resolve("recent.json")),
                new Autosave(dir.resolve("autosave")));
    }

    @Test
    void saveAsThenReopenGivesTheSameModelWithItsLayout() {
        FileActions files = actions();
        vm.open(TestModels.shop(), null);
        vm.addComponent(Kind.QUEUE, 600, 420);
        answers.savePath = dir.resolve("shop");
        assertThat(files.save()).isTrue();
        Path saved = dir.resolve("shop.json");
        assertThat(vm.isDirty()).isFalse();
        assertThat(vm.fileProperty().get()).isEqualTo(saved);
        assertThat(ModelReader.read(saved).model()).isEqualTo(vm.model());
        assertThat(new RecentFiles(dir.resolve("recent.json")).list()).containsExactly(saved);
    }

    @Test
    void unreadableFileListsItsProblemsAndKeepsTheDocument() throws Exception {
        FileActions files = actions();
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\": 1, \"name\": 3, \"components\": [}");
        var before = vm.model();
        assertThat(files.openFile(bad)).isFalse();
        assertThat(answers.shown).isNotEmpty();
        assertThat(vm.model()).isSameAs(before);
    }

    @Test
    void cancellingTheSavePromptKeepsUnsavedWork() {
        FileActions files = actions();
        vm.addComponent(Kind.SERVICE, 0, 0);
        answers.saveChanges = Dialogs.Answer.CANCEL;
        files.newDocument();
        assertThat(answers.asked).isEqualTo(1);
        assertThat(vm.model().components()).hasSize(1);
        answers.saveChanges = Dialogs.Answer.DISCARD;
        files.newDocument();
        assertThat(vm.model().components()).isEmpty();
    }

    @Test
    void autosaveOfUnsavedWorkIsOfferedForRecoveryOnTheNextStart() throws Exception {
        Path file = dir.resolve("m.json");
        dev.headroom.io.ModelWriter.save(TestModels.shop(), file);
        FileActions files = actions();
        assertThat(files.openFile(file)).isTrue();
        vm.updateComponent("primary", "Set instances", c -> c.withInstances(4));
        files.autosaveTick();
        Path auto;
        try (var s = Files.list(dir.resolve("autosave"))) {
            auto = s.filter(p -> p.toString().endsWith(".json")).findFirst().orElseThrow();
        }
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() - 60_000));

        DocumentViewModel next = DocumentViewModel.direct(dev.headroom.Fixtures.service());
        FileActions restarted = new FileActions(next, answers,
                new RecentFiles(dir.resolve("recent.json")), new Autosave(auto.getParent()));
        assertThat(restarted.offerRecovery()).isTrue();
        assertThat(next.model().component("primary").orElseThrow().instances()).isEqualTo(4);
        assertThat(next.fileProperty().get()).isEqualTo(file.toAbsolutePath());
        assertThat(next.isDirty()).isTrue();
    }

    @Test
    void savingDiscardsTheAutosave() throws Exception {
        FileActions files = actions();
        vm.addComponent(Kind.SERVICE, 0, 0);
        files.autosaveTick();
        assertThat(new Autosave(dir.resolve("autosave")).recoverable()).hasSize(1);
        answers.savePath = dir.resolve("x.json");
        files.save();
        assertThat(new Autosave(dir.resolve("autosave")).recoverable()).isEmpty();
    }

    @Test
    void recentFilesAreNewestFirstWithoutDuplicatesAndBounded() {
        RecentFiles r = new RecentFiles(dir.resolve("recent.json"));
        for (int i = 0; i < 12; i++) {
            r.add(dir.resolve("f" + i + ".json"));
        }
        r.add(dir.resolve("f5.json"));
        List<Path> l = r.list();
        assertThat(l).hasSize(RecentFiles.LIMIT);
        assertThat(l.get(0)).isEqualTo(dir.resolve("f5.json"));
        assertThat(l).doesNotHaveDuplicates();
    }

    @Test
    void bundledExamplesAreListedAndRead() {
        assertThat(Examples.list()).contains(Examples.DEFAULT);
        for (String name : Examples.list()) {
            assertThat(Examples.read(name).orElseThrow().model()).as(name).isNotNull();
        }
    }
}
