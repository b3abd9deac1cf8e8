/**
 * Pure queueing formulas: Erlang B and C, the Allen–Cunneen multi-server approximation, the exact
 * M/M/c response-time distribution, cumulant sums for network percentiles, and mean value analysis
 * of closed networks.
 *
 * <p>Everything here is a pure function of its arguments (JDK and commons-math3 only, no I/O, no
 * state). Inputs outside a formula's domain raise {@link java.lang.IllegalArgumentException} with
 * a message naming the argument; valid inputs never produce NaN or infinity. Times are in whatever
 * unit the caller uses consistently; rates are in the reciprocal unit.
 */
package dev.headroom.queueing;
