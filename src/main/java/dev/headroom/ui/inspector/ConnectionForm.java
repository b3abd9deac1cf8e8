package dev.headroom.ui.inspector;

import dev.headroom.model.Connection;
import dev.headroom.model.RequestClass;
import dev.headroom.ui.document.DocumentViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Edits one connection: calls per visit (a load balancer's: its weight, shown as a share),
 * cache-miss only, async, network latency, classes.
 */
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
        boolean routes = vm.model().component(c0.from())
                .map(x -> x.kind() == dev.headroom.model.Kind.LOAD_BALANCER).orElse(false);
        if (routes) {
            // a load balancer sends each request to one target: its share, not calls
            f.number("e-weight", "Weight", "relative", 0.001, 1_000_000, false,
                    () -> c.get().weightOrDefault(),
                    v -> edit.accept("Set weight", x -> x.withWeight(v == 1 ? null : v)));
            javafx.scene.control.Label share = new javafx.scene.control.Label();
            share.setId("e-share");
            share.getStyleClass().add("field-note");
            Runnable showShare = () -> {
                Double s = dev.headroom.app.Analysis.routeShare(vm.model(), c.get());
                share.setText(s == null ? "" : dev.headroom.app.Format.percent(s)
                        + " of " + c.get().from() + "'s requests go to " + c.get().to());
            };
            showShare.run();
            f.onRefresh(showShare);
            f.row("", share);
        } else {
            f.number("e-calls", "Calls per visit", "calls", 0, 10_000, false,
                    () -> c.get().calls(),
                    v -> edit.accept("Set calls", x -> x.withCalls(v)));
        }
        f.number("e-latency", "Network latency", "ms", 0, 60_000, false,
                () -> c.get().latencyMs(),
                v -> edit.accept("Set latency", x -> x.withLatencyMs(v)));
        f.number("e-request-kb", "Request size", "KB per call", 0, 1e7, false,
                () -> c.get().requestKb(),
                v -> edit.accept("Set request size", x -> x.withSizes(v, x.responseKb())));
        f.number("e-response-kb", "Answer size", "KB per call", 0, 1e7, false,
                () -> c.get().responseKb(),
                v -> edit.accept("Set answer size", x -> x.withSizes(x.requestKb(), v)));
        f.check("e-async", "Asynchronous (adds load, not latency)", () -> c.get().async(),
                // an async call waits for nothing, so its timeout and retries go with it
                v -> edit.accept("Toggle async", x -> v ? x.withAsync(true).withPolicy(
                        dev.headroom.model.CallPolicy.NONE) : x.withAsync(false)));
        f.check("e-miss", "Only on a cache miss", () -> c.get().onMiss(),
                v -> edit.accept("Toggle on-miss", x -> x.withOnMiss(v)));
        f.section("Timeout and retries");
        javafx.scene.control.Label asyncNote = new javafx.scene.control.Label(
                "An asynchronous call waits for nothing: no timeout, no retries.");
        asyncNote.setId("e-policy-async");
        asyncNote.getStyleClass().add("field-note");
        asyncNote.setWrapText(true);
        f.add(asyncNote, 0, f.nextRow(), 2, 1);
        PolicyFields.add(f, "e", () -> c.get().policy(), (l, op) -> edit.accept(l,
                x -> x.withPolicy(op.apply(x.policy()))), () -> c.get().async());
        Runnable async = () -> {
            boolean a = c.get().async();
            asyncNote.setVisible(a);
            asyncNote.setManaged(a);
        };
        async.run();
        f.onRefresh(async);
        f.note(PolicyFields.NOTE);
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
                            return x.withClasses(cs);
                        }));
            }
        }
        return f;
    }
}
