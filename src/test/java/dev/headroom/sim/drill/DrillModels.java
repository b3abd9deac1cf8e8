package dev.headroom.sim.drill;

import dev.headroom.model.Autoscale;
import dev.headroom.model.CallPolicy;
import dev.headroom.model.Component;
import dev.headroom.model.Connection;
import dev.headroom.model.Drill;
import dev.headroom.model.DrillEvent;
import dev.headroom.model.Growth;
import dev.headroom.model.Kind;
import dev.headroom.model.Layout;
import dev.headroom.model.Model;
import dev.headroom.model.Slo;
import dev.headroom.model.Workload;
import dev.headroom.network.Network;
import dev.headroom.network.NetworkCompiler;
import java.util.List;

/** Small models for the drill engine's tests, built in code so their numbers are in sight. */
final class DrillModels {
    private DrillModels() {}

    /** One station: {@code servers} exponential servers of mean {@code serviceMs}. */
    static Model single(double rate, int instances, int concurrency, double serviceMs,
            Integer maxQueue) {
        Component c = Component.builder("s", Kind.SERVICE).instances(instances)
                .concurrency(concurrency).serviceTimeMs(serviceMs).maxQueue(maxQueue).build();
        return model(Workload.open(rate), List.of(c), List.of());
    }

    static Model model(Workload w, List<Component> cs, List<Connection> es) {
        return new Model(Model.CURRENT_FORMAT, "test", null, w, Growth.DEFAULT,
                new Slo(null, 0.8), null, cs, es, Layout.EMPTY);
    }

    static Network net(Model m) {
        return NetworkCompiler.compile(m);
    }

    static Drill drill(double duration, double bucket, List<Drill.TrafficStep> traffic,
            List<DrillEvent> events) {
        return new Drill("test", duration, bucket, traffic, events);
    }

    static Drill.TrafficStep step(double at, double m) {
        return new Drill.TrafficStep(at, m);
    }

    static DrillResult run(Model m, Drill d, int reps, long seed) {
        return new DrillEngine(net(m), d, 1, m.slo().p95LatencyMs(),
                DrillOptions.defaults().withReplications(reps).withSeed(seed)).run();
    }

    static Workload withClient(Workload w, CallPolicy p) {
        return w.withPolicy(p);
    }

    static Autoscale autoscale(int min, int max, double target, double scaleOut) {
        return new Autoscale(min, max, target, scaleOut);
    }
}
