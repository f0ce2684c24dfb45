package de.ropa.activities.entity;

/** Whether a recipient is inside the organisation, an external controller, or a processor. */
public enum RecipientKind {
    INTERNAL,
    EXTERNAL,
    PROCESSOR
}
