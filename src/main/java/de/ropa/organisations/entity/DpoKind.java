package de.ropa.organisations.entity;

/** Whether the data protection officer is an employee or an external service provider (Art. 37(6)). */
public enum DpoKind {
    INTERNAL,
    EXTERNAL
}
