package dev.headroom.analysis;

import dev.headroom.network.Network;

final class ClosedSolver {
    private ClosedSolver() {}

    static Solution solve(Network net, double m) {
        throw new UnsupportedOperationException("closed");
    }
}
