package de.ropa.transfers.entity;

/** The Art. 49(1) derogation relied on. */
public enum Derogation {
    A_EXPLICIT_CONSENT,
    B_CONTRACT_WITH_DATA_SUBJECT,
    C_CONTRACT_IN_INTEREST,
    D_PUBLIC_INTEREST,
    E_LEGAL_CLAIMS,
    F_VITAL_INTERESTS,
    G_PUBLIC_REGISTER,
    SECOND_SUBPARAGRAPH
}
