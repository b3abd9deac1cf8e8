package dev.headroom.model;

/** Open: requests arrive at a rate. Closed: a fixed population of users who think, then ask. */
public enum WorkloadType {
    OPEN, CLOSED
}
