package de.ropa.activities.entity;

/** Life cycle of a processing activity in the register. */
public enum ActivityStatus {
    DRAFT,
    ACTIVE,
    RETIRED
}
