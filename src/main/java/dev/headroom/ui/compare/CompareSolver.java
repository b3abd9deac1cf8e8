package dev.headroom.ui.compare;

import dev.headroom.cost.Billing;
import dev.headroom.cost.CatalogLibrary;
import dev.headroom.model.Model;
import dev.headroom.model.Problem;
import dev.headroom.network.NetworkCompiler;
import dev.headroom.report.Billed;
import dev.headroom.report.Comparison;
import dev.headroom.report.Costing;
import dev.headroom.report.Design;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the compare list into a {@link CompareSnapshot} on the worker: the engine's
 * {@link Design} of each entry (priced by {@link Billed#by} when the catalogs can price it, else
 * without money), and {@link Comparison#of} plus {@link Curves#of} over those that solve. Keeps
 * the designs of the last list, since a design depends only on its model and the catalogs: an
 * edit of the open model re-solves that one alone. Used from one thread at a time.
 */
final class CompareSolver {
    private final Map<Model, Design> cache = new HashMap<>();
    private CatalogLibrary cachedLibrary;

    /** Solves every entry ({@code current}: the open document's model) and compares them. */
    CompareSnapshot solve(List<DesignEntry> entries, Model current, CatalogLibrary library) {
        if (library != cachedLibrary) {
            cache.clear();
            cachedLibrary = library;
        }
        Map<Model, Design> keep = new HashMap<>();
        List<CompareSnapshot.Slot> slots = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            DesignEntry e = entries.get(i);
            Model m = e.live() ? current : e.model();
            slots.add(slot(e, i, m, library, keep));
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

    private CompareSnapshot.Slot slot(DesignEntry e, int i, Model m, CatalogLibrary library,
            Map<Model, Design> keep) {
        List<Problem> problems = NetworkCompiler.check(m);
        if (!problems.isEmpty()) {
            return new CompareSnapshot.Slot(e, i, m.name(), null, oneLine(problems), null);
        }
        String note = null;
        if (library == null) {
            note = "pricing catalogs are not available";
        } else {
            List<Problem> pricing = Billing.check(m, library);
            if (!pricing.isEmpty()) {
                note = "cannot be priced: " + oneLine(pricing);
            }
        }
        Costing costing = note == null ? Billed.by(library) : Costing.NONE;
        try {
            Design d = note == null ? cache.get(m) : null;
            if (d == null) {
                d = Design.of(m, NetworkCompiler.compile(m), costing);
            }
            if (note == null) {
                keep.put(m, d);
            }
            if (note == null && !d.priced()) {
                note = "no component has a price";
            }
            return new CompareSnapshot.Slot(e, i, m.name(), d, null, note);
        } catch (RuntimeException ex) {
            return new CompareSnapshot.Slot(e, i, m.name(), null, "cannot solve: "
                    + ex.getMessage(), null);
        }
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
