package dev.headroom.ui.compare;

import dev.headroom.app.Analysis;
import dev.headroom.app.Comparison;
import dev.headroom.app.Design;
import dev.headroom.app.Headroom;
import dev.headroom.model.Model;
import dev.headroom.model.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the compare list into a {@link CompareSnapshot} on the worker: the service's
 * {@link Design} of each entry, and {@link Comparison#of} plus {@link Curves#of} over those that
 * solve. Keeps the analyses of the last list, since a design depends only on its model and its
 * file's catalogs: an edit of the open model re-solves that one alone. Used from one thread at a
 * time.
 */
final class CompareSolver {
    private record Key(Model model, Path file) {}

    private final Headroom service;
    private final Map<Key, Analysis> cache = new HashMap<>();

    CompareSolver(Headroom service) {
        this.service = service;
    }

    /**
     * Solves every entry ({@code current}: the open document's model, kept in
     * {@code currentFile}) and compares them.
     */
    CompareSnapshot solve(List<DesignEntry> entries, Model current, Path currentFile) {
        Map<Key, Analysis> keep = new HashMap<>();
        List<CompareSnapshot.Slot> slots = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            DesignEntry e = entries.get(i);
            Key key = e.live() ? new Key(current, currentFile) : new Key(e.model(), e.file());
            Analysis a = cache.get(key);
            if (a == null) {
                a = service.analyze(key.model(), key.file());
            }
            keep.put(key, a);
            slots.add(slot(e, i, a));
        }
        cache.clear();
        cache.putAll(keep);
        List<Design> designs = slots.stream().filter(CompareSnapshot.Slot::solved)
                .map(CompareSnapshot.Slot::design).toList();
        if (designs.size() < Comparison.MIN_DESIGNS) {
            return new CompareSnapshot(slots, null, null);
        }
        return new CompareSnapshot(slots, Comparison.of(designs), Curves.of(designs));
    }

    private static CompareSnapshot.Slot slot(DesignEntry e, int i, Analysis a) {
        String name = a.model().name();
        if (!a.solvable()) {
            return new CompareSnapshot.Slot(e, i, name, null, oneLine(a.problems()), null);
        }
        String note = a.pricing().priced() ? null : a.pricing().why();
        return new CompareSnapshot.Slot(e, i, name, a.design(), null, note);
    }

    /** The first problem with its JSON path, and how many more there are. */
    static String oneLine(List<Problem> problems) {
        if (problems.isEmpty()) {
            return "the file cannot be read.";
        }
        String first = problems.get(0).toString().replaceAll("\\s*\\R\\s*", " ");
        int more = problems.size() - 1;
        return first + (more == 0 ? "" : " (and " + more + " more problem" + (more == 1 ? ""
                : "s") + ")");
    }
}
