package de.ropa.activities.entity;

/** The decision on a data protection impact assessment (Art. 35). */
public enum DpiaDecision {
    REQUIRED,
    NOT_REQUIRED,
    DONE
}
