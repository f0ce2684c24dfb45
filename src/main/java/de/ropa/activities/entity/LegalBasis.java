package de.ropa.activities.entity;

/** The legal basis of a purpose under Art. 6(1) GDPR. */
public enum LegalBasis {
    A_CONSENT,
    B_CONTRACT,
    C_LEGAL_OBLIGATION,
    D_VITAL_INTERESTS,
    E_PUBLIC_TASK,
    F_LEGITIMATE_INTERESTS
}
