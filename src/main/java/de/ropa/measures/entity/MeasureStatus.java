package de.ropa.measures.entity;

/** Where a measure stands in the organisation. */
public enum MeasureStatus {
    IMPLEMENTED,
    PLANNED,
    NOT_APPLICABLE
}
