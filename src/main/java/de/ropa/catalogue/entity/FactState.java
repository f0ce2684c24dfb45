package de.ropa.catalogue.entity;

/** How far a catalogue fact can be relied on. */
public enum FactState {
    /** Confirmed by at least one primary source, named with its address. */
    VERIFIED,
    /** Not confirmed (no source, only secondary sources, or inferred). */
    UNVERIFIED,
    /** Sources contradict each other; the fact's text names both sides. */
    DISPUTED
}
