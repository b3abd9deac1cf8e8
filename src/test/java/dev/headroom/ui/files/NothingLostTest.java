package dev.headroom.ui.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.io.ModelReader;
import dev.headroom.io.ModelWriter;
import dev.headroom.model.RequestClass;
import dev.headroom.ui.TestModels;
import dev.headroom.ui.document.DocumentViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16's data-loss cases, on the file actions without a window. */
class NothingLostTest {
    @TempDir
    Path dir;

    /** The dialogs' answers, and what was asked. */
    static final class Answers extends FileActionsTest.Answers {
        boolean recoverAsked;
        Conflict conflict = Conflict.CANCEL;
        final List<Path> changedAsked = new ArrayList<>();
        final List<String> saveAsAsked = new ArrayList<>();
        boolean acceptSaveAs = true;

        @Override public boolean askRecover(Autosave.Recovery recovery) {
            recoverAsked = true;
            return recover;
        }
        @Override public Conflict askChangedOnDisk(Path file) {
            changedAsked.add(file);
            return conflict;
        }
        @Override public boolean askSaveAsInstead(Path file, String why) {
            saveAsAsked.add(why);
            return acceptSaveAs;
        }
    }

    final Answers answers = new Answers();

    FileActions session(DocumentViewModel vm) {
        return new FileActions(vm, answers, new RecentFiles(dir.resolve("recent.json")),
                new Autosave(dir.resolve("autosave")));
    }

    static DocumentViewModel vm() {
        return DocumentViewModel.direct(dev.headroom.Fixtures.service());
    }

    /** Opens the file, edits it, autosaves, and "crashes" (the file older than the autosave). */
    Path crashedWithAnEdit() throws Exception {
        Path file = dir.resolve("shop.json");
        ModelWriter.save(TestModels.shop(), file);
        DocumentViewModel vm = vm();
        FileActions files = session(vm);
        assertThat(files.openFile(file)).isTrue();
        vm.updateComponent("primary", "Set instances", c -> c.withInstances(4));
        files.autosaveTick();
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        return file;
    }

    @Test
    void reopeningACrashedFileByNameOffersItsAutosaveFirst() throws Exception {
        Path file = crashedWithAnEdit();
        DocumentViewModel next = vm();
        FileActions restarted = session(next);
        assertThat(restarted.openFile(file)).isTrue();
        assertThat(answers.recoverAsked).isTrue();
        assertThat(next.model().component("primary").orElseThrow().instances()).isEqualTo(4);
        assertThat(next.isDirty()).isTrue();
        assertThat(next.fileProperty().get()).isEqualTo(file);
        // the first edit after it writes the same autosave: the recovered work is in it
        next.updateComponent("app", "Set instances", c -> c.withInstances(3));
        restarted.autosaveTick();
        var kept = new Autosave(dir.resolve("autosave")).recoverableFor(file).orElseThrow();
        assertThat(kept.model().component("primary").orElseThrow().instances()).isEqualTo(4);
    }

    @Test
    void decliningTheRecoveryOpensTheFileAsSaved() throws Exception {
        Path file = crashedWithAnEdit();
        answers.recover = false;
        DocumentViewModel next = vm();
        assertThat(session(next).openFile(file)).isTrue();
        assertThat(answers.recoverAsked).isTrue();
        assertThat(next.model().component("primary").orElseThrow().instances())
                .isEqualTo(TestModels.shop().component("primary").orElseThrow().instances());
        assertThat(next.isDirty()).isFalse();
        assertThat(new Autosave(dir.resolve("autosave")).recoverable()).isEmpty();
    }

    @Test
    void anAutosaveOfAModelWithAProblemIsStillOffered() throws Exception {
        DocumentViewModel vm = vm();
        FileActions files = session(vm);
        vm.open(TestModels.shop(), null);
        // class shares summing to 85%: the model has a problem, the work is still work
        vm.updateWorkload("Set shares", w -> w.withClasses(w.classes().stream()
                .map(c -> c.withShare(c.share() * 0.85)).toList()));
        assertThat(vm.resultsProperty().get().analysis().problems()).isNotEmpty();
        files.autosaveTick();

        DocumentViewModel next = vm();
        assertThat(session(next).offerRecovery()).isTrue();
        assertThat(next.model().workload().classes().stream().mapToDouble(RequestClass::share)
                .sum()).isCloseTo(0.85, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void aFileChangedOnDiskIsNotOverwrittenWithoutAsking() throws Exception {
        Path file = dir.resolve("shop.json");
        ModelWriter.save(TestModels.shop(), file);
        DocumentViewModel vm = vm();
        FileActions files = session(vm);
        files.openFile(file);
        vm.updateComponent("primary", "Set instances", c -> c.withInstances(4));
        String theirs = Files.readString(file).replace("\"name\"", "\"description\": "
                + "\"edited elsewhere\", \"name\"");
        Files.writeString(file, theirs);

        answers.conflict = Dialogs.Conflict.CANCEL;
        assertThat(files.save()).isFalse();
        assertThat(answers.changedAsked).containsExactly(file);
        assertThat(Files.readString(file)).isEqualTo(theirs);
        assertThat(vm.isDirty()).isTrue();

        answers.conflict = Dialogs.Conflict.OVERWRITE;
        assertThat(files.save()).isTrue();
        assertThat(ModelReader.read(file).model()).isEqualTo(vm.model());
        // saved by us: the next save asks nothing
        vm.updateComponent("primary", "Set instances", c -> c.withInstances(5));
        assertThat(files.save()).isTrue();
        assertThat(answers.changedAsked).hasSize(2);
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aReadOnlyFileIsNotReplacedAndSaveAsIsOffered() throws Exception {
        Path file = dir.resolve("shop.json");
        ModelWriter.save(TestModels.shop(), file);
        String before = Files.readString(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        DocumentViewModel vm = vm();
        FileActions files = session(vm);
        files.openFile(file);
        vm.updateComponent("primary", "Set instances", c -> c.withInstances(4));
        answers.savePath = dir.resolve("copy.json");
        assertThat(files.save()).isTrue();
        assertThat(answers.saveAsAsked).containsExactly(
                "the file is read-only; save under another name, or make it writable");
        assertThat(Files.readString(file)).isEqualTo(before);
        assertThat(Files.getPosixFilePermissions(file))
                .isEqualTo(PosixFilePermissions.fromString("r--r--r--"));
        assertThat(vm.fileProperty().get()).isEqualTo(dir.resolve("copy.json"));
        assertThat(ModelReader.read(dir.resolve("copy.json")).model()).isEqualTo(vm.model());
    }

    @Test
    void aFailedAutosaveIsSaidUntilOneSucceeds() throws Exception {
        Path blocked = dir.resolve("autosave");
        Files.writeString(blocked, "a file where the autosave folder should be");
        DocumentViewModel vm = vm();
        FileActions files = session(vm);
        vm.open(TestModels.shop(), null);
        vm.updateComponent("primary", "Set instances", c -> c.withInstances(4));
        files.autosaveTick();
        assertThat(files.autosaveProblemProperty().get()).startsWith("Autosave failed: ")
                .endsWith("Your unsaved changes are only in this window: save them.");
        Files.delete(blocked);
        files.autosaveTick();
        assertThat(files.autosaveProblemProperty().get()).isNull();
    }
}
