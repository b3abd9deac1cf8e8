/**
 * The planner (docs/planner.md): the cheapest sizing of a model that meets its objectives at a
 * growth step, found by branch and bound over each component's instance types and instance
 * counts, with the engine's own solve as the final word.
 */
package dev.headroom.plan;
