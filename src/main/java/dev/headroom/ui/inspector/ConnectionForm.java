package dev.headroom.ui.inspector;

import dev.headroom.model.Connection;
import dev.headroom.model.RequestClass;
import dev.headroom.ui.document.DocumentViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/** Edits one connection: calls per visit, cache-miss only, async, network latency, classes. */
final class ConnectionForm {
    private ConnectionForm() {}

    static Form build(DocumentViewModel vm, int index) {
        Form f = new Form();
        // After an undo or delete the index may be gone; edits to it are then ignored.
        Supplier<Connection> c = () -> index < vm.model().connections().size()
                ? vm.model().connections().get(index) : Connection.of("", "");
        java.util.function.BiConsumer<String, UnaryOperator<Connection>> edit = (l, op) ->
                vm.updateConnection(index, l, op);
        Connection c0 = c.get();
        f.section("Connection");
        f.note(c0.from() + "  \u2192  " + c0.to());
        f.number("e-calls", "Calls per visit", "calls", 0, 10_000, false, () -> c.get().calls(),
                v -> edit.accept("Set calls", x -> new Connection(x.from(), x.to(), v, x.onMiss(),
                        x.async(), x.classes(), x.latencyMs())));
        f.number("e-latency", "Network latency", "ms", 0, 60_000, false,
                () -> c.get().latencyMs(),
                v -> edit.accept("Set latency", x -> new Connection(x.from(), x.to(), x.calls(),
                        x.onMiss(), x.async(), x.classes(), v)));
        f.check("e-async", "Asynchronous (adds load, not latency)", () -> c.get().async(),
                v -> edit.accept("Toggle async", x -> new Connection(x.from(), x.to(), x.calls(),
                        x.onMiss(), v, x.classes(), x.latencyMs())));
        f.check("e-miss", "Only on a cache miss", () -> c.get().onMiss(),
                v -> edit.accept("Toggle on-miss", x -> new Connection(x.from(), x.to(),
                        x.calls(), v, x.async(), x.classes(), x.latencyMs())));
        List<RequestClass> classes = vm.model().requestClasses();
        if (classes.size() > 1) {
            f.section("Made by");
            f.note("No class ticked means every class makes this call.");
            for (RequestClass r : classes) {
                f.check("e-class-" + r.name(), r.name(), () -> c.get().classes()
                        .contains(r.name()), v -> edit.accept("Change classes", x -> {
                            List<String> cs = new ArrayList<>(x.classes());
                            cs.remove(r.name());
                            if (v) {
                                cs.add(r.name());
                            }
                            return new Connection(x.from(), x.to(), x.calls(), x.onMiss(),
                                    x.async(), cs, x.latencyMs());
                        }));
            }
        }
        return f;
    }
}
