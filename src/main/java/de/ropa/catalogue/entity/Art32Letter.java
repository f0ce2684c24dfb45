package de.ropa.catalogue.entity;

/** The letter of Art. 32(1) GDPR a measure serves. */
public enum Art32Letter {
    A_PSEUDONYMISATION_ENCRYPTION,
    B_CONFIDENTIALITY_INTEGRITY_AVAILABILITY,
    C_RESTORE_AVAILABILITY,
    D_REGULAR_TESTING
}
