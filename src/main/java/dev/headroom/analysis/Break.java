package dev.headroom.analysis;

/**
 * When one component breaks (docs/engine.md "What breaks first"): the smallest growth multiplier at
 * which its utilization exceeds {@code slo.maxUtilization}, and the smallest at which it
 * saturates. Null means "not below the search limit" ({@link BreakFinder#SEARCH_LIMIT} × the
 * growth range's end).
 */
public record Break(String component, Double overUtilizationAt, Double saturatesAt) {}
