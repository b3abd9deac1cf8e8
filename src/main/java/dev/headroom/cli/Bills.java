package dev.headroom.cli;

import dev.headroom.analysis.Solution;
import dev.headroom.io.ResultJson;

/** The monthly bill beside a solution. */
final class Bills {
    private Bills() {}

    static ResultJson.Costs costs(Models m, Solution s) {
        return ResultJson.Costs.NONE;
    }
}
