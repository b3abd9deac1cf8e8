package dev.headroom.ui.simulate;

import dev.headroom.sim.SimOptions;

/**
 * Run lengths offered in the pane. All use the fixed default seed, so running again gives the
 * same numbers; Standard is the simulator's default (and the CLI's).
 */
public enum Preset {
    QUICK("Quick", SimOptions.defaults().withRequests(50_000).withReplications(5)),
    STANDARD("Standard", SimOptions.defaults()),
    PRECISE("Precise", SimOptions.defaults().withRequests(1_000_000));

    private final String label;
    private final SimOptions options;

    Preset(String label, SimOptions options) {
        this.label = label;
        this.options = options;
    }

    public String label() {
        return label;
    }

    public SimOptions options() {
        return options;
    }

    /** The preset with these run lengths and seed, or null when they are custom. */
    public static Preset of(SimOptions o) {
        for (Preset p : values()) {
            SimOptions q = p.options;
            if (q.requestsPerReplication() == o.requestsPerReplication()
                    && q.replications() == o.replications() && q.seed() == o.seed()
                    && q.warmupFraction() == o.warmupFraction()) {
                return p;
            }
        }
        return null;
    }
}
