package de.ropa.processors.entity;

/** State of the processing agreement under Art. 28(3) GDPR. */
public enum AgreementStatus {
    NOT_AVAILABLE,
    REQUESTED,
    SIGNED,
    EXPIRED,
    TERMINATED,
    NOT_REQUIRED
}
