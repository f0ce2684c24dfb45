package de.ropa.findings.entity;

/** The kind of register object a rule looks at. */
public enum ObjectKind {
    ORGANISATION,
    ACTIVITY,
    CHANNEL,
    PROCESSOR,
    TRANSFER
}
