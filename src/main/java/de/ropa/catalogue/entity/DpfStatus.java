package de.ropa.catalogue.entity;

/** The provider's EU-US Data Privacy Framework certification, as last verified. */
public enum DpfStatus {
    CERTIFIED,
    NOT_CERTIFIED,
    NOT_APPLICABLE,
    UNKNOWN
}
